import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { cable, check, codes, codesAt } from '../../support/check';

test('C210 fires on times that do not exist', () => {
  assert.deepEqual(codes('Cable: 1\nReceived: 2575 19 October 1951\n\nBody\n'), ['C210']);
  assert.deepEqual(codes(cable('At 24:10 on 19 October 1951.')), ['C210']);
  assert.deepEqual(codes(cable('At 13 p.m. on 19 October 1951.')), ['C210']);
  const [warning] = check(cable('At 13:30 p.m. on 19 October 1951.'));
  assert.equal(warning.severity, 2);
  assert.deepEqual(codes(cable('At 0530 18 October, 05:30, 8 a.m., noon and 24:00.')), []);
});

test('C211 fires on days that do not exist, with the year inherited for 29 February', () => {
  assert.deepEqual(codes(cable('On 31 April 1951.')), ['C211']);
  assert.deepEqual(codes(cable('On 29 February 1951.')), ['C211']);
  assert.deepEqual(codes(cable('On 29 February 1952.')), []);
  assert.deepEqual(codesAt(cable('On 3 January 1951.\nThen 29 February.')), ['C211@4']);
  assert.deepEqual(codes(cable('On 3 January 1952.\nThen 29 February.')), []);
});

test('C211 fires on a date-time group whose day does not exist in a time field, as on `32 October`; in running text six such digits are some other number', () => {
  assert.deepEqual(codesAt('Cable: 1\nSent: 321100Z Sep 45\nReceived: 001100Z Sep 45\n\nBody\n'), ['C211@2', 'C211@3']);
  assert.deepEqual(codes('Cable: 1\nSent: 311100Z Sep 45\n\nBody\n'), ['C211']);
  assert.deepEqual(codes(cable('Losses of 321100 Sep 45 and 001100 October were counted.')), []);
});

test('C212 fires on misspelt months and suggests the nearest', () => {
  const [diagnostic] = check(cable('On 19 Octobr 1951.'));
  assert.equal(diagnostic.code, 'C212');
  assert.match(String(diagnostic.message), /October/);
  assert.deepEqual(codes(cable('On 24.XIII.50 and 19 Oc.')), ['C212', 'C212']);
  assert.deepEqual(codes(cable('The 3 Main Directorate, 2 Men and 10 Days of struggle.')), []);
});

test('C301 fires on events out of order and not on outgoing cables', () => {
  const base = (signature: string, footer: string) => cable(`Text.\n\n${signature}`, 'Cable: 1\nReceived: 1135 19 October 1951', footer);
  assert.deepEqual(codesAt(base('MAO ZEDONG 1530 19 October', 'Deciphered: F 1205 19 October')), ['C301@6']);
  assert.deepEqual(codes(base('MAO ZEDONG 0530 19 October', 'Deciphered: F 1035 19 October')), ['C301']);
  assert.deepEqual(codes(base('MAO ZEDONG 0530 19 October', 'Deciphered: F 1205 19 October\nPrinted: K 1150 19 October')), ['C301']);
  assert.deepEqual(codes(base('MAO ZEDONG 0530 19 October', 'Deciphered: F 1205 19 October\nPrinted: K 1250 19 October')), []);
  assert.deepEqual(codes('Cable: 1\nReceived: 1000 13 January 1951\nSent: 1800 13 January 1951\n\nBody\n'), []);
  assert.deepEqual(codes(base('MAO ZEDONG 1530 19 October [sic]', 'Deciphered: F 1205 19 October')), []);
});

test('C301 reads a cipher office\'s dotted clock times beside a full date (11.35 19.10.51) as times, not as dates', () => {
  const russian = (footer: string) => cable('Text.', 'Cable: 1\nReceived: 11.35 19.10.51', footer);
  assert.deepEqual(codes(russian('Deciphered: Федяев 12.05 19.10.51')), []);
  assert.deepEqual(codes(russian('Deciphered: Федяев 10.05 19.10.51')), ['C301']);
});

test('C301 is not silenced by a date of another year in the text: the signature and the footer take the record\'s year', () => {
  const withTreaty = (signature: string, footer: string) => cable(`The treaty of 14 February 1950.\n\n${signature}`, 'Cable: 1\nReceived: 1135 19 October 1951', footer);
  assert.deepEqual(codesAt(withTreaty('MAO ZEDONG 1530 19 October', 'Deciphered: F 1205 19 October')), ['C301@6']);
  assert.deepEqual(codesAt(withTreaty('MAO ZEDONG 0530 19 October', 'Deciphered: F 1035 19 October')), ['C301@8']);
  assert.deepEqual(codes(withTreaty('MAO ZEDONG 0530 19 October', 'Deciphered: F 1205 19 October')), []);
  // A cable all in capitals: a dated line of prose shaped like a signature is not the body's signature, so no record.
  const capitals = 'Cable: 1\nReceived: 1135 19 October 1951\n\nTEXT OF TREATY SIGNED 14 FEBRUARY 1950\nSOME PROSE HERE.\n-----\nDeciphered: Fedyaev 1035 19 October\n';
  assert.deepEqual(codesAt(capitals), ['C301@7']);
  // A quoted telegram's signature of the year before is that telegram's record, not this cable's.
  const quoted = 'Cable: № 5\nReceived: 1135 2 January 1951\n\n"Cde. Filippov.\n\nMAO ZEDONG 2300 28 December 1950"\n\nROSHCHIN 0530 2 January\n-----\nDeciphered: Ivanova 1005 2 January\n';
  assert.deepEqual(codesAt(quoted), ['C301@10']);
  // A quote's signature still takes its year from the record, past a date of the quote's text, and is checked against Received.
  const quoteSigned = 'Cable: № 25025\nReceived: 1135 19 October 1951\n\nText.\n\n"Cde. Le Kenong. The treaty of 14 February 1950 stands.\n\nMAO ZEDONG 1530 19 October"\n\nMAO ZEDONG\n-----\nDeciphered: Fedyaev 1205 19 October\n';
  assert.deepEqual(codesAt(quoteSigned), ['C301@8']);
  // Nor is a declassification stamp of 1995: the catalogue's year is the cable's.
  const declassified = '---\ndate: 1952-02-29\n---\n[Stamp: DECLASSIFIED E.O. 12958 Sec. 3.6 By NARA Date 6/12/95]\nCable: No. 712\nReceived: 1135 29 February\n\nText.\n';
  assert.deepEqual(codesAt(declassified), []);
});

test('C301: zones as the pages write them keep a zoned time from an unzoned one: abbreviations, dotted or not, local, Russian', () => {
  for (const zone of ['(EST)', '(G.M.T.)', '(B.S.T.)', '(local)', '(по московскому времени)']) {
    assert.deepEqual(codes(cable('Text.\n\nMAO ZEDONG 1300 19 October', `Cable: 1\nReceived: 1135 19 October 1951 ${zone}`)), [], zone);
  }
  // In lower case, two letters in parentheses are a word, not a zone: the times are compared (C301).
  assert.deepEqual(codes(cable('Text.\n\nMAO ZEDONG 1300 19 October', 'Cable: 1\nReceived: 1135 19 October 1951 (et)')), ['C301']);
  // The same zone written two ways is one zone: compared, and out of order.
  assert.deepEqual(codes(cable('Text.', 'Cable: 1\nReceived: 1135 19 October 1951 (G.M.T.)', 'Deciphered: F 1035 19 October 1951 (GMT)')), ['C301']);
});

test('C301 compares a zoned time only with one in the same zone', () => {
  const text = cable('Text.\n\nMAO ZEDONG 0300 30 October', 'Cable: 1\nReceived: 2330 29 October 1950 (Moscow time)');
  assert.deepEqual(codes(text), []);
  const same = cable('Text.\n\nMAO ZEDONG 0300 30 October 1950 (Moscow time)', 'Cable: 1\nReceived: 2330 29 October 1950 (Moscow time)');
  assert.deepEqual(codes(same), ['C301']);
});

test('C301 does not judge an order that an inherited year turns across New Year', () => {
  const signedOnNewYearsEve = cable('Text.\n\nMAO ZEDONG 2300 31 December', 'Cable: 1\nReceived: 0130 1 January 1951');
  assert.deepEqual(codes(signedOnNewYearsEve), []);
  // With the year written, the order is judged as before.
  assert.deepEqual(codes(cable('Text.\n\nMAO ZEDONG 2300 31 December 1951', 'Cable: 1\nReceived: 0130 1 January 1951')), ['C301']);
  // Days apart with an inherited year still count.
  assert.deepEqual(codes(cable('Text.\n\nMAO ZEDONG 2300 3 January', 'Cable: 1\nReceived: 0130 1 January 1951')), ['C301']);
});
