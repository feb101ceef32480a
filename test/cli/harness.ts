/**
 * Runs the real bundled `cable` command (bin/cable.js → dist/cli.js) the way
 * a user or a CI job does, in throw-away folders.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The repository root, from out/test/cli/. */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const cablePath = path.join(repoRoot, 'bin', 'cable.js');
/** The worked example of the format (the same bytes as /work/shared/reference/cable-25025.cable). */
export const workedExample = fs.readFileSync(path.join(repoRoot, 'samples', 'cable-25025.cable'));

export interface CableRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCable(args: readonly string[], cwd: string): CableRun {
  assert.ok(fs.existsSync(path.join(repoRoot, 'dist', 'cli.js')), 'dist/cli.js is missing: run `node scripts/bundle.mjs` first');
  const result = spawnSync(process.execPath, [cablePath, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const made: string[] = [];
process.on('exit', () => {
  for (const folder of made) fs.rmSync(folder, { recursive: true, force: true });
});

/** A fresh empty folder, removed when the test process ends. */
export function tempFolder(): string {
  // realpath: on macOS the temp folder is behind a symlink, and the CLI prints real relative paths.
  const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cable-cli-')));
  made.push(folder);
  return folder;
}

/** Writes files given by relative path; strings are written as UTF-8. */
export function writeFiles(root: string, files: Record<string, string | Uint8Array>): void {
  for (const [relative, content] of Object.entries(files)) {
    const file = path.join(root, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}

/** Non-empty lines of an output. */
export function lines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

/** Exactly one line on stderr, starting `cable: `, naming `mention`, and no stack trace. */
export function assertOneProblemLine(stderr: string, mention: string): void {
  const found = lines(stderr);
  assert.equal(found.length, 1, `expected one line on stderr, got:\n${stderr}`);
  assert.match(found[0], /^cable: /);
  assert.ok(found[0].includes(mention), `"${found[0]}" should name ${mention}`);
  assertNoStackTrace(stderr);
}

export function assertNoStackTrace(stderr: string): void {
  assert.doesNotMatch(stderr, /^\s+at /m, 'stderr shows a stack trace');
  assert.doesNotMatch(stderr, /node:internal|\bTypeError\b|\bError: /, 'stderr shows a raw error');
}

export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  message: string;
}

/** `C303@file:17` for each finding of `--format json` output, in order. */
export function summarize(findings: readonly JsonFinding[]): string[] {
  return findings.map((finding) => `${finding.code}@${finding.file}:${finding.line}`);
}

/** A small clean cable with whatever body is given. */
export function cable(body: string, header = 'Cable: № 1'): string {
  return `${header}\n\n${body}\n`;
}
