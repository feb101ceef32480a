/**
 * What the output formats receive: each checked file's diagnostics turned
 * into 1-based, named-severity findings, and the problems (unreadable files,
 * bad config) met on the way. The formats only print; they decide nothing.
 */
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';

export type SeverityName = 'error' | 'warning' | 'information' | 'hint';

export interface Finding {
  /** The path as shown to the user: relative to the current folder when inside it. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: SeverityName;
  code: string;
  message: string;
}

export interface CheckedFile {
  absolute: string;
  display: string;
  findings: Finding[];
}

export interface Problem {
  message: string;
  /** Absolute path of the file the problem is about, when there is one. */
  absolute?: string;
  /**
   * `unchecked`: a path that could not be read or checked; `unfixed`: a
   * file `--fix` could not write. Both make the exit status 2. `config`
   * only warns.
   */
  kind: 'unchecked' | 'unfixed' | 'config';
}

export interface Summary {
  filesChecked: number;
  counts: Record<SeverityName, number>;
  /** Files and folders that could not be read or checked. */
  unchecked: number;
  /** With `--fix`: the files written with their fixes, and those that could not be. */
  fixes?: { written: number; unwritten: number };
}

/** An output format: told about each file in order, then about the end. */
export interface Output {
  file(file: CheckedFile): void;
  problem(problem: Problem): void;
  end(summary: Summary): void;
}

/** LSP numbers severities 1 (error) to 4 (hint). The service always sets one; a missing one counts as an error so it cannot pass unseen. */
const severityNames: readonly SeverityName[] = ['error', 'warning', 'information', 'hint'];

export function toFinding(display: string, diagnostic: Diagnostic): Finding {
  const { start, end } = diagnostic.range;
  return {
    file: display,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    severity: severityNames[(diagnostic.severity ?? 1) - 1] ?? 'error',
    code: String(diagnostic.code ?? ''),
    // Text output is one finding per line.
    message: messageText(diagnostic.message).replace(/\s*[\r\n]+\s*/g, ' '),
  };
}

/** LSP 3.18 allows Markdown messages; a terminal shows their source text. */
function messageText(message: Diagnostic['message']): string {
  return typeof message === 'string' ? message : message.value;
}

/** Relative to `cwd` when the file is inside it, else absolute. */
export function displayPath(absolute: string, cwd: string): string {
  return relativeInside(absolute, cwd) ?? absolute;
}

/** The path of `absolute` relative to `folder`, or undefined when it is not inside it (another drive, or up and out). */
export function relativeInside(absolute: string, folder: string): string | undefined {
  const relative = path.relative(folder, absolute);
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return undefined;
  return relative;
}
