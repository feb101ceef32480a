/** Folders, symlinks, --exclude, names across files (C305), BOMs and a generated archive. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { checkArchive, defaultKeepBudget } from '../../server/src/cli/archive';
import { FileSettings } from '../../server/src/cli/config';
import type { CheckedFile } from '../../server/src/cli/findings';
import { readCableFile } from '../../server/src/cli/readFile';
import { cableText, writeArchive } from './generateArchive';
import { lines, runCable, tempFolder, writeFiles, type JsonFinding } from './harness';

/** A cable with one C304 (information), so each checked file shows in the output. */
const marked = 'Cable: Nº 1\nCopy: № 2\nIncoming: № 3\n\nText.\n';

function findings(stdout: string): JsonFinding[] {
  return JSON.parse(stdout) as JsonFinding[];
}

function filesIn(stdout: string): string[] {
  return findings(stdout).map((finding) => finding.file);
}

test('folders are searched recursively for *.cable, skipping node_modules, dot-folders and other files', () => {
  const folder = tempFolder();
  writeFiles(folder, {
    'a.cable': marked,
    'sub/b.cable': marked,
    'sub/deeper/c.cable': marked,
    'node_modules/pkg/x.cable': marked,
    '.git/y.cable': marked,
    'sub/.hidden/z.cable': marked,
    'notes.txt': 'Cable: x]\n',
    'sub/readme.md': 'x]\n',
  });
  const run = runCable(['check', '--format', 'json', '.'], folder);
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(filesIn(run.stdout), ['a.cable', 'sub/b.cable', 'sub/deeper/c.cable']);
  assert.match(run.stderr, /3 files checked/);
});

test('a dot-folder or a non-.cable file named on the command line is checked', () => {
  const folder = tempFolder();
  writeFiles(folder, { '.drafts/a.cable': marked, 'draft.txt': marked });
  const run = runCable(['check', '--format', 'json', '.drafts', 'draft.txt'], folder);
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(filesIn(run.stdout), ['.drafts/a.cable', 'draft.txt']);
});

test('symlinks are followed, but a loop ends and a file reached twice is checked once', () => {
  const folder = tempFolder();
  writeFiles(folder, { 'archive/a.cable': marked, 'archive/sub/b.cable': marked, 'elsewhere/c.cable': marked });
  fs.symlinkSync(path.join(folder, 'archive'), path.join(folder, 'archive', 'sub', 'loop'));
  fs.symlinkSync(path.join(folder, 'elsewhere'), path.join(folder, 'archive', 'linked'));
  fs.symlinkSync(path.join(folder, 'archive', 'a.cable'), path.join(folder, 'archive', 'again.cable'));
  const run = runCable(['check', '--format', 'json', 'archive', 'archive/a.cable'], folder);
  assert.equal(run.status, 0, run.stderr);
  const files = filesIn(run.stdout);
  assert.equal(files.length, 3, files.join(', '));
  assert.ok(files.includes('archive/linked/c.cable') && files.includes('archive/sub/b.cable'));
});

test('--exclude leaves out a folder or a file, and may be repeated', () => {
  const folder = tempFolder();
  writeFiles(folder, { 'samples/a.cable': marked, 'samples/errors/b.cable': 'Cable: № 1\n\nx]\n', 'samples/c.cable': marked });
  const run = runCable(['check', '--format', 'json', 'samples', '--exclude', 'samples/errors', '--exclude=samples/c.cable'], folder);
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(filesIn(run.stdout), ['samples/a.cable']);
  assert.equal(runCable(['check', 'samples'], folder).status, 1);
});

test('names are compared across files: a variant in one file of a name used in another is C305', () => {
  const folder = tempFolder();
  writeFiles(folder, {
    'a.cable': 'Cable: № 1\n\nCde. Li Kenong met Cde. Li Kenong.\n',
    'b.cable': 'Cable: № 2\n\nToday Cde. Le Kenong arrived.\n',
  });
  const both = runCable(['check', '--format', 'json', '.'], folder);
  assert.equal(both.status, 0, both.stderr);
  const [finding, ...rest] = findings(both.stdout);
  assert.deepEqual(rest, []);
  assert.deepEqual({ file: finding.file, code: finding.code, line: finding.line, column: finding.column, endColumn: finding.endColumn }, { file: 'b.cable', code: 'C305', line: 3, column: 12, endColumn: 21 });
  assert.match(finding.message, /Li Kenong/);
  // Alone, b.cable has nothing to compare with.
  assert.deepEqual(findings(runCable(['check', '--format', 'json', 'b.cable'], folder).stdout), []);
});

test('a UTF-8 BOM does not shift columns', () => {
  const folder = tempFolder();
  writeFiles(folder, { 'bom.cable': `\ufeff${marked}`, 'plain.cable': marked });
  const run = runCable(['check', '--format', 'json', '.'], folder);
  assert.equal(run.status, 0, run.stderr);
  const [bom, plain] = findings(run.stdout);
  assert.deepEqual({ ...bom, file: '' }, { ...plain, file: '' });
  assert.deepEqual([bom.code, bom.line, bom.column, bom.endColumn], ['C304', 1, 8, 10]);
});

test('a generated archive of 300 cables in 3 folders: exactly the planted findings', () => {
  const folder = tempFolder();
  const files = writeArchive(path.join(folder, 'archive'), 300, { paragraphsPerFile: 8 });
  // A rare variant of a name used in many other files, and a stray bracket.
  fs.writeFileSync(files[150], cableText(150, 8).replace(/telegram to Cde\. [A-Z][a-z]+ [A-Z][a-z]+/, 'telegram to Cde. Peng Dehuei'));
  fs.writeFileSync(files[200], cableText(200, 8).replace('Cde. FILIPPOV!', 'Cde. FILIPPOV!]'));
  const run = runCable(['check', 'archive'], folder);
  assert.equal(run.status, 1, run.stderr);
  const output = lines(run.stdout);
  assert.equal(output.length, 3, run.stdout);
  assert.match(output[0], /^archive\/box-001\/cable-00150\.cable:10:50: information C305 “Peng Dehuei” .*“Peng Dehuai”/);
  assert.match(output[1], /^archive\/box-002\/cable-00200\.cable:8:15: error C102 /);
  assert.equal(output[2], '300 files checked: 1 error, 0 warnings, 1 information');
});

test('files past the keep budget are read again for their check, with the same findings, C305 across files included', () => {
  const folder = tempFolder();
  writeFiles(folder, {
    'a.cable': 'Cable: № 1\n\nCde. Li Kenong met Cde. Li Kenong.\n',
    'b.cable': 'Cable: № 2\n\nToday Cde. Le Kenong arrived.\n',
    'c.cable': marked,
  });
  const files = ['a.cable', 'b.cable', 'c.cable'].map((name) => path.join(folder, name));
  const check = (keepBudget: number): CheckedFile[] => {
    const checked: CheckedFile[] = [];
    checkArchive(files, {
      settings: new FileSettings(undefined, (message) => assert.fail(message)),
      read: (absolute) => readCableFile(absolute, 1e6),
      keepBudget,
      display: (absolute) => path.relative(folder, absolute),
      onFile: (file) => checked.push(file),
      onProblem: (problem) => assert.fail(problem.message),
    });
    return checked;
  };
  const kept = check(defaultKeepBudget);
  assert.ok(kept.some((file) => file.findings.some((finding) => finding.code === 'C305')), 'a name variant across files is found');
  assert.deepEqual(check(0), kept);
});
