/** `cable check`: reads the command line, finds the files, checks them as one archive and prints the findings. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allValues, hasFlag, lastValue, parseArgs, parseSize, type OptionSpec, type ParsedArgs } from './args';
import { checkArchive, defaultKeepBudget } from './archive';
import { collectFiles } from './collect';
import { exitCode, UsageError, type Command } from './command';
import { FileSettings } from './config';
import { displayPath, type CheckedFile, type Output, type Problem, type Summary } from './findings';
import { jsonOutput } from './json';
import { fixFiles } from './fix';
import { readCableFile } from './readFile';
import { sarifOutput } from './sarif';
import { processStreams, type Streams } from './streams';
import { textOutput } from './text';
import { packageVersion } from './version';

const formats = ['text', 'json', 'sarif'] as const;
type Format = (typeof formats)[number];
const defaultMaxSize = 100e6;

const optionSpecs: readonly OptionSpec[] = [
  { name: 'format', short: 'f', takesValue: true },
  { name: 'config', short: 'c', takesValue: true },
  { name: 'exclude', takesValue: true, repeatable: true },
  { name: 'max-size', takesValue: true },
  { name: 'quiet', short: 'q' },
  { name: 'fix' },
  { name: 'help', short: 'h' },
];

const help = `Usage: cable check [options] PATH...

Checks .cable files, and folders searched recursively for them (skipping
node_modules and dot-folders), as one archive: a name in one cable and a
variant spelling in another are reported (C305). Each cable gets the
settings of the nearest .cablerc.json above it.

Options:
  -f, --format FORMAT  text (default): path:line:col: severity CODE message
                       json: an array of {file, line, column, endLine,
                         endColumn, severity, code, message}
                       sarif: SARIF 2.1.0 for code-scanning tools
  -c, --config FILE    use this settings file for every cable instead
      --exclude PATH   leave out a file or folder (may be repeated)
      --max-size SIZE  refuse larger files (default 100MB; k, M, G units)
  -q, --quiet          report errors only, without the summary line
      --fix            first write each cable's safe fixes into its file
                       (the editor's Fix All: the preferred number sign,
                       misspellings with a single suggestion), then report
                       what is left; nothing else in a file changes
  -h, --help           show this help

Exit status: 0 no errors, 1 an error was found,
2 bad usage, a path that could not be read, or (with --fix) a file that
could not be written.
`;

interface CheckRequest {
  paths: readonly string[];
  format: Format;
  config: string | undefined;
  exclude: readonly string[];
  maxSize: number;
  quiet: boolean;
  fix: boolean;
}

export const checkCommand: Command = {
  summary: 'check .cable files and folders, as text, JSON or SARIF',
  help,
  async run(args: readonly string[]): Promise<number> {
    return checkWith(args, processStreams, process.cwd());
  },
};

/** `cable check ARGS`, its output written to `streams`: the command, and the bench's check in its own process. */
export function checkWith(args: readonly string[], streams: Streams, cwd: string): number {
  const parsed = parseArgs(args, optionSpecs, 'check');
  if (hasFlag(parsed, 'help')) {
    streams.out(help);
    return exitCode.ok;
  }
  return runCheck(readRequest(parsed), streams, cwd);
}

function readRequest(parsed: ParsedArgs): CheckRequest {
  if (parsed.positionals.length === 0) throw new UsageError('check needs at least one file or folder (see cable check --help)');
  const format = lastValue(parsed, 'format') ?? 'text';
  if (!(formats as readonly string[]).includes(format)) throw new UsageError(`--format must be text, json or sarif, not "${format}"`);
  const config = lastValue(parsed, 'config');
  if (config !== undefined) requireFile(config, '--config');
  const maxSize = lastValue(parsed, 'max-size');
  return {
    paths: parsed.positionals,
    format: format as Format,
    config,
    exclude: allValues(parsed, 'exclude').map((excluded) => path.resolve(excluded)),
    maxSize: maxSize === undefined ? defaultMaxSize : parseSize(maxSize, '--max-size'),
    quiet: hasFlag(parsed, 'quiet'),
    fix: hasFlag(parsed, 'fix'),
  };
}

/** A config file named on purpose but missing is a typo to fix, not a reason to check with the defaults. */
function requireFile(file: string, option: string): void {
  let stats: fs.Stats;
  try {
    stats = fs.statSync(file);
  } catch {
    throw new UsageError(`${option} ${file}: no such file`);
  }
  if (!stats.isFile()) throw new UsageError(`${option} ${file}: not a file`);
}

function runCheck(request: CheckRequest, streams: Streams, cwd: string): number {
  const display = (absolute: string): string => displayPath(absolute, cwd);
  const output = new Tally(createOutput(request, streams, cwd), request.quiet, request.fix);
  const collected = collectFiles(request.paths, { exclude: request.exclude, display });
  for (const message of collected.problems) output.problem({ kind: 'unchecked', message });
  const settings = new FileSettings(request.config, (message, configPath) => output.problem({ kind: 'config', message, absolute: configPath }));
  const read = (absolute: string) => readCableFile(absolute, request.maxSize);
  if (request.fix) {
    const onUnfixed = (absolute: string, reason: string) => output.problem({ kind: 'unfixed', absolute, message: `${display(absolute)}: not fixed: ${reason}` });
    output.fixed(fixFiles(collected.files, { settings, read, onUnfixed }));
  }
  checkArchive(collected.files, {
    settings,
    read,
    keepBudget: defaultKeepBudget,
    display,
    onFile: (file) => output.file(file),
    onProblem: (problem) => output.problem(problem),
  });
  const summary = output.end();
  if (summary.unchecked > 0 || (summary.fixes?.unwritten ?? 0) > 0) return exitCode.trouble;
  return summary.counts.error > 0 ? exitCode.errors : exitCode.ok;
}

function createOutput(request: CheckRequest, streams: Streams, cwd: string): Output {
  const summary = !request.quiet;
  if (request.format === 'json') return jsonOutput(streams, { summary });
  if (request.format === 'sarif') return sarifOutput(streams, { summary, cwd, version: packageVersion() });
  return textOutput(streams, { summary });
}

/** Counts what passes through to the format, and with --quiet passes on errors only (they still all count). */
class Tally {
  private readonly summary: Summary = { filesChecked: 0, counts: { error: 0, warning: 0, information: 0, hint: 0 }, unchecked: 0 };

  constructor(
    private readonly output: Output,
    private readonly errorsOnly: boolean,
    fixing: boolean,
  ) {
    if (fixing) this.summary.fixes = { written: 0, unwritten: 0 };
  }

  fixed(files: number): void {
    if (this.summary.fixes) this.summary.fixes.written += files;
  }

  file(file: CheckedFile): void {
    this.summary.filesChecked++;
    for (const finding of file.findings) this.summary.counts[finding.severity]++;
    this.output.file(this.errorsOnly ? { ...file, findings: file.findings.filter((finding) => finding.severity === 'error') } : file);
  }

  problem(problem: Problem): void {
    if (problem.kind === 'unchecked') this.summary.unchecked++;
    if (problem.kind === 'unfixed' && this.summary.fixes) this.summary.fixes.unwritten++;
    this.output.problem(problem);
  }

  end(): Summary {
    this.output.end(this.summary);
    return this.summary;
  }
}
