import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { cable, check, codes, codesAt } from '../../support/check';

test('C206 fires on an unknown tag and suggests the nearest', () => {
  const [diagnostic] = check(cable('Text [Stmp: x] text'));
  assert.equal(diagnostic.code, 'C206');
  assert.match(String(diagnostic.message), /Stamp/);
  assert.deepEqual(codes(cable('[Note: a] [Handwritten: b] [Margin: c] [Deleted: d] [Underlined: e] [unclear: f] [UNCLEAR: g]')), []);
});

test('C207 fires on an empty mark or stamp', () => {
  assert.deepEqual(codes(cable('Text [] and [ ] and [Stamp: ] end')), ['C207', 'C207', 'C207']);
  assert.deepEqual(codes(cable('Text [x] end')), []);
});

test('C209 fires on a group count that is not a whole number', () => {
  assert.deepEqual(codes(cable('A [several groups unrecovered] B [groups garbled] C [0 groups garbled]')), ['C209', 'C209', 'C209']);
  assert.deepEqual(codes(cable('A [3 groups unrecovered] B [1 group garbled]')), []);
});

test('C209 says why each count is none: no number, a count of no group, or no count', () => {
  const messages = check(cable('A [several groups unrecovered] B [0 groups garbled] C [groups garbled]')).map((diagnostic) => String(diagnostic.message));
  assert.match(messages[0], /“several” is not a whole number\.$/);
  assert.match(messages[1], /“0” counts no group: at least one is lost\.$/);
  assert.match(messages[2], /the count is missing\.$/);
});

test('C213 fires on references without notes and notes without references', () => {
  const text = cable('To VIKTOR[i] and [iii].', 'Cable: 1', '[i] VIKTOR: Lt. Gen. P. M. FITIN.\n[ii] ROBERT: unidentified.');
  assert.deepEqual(codesAt(text), ['C213@3', 'C213@6']);
  assert.deepEqual(codes(cable('To VIKTOR[i] and ROBERT\'s [ii] report.', 'Cable: 1', '[i] VIKTOR: x.\n[ii] ROBERT: y.')), []);
  assert.deepEqual(codes(cable('A supplied [a] letter with no notes.')), []);
});
