import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { createLanguageService, mergeSettings, NameIndex, namesOf, parseCable } from '../../server/src/service/index';
import { samplesDir } from '../support/paths';
import { check } from '../support/check';
import { codeDefinitions } from '../../server/src/service/diagnostics/codes';

const errorsDir = path.join(samplesDir, 'errors');
const cleanSamples = fs.readdirSync(samplesDir).filter((name) => name.endsWith('.cable'));
const errorSamples = fs.readdirSync(errorsDir).filter((name) => name.endsWith('.cable'));

/** `%% expect: C210 line 6, C210 line 11` → ['C210@6', 'C210@11']. */
function expectations(text: string): string[] {
  const line = /^%% expect: (.*)$/m.exec(text);
  assert.ok(line, 'error samples carry a `%% expect:` line');
  return line[1].split(',').map((entry) => {
    const match = /^\s*(C\d{3}) line (\d+)\s*$/.exec(entry);
    assert.ok(match, `unreadable expectation ${entry}`);
    return `${match[1]}@${match[2]}`;
  });
}

test('there are at least six clean samples besides the worked example', () => {
  assert.ok(cleanSamples.includes('cable-25025.cable'));
  assert.ok(cleanSamples.length >= 7, `only ${cleanSamples.length} samples`);
});

test('the worked example gives exactly C303, C304 twice and C305', () => {
  const text = fs.readFileSync(path.join(samplesDir, 'cable-25025.cable'), 'utf8');
  const found = check(text).map((diagnostic) => `${String(diagnostic.code)}@${diagnostic.range.start.line + 1}`);
  assert.deepEqual(found, ['C303@17', 'C305@38', 'C304@66', 'C304@74']);
});

for (const name of cleanSamples.filter((sample) => sample !== 'cable-25025.cable')) {
  test(`clean sample ${name} gives no diagnostics`, () => {
    const text = fs.readFileSync(path.join(samplesDir, name), 'utf8');
    assert.deepEqual(check(text).map((diagnostic) => `${String(diagnostic.code)}@${diagnostic.range.start.line + 1} ${diagnostic.message}`), []);
  });
}

test('the samples together give no workspace-wide name variants', () => {
  const index = new NameIndex();
  const texts = cleanSamples.map((name) => [name, fs.readFileSync(path.join(samplesDir, name), 'utf8')] as const);
  for (const [name, text] of texts) index.setDocument(`file:///${name}`, namesOf(parseCable(text)));
  const service = createLanguageService({ names: index });
  for (const [name, text] of texts) {
    const found = service.getDiagnostics(TextDocument.create(`file:///${name}`, 'cable', 1, text), mergeSettings()).filter((diagnostic) => diagnostic.code === 'C305');
    const expected = name === 'cable-25025.cable' ? 1 : 0;
    assert.equal(found.length, expected, `${name}: ${found.map((diagnostic) => diagnostic.message).join('; ')}`);
  }
});

test('every diagnostic code has an error sample', () => {
  const covered = new Set(errorSamples.flatMap((name) => expectations(fs.readFileSync(path.join(errorsDir, name), 'utf8')).map((entry) => entry.slice(0, 4))));
  for (const code of ['C101', 'C102', 'C103', 'C104', 'C105', 'C201', 'C202', 'C203', 'C204', 'C205', 'C206', 'C207', 'C208', 'C209', 'C210', 'C211', 'C212', 'C213', 'C301', 'C302', 'C303', 'C304', 'C305']) {
    assert.ok(covered.has(code), `no error sample for ${code}`);
  }
});

for (const name of errorSamples) {
  test(`error sample ${name} gives exactly what it expects`, () => {
    const text = fs.readFileSync(path.join(errorsDir, name), 'utf8');
    const found = check(text).map((diagnostic) => `${String(diagnostic.code)}@${diagnostic.range.start.line + 1}`);
    assert.deepEqual([...found].sort(), [...expectations(text)].sort());
  });
}

test('every diagnostic links to its section of docs/rules.md, which exists', () => {
  const rules = fs.readFileSync(path.join(samplesDir, '..', 'docs', 'rules.md'), 'utf8');
  for (const name of errorSamples) {
    for (const diagnostic of check(fs.readFileSync(path.join(errorsDir, name), 'utf8'))) {
      const code = String(diagnostic.code);
      assert.match(diagnostic.codeDescription?.href ?? '', new RegExp(`rules\\.md#${code.toLowerCase()}$`));
      assert.ok(rules.includes(`id="${code.toLowerCase()}"`), `docs/rules.md has no anchor for ${code}`);
      assert.equal(diagnostic.source, 'cable');
      assert.ok(String(diagnostic.message).length > 20);
    }
  }
});

test("docs/rules.md gives each code the title and default severity the checker's hover and schema give it, in its summary and its heading", () => {
  const rules = fs.readFileSync(path.join(samplesDir, '..', 'docs', 'rules.md'), 'utf8');
  const summaryRows = [...rules.matchAll(/^\| \[(C\d{3})\]\(#c\d{3}\) \| (\w+) \| (.+) \|$/gm)].map((row) => [row[1], row[2], row[3]]);
  const headings = [...rules.matchAll(/^## (C\d{3}) — (.+)$/gm)].map((heading) => [heading[1], heading[2]]);
  assert.deepEqual(summaryRows, codeDefinitions.map((definition) => [definition.code, definition.severity, definition.title]));
  assert.deepEqual(headings, codeDefinitions.map((definition) => [definition.code, definition.title]));
});

test('13:30 p.m. is a warning, 13 p.m. an error', () => {
  const text = fs.readFileSync(path.join(errorsDir, 'C210-impossible-time.cable'), 'utf8');
  const severities = check(text).map((diagnostic) => diagnostic.severity);
  assert.deepEqual(severities, [DiagnosticSeverity.Error, DiagnosticSeverity.Error, DiagnosticSeverity.Error, DiagnosticSeverity.Warning]);
});
