/** `cable check` on the worked example in each output format: exactly C303 line 17, C304 lines 66 and 74, C305 line 38. */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { lines, runCable, tempFolder, workedExample, writeFiles, type JsonFinding } from './harness';

const folder = tempFolder();
writeFiles(folder, { 'cable-25025.cable': workedExample });

const expected = ['C303@17', 'C305@38', 'C304@66', 'C304@74'];

test('text: one path:line:col: severity CODE message line per finding, a summary, exit 0', () => {
  const run = runCable(['check', 'cable-25025.cable'], folder);
  assert.equal(run.status, 0, run.stderr);
  const output = lines(run.stdout);
  assert.deepEqual(output.slice(0, -1).map((line) => line.replace(/^cable-25025\.cable:(\d+):\d+: information (C\d+) .*$/, '$2@$1')), expected);
  assert.match(output[0], /^cable-25025\.cable:17:25: information C303 \S/);
  assert.equal(output[output.length - 1], '1 file checked: 0 errors, 0 warnings, 4 information');
  assert.equal(run.stderr, '');
});

test('text: a path outside the current folder is shown absolute', () => {
  const elsewhere = tempFolder();
  const run = runCable(['check', path.join(folder, 'cable-25025.cable')], elsewhere);
  assert.equal(run.status, 0, run.stderr);
  assert.ok(run.stdout.startsWith(`${path.join(folder, 'cable-25025.cable')}:17:25: information C303`), run.stdout);
});

test('json: an array of 1-based findings with named severities; the summary goes to stderr', () => {
  const run = runCable(['check', '--format', 'json', 'cable-25025.cable'], folder);
  assert.equal(run.status, 0, run.stderr);
  const findings = JSON.parse(run.stdout) as JsonFinding[];
  assert.deepEqual(findings.map((finding) => `${finding.code}@${finding.line}`), expected);
  assert.deepEqual(Object.keys(findings[0]), ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message']);
  assert.deepEqual({ ...findings[0], message: '' }, { file: 'cable-25025.cable', line: 17, column: 25, endLine: 17, endColumn: 36, severity: 'information', code: 'C303', message: '' });
  assert.ok(findings.every((finding) => finding.severity === 'information' && finding.message.length > 10));
  assert.equal(lines(run.stderr).length, 1);
  assert.match(run.stderr, /1 file checked: 0 errors, 0 warnings, 4 information/);
});

test('json: no findings is an empty array', () => {
  const clean = tempFolder();
  writeFiles(clean, { 'clean.cable': 'Cable: № 1\n\nThe meeting is postponed.\n' });
  const run = runCable(['check', '--format=json', 'clean.cable'], clean);
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.stdout), []);
});

interface SarifLog {
  $schema: string;
  version: string;
  runs: Array<{
    tool: { driver: { name: string; informationUri: string; rules: Array<{ id: string; shortDescription: { text: string }; helpUri: string; defaultConfiguration: { level: string } }> } };
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }>;
    }>;
    invocations: Array<{ executionSuccessful: boolean }>;
  }>;
}

test('sarif: a 2.1.0 log with one run, a rule per code and a result per finding', () => {
  const run = runCable(['check', '--format', 'sarif', 'cable-25025.cable'], folder);
  assert.equal(run.status, 0, run.stderr);
  const log = JSON.parse(run.stdout) as SarifLog;
  assert.equal(log.version, '2.1.0');
  assert.match(log.$schema, /sarif-schema-2\.1\.0\.json$|sarif-2\.1\.0/);
  assert.equal(log.runs.length, 1);
  const [sarifRun] = log.runs;
  const { driver } = sarifRun.tool;
  assert.equal(driver.name, 'cable');
  assert.match(driver.informationUri, /^https:\/\//);
  assert.equal(driver.rules.length, 23);
  const c101 = driver.rules.find((rule) => rule.id === 'C101');
  assert.ok(c101 && c101.defaultConfiguration.level === 'error' && c101.helpUri.endsWith('docs/rules.md#c101') && c101.shortDescription.text.length > 0);
  assert.equal(driver.rules.find((rule) => rule.id === 'C305')?.defaultConfiguration.level, 'note');
  assert.equal(driver.rules.find((rule) => rule.id === 'C104')?.defaultConfiguration.level, 'warning');
  assert.deepEqual(sarifRun.results.map((result) => `${result.ruleId}@${result.locations[0].physicalLocation.region.startLine}`), expected);
  for (const result of sarifRun.results) {
    assert.equal(result.level, 'note');
    assert.equal(driver.rules[result.ruleIndex].id, result.ruleId);
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'cable-25025.cable');
    assert.ok(result.message.text.length > 10);
  }
  assert.deepEqual(sarifRun.results[0].locations[0].physicalLocation.region, { startLine: 17, startColumn: 25, endLine: 17, endColumn: 36 });
  assert.equal(sarifRun.invocations[0].executionSuccessful, true);
});

test('sarif: nested paths become relative URIs with forward slashes, escaped', () => {
  const nested = tempFolder();
  writeFiles(nested, { 'box 1/sub/error.cable': 'Cable: № 1\n\nThe meeting] is postponed.\n' });
  const run = runCable(['check', '--format', 'sarif', '.'], nested);
  assert.equal(run.status, 1, run.stderr);
  const result = (JSON.parse(run.stdout) as SarifLog).runs[0].results[0];
  assert.equal(result.level, 'error');
  assert.equal(result.ruleId, 'C102');
  assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'box%201/sub/error.cable');
});

test('an unknown format is a usage error', () => {
  const run = runCable(['check', '--format', 'xml', 'cable-25025.cable'], folder);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /^cable: --format must be text, json or sarif/);
  assert.equal(run.stdout, '');
});
