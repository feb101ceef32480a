import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { cable, check, codes, codesAt } from '../../support/check';

test('C101 fires on the opening line of a quote that never closes, not on closed quotes', () => {
  assert.deepEqual(codesAt(cable('Intro.\n\n"Never closed\n\nstill quoted')), ['C101@5']);
  const [diagnostic] = check(cable('Intro.\n\n“Never closed'));
  assert.match(String(diagnostic.message), /”/);
  assert.deepEqual(diagnostic.range, { start: { line: 4, character: 0 }, end: { line: 4, character: 13 } });
  assert.deepEqual(codes(cable('"Closed at last\nhere".')), []);
  assert.deepEqual(codes(cable('«Guillemets\nclose»')), []);
  assert.deepEqual(codes(cable('"Members" of the committee met.')), []);
});

test('C102 fires on an unclosed [ and a stray ], with the bracket as range', () => {
  const found = check(cable('Text [unclosed here\n\nand a stray ] there'));
  assert.deepEqual(
    found.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line, diagnostic.range.start.character, diagnostic.range.end.character]),
    [
      ['C102', 2, 5, 6],
      ['C102', 4, 12, 13],
    ],
  );
  // A translator's insertion may wrap onto the next line of its paragraph.
  assert.deepEqual(codes(cable('He reported that [the next two lines are crossed out in\nthe original] the enemy had withdrawn.')), []);
  assert.deepEqual(codes(cable('[Stamp: spans\ntwo lines] and [marks [nested]]')), []);
  assert.deepEqual(codes('Cable: 1\n[Stamp: never closed\n\nBody\n'), ['C102']);
});

test('C103 fires when the catalogue is never closed; the header still parses', () => {
  assert.deepEqual(codesAt('---\ntitle: x\nCable: 1\n\nBody\n'), ['C103@1']);
  assert.deepEqual(codes('---\ntitle: x\n---\nCable: 1\n\nBody\n'), []);
});

test('C104 fires on a header field in the footer and a footer field in the header or body', () => {
  assert.deepEqual(codesAt(cable('Body', 'Cable: 1', 'Cable: 2')), ['C104@5', 'C202@5']);
  assert.deepEqual(codesAt('Cable: 1\nDeciphered: Fedyaev 1205 19 October 1951\n\nBody\n'), ['C104@2']);
  assert.deepEqual(codesAt('Cable: 1\n\nBody\nDeciphered: Fedyaev 1205 19 October 1951\n'), ['C104@4']);
  assert.deepEqual(codes(cable('Body', 'Cable: 1', 'Deciphered: Fedyaev 1205 19 October 1951')), []);
});

test('C104 fires on header fields under a line that ended the header straight after its fields, naming that line', () => {
  const text = 'Cable: №25025\nFM: AMEMBASSY MOSCOW\nCopy: 1 of 3\nReceived: 1135 19 October 1951\n\nText.\n';
  assert.deepEqual(codesAt(text), ['C104@3', 'C104@4']);
  const [copy] = check(text);
  assert.match(String(copy.message), /“Copy” is a header field, but the header ended at line 2: “FM: AMEMBASSY MOSCOW” is not a header field/);
  assert.deepEqual(copy.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 4 } });
  // After a stamp too; the stamp is the header's.
  assert.deepEqual(codesAt('Cable: 1\n[Stamp: SECRET]\nSpravka: none\nTo: Cde. Stalin\n'), ['C104@4']);
  // A letterhead typed above the fields, on the cable's first line or the first after the catalogue.
  assert.deepEqual(codesAt('SECOND MAIN DIRECTORATE\nCable: № 25025\nReceived: 1135 19 October 1951\n\nText.\n').filter((code) => code.startsWith('C104')), ['C104@2', 'C104@3']);
  assert.deepEqual(codesAt('---\ntitle: A cable\n---\nTOP SECRET\nCable: № 1\n\nText.\n').filter((code) => code.startsWith('C104')), ['C104@5']);
  // Not after a blank line (the body is the body), not for words that are no header field, not for a body begun by a quote.
  assert.deepEqual(codesAt('Cable: 1\n\nFM: X\nCopy: 1\n'), []);
  assert.deepEqual(codesAt('Cable: 1\nText line\nSpravka: here\n'), []);
  assert.deepEqual(codesAt('Cable: 1\n"Quoted\nTo: Cde. Stalin"\n'), []);
});

test('C104 finds a footer field on any line of a body paragraph or quote, whatever ends the line', () => {
  assert.deepEqual(codesAt('Cable: 1\n\nBody\nPrinted:'), ['C104@4']);
  assert.deepEqual(codesAt('Cable: 1\r\n\r\nBody\r\nCopies printed:\r\nMore\r\n'), ['C104@4']);
  assert.deepEqual(codesAt('Cable: 1\n\nBody\nPrinted:x\nTyped :\tKim 1205\n'), ['C104@5']);
  assert.deepEqual(codesAt('Cable: 1\n\n"Quoted\nVerified: Kim\n"\n'), ['C104@4']);
  assert.deepEqual(codes('Cable: 1\n\nBody\nPrinted\n: Kim\nthe Printed: Kim\nPrinted by Kim: x\n'), []);
  // No header here, so other codes come too; a byte-order mark before the first line does not hide the field.
  assert.deepEqual(codesAt('\uFEFFPRINTED: Kim\n').filter((code) => code.startsWith('C104')), ['C104@1']);
});

test('C105 fires once, on the first line whose ending differs from most', () => {
  assert.deepEqual(codesAt('Cable: 1\n\nA\r\nB\nC\n'), ['C105@3']);
  assert.deepEqual(codes('Cable: 1\r\n\r\nA\r\n'), []);
  assert.deepEqual(codes('Cable: 1\n\nA\n'), []);
});

test('a code can be turned off or given another severity', () => {
  const text = cable('Intro.\n\n"Never closed');
  assert.deepEqual(codes(text, { rules: { C101: 'off' } }), []);
  assert.equal(check(text, { rules: { C101: 'hint' } })[0].severity, 4);
  assert.equal(check(text)[0].severity, 1);
});
