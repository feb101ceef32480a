/**
 * Structure fixes: closing an unclosed quote (C101) or mark (C102), inserting
 * the footer separator (C104); and missing lines: a required header field
 * (C203) and a note stub for a footnote reference (C213).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-types';
import { actionEdits, applyEdits } from '../support/applyEdits';
import { assertFix, checked, edit, sample, titlesFor, uri, variants, worked } from '../support/codeActionFixes';

// --- Structure: C101, C102, C104 ---------------------------------------------------------

test('C101: closes the quote at the end of its last line of text, before the line ending', () => {
  const text = sample('C101-unclosed-quote.cable');
  assertFix({ text, code: 'C101', title: /^Close the quoted telegram with " at the end of line 20$/, expected: edit(text, 'MAO ZEDONG 2130 23 October\n', 'MAO ZEDONG 2130 23 October"\n'), remaining: [], preferred: true });
});

test('C101: typographic quotes close with their own mark, after the text and before trailing blanks', () => {
  const open = (opener: string): string => `Cable: № 1\n\n${opener}Cde. Peng Dehuai. Hold the line.\n\nMAO ZEDONG  \n`;
  assertFix({ text: open('“'), code: 'C101', title: /with ”/, expected: edit(open('“'), 'MAO ZEDONG  ', 'MAO ZEDONG”  '), remaining: [], preferred: true });
  assertFix({ text: open('«'), code: 'C101', title: /with »/, expected: edit(open('«'), 'MAO ZEDONG  ', 'MAO ZEDONG»  '), remaining: [], preferred: true });
});

test('C101: with an earlier signature in the quote, closing there is offered too and neither is preferred', () => {
  const text = 'Cable: № 1\nReceived: 1135 24 October 1951\n\n"Cde. Peng Dehuai. Do not attack.\n\nMAO ZEDONG 2130 23 October\n\n19 October\n\nMAO ZEDONG\n';
  assert.deepEqual(titlesFor(text, 'C101'), [
    'Close the quoted telegram with " after its signature “MAO ZEDONG 2130 23 October” (line 6)',
    'Close the quoted telegram with " at the end of line 10',
  ]);
  assertFix({ text, code: 'C101', title: /after its signature/, expected: edit(text, '2130 23 October\n', '2130 23 October"\n'), remaining: [], preferred: false });
  assertFix({ text, code: 'C101', title: /at the end of line 10/, expected: edit(text, '\nMAO ZEDONG\n', '\nMAO ZEDONG"\n'), remaining: [], preferred: false });
});

test('C102: an unclosed [ is closed at the end of its line; a stray ] is removed', () => {
  const text = sample('C102-unbalanced-bracket.cable');
  assertFix({ text, code: 'C102', title: 'Close the mark with ] at the end of its line', expected: edit(text, 'at [Kaesong\n', 'at [Kaesong]\n'), remaining: ['C102@14'], preferred: true });
  assertFix({ text, code: 'C102', occurrence: 1, title: 'Remove the stray ]', expected: edit(text, 'agreed] with', 'agreed with'), remaining: ['C102@11'], preferred: true });
});

test('C102: an ordinary mark left open over more words is closed after its first word (preferred) or at the end of its line', () => {
  const text = 'Cable: № 1\n\nThe delegation [Kaesong arrived\non the 26th.\n';
  assert.deepEqual(titlesFor(text, 'C102'), ['Close the mark with ] after “Kaesong”', 'Close the mark with ] at the end of its line']);
  assertFix({ text, code: 'C102', title: 'Close the mark with ] after “Kaesong”', expected: edit(text, '[Kaesong arrived', '[Kaesong] arrived'), remaining: [], preferred: true });
  assertFix({ text, code: 'C102', title: 'Close the mark with ] at the end of its line', expected: edit(text, '[Kaesong arrived\n', '[Kaesong arrived]\n'), remaining: [], preferred: false });
  // Not where closing after the first word would make another kind of mark, or cut a certainty mark's grade off.
  assert.deepEqual(titlesFor('Cable: № 1\n\nThe [3 groups garbled here.\n', 'C102'), ['Close the mark with ] at the end of its line']);
  assert.deepEqual(titlesFor('Cable: № 1\n\nThe [C% Kaesong arrived\n', 'C102'), ['Close the mark with ] at the end of its line']);
  // A fixed form is closed after its word too: [sic], [illegible].
  assertFix({ text: 'Cable: № 1\n\nThe [sic arrived\n', code: 'C102', title: 'Close the mark with ] after “sic”', expected: 'Cable: № 1\n\nThe [sic] arrived\n', remaining: [], preferred: true });
  // A doubtful reading keeps its ?.
  assertFix({ text: 'Cable: № 1\n\nWe met [Kaesong? today.\n', code: 'C102', title: 'Close the mark with ] after “Kaesong?”', expected: 'Cable: № 1\n\nWe met [Kaesong?] today.\n', remaining: [], preferred: true });
  // A word with its stop after it: the stop stays outside.
  assertFix({ text: 'Cable: № 1\n\nText [Kuksa-bong.\n', code: 'C102', title: 'Close the mark with ] after “Kuksa-bong”', expected: 'Cable: № 1\n\nText [Kuksa-bong].\n', remaining: [], preferred: true });
});

test('C102: an unclosed tagged mark is closed at the end of its paragraph, not its first line', () => {
  const text = 'Cable: № 1\n\nSee [Note: the clerk wrote\nthis in pencil  \n\nText.\n';
  assertFix({ text, code: 'C102', title: 'Close the mark with ] at the end of the [Note: …] mark', expected: edit(text, 'in pencil  \n', 'in pencil]  \n'), remaining: [], preferred: true });
});

test('C102: a mark left open on the line that closes a quote is closed before the quote mark', () => {
  const text = 'Cable: № 1\n\n"Cde. Li. Agreed.\n\nMAO ZEDONG [Stalin".\n';
  assertFix({ text, code: 'C102', title: /end of its line/, expected: edit(text, '[Stalin".', '[Stalin]".'), remaining: [], preferred: true });
});

test('C104: a footer field in the body gets the separator before the run of footer fields', () => {
  const text = sample('C104-footer-field-in-body.cable');
  assertFix({ text, code: 'C104', title: /^Insert the footer separator/, expected: edit(text, '\nDeciphered:', '\n-----\nDeciphered:'), remaining: [], preferred: true });
  const run = 'Cable: № 1\nReceived: 1135 29 October 1951\n\nMAO ZEDONG 0600 29 October\n\nDeciphered: Fedyaev 1205 29 October\nPrinted: Korniyushina 1250 29 October № 3007\n';
  // Asked on the second line, the separator still goes before the first.
  assertFix({ text: run, code: 'C104', occurrence: 1, title: /^Insert the footer separator/, expected: edit(run, '\nDeciphered:', '\n-----\nDeciphered:'), remaining: [], preferred: true });
});

test('C104: no separator when body text follows, when a footer exists, or for a header field in the footer', () => {
  assert.deepEqual(titlesFor('Cable: № 1\n\nText.\nDeciphered: Fedyaev 1205 29 October\n\nMAO ZEDONG\n', 'C104'), []);
  assert.deepEqual(titlesFor('Cable: № 1\n\nText.\nDeciphered: Fedyaev 1205 29 October\n\n-----\nPrinted: Korniyushina 1250 29 October\n', 'C104'), []);
  assert.deepEqual(titlesFor('Cable: № 1\n\nText.\n\n-----\nFrom: Moscow\n', 'C104'), []);
});

// --- Missing lines: C203, C213 -----------------------------------------------------------

test('C203: inserts the missing field as the first line of the header', () => {
  const text = sample('C203-missing-cable-field.cable');
  assertFix({ text, code: 'C203', title: 'Add the missing field “Cable:” to the header', expected: `Cable: \n${text}`, remaining: ['C208@1'], preferred: true });
});

test('C203: after the catalogue record and the comments that open the header', () => {
  const text = edit(worked, 'Cable: № 25025\n', '');
  // Without the Cable line, № and Nº are used twice each: the tie goes to the first used, №.
  // The inserted field is still empty, and C208 says so: the transcriber fills in the number.
  const remaining = ['C208@15', 'C303@17', 'C305@38', 'C304@66', 'C304@74'];
  assertFix({ text, code: 'C203', title: /^Add the missing field “Cable:”/, expected: edit(text, 'line breaks as printed.\nOffice:', 'line breaks as printed.\nCable: \nOffice:'), remaining, preferred: true });
});

test('C203: a first line that glues the field\'s value to its colon (Cable:25025) is told so, and gets the space it needs', () => {
  const text = 'Cable:25025\nFrom: Moscow\n\nText.\n';
  const [diagnostic] = checked(text).diagnostics;
  assert.match(String(diagnostic.message), /“Cable:25025” is not read as the field: put a space after the colon/);
  assertFix({ text, code: 'C203', title: 'Put a space after “Cable:”', expected: 'Cable: 25025\nFrom: Moscow\n\nText.\n', remaining: [], preferred: true });
  // Another field glued so is no Cable line: the usual fix, a line of its own.
  assert.deepEqual(titlesFor('From:Moscow\n\nText.\n', 'C203'), ['Add the missing field “Cable:” to the header']);
});

test('C203: a Cable:25025 line after other fields, where it ended the header, is told so on its own line, and gets its space', () => {
  const text = 'Office: MFA\nFrom: Moscow\nCable:25025\n\nText.\n';
  const [diagnostic] = checked(text).diagnostics;
  assert.equal(diagnostic.range.start.line, 2);
  assert.match(String(diagnostic.message), /“Cable:25025” is not read as the field/);
  assertFix({ text, code: 'C203', title: 'Put a space after “Cable:”', expected: 'Office: MFA\nFrom: Moscow\nCable: 25025\n\nText.\n', remaining: [], preferred: true });
});

test('C203: each missing field gets its own fix; an unknown required name gets none', () => {
  const text = 'Office: X\n\nText.\n';
  assert.deepEqual(titlesFor(text, 'C203', 0, { requiredFields: ['Cable', 'From'] }), ['Add the missing field “Cable:” to the header']);
  assert.deepEqual(titlesFor(text, 'C203', 1, { requiredFields: ['Cable', 'From'] }), ['Add the missing field “From:” to the header']);
  assert.deepEqual(titlesFor(text, 'C203', 1, { requiredFields: ['Cable', 'Frobnicate'] }), []);
});

test('C203: an empty document, or one of comments alone, gets the field on a line of its own, final newline or not', () => {
  assertFix({ text: '%% notes\n%% more\n', code: 'C203', title: /^Add/, expected: '%% notes\n%% more\nCable: \n', remaining: ['C208@3'], preferred: true });
  assertFix({ text: '%% notes\n%% more', code: 'C203', title: /^Add/, expected: '%% notes\n%% more\nCable: ', remaining: ['C208@3'], preferred: true });
  assertFix({ text: '', code: 'C203', title: /^Add/, expected: 'Cable: ', remaining: ['C208@1'], preferred: true });
});

test('C213: adds a note stub for the reference at the end of the footer', () => {
  const text = sample('C213-footnote-mismatch.cable');
  assertFix({ text, code: 'C213', title: 'Add a note [iii] to the footer', expected: edit(text, 'KVASNIKOV.\n', 'KVASNIKOV.\n[iii] \n'), remaining: ['C213@17'], preferred: true });
  // A note without a reference has no stub to add.
  assert.deepEqual(titlesFor(text, 'C213', 1), []);
});

test('C213: keeps a missing final newline missing, and trailing blank lines last', () => {
  const text = 'No: 1\n\nTo VIKTOR[i] and PILOT[ii].\n\n-----\n[i] VIKTOR: FITIN.';
  assertFix({ text, code: 'C213', title: /\[ii\]/, expected: `${text}\n[ii] `, remaining: [], preferred: true });
  const trailing = 'No: 1\n\nTo VIKTOR[i] and PILOT[ii].\n\n-----\n[i] VIKTOR: FITIN.\n\n\n';
  assertFix({ text: trailing, code: 'C213', title: /\[ii\]/, expected: edit(trailing, 'FITIN.\n', 'FITIN.\n[ii] \n'), remaining: [], preferred: true });
});

test('C213: in a document without a footer, the stub comes with a separator line', () => {
  // The checker reports C213 only when the footer has notes; a client may still hold one from an edit ago.
  for (const variant of variants) {
    const text = variant.make('No: 1\n\nTo VIKTOR[i].\n\nANTON\n');
    const document = checked(text);
    const line = 2;
    const stale: Diagnostic = { range: { start: { line, character: 9 }, end: { line, character: 12 } }, message: 'no note', code: 'C213', source: 'cable', data: { kind: 'note-stub' } };
    const [action] = document.actionsFor([stale]);
    assert.equal(action?.title, 'Add a note [i] to the footer', variant.name);
    assert.equal(applyEdits(text, actionEdits(action, uri)), variant.make('No: 1\n\nTo VIKTOR[i].\n\nANTON\n\n-----\n[i] \n'), variant.name);
  }
});
