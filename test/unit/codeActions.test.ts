/**
 * Code actions on the worked example (C303, C304, C305) and the repeated-
 * recipient removal, then the machinery: fix all, action kinds, ranges, stale
 * and foreign diagnostics, and every fix on every sample. The did-you-mean
 * fixes are in codeActionsDidYouMean.test.ts, the structure and missing-line
 * fixes in codeActionsStructure.test.ts.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService, mergeSettings, neverCancelled, parseCable } from '../../server/src/service/index';
import { getCodeActions } from '../../server/src/service/features/codeActions';
import type { FeatureContext } from '../../server/src/service/features/context';
import { actionEdits, applyEdits } from '../support/applyEdits';
import { assertFix, checked, codesAt, edit, sample, titlesFor, uri, variants, worked } from '../support/codeActionFixes';
import { samplesDir } from '../support/paths';

// A service of this file's own for the test that builds its feature context by hand.
const service = createLanguageService();
let version = 0;

// --- The worked example -----------------------------------------------------------------

test('worked example: C304 writes № for the Nº on line 66, and only there', () => {
  assertFix({ text: worked, code: 'C304', title: 'Write № here instead of Nº', expected: edit(worked, '\nNº 5205\n', '\n№ 5205\n'), remaining: ['C303@17', 'C305@38', 'C304@74'], preferred: true });
});

test('worked example: C304 on line 74 writes № there', () => {
  assertFix({ text: worked, code: 'C304', occurrence: 1, title: 'Write № here instead of Nº', expected: edit(worked, '19 October Nº 3007', '19 October № 3007'), remaining: ['C303@17', 'C305@38', 'C304@66'], preferred: true });
});

test('worked example: "use № for all number signs" fixes both C304 at once', () => {
  assertFix({ text: worked, code: 'C304', title: 'Use № for all number signs in the document', expected: edit(edit(worked, '\nNº 5205\n', '\n№ 5205\n'), '19 October Nº 3007', '19 October № 3007'), remaining: ['C303@17', 'C305@38'], preferred: false });
  // Asked with both diagnostics, the document-wide fix is offered once and names both.
  const document = checked(worked);
  const signs = document.diagnostics.filter((diagnostic) => diagnostic.code === 'C304');
  const all = document.actionsFor(signs).filter((action) => action.title === 'Use № for all number signs in the document');
  assert.equal(all.length, 1);
  assert.deepEqual(all[0].diagnostics, signs);
});

test('worked example: C305 offers "replace with Li Kenong" and "mark [sic]", neither preferred', () => {
  assert.deepEqual(titlesFor(worked, 'C305'), ['Replace with “Li Kenong”', 'Mark “Le Kenong” [sic] (spelt so in the original)']);
  const remaining = ['C303@17', 'C304@66', 'C304@74'];
  assertFix({ text: worked, code: 'C305', title: 'Replace with “Li Kenong”', expected: edit(worked, '"Cde. Le Kenong,', '"Cde. Li Kenong,'), remaining, preferred: false });
  assertFix({ text: worked, code: 'C305', title: /\[sic\]/, expected: edit(worked, '"Cde. Le Kenong,', '"Cde. Le Kenong [sic],'), remaining, preferred: false });
});

test('worked example: C303 marks the second Cde. Stalin [sic] or removes it with its separator', () => {
  const remaining = ['C305@38', 'C304@66', 'C304@74'];
  assertFix({ text: worked, code: 'C303', title: /\[sic\]/, expected: edit(worked, 'Copies to: Cde. Stalin; Cde. Stalin; ', 'Copies to: Cde. Stalin; Cde. Stalin [sic]; '), remaining, preferred: false });
  assertFix({ text: worked, code: 'C303', title: 'Remove the repeated “Cde. Stalin”', expected: edit(worked, 'Copies to: Cde. Stalin; Cde. Stalin; ', 'Copies to: Cde. Stalin; '), remaining, preferred: false });
});

test('C304 with one sign to change offers no separate document-wide fix', () => {
  assert.deepEqual(titlesFor(sample('C304-mixed-number-signs.cable'), 'C304'), ['Write № here instead of Nº']);
});

test('C305: a [sic] position that is not right after the name is not trusted', () => {
  const document = checked(worked);
  const variant = document.diagnostics.find((diagnostic) => diagnostic.code === 'C305');
  assert.ok(variant);
  const data = variant.data as { sicOffset: number };
  const moved: Diagnostic = { ...variant, data: { ...data, sicOffset: data.sicOffset + 1 } };
  assert.deepEqual(document.actionsFor([moved]).map((action) => action.title), ['Replace with “Li Kenong”']);
});

// --- C303 removal keeps the list well formed ----------------------------------------------

const copiesHeader = (copies: string): string => `Cable: № 1\nCopies to: ${copies}\n\nText.\n`;

test('C303: a repeat at the end of the list goes with the separator before it', () => {
  assertFix({ text: copiesHeader('Cde. Stalin; Cde. Molotov; Cde. Stalin (2)'), code: 'C303', title: /^Remove/, expected: copiesHeader('Cde. Stalin; Cde. Molotov'), remaining: [], preferred: false });
});

test('C303: where the list counts copies, the repeat can be merged into the first listing, so the sum C302 checks stays', () => {
  const footer = (copies: string, printed: number): string => `Cable: № 1\nCopies to: ${copies}\n\nText.\n-----\nCopies printed: ${printed}\n`;
  assertFix({ text: footer('Cde. Stalin (2); Cde. Molotov; Cde. Stalin (1)', 4), code: 'C303', title: 'Merge the repeated listing into the first: “Cde. Stalin (3)”', expected: footer('Cde. Stalin (3); Cde. Molotov', 4), remaining: [], preferred: false });
  // The first without a count counts one; the repeat right after it, on its line.
  assertFix({ text: footer('Cde. Stalin; Cde. Stalin (2); Cde. Molotov', 4), code: 'C303', title: /^Merge/, expected: footer('Cde. Stalin (3); Cde. Molotov', 4), remaining: [], preferred: false });
  assertFix({ text: footer('Cde. Molotov; Cde. Stalin; Cde. Stalin (2)', 4), code: 'C303', title: /^Merge/, expected: footer('Cde. Molotov; Cde. Stalin (3)', 4), remaining: [], preferred: false });
  // Counts elsewhere in the list: C302 sums them, so the repeats' copies are merged too.
  assertFix({ text: footer('Cde. Stalin; Cde. Molotov (2); Cde. Stalin', 4), code: 'C303', title: /^Merge/, expected: footer('Cde. Stalin (2); Cde. Molotov (2)', 4), remaining: [], preferred: false });
  // No counts anywhere: no merge offered (each listing is one copy, as the page shows).
  assert.ok(!titlesFor(copiesHeader('Cde. Stalin; Cde. Stalin'), 'C303').some((title) => title.startsWith('Merge')));
});

test('C303: a repeat ending a wrapped line keeps the line break and the next line', () => {
  assertFix({ text: copiesHeader('Cde. Stalin; Cde. Molotov; Cde. Stalin;\n  Cde. Beria'), code: 'C303', title: /^Remove/, expected: copiesHeader('Cde. Stalin; Cde. Molotov;\n  Cde. Beria'), remaining: [], preferred: false });
});

test('C303: a repeat opening a continuation line goes with the separator after it', () => {
  assertFix({ text: copiesHeader('Cde. Stalin; Cde. Molotov;\n  Cde. Stalin; Cde. Beria'), code: 'C303', title: /^Remove/, expected: copiesHeader('Cde. Stalin; Cde. Molotov;\n  Cde. Beria'), remaining: [], preferred: false });
});

test('C303: a repeat alone on the last continuation line takes its line with it', () => {
  assertFix({ text: copiesHeader('Cde. Stalin; Cde. Molotov;\n  Cde. Stalin'), code: 'C303', title: /^Remove/, expected: copiesHeader('Cde. Stalin; Cde. Molotov'), remaining: [], preferred: false, mayJoinLines: true });
});

// --- Fix all, kinds, ranges, stale and foreign diagnostics -------------------------------------

const messy = [
  'Cable: № 7',
  'Recieved: 1135 19 Octobr 1951',
  'Copies to: Cde. Stalin; Cde. Stalin',
  '',
  'Cde. Li Kenong and Cde. Li Kenong told Cde. Le Kenong about Nº 5 and Nº 6 and [Kaesong',
  '',
  'MAO ZEDONG 0530 18 October',
  '',
  '-----',
  'Printed: Korniyushina 1250 19 October № 3007',
  'Copies printed: 8',
  '',
].join('\n');

test('fix all applies only the safe fixes: number signs and single did-you-means', () => {
  for (const variant of variants) {
    const before = variant.make(messy);
    const document = checked(before);
    assert.deepEqual(codesAt(document.diagnostics), ['C201@2', 'C212@2', 'C303@3', 'C305@5', 'C304@5', 'C304@5', 'C102@5'], variant.name);
    const actions = document.actionsFor(document.diagnostics.slice(0, 1), ['source.fixAll']);
    assert.equal(actions.length, 1, variant.name);
    const [all] = actions;
    assert.equal(all.kind, 'source.fixAll.cable');
    const after = applyEdits(before, actionEdits(all, uri));
    const expected = messy.replace('Recieved:', 'Received:').replace('Octobr', 'October').replace('Nº 5 and Nº 6', '№ 5 and № 6');
    assert.equal(after, variant.make(expected), variant.name);
    assert.deepEqual(codesAt(checked(after).diagnostics), ['C303@3', 'C305@5', 'C102@5'], variant.name);
    assert.deepEqual(codesAt(all.diagnostics ?? []), ['C201@2', 'C212@2', 'C304@5', 'C304@5'], variant.name);
  }
});

test('fix all leaves alone a field name or month that may be a word of its own: another word, another zone, a word cut short', () => {
  const text = ['Cable: № 1', 'Type: PRIORITY TELEGRAM', 'Sect: 3', 'Officer: GENERAL STAFF', 'Sent: 2 Spet. 44', 'Received: 3 Novmbr. 44', '', 'On 19 Oc the troops left, on 20 Octobr.', '-----', 'Decoded: Ivanov 1205 19 October 1951', 'Decyphered: Ivanov 1205 19 October 1951', ''].join('\n');
  const document = checked(text);
  const [all] = document.actionsFor([], ['source.fixAll.cable']);
  const after = applyEdits(text, actionEdits(all, uri));
  // Only the slips: a letter off a field name of the same zone, and a month's abbreviation kept as an abbreviation.
  // A full stop ending the sentence does not make `Octobr` an abbreviation: it becomes October.
  assert.equal(after, text.replace('Decyphered:', 'Deciphered:').replace('Spet.', 'Sept.').replace('Novmbr.', 'Nov.').replace('Octobr.', 'October.'));
  // The others are still offered, one at a time, for the transcriber to choose.
  const titles = document.actionsFor(document.diagnostics, undefined).map((action) => action.title);
  for (const title of ['Replace field name “Type” with “Typed”', 'Replace field name “Decoded” with “Encoded”', 'Replace month “Oc” with “October”']) assert.ok(titles.includes(title), title);
});

test('fix all of a document with nothing safe to fix offers no action', () => {
  assert.deepEqual(checked('Cable: № 1\n\nCde. Li Kenong and Cde. Li Kenong told Cde. Le Kenong.\n').actionsFor([], ['source.fixAll.cable']), []);
});

test('kinds: quick fixes unless asked otherwise; fix-all only when its kind is asked for', () => {
  const document = checked(messy);
  const signs = document.diagnostics.filter((diagnostic) => diagnostic.code === 'C304');
  const kinds = (only?: string[]): string[] => [...new Set(document.actionsFor(signs, only).map((action) => String(action.kind)))];
  assert.deepEqual(kinds(), ['quickfix']);
  // Over a range that is a selection of words, the editorial marks come too, unless quick fixes alone are asked for.
  const tree = parseCable(messy);
  const context: FeatureContext = { settings: mergeSettings(), names: undefined, uri, token: neverCancelled };
  const allKinds = getCodeActions(tree, signs[0].range, signs, undefined, context).map((action) => String(action.kind));
  assert.deepEqual([...new Set(allKinds)].filter((kind) => !kind.startsWith('refactor.rewrite.cable.')), ['quickfix']);
  assert.ok(allKinds.includes('refactor.rewrite.cable.unclear'), allKinds.join(', '));
  assert.deepEqual(kinds(['quickfix']), ['quickfix']);
  assert.deepEqual(kinds(['source']), ['source.fixAll.cable']);
  assert.deepEqual(kinds(['source.fixAll']), ['source.fixAll.cable']);
  assert.deepEqual(kinds(['quickfix', 'source.fixAll.cable']), ['quickfix', 'source.fixAll.cable']);
  assert.ok(kinds(['refactor']).every((kind) => kind.startsWith('refactor.rewrite.cable.')) && kinds(['refactor']).length > 0);
  assert.deepEqual(kinds(['source.organizeImports']), []);
});

test('only diagnostics of ours, in the range asked about, get fixes', () => {
  const settings = mergeSettings();
  const document = TextDocument.create(uri, 'cable', ++version, worked);
  const tree = service.parse(document, settings);
  const context: FeatureContext = { settings, names: undefined, uri, token: neverCancelled };
  const diagnostics = service.getDiagnostics(document, settings);
  const [first, second] = diagnostics.filter((diagnostic) => diagnostic.code === 'C304');
  const titles = (range: typeof first.range, list: Diagnostic[]): string[] => getCodeActions(tree, range, list, ['quickfix'], context).map((action) => action.title);
  assert.deepEqual(titles(first.range, [first, second]), ['Write № here instead of Nº', 'Use № for all number signs in the document']);
  const forSecond = getCodeActions(tree, second.range, [first, second], undefined, context);
  assert.deepEqual(forSecond[0].diagnostics, [second]);
  assert.deepEqual(titles(first.range, [{ ...first, source: 'spell' }]), []);
  assert.deepEqual(titles(first.range, [{ ...first, code: 'C999' }]), []);
});

test('a stale diagnostic (the text moved since it was reported) gets no fix rather than a wrong edit', () => {
  const old = checked(worked);
  const signs = old.diagnostics.filter((diagnostic) => diagnostic.code === 'C304');
  const variant = old.diagnostics.find((diagnostic) => diagnostic.code === 'C305');
  const repeat = old.diagnostics.find((diagnostic) => diagnostic.code === 'C303');
  assert.ok(variant && repeat);
  const moved = checked(worked.replace('\nNº 5205', '\nSee Nº 5205').replace('"Cde. Le Kenong', '"Cde.  Le Kenong').replace('Copies to: Cde.', 'Copies to:  Cde.'));
  assert.deepEqual(moved.actionsFor([signs[0], variant, repeat]), []);
});

test('a fix never touches another document: edits are keyed by the context uri only', () => {
  const document = checked(worked);
  for (const action of document.actionsFor(document.diagnostics)) assert.deepEqual(Object.keys(action.edit?.changes ?? {}), [uri]);
});

test('every fix offered on every sample, in every variant, applies cleanly and leaves fewer of its code', () => {
  const files = fs.readdirSync(samplesDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.cable'));
  let offered = 0;
  for (const name of files) {
    for (const variant of variants) {
      const text = variant.make(fs.readFileSync(path.join(samplesDir, name), 'utf8'));
      const document = checked(text);
      const count = (diagnostics: readonly Diagnostic[], code: unknown): number => diagnostics.filter((diagnostic) => diagnostic.code === code).length;
      for (const diagnostic of document.diagnostics) {
        for (const action of document.actionsFor([diagnostic])) {
          offered++;
          const after = checked(applyEdits(text, actionEdits(action, uri))).diagnostics;
          assert.ok(count(after, diagnostic.code) < count(document.diagnostics, diagnostic.code), `${name} ${variant.name}: ${action.title}`);
        }
      }
      for (const all of document.actionsFor([], ['source.fixAll'])) {
        assert.ok(checked(applyEdits(text, actionEdits(all, uri))).diagnostics.length < document.diagnostics.length, `${name} ${variant.name}: fix all`);
      }
    }
  }
  assert.ok(offered >= 100, `only ${offered} fixes offered`);
});
