/** Settings as a `.cablerc.json` or the editor gives them: valid parts kept, each invalid part named once. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultSettings, mergeSettings, readSettings } from '../../server/src/service/settings';

test('a valid object is read whole, with no problems; severities and codes in any case', () => {
  const reading = readSettings({ rules: { c305: 'Off', C104: 'error' }, requiredFields: ['Cable', 'from', 'Telegram'], numberSign: '№', slashedDates: 'day-first' });
  assert.deepEqual(reading.problems, []);
  assert.deepEqual(reading.settings, { rules: { C305: 'off', C104: 'error' }, requiredFields: ['Cable', 'from', 'Telegram'], numberSign: '№', slashedDates: 'day-first' });
});

test('each invalid part is named, and the valid parts beside it are kept', () => {
  const reading = readSettings({ rules: { C305: 'silent', C104: 'error', X1: 'off' }, numberSign: 'N', slashedDates: 'sideways', colour: 'red' });
  assert.deepEqual(reading.settings, { rules: { C104: 'error' } });
  assert.equal(reading.problems.length, 5, reading.problems.join('\n'));
  for (const named of ['"colour"', 'rules.C305', '"X1"', '"numberSign"', '"slashedDates"']) {
    assert.ok(reading.problems.some((problem) => problem.includes(named)), `${named} in ${reading.problems.join(' | ')}`);
  }
});

test('a required field the format does not know is named, with the nearest field, and left out rather than reported missing in every cable', () => {
  const reading = readSettings({ requiredFields: ['Cable', 'Recieved', 'Frobnicate'] });
  assert.deepEqual(reading.settings.requiredFields, ['Cable']);
  assert.deepEqual(reading.problems, [
    '"requiredFields" names "Recieved", which is no field of the format (did you mean "Received"?)',
    '"requiredFields" names "Frobnicate", which is no field of the format',
  ]);
  assert.deepEqual(readSettings({ requiredFields: 'Cable' }).problems, ['"requiredFields" must be a list of field names, like ["Cable", "From"]']);
});

test('not an object: one problem, nothing read', () => {
  for (const input of [null, 3, 'rules', ['rules']]) {
    const reading = readSettings(input);
    assert.deepEqual(reading.settings, {});
    assert.equal(reading.problems.length, 1);
  }
});

test('later layers win, and rules merge code by code', () => {
  const merged = mergeSettings({ rules: { C305: 'off', C104: 'error' }, numberSign: 'Nº' }, undefined, { rules: { C104: 'hint' }, requiredFields: ['From'] });
  assert.deepEqual(merged, { rules: { C305: 'off', C104: 'hint' }, requiredFields: ['From'], numberSign: 'Nº', slashedDates: defaultSettings.slashedDates });
});
