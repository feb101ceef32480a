/** `path:line:col: severity CODE message`, one finding a line, then a summary: what editors' problem matchers read. */
import type { CheckedFile, Output, Problem, Summary } from './findings';
import type { Streams } from './streams';

export function textOutput(streams: Streams, options: { summary: boolean }): Output {
  return {
    file(file: CheckedFile): void {
      if (file.findings.length === 0) return;
      // One write per file: many small writes are slow when stdout is a pipe.
      streams.out(file.findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.severity} ${f.code} ${f.message}\n`).join(''));
    },
    problem: (problem: Problem) => streams.err(`cable: ${problem.message}\n`),
    end(summary: Summary): void {
      if (options.summary) streams.out(`${summaryLine(summary)}\n`);
    },
  };
}

/** `7 files checked: 0 errors, 0 warnings, 3 information`, with hints and unchecked paths only when there are any. */
export function summaryLine(summary: Summary): string {
  const { counts } = summary;
  const parts = [count(counts.error, 'error', 'errors'), count(counts.warning, 'warning', 'warnings'), `${counts.information} information`];
  if (counts.hint > 0) parts.push(count(counts.hint, 'hint', 'hints'));
  const unchecked = summary.unchecked > 0 ? `; ${summary.unchecked} could not be checked` : '';
  return `${count(summary.filesChecked, 'file', 'files')} checked: ${parts.join(', ')}${unchecked}${fixesPart(summary)}`;
}

/** With --fix: `; 2 files fixed`, and how many could not be written, if any. */
function fixesPart({ fixes }: Summary): string {
  if (!fixes) return '';
  const unwritten = fixes.unwritten > 0 ? `, ${count(fixes.unwritten, 'file', 'files')} could not be fixed` : '';
  return `; ${count(fixes.written, 'file', 'files')} fixed${unwritten}`;
}

function count(value: number, one: string, many: string): string {
  return `${value} ${value === 1 ? one : many}`;
}
