import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { InlayHint, MarkupContent, Range } from 'vscode-languageserver-types';
import { mergeSettings, neverCancelled, parseCable } from '../../server/src/service/index';
import type { FeatureContext } from '../../server/src/service/features/context';
import { getInlayHints } from '../../server/src/service/features/inlayHints';
import type { SlashedDates } from '../../server/src/service/settings';

const everything: Range = { start: { line: 0, character: 0 }, end: { line: 100_000, character: 0 } };

function contextWith(slashedDates: SlashedDates = 'month-first'): FeatureContext {
  return { settings: mergeSettings({ slashedDates }), names: undefined, uri: 'file:///test.cable', token: neverCancelled };
}

function hintsOf(text: string, range = everything, slashedDates: SlashedDates = 'month-first'): InlayHint[] {
  return getInlayHints(parseCable(text, { slashedDates }), range, contextWith(slashedDates));
}

/** Each hint as `line:character label`, zero-based as LSP counts. */
function placed(hints: readonly InlayHint[]): string[] {
  return hints.map((hint) => `${hint.position.line}:${hint.position.character} ${String(hint.label)}`);
}

function tooltipOf(hint: InlayHint): string {
  return (hint.tooltip as MarkupContent).value;
}

const lines = (...text: string[]): string => `${text.join('\n')}\n`;

test('a date without its year is shown read in the year of the nearest earlier full date, and says which date that was', () => {
  const text = lines('Cable: № 1', 'Sent: 1205 19 October 1951', 'Received: 1400 20 October', '', 'We met on 21 October.');
  const hints = hintsOf(text);
  assert.deepEqual(placed(hints), ['2:25 1951-10-20', '4:20 1951-10-21']);
  assert.equal(tooltipOf(hints[0]), '`1400 20 October` is read as **1951-10-20 14:00, Saturday**: no year is written, so it takes 1951 from `1205 19 October 1951` on line 2, the nearest earlier full date (format section 6).');
  assert.equal(hints[0].paddingLeft, true);
  assert.equal(hints[0].kind, undefined, 'a reading, neither a type nor a parameter name');
});

test('a time field or signature takes its year from the cable\'s own record, not from a date the text mentions, and says so', () => {
  const text = lines('Cable: № 5', 'Received: 1135 19 October 1951', '', 'The treaty of 14 February 1950, and 15 February.', '', 'MAO ZEDONG 1530 20 October', '-----', 'Deciphered: Fedyaev 1005 19 October');
  const hints = hintsOf(text);
  // The text's own yearless date takes the text's date, as the format says; the signature and the footer the record's.
  assert.deepEqual(placed(hints), ['3:47 1950-02-15', '5:26 1951-10-20', '7:35 1951-10-19']);
  assert.equal(
    tooltipOf(hints[2]),
    '`1005 19 October` is read as **1951-10-19 10:05, Friday**: no year is written, so it takes 1951 from `1135 19 October 1951` on line 2, the nearest earlier full date in a time field or the signature, not from `14 February 1950` on line 4, a date of the text rather than of the cable\'s own record (format section 6).',
  );
  // Looked up from the middle of the range too (the hints after a keystroke in the footer).
  assert.deepEqual(placed(hintsOf(text, { start: { line: 7, character: 0 }, end: { line: 8, character: 0 } })), ['7:35 1951-10-19']);
  // With no full date of the record, the catalogue `date`.
  const catalogued = lines('---', 'date: 1951-10-18', '---', 'Cable: № 5', '', 'The treaty of 14 February 1950.', '-----', 'Deciphered: Fedyaev 1005 19 October');
  assert.match(tooltipOf(hintsOf(catalogued)[0]), /takes 1951 from the catalogue `date`, not from `14 February 1950` on line 6/);
});

test('the nearest full date wins: a later full date gives the groups after it its year', () => {
  const text = lines('Cable: № 1', 'Sent: 19 October 1951', '', 'On 20 October, then on 3 January 1952, and on 4 January.');
  assert.deepEqual(placed(hintsOf(text)), ['3:13 1951-10-20', '3:55 1952-01-04']);
});

test('with no earlier full date the year comes from the catalogue date, and the tooltip says so', () => {
  const text = lines('---', 'date: 1951-10-18', '---', 'Cable: № 1', 'Received: 1135 19 October');
  const hints = hintsOf(text);
  assert.deepEqual(placed(hints), ['4:25 1951-10-19']);
  assert.match(tooltipOf(hints[0]), /takes 1951 from the catalogue `date` \(format section 6\)\.$/);
});

test('no hint where the page says it all, or where there is nothing to tell', () => {
  const text = lines(
    'Cable: № 1',
    'Sent: 1205 19 October 1951', // written out
    'Received: 19 Oct 51', //        a two-digit year is written too
    'Deciphered: 1430', //            a time alone
    '',
    'On 13.10.51 and 24.III.50.', // dotted dates are day first, always
  );
  assert.deepEqual(hintsOf(text), []);
  assert.deepEqual(hintsOf(lines('Cable: № 1', '', 'We met on 21 October.')), [], 'no full date and no catalogue date: the year is unknown');
  assert.deepEqual(hintsOf(lines('Cable: № 1', 'Sent: 19 October 1951', '', 'On 31 June.')), [], 'June has no 31st: C211 says so, a hint would not');
});

test('a slashed date is shown as the setting reads it', () => {
  const text = lines('Cable: № 1', '', 'On 10/11/51 we met.');
  const monthFirst = hintsOf(text);
  assert.deepEqual(placed(monthFirst), ['2:11 1951-10-11']);
  assert.match(tooltipOf(monthFirst[0]), /a slashed date, read month first \(`cable\.slashedDates`\)\.$/);
  const dayFirst = hintsOf(text, everything, 'day-first');
  assert.deepEqual(placed(dayFirst), ['2:11 1951-11-10']);
  assert.match(tooltipOf(dayFirst[0]), /read day first/);
});

test('a date written month first, and a Russian date, like the others', () => {
  const text = lines('Cable: № 1', 'Sent: 19 October 1951', '', 'Expected November 5.', 'Получено 20 октября.');
  assert.deepEqual(placed(hintsOf(text)), ['3:19 1951-11-05', '4:19 1951-10-20']);
});

test('the catalogue’s own dates get no hint, and neither does a group inside a stamp that writes its year', () => {
  const text = lines('---', 'date: 1951-10-18', 'title: Sent 19 October', '---', 'Cable: № 1', '', '[Stamp: Incoming 19 October 1951] seen 20 October.');
  assert.deepEqual(placed(hintsOf(text)), ['6:49 1951-10-20']);
});

test('only the range asked for: a group reaching into it from before counts, the year still comes from before it', () => {
  const text = lines('Cable: № 1', 'Sent: 19 October 1951', '', 'On 20 October.', 'On 21 October.', 'On 22 October.');
  const middle: Range = { start: { line: 3, character: 8 }, end: { line: 4, character: 14 } };
  const hints = hintsOf(text, middle);
  assert.deepEqual(placed(hints), ['3:13 1951-10-20', '4:13 1951-10-21']);
  assert.match(tooltipOf(hints[1]), /from `19 October 1951` on line 2/);
  assert.deepEqual(hintsOf(text, { start: { line: 5, character: 0 }, end: { line: 5, character: 2 } }), [], 'a range before the group on its line');
});

test('CRLF line endings put the hints at the same places', () => {
  const text = lines('Cable: № 1', 'Sent: 19 October 1951', '', 'On 20 October.');
  assert.deepEqual(placed(hintsOf(text.replace(/\n/g, '\r\n'))), placed(hintsOf(text)));
});
