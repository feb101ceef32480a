/**
 * `cable check --fix`: the safe fixes written into each file, then the
 * findings left. Only the fixed characters change: line endings, byte-order
 * marks and the encoding stay, a file with nothing to fix is not written at
 * all, and a file whose bytes would not survive being written back is left
 * alone with the reason.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { assertNoStackTrace, cablePath, lines, runCable, tempFolder, writeFiles, type JsonFinding } from './harness';

const fixable = 'Cable: № 1\r\nRecieved: 1135 19 October 1951\r\n\r\nSee № 5, № 6 and Nº 7 of 19 Octobr.\r\nCde. Li Kenong and Cde. Li Kenong and Cde. Le Kenong.\r\n';
const fixedText = 'Cable: № 1\r\nReceived: 1135 19 October 1951\r\n\r\nSee № 5, № 6 and № 7 of 19 October.\r\nCde. Li Kenong and Cde. Li Kenong and Cde. Le Kenong.\r\n';

function read(folder: string, file: string): Buffer {
  return fs.readFileSync(path.join(folder, file));
}

test('writes the safe fixes, keeps CRLF, reports what is left, and says how many files it fixed', () => {
  const folder = tempFolder();
  writeFiles(folder, { 'a.cable': fixable, 'clean.cable': 'Cable: № 2\n\nNothing here.\n' });
  const cleanBefore = fs.statSync(path.join(folder, 'clean.cable')).mtimeMs;
  const run = runCable(['check', '--fix', '.'], folder);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(read(folder, 'a.cable').toString('utf8'), fixedText);
  // The name variant needs the transcriber's eye: reported, not changed.
  assert.deepEqual(lines(run.stdout), [
    'a.cable:5:44: information C305 “Le Kenong” differs by a letter or two from “Li Kenong” (used 2 times): replace it, or add [sic] if the original spells it so.',
    '2 files checked: 0 errors, 0 warnings, 1 information; 1 file fixed',
  ]);
  assert.equal(fs.statSync(path.join(folder, 'clean.cable')).mtimeMs, cleanBefore, 'a file with nothing to fix is not written');
  const again = runCable(['check', '--fix', '.'], folder);
  assert.match(again.stdout, /; 0 files fixed$/m);
  assert.equal(read(folder, 'a.cable').toString('utf8'), fixedText);
});

test('without --fix nothing is written', () => {
  const folder = tempFolder();
  writeFiles(folder, { 'a.cable': fixable });
  const run = runCable(['check', '--format', 'json', 'a.cable'], folder);
  // `Octobr` is an error (C212) until it is fixed.
  assert.equal(run.status, 1, run.stderr);
  assert.equal(read(folder, 'a.cable').toString('utf8'), fixable);
  assert.deepEqual((JSON.parse(run.stdout) as JsonFinding[]).map((finding) => finding.code).sort(), ['C201', 'C212', 'C304', 'C305']);
  assert.doesNotMatch(run.stderr, /fixed/);
});

test('a UTF-8 byte-order mark and UTF-16 in either byte order are written back as they were', () => {
  const folder = tempFolder();
  const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fixable, 'utf16le')]);
  writeFiles(folder, {
    'bom.cable': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(fixable, 'utf8')]),
    'le.cable': utf16le,
    'be.cable': Buffer.from(utf16le).swap16(),
  });
  const run = runCable(['check', '--fix', '.'], folder);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /; 3 files fixed$/m);
  const fixedLe = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fixedText, 'utf16le')]);
  assert.deepEqual(read(folder, 'bom.cable'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(fixedText, 'utf8')]));
  assert.deepEqual(read(folder, 'le.cable'), fixedLe);
  assert.deepEqual(read(folder, 'be.cable'), Buffer.from(fixedLe).swap16());
});

test('a file whose bytes would not survive being written back is left as it was, and the exit status says so', () => {
  const folder = tempFolder();
  // Past the first 64 KB a byte that is not UTF-8 is read as U+FFFD: writing the text back would lose it.
  const original = Buffer.concat([Buffer.from(fixable, 'utf8'), Buffer.from(`${'filler line\n'.repeat(6000)}bad \xff byte\n`, 'latin1')]);
  writeFiles(folder, { 'damaged.cable': original, 'a.cable': fixable });
  const run = runCable(['check', '--fix', '.'], folder);
  assert.equal(run.status, 2, run.stderr);
  assert.deepEqual(read(folder, 'damaged.cable'), original);
  assert.equal(read(folder, 'a.cable').toString('utf8'), fixedText);
  assert.match(run.stderr, /^cable: damaged\.cable: not fixed: its bytes do not all read as text/m);
  assertNoStackTrace(run.stderr);
  assert.match(run.stdout, /; 1 file fixed, 1 file could not be fixed$/m);
});

test('C305 across the archive compares the names the files hold once fixed, in whatever order they are checked', () => {
  const folder = tempFolder();
  // Misspelt, `Octobr` reads as part of the name (`Octobr Kim Il Sung`); fixed, it is a month and the name is `Kim Il Sung`,
  // used twice there, which makes the other file's `Kim Il Sun`, checked first, the rarer spelling.
  writeFiles(folder, { 'a-variant.cable': 'Cable: № 1\n\nCde. Kim Il Sun wrote.\n', 'b-fixed.cable': 'Cable: № 2\n\nOn 19 Octobr Kim Il Sung came; on 20 Octobr Kim Il Sung left.\n' });
  const run = runCable(['check', '--fix', '--format', 'json', '.'], folder);
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual((JSON.parse(run.stdout) as JsonFinding[]).map((finding) => `${finding.file}:${finding.code}`), ['a-variant.cable:C305']);
  assert.match(run.stderr, /; 1 file fixed$/m);
  assert.equal(read(folder, 'b-fixed.cable').toString('utf8'), 'Cable: № 2\n\nOn 19 October Kim Il Sung came; on 20 October Kim Il Sung left.\n');
});

/** The files of a folder, hidden ones too: a fix must leave no temporary file behind. */
function filesIn(folder: string): string[] {
  return fs.readdirSync(folder).sort();
}

test('a write that fails half-way (here a size limit) leaves the file whole, no temporary file behind, and says it was not fixed', () => {
  const folder = tempFolder();
  // About 60 KB, the fixes near its end; the limit (ulimit -f, in KB) lets 16 KB be written.
  const big = `${'Text of the cable, as printed, line after line of it.\n'.repeat(1100)}${fixable.replaceAll('\r\n', '\n')}`;
  writeFiles(folder, { 'big.cable': big });
  const result = spawnSync('bash', ['-c', `ulimit -f 16 && exec "${process.execPath}" "${cablePath}" check --fix -q big.cable`], { cwd: folder, encoding: 'utf8' });
  assert.equal(result.status, 2, result.stderr);
  assert.match(result.stderr, /big\.cable: not fixed: cannot be written \(EFBIG/);
  assertNoStackTrace(result.stderr);
  assert.equal(read(folder, 'big.cable').toString('utf8'), big);
  assert.deepEqual(filesIn(folder), ['big.cable']);
});

test('a symbolic link stays a link and its file is fixed; the file keeps its mode', () => {
  const folder = tempFolder();
  writeFiles(folder, { 'real.cable': fixable });
  fs.chmodSync(path.join(folder, 'real.cable'), 0o640);
  fs.symlinkSync('real.cable', path.join(folder, 'link.cable'));
  const run = runCable(['check', '--fix', '-q', 'link.cable'], folder);
  assert.equal(run.status, 0, run.stderr);
  assert.ok(fs.lstatSync(path.join(folder, 'link.cable')).isSymbolicLink());
  assert.equal(read(folder, 'real.cable').toString('utf8'), fixedText);
  assert.equal(fs.statSync(path.join(folder, 'real.cable')).mode & 0o777, 0o640);
  assert.deepEqual(filesIn(folder), ['link.cable', 'real.cable']);
});

test('a file with another hard link is fixed in place, so both names still hold it', () => {
  const folder = tempFolder();
  writeFiles(folder, { 'a.cable': fixable });
  fs.linkSync(path.join(folder, 'a.cable'), path.join(folder, 'b.cable'));
  const run = runCable(['check', '--fix', '-q', 'a.cable'], folder);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(read(folder, 'b.cable').toString('utf8'), fixedText);
  assert.equal(fs.statSync(path.join(folder, 'a.cable')).ino, fs.statSync(path.join(folder, 'b.cable')).ino);
});

test('a settings file with a problem: its cables are not fixed (a fix turned off there could go through), and the exit status says so', () => {
  const folder = tempFolder();
  writeFiles(folder, { 'broken/.cablerc.json': '{ "numberSign": "Nº", }', 'broken/a.cable': fixable, 'fine/a.cable': fixable });
  const run = runCable(['check', '--fix', '-q', '.'], folder);
  assert.equal(run.status, 2, run.stderr);
  assert.match(run.stderr, /not valid JSON/);
  assert.match(run.stderr, /broken\/a\.cable: not fixed: .*\.cablerc\.json has a problem/);
  assert.equal(read(folder, 'broken/a.cable').toString('utf8'), fixable);
  assert.equal(read(folder, 'fine/a.cable').toString('utf8'), fixedText);
});

/**
 * The bundled command copied where any user may read it: the repository may
 * sit in a folder only its owner can enter (a CI runner's home).
 */
function readableCli(): string {
  const folder = tempFolder();
  fs.chmodSync(folder, 0o755);
  const copy = path.join(folder, 'cli.js');
  fs.copyFileSync(path.join(path.dirname(cablePath), '..', 'dist', 'cli.js'), copy);
  fs.chmodSync(copy, 0o644);
  return copy;
}

/** Runs the CLI as a user other than root (nobody, with `groups`), as an archive's editors run it: root may write anything. */
function runAsNobody(args: readonly string[], cwd: string, groups = '--clear-groups'): ReturnType<typeof spawnSync> {
  const cli = readableCli();
  if (process.getuid?.() !== 0) return spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return spawnSync('setpriv', ['--reuid=65534', '--regid=65534', groups, process.execPath, cli, ...args], { cwd, encoding: 'utf8' });
}

test('a file its user may not write is not fixed, though the folder would let a new file be put in its place', { skip: process.platform === 'win32' && 'POSIX permissions' }, () => {
  const folder = tempFolder();
  fs.chmodSync(folder, 0o777);
  writeFiles(folder, { 'ro.cable': fixable });
  fs.chmodSync(path.join(folder, 'ro.cable'), 0o444);
  const result = runAsNobody(['check', '--fix', '-q', 'ro.cable'], folder);
  assert.equal(result.status, 2, String(result.stderr));
  assert.match(String(result.stderr), /ro\.cable: not fixed: cannot be written \(EACCES/);
  assert.equal(read(folder, 'ro.cable').toString('utf8'), fixable);
  assert.deepEqual(filesIn(folder), ['ro.cable']);
});

test('a file of another owner that its group may write is fixed in place, keeping its owner and group', { skip: process.getuid?.() !== 0 && 'needs root, to give the file another owner' }, () => {
  const folder = tempFolder();
  fs.chmodSync(folder, 0o777);
  writeFiles(folder, { 'shared.cable': fixable });
  const file = path.join(folder, 'shared.cable');
  // Owned by root, group nogroup (65534), which the fixing user (nobody) is in.
  fs.chownSync(file, 0, 65534);
  fs.chmodSync(file, 0o664);
  const result = runAsNobody(['check', '--fix', '-q', 'shared.cable'], folder, '--groups=65534');
  assert.equal(result.status, 0, String(result.stderr));
  assert.equal(read(folder, 'shared.cable').toString('utf8'), fixedText);
  const stats = fs.statSync(file);
  assert.deepEqual([stats.uid, stats.gid, stats.mode & 0o777], [0, 65534, 0o664]);
  assert.deepEqual(filesIn(folder), ['shared.cable']);
});
