/**
 * The JSON schema VS Code checks `.cablerc.json` with (package.json
 * `jsonValidation`) says what the checker's `readSettings` says: a settings
 * object the schema accepts is read with no problem, one it rejects has one,
 * and it knows every diagnostic code, severity, field and number sign.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { codeDefinitions } from '../../server/src/service/diagnostics/codes';
import { fieldDefinitions } from '../../server/src/service/parser/fields';
import { numberSigns, readSettings, ruleSeverities } from '../../server/src/service/settings';
import { editorOnlySettings } from '../../server/src/lsp/configuration';
import { repoRoot } from '../support/paths';

interface Manifest {
  contributes: {
    jsonValidation: Array<{ fileMatch: string; url: string }>;
    configuration: { properties: Record<string, { default?: unknown; properties?: Record<string, { markdownDescription: string }> }> };
  };
}

const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Manifest;
const [registration] = manifest.contributes.jsonValidation;
const schemaFile = path.join(repoRoot, registration.url);
const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as {
  properties: Record<string, { properties?: Record<string, { markdownDescription: string }>; enum?: unknown[] }>;
  definitions: { severity: { enum: string[] } };
};
// VS Code's own keywords (markdownDescription, patternErrorMessage…) are no part of draft-07.
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

test('package.json points VS Code at the schema for every .cablerc.json', () => {
  assert.equal(registration.fileMatch, '.cablerc.json');
  assert.ok(fs.existsSync(schemaFile), registration.url);
});

test('the schema knows every code with its title and default, every severity and every number sign', () => {
  const rules = schema.properties.rules.properties ?? {};
  assert.deepEqual(Object.keys(rules), codeDefinitions.map((definition) => definition.code));
  for (const definition of codeDefinitions) {
    assert.match(rules[definition.code].markdownDescription, new RegExp(`^${definition.title} \\(default: ${definition.severity}\\)`));
  }
  assert.deepEqual(schema.definitions.severity.enum, ruleSeverities);
  assert.deepEqual(schema.properties.numberSign.enum, [...numberSigns, null]);
});

/** Settings objects, each with whether the checker reads it without a problem. */
const cases: unknown[] = [
  {},
  { $schema: './cablerc.schema.json' },
  { rules: { C305: 'off', C104: 'error', c212: 'hint' } },
  { rules: { C305: 'silent' } },
  { rules: { C999: 'off' } },
  { rules: { C399: 'off' } },
  { rules: { c399: 'off' } },
  { rules: { X1: 'off' } },
  { rules: 'off' },
  { requiredFields: ['Cable', 'From', 'copies TO', 'Distribution', 'Deciphered'] },
  { requiredFields: ['Cable', 'Recieved'] },
  { requiredFields: 'Cable' },
  { requiredFields: [3] },
  { numberSign: '№' },
  { numberSign: null },
  { numberSign: 'N' },
  { slashedDates: 'day-first' },
  { slashedDates: 'sideways' },
  { colour: 'red' },
  { maxProblems: 10 },
  { maxFileSize: 1000 },
  { trace: { server: 'off' } },
  { preview: { view: 'reading' } },
  [],
  'rules',
  ...fieldDefinitions.flatMap((definition) => [definition.name, ...definition.aliases]).map((name) => ({ requiredFields: [name.toUpperCase()] })),
];

test('an object the schema accepts the checker reads with no problem, and one it rejects with one', () => {
  for (const input of cases) {
    const schemaAccepts = validate(input);
    const { problems } = readSettings(input);
    assert.equal(schemaAccepts, problems.length === 0, `${JSON.stringify(input)}: schema ${schemaAccepts ? 'accepts' : 'rejects'}, checker: ${problems.join('; ') || 'no problem'}`);
  }
});

/** The `cable` section as VS Code answers `workspace/configuration` for it: each setting's default, `cable.preview.view` nested as `preview.view`. */
function editorSectionOfDefaults(): Record<string, unknown> {
  const section: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(manifest.contributes.configuration.properties)) {
    const [, ...parts] = key.split('.');
    let holder = section;
    for (const part of parts.slice(0, -1)) holder = (holder[part] ??= {}) as Record<string, unknown>;
    holder[parts[parts.length - 1]] = property.default;
  }
  return section;
}

test("the editor's cable section, every setting package.json contributes, is read with no problem; the same keys in a .cablerc.json each are one", () => {
  const section = editorSectionOfDefaults();
  assert.ok('preview' in section && 'trace' in section && 'maxProblems' in section, Object.keys(section).join(', '));
  assert.deepEqual(readSettings(section, editorOnlySettings).problems, []);
  const fileProblems = readSettings(section).problems;
  assert.deepEqual(fileProblems.map((problem) => /^unknown setting "(\w+)"/.exec(problem)?.[1]).sort(), [...editorOnlySettings].sort());
});

test("the editor's cable.rules knows the codes the schema knows, with the same descriptions, and accepts what the checker accepts", () => {
  const editorRules = manifest.contributes.configuration.properties['cable.rules'];
  const fileRules = schema.properties.rules.properties ?? {};
  assert.deepEqual(
    Object.entries(editorRules.properties ?? {}).map(([code, rule]) => [code, rule.markdownDescription]),
    Object.entries(fileRules).map(([code, rule]) => [code, rule.markdownDescription]),
  );
  const validateRules = new Ajv({ strict: false }).compile(editorRules);
  for (const rules of [{ C305: 'off', c104: 'error' }, { C399: 'off' }, { C305: 'silent' }, { X1: 'off' }]) {
    assert.equal(validateRules(rules), readSettings({ rules }).problems.length === 0, JSON.stringify(rules));
  }
});
