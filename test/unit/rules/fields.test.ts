import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { cable, check, codes, codesAt } from '../../support/check';

test('C201 suggests the known name for a misspelt field, and leaves other words alone', () => {
  const [diagnostic] = check('Cable: 1\nRecieved: 1135 19 October 1951\n\nBody\n');
  assert.equal(diagnostic.code, 'C201');
  assert.match(String(diagnostic.message), /Received/);
  assert.deepEqual(diagnostic.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 8 } });
  assert.deepEqual(codes('Cable: 1\nRe: the conference\nNote: text\n\nBody\n'), []);
  assert.deepEqual(codes(cable('Body', 'Cable: 1', 'Spravka: on the cable\nDecyphered: Fedyaev 1205 19 October 1951')), ['C201']);
});

test('C202 fires on the second copy of a field, aliases included', () => {
  assert.deepEqual(codesAt('Cable: 1\nFrom: A\nTelegram: 2\n\nBody\n'), ['C202@3']);
  assert.deepEqual(codes('Cable: 1\nFrom: A\nTo: B\n\nBody\n'), []);
});

test('C203 fires when a required field is missing; requiredFields is configurable', () => {
  assert.deepEqual(codesAt('From: A\n\nBody\n'), ['C203@1']);
  assert.deepEqual(codes('No: 5\n\nBody\n'), []);
  assert.deepEqual(codes('Cable: 1\n\nBody\n', { requiredFields: ['Cable', 'From'] }), ['C203']);
  assert.deepEqual(codes('From: A\n\nBody\n', { requiredFields: [] }), []);
});

test('C203 on a Cable line written below the line that ended the header says where it is, and offers no second one', () => {
  const text = 'SECOND MAIN DIRECTORATE\nCable: № 25025\nReceived: 1135 19 October 1951\n\nText.\n';
  const c203 = check(text).find((diagnostic) => diagnostic.code === 'C203');
  assert.match(String(c203?.message), /the Cable line \(line 2\) is read as body text, below the line that ended the header \(line 1; see C104 there\)/);
  assert.deepEqual((c203?.data as { suggestions: string[] }).suggestions, []);
  // Missing indeed: the usual advice and field to add.
  const missing = check('Office: X\n\nText.\n').find((diagnostic) => diagnostic.code === 'C203');
  assert.deepEqual((missing?.data as { suggestions: string[] }).suggestions, ['Cable']);
});

test('C208 fires on values of the wrong form', () => {
  assert.deepEqual(codesAt('Cable: abc\n\nBody\n'), ['C208@1']);
  assert.deepEqual(codes(cable('Body', 'Cable: 1', 'Copies printed: many')), ['C208']);
  assert.deepEqual(codes('Cable: 1\nReceived: yesterday\n\nBody\n'), ['C208']);
  assert.deepEqual(codes(cable('Body', 'Cable: 1', 'Deciphered: Fedyaev')), ['C208']);
  for (const good of ['Cable: № 25025', 'Cable: 254/3612/shs', 'Cable: No. 5', 'Cable: #12', 'Cable: [illegible]', 'Cable: 12']) {
    assert.deepEqual(codes(`${good}\n\nBody\n`), [], good);
  }
  assert.deepEqual(codes(cable('Body', 'Cable: 1', 'Copies printed: Eight\nDeciphered: Fedyaev 1205 19 October 1951')), []);
  assert.deepEqual(codes('Cable: 1\nReceived: 1135\n\nBody\n'), []);
});

test('numbers and counts as the pages write them: Nr., a copy of so many, digits with their words, a closing stop', () => {
  for (const good of ['Cable: Nr. 312/61\n', 'Cable: Nr 312\n', 'Cable: 1\nCopy: 1 of 3\n', 'Cable: 1\nCopy: № 2 of 5\n']) {
    assert.deepEqual(codes(`${good}\nBody\n`), [], good);
  }
  for (const good of ['8 (eight)', '12 (Twelve)', 'Twelve.', '8.', '21 (twenty-one)']) {
    assert.deepEqual(codes(cable('Body', 'Cable: 1', `Copies printed: ${good}`)), [], good);
  }
  // Digits and words that disagree, a copy of nothing, words that are no number: still the wrong form.
  for (const wrong of ['8 (seven)', '8 ()', 'eight (8)']) {
    assert.deepEqual(codes(cable('Body', 'Cable: 1', `Copies printed: ${wrong}`)), ['C208'], wrong);
  }
  for (const wrong of ['Copy: 1 of', 'Copy: 1 of three', 'Copy: Nr.', 'Copy: of 3', 'Incoming: 254 of 300']) {
    assert.deepEqual(codes(`Cable: 1\n${wrong}\n\nBody\n`), ['C208'], wrong);
  }
});

test('a date-time group without its month, as signals write it, is a time field\'s value of the right form', () => {
  assert.deepEqual(codes('Cable: 1\nSent: 241100Z\n\nBody\n'), []);
  assert.deepEqual(codes(cable('Body', 'Cable: 1', 'Typed: Miss D. Webb 241655Z')), []);
  // Not a day, an hour or a minute, or no zone letter: still no time group.
  for (const wrong of ['Sent: 321100Z', 'Sent: 242500Z', 'Sent: 241160Z', 'Sent: 241100', 'Sent: 241100z', 'Sent: A241100Z']) {
    assert.deepEqual(codes(`Cable: 1\n${wrong}\n\nBody\n`), ['C208'], wrong);
  }
});

test('C208 fires on an empty number, time or count; empty text fields are fine', () => {
  assert.deepEqual(codesAt('Cable:\nReceived:\nFrom:\n\nText.\n-----\nCopies printed:\n'), ['C208@1', 'C208@2', 'C208@7']);
  assert.deepEqual(codes('Cable: 1\nFrom:\nTo:\n\nText.\n'), []);
});

test('a misspelt Cable field is one finding (C201), not also a missing field (C203)', () => {
  assert.deepEqual(codes('Telegam: 925\nFrom: Seoul\n\nText.\n'), ['C201']);
});

test('an all-capitals NO. is a number sign', () => {
  assert.deepEqual(codes('TELEGRAM: NO. 50095\nCopy: no. 3\n\nText.\n'), []);
});

test('an annotation above the fields does not hide them (no C203)', () => {
  assert.deepEqual(codes('[Handwritten: To Cde. Molotov. St.]\nCable: № 1\nFrom: X\n\nText.\n'), []);
});

test('a message quotes a long value cut short, not whole', () => {
  const [diagnostic] = check(`Cable: ${'x'.repeat(100_000)}\n\nBody\n`);
  assert.equal(diagnostic.code, 'C208');
  assert.ok(String(diagnostic.message).length < 400, `${String(diagnostic.message).length} characters`);
  assert.match(String(diagnostic.message), /x…”/);
});

test('a long value is cut before a character of two code units, never between its halves', () => {
  const [diagnostic] = check(`Cable: ${'x'.repeat(118)}😀${'y'.repeat(50)}\n\nBody\n`);
  const message = String(diagnostic.message);
  assert.doesNotMatch(message, /[\ud800-\udbff](?![\udc00-\udfff])/, 'a lone high surrogate');
  assert.match(message, /x…”/);
});
