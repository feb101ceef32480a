/**
 * A JSON array of findings, `{file, line, column, endLine, endColumn,
 * severity, code, message}`, 1-based. Written one object a line as files are
 * checked, so a large archive's output is never held whole in memory.
 */
import type { CheckedFile, Output, Problem, Summary } from './findings';
import type { Streams } from './streams';
import { summaryLine } from './text';

export function jsonOutput(streams: Streams, options: { summary: boolean }): Output {
  let first = true;
  return {
    file(file: CheckedFile): void {
      if (file.findings.length === 0) return;
      const lines = file.findings.map((finding) => JSON.stringify(finding));
      streams.out(`${first ? '[\n  ' : ',\n  '}${lines.join(',\n  ')}`);
      first = false;
    },
    problem: (problem: Problem) => streams.err(`cable: ${problem.message}\n`),
    end(summary: Summary): void {
      streams.out(first ? '[]\n' : '\n]\n');
      // stdout holds the JSON, so the summary goes to stderr.
      if (options.summary) streams.err(`${summaryLine(summary)}\n`);
    },
  };
}
