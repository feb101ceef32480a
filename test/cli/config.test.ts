/** Settings: the nearest .cablerc.json above each file, or --config for all; a bad file warns once and the defaults apply. */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertOneProblemLine, lines, runCable, tempFolder, writeFiles, type JsonFinding } from './harness';

const variant = 'Cable: № 1\n\nCde. Li Kenong met Cde. Li Kenong and Cde. Le Kenong.\n';
const c305Off = JSON.stringify({ rules: { C305: 'off' } });

function codes(stdout: string): string[] {
  return (JSON.parse(stdout) as JsonFinding[]).map((finding) => `${finding.code}@${finding.file}`);
}

test('a .cablerc.json found upwards applies to the files below it only', () => {
  const folder = tempFolder();
  writeFiles(folder, {
    'quiet/.cablerc.json': c305Off,
    'quiet/deep/deeper/a.cable': variant,
    'loud/b.cable': variant,
  });
  const run = runCable(['check', '--format', 'json', '.'], folder);
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(codes(run.stdout), ['C305@loud/b.cable']);
});

test('a .cablerc.json can raise a severity, which changes the exit status', () => {
  const folder = tempFolder();
  writeFiles(folder, { '.cablerc.json': JSON.stringify({ rules: { C305: 'error' } }), 'a.cable': variant });
  const run = runCable(['check', 'a.cable'], folder);
  assert.equal(run.status, 1, run.stderr);
  assert.match(run.stdout, /^a\.cable:3:44: error C305 /m);
});

test('--config applies one file to every cable, instead of the nearest one', () => {
  const folder = tempFolder();
  writeFiles(folder, { 'settings/off.json': c305Off, 'loud/.cablerc.json': '{}', 'loud/b.cable': variant, 'c.cable': variant });
  const run = runCable(['check', '--format', 'json', '--config', 'settings/off.json', '.'], folder);
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(codes(run.stdout), []);
});

test('--config with bad JSON: one message naming the file, then the defaults', () => {
  const folder = tempFolder();
  writeFiles(folder, { 'bad.json': '{ "rules": { "C305": "off", } ', 'a.cable': variant, 'b.cable': variant, 'c.cable': variant });
  const run = runCable(['check', '--format', 'json', '--config', 'bad.json', '.'], folder);
  assert.equal(run.status, 0, run.stderr);
  const stderr = lines(run.stderr).filter((line) => !/files checked/.test(line));
  assertOneProblemLine(stderr.join('\n'), 'bad.json');
  assert.match(stderr[0], /not valid JSON/);
  // The defaults: C305 is on.
  assert.deepEqual(codes(run.stdout), ['C305@a.cable', 'C305@b.cable', 'C305@c.cable']);
});

test('a bad .cablerc.json found upwards is reported once for all the cables below it', () => {
  const folder = tempFolder();
  writeFiles(folder, { '.cablerc.json': JSON.stringify({ rules: { C305: 'silent' } }), 'a.cable': variant, 'sub/b.cable': variant });
  const run = runCable(['check', '.'], folder);
  assert.equal(run.status, 0, run.stderr);
  assertOneProblemLine(run.stderr, '.cablerc.json');
  assert.match(run.stderr, /C305/);
  assert.equal(lines(run.stdout).filter((line) => line.includes(' C305 ')).length, 2);
});

test('a --config file that does not exist is a usage error, not a silent fallback', () => {
  const folder = tempFolder();
  writeFiles(folder, { 'a.cable': variant });
  const run = runCable(['check', '--config', 'nope.json', 'a.cable'], folder);
  assert.equal(run.status, 2);
  assertOneProblemLine(run.stderr, 'nope.json');
  assert.equal(run.stdout, '');
});

test('a .cablerc.json naming one unknown field among known ones: that name is ignored, the rest applies, and the message says so', () => {
  const folder = tempFolder();
  writeFiles(folder, { '.cablerc.json': JSON.stringify({ requiredFields: ['Cable', 'From', 'Recieved'] }), 'a.cable': variant });
  const run = runCable(['check', '--format', 'json', 'a.cable'], folder);
  assertOneProblemLine(lines(run.stderr).filter((line) => !/file checked/.test(line)).join('\n'), '.cablerc.json');
  assert.match(run.stderr, /"Recieved", which is no field of the format \(did you mean "Received"\?\); that is ignored, the rest applies/);
  assert.doesNotMatch(run.stderr, /defaults/);
  // From is still required: the known names were kept.
  assert.deepEqual(codes(run.stdout), ['C203@a.cable', 'C305@a.cable']);
});
