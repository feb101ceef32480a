/** Exit status 0 / 1 / 2, and problems as one line on stderr with no stack trace, never a crash. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { assertNoStackTrace, assertOneProblemLine, cablePath, lines, runCable, tempFolder, writeFiles } from './harness';

const clean = 'Cable: № 1\n\nThe meeting is postponed.\n';
const withError = 'Cable: № 1\n\nThe meeting] is postponed.\n';
const withInformation = 'Cable: № 1\n\nCde. Li Kenong met Cde. Li Kenong and Cde. Le Kenong.\n';

const folder = tempFolder();
writeFiles(folder, {
  'clean.cable': clean,
  'error.cable': withError,
  'info.cable': withInformation,
  // A PNG header: NUL bytes.
  'scan.cable': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
  // Valid UTF-8 with a NUL byte: a binary file that happens to start like text.
  'nul.cable': 'Cable: № 1\n\nText\0with a NUL.\n',
  // UTF-16: ASCII letters come with NUL bytes. Latin-1: no NUL, but not valid UTF-8.
  'utf16.cable': Buffer.from('\ufeffCable: 1\n\nText.\n', 'utf16le'),
  'utf16be.cable': Buffer.from(Buffer.from('\ufeffCable: 2\n\nText.\n', 'utf16le').swap16()),
  'latin1.cable': Buffer.from('Cable: № 1\n\nCaf\xe9 au lait.\n', 'latin1'),
});

test('no error-severity diagnostic: exit 0, even with information', () => {
  const run = runCable(['check', 'clean.cable', 'info.cable'], folder);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^info\.cable:3:44: information C305 /m);
  assert.match(run.stdout, /2 files checked: 0 errors, 0 warnings, 1 information/);
});

test('an error-severity diagnostic: exit 1', () => {
  const run = runCable(['check', 'clean.cable', 'error.cable'], folder);
  assert.equal(run.status, 1, run.stderr);
  assert.deepEqual(lines(run.stdout), ['error.cable:3:12: error C102 This ] closes nothing: there is no [ before it.', '2 files checked: 1 error, 0 warnings, 0 information']);
  assert.equal(run.stderr, '');
});

test('--quiet: errors only, no summary, same exit status', () => {
  const run = runCable(['check', '--quiet', 'info.cable', 'error.cable'], folder);
  assert.equal(run.status, 1, run.stderr);
  assert.deepEqual(lines(run.stdout).map((line) => line.split(' ')[2]), ['C102']);
});

test('a missing path: exit 2 and one line on stderr naming it', () => {
  const run = runCable(['check', 'missing.cable'], folder);
  assert.equal(run.status, 2);
  assertOneProblemLine(run.stderr, 'missing.cable');
  assert.match(run.stderr, /no such file or folder/);
});

test('a missing path does not stop the other files being checked, and wins the exit status', () => {
  const run = runCable(['check', 'error.cable', 'missing', 'info.cable'], folder);
  assert.equal(run.status, 2);
  assertOneProblemLine(run.stderr, 'missing');
  assert.match(run.stdout, /^error\.cable:3:12: error C102/m);
  assert.match(run.stdout, /^info\.cable:3:44: information C305/m);
  assert.match(run.stdout, /2 files checked: 1 error, 0 warnings, 1 information; 1 could not be checked/);
});

test('a binary file: one clear line, exit 2, the rest still checked', () => {
  const run = runCable(['check', 'scan.cable', 'info.cable'], folder);
  assert.equal(run.status, 2);
  assertOneProblemLine(run.stderr, 'scan.cable');
  assert.match(run.stderr, /not a UTF-8 text file/);
  assert.match(run.stdout, /^info\.cable:3:44: information C305/m);
});

test('NUL bytes and Latin-1: refused, not checked as garbage', () => {
  for (const name of ['nul.cable', 'latin1.cable']) {
    const run = runCable(['check', name], folder);
    assert.equal(run.status, 2, name);
    assertOneProblemLine(run.stderr, name);
    assert.match(run.stderr, /not a UTF-8 text file/);
  }
});

test('UTF-16 with a byte-order mark (as Notepad saves it) is read as text', () => {
  const run = runCable(['check', '--format', 'json', 'utf16.cable', 'utf16be.cable'], folder);
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.stdout), []);
});

test('a file over --max-size: one line naming it and the limit, exit 2', () => {
  const run = runCable(['check', '--max-size', '40', 'info.cable', 'clean.cable'], folder);
  assert.equal(run.status, 2);
  assertOneProblemLine(run.stderr, 'info.cable');
  assert.match(run.stderr, /too large .*the limit is 40 bytes/);
  assert.match(run.stdout, /1 file checked/);
  assert.equal(runCable(['check', '--max-size=1k', 'info.cable'], folder).status, 0);
});

test('a --max-size that is not a size is a usage error', () => {
  const run = runCable(['check', '--max-size', 'lots', 'info.cable'], folder);
  assert.equal(run.status, 2);
  assertOneProblemLine(run.stderr, '--max-size');
});

test('an unknown option: exit 2, one line naming it, nothing checked', () => {
  const run = runCable(['check', '--frobnicate', 'error.cable'], folder);
  assert.equal(run.status, 2);
  assertOneProblemLine(run.stderr, '--frobnicate');
  assert.equal(run.stdout, '');
});

test('an option without its value, and no paths at all, are usage errors', () => {
  for (const args of [['check', 'clean.cable', '--format'], ['check'], ['check', '--exclude', 'x']]) {
    const run = runCable(args, folder);
    assert.equal(run.status, 2, args.join(' '));
    assert.equal(lines(run.stderr).length, 1, run.stderr);
    assertNoStackTrace(run.stderr);
  }
});

test('an unknown command: exit 2, one line listing the commands', () => {
  const run = runCable(['frobnicate'], folder);
  assert.equal(run.status, 2);
  assertOneProblemLine(run.stderr, 'frobnicate');
  assert.match(run.stderr, /check/);
});

test('a folder whose name ends in .cable is searched, not read as a file', () => {
  const special = tempFolder();
  writeFiles(special, { 'odd.cable/inner.cable': withError });
  const run = runCable(['check', '.'], special);
  assert.equal(run.status, 1, run.stderr);
  assert.match(run.stdout, /^odd\.cable\/inner\.cable:3:12: error C102/m);
});

test('output that cannot be written (a full disk under `> page.html`): exit 2 and one line saying so, for render and check alike', { skip: !fs.existsSync('/dev/full') && 'no /dev/full on this system' }, () => {
  const folder = tempFolder();
  writeFiles(folder, { 'a.cable': 'Cable: № 1\n\nText.\n' });
  for (const args of [['render', 'a.cable'], ['check', '--format', 'sarif', 'a.cable']]) {
    const full = fs.openSync('/dev/full', 'w');
    const result = spawnSync(process.execPath, [cablePath, ...args], { cwd: folder, encoding: 'utf8', stdio: ['ignore', full, 'pipe'] });
    fs.closeSync(full);
    assert.equal(result.status, 2, args.join(' '));
    assert.match(result.stderr, /^cable: cannot write the output \(ENOSPC/m);
    assertNoStackTrace(result.stderr);
  }
});

test('render -o to a pipe or /dev/stdout writes into it, never replacing it with a file', { skip: process.platform === 'win32' && 'POSIX pipes' }, () => {
  const folder = tempFolder();
  writeFiles(folder, { 'a.cable': 'Cable: № 1\n\nText.\n' });
  // Through a shell pipe, as `cable render a.cable -o /dev/stdout | …` runs (a test runner's own stdout is a socket, which /dev/stdout cannot open).
  const piped = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${cablePath}" render a.cable -o /dev/stdout | cat`], { cwd: folder, encoding: 'utf8' });
  assert.equal(piped.status, 0, piped.stderr);
  assert.match(piped.stdout, /^<!DOCTYPE html>/);
  const fifo = path.join(folder, 'page.fifo');
  spawnSync('mkfifo', [fifo]);
  const read = spawnSync('bash', ['-c', `cat "${fifo}" & "${process.execPath}" "${cablePath}" render a.cable -o "${fifo}"; wait`], { cwd: folder, encoding: 'utf8' });
  assert.equal(read.status, 0, read.stderr);
  assert.match(read.stdout, /^<!DOCTYPE html>/);
  assert.ok(fs.statSync(fifo).isFIFO(), 'the pipe is still a pipe');
});
