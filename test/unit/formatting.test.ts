import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver-types';
import { createLanguageService, mergeSettings, neverCancelled, parseCable } from '../../server/src/service/index';
import { getFormattingEdits } from '../../server/src/service/features/formatting';
import type { FeatureContext } from '../../server/src/service/features/context';
import { applyEdits, editSpans } from '../support/applyEdits';
import { repoRoot, samplesDir, workedExample } from '../support/paths';

const uri = 'file:///format/test.cable';
const context: FeatureContext = { settings: mergeSettings(), names: undefined, uri, token: neverCancelled };
const defaults: FormattingOptions = { tabSize: 4, insertSpaces: true };

function formatEdits(text: string, options: FormattingOptions = defaults, range?: Range): TextEdit[] {
  return getFormattingEdits(parseCable(text), options, context, range);
}

function format(text: string, options: FormattingOptions = defaults, range?: Range): string {
  return applyEdits(text, formatEdits(text, options, range));
}

const variants: ReadonlyArray<{ name: string; make: (lf: string) => string }> = [
  { name: 'LF', make: (text) => text },
  { name: 'CRLF', make: (text) => text.replace(/\n/g, '\r\n') },
  { name: 'BOM', make: (text) => `\uFEFF${text}` },
  { name: 'BOM+CRLF', make: (text) => `\uFEFF${text.replace(/\n/g, '\r\n')}` },
];

const messy = [
  '---',
  'title:Cable 5, a test  ',
  'date :  1951-10-18',
  'summary:',
  '  Mao writes to Stalin.\t',
  '---',
  'office :  SECOND MAIN DIRECTORATE ',
  'telegram:  № 25025',
  'received\t:\t1135 19 October 1951',
  'COPIES TO:',
  '  Cde. Stalin;  Cde. Molotov  ',
  'Recieved :  misspelt, left to its quick fix',
  '',
  'Body  text with  double spaces,  received : 5 and Cable:  x   ',
  '"Quote  line [Note :  odd  spacing] kept  ',
  '',
  'MAO ZEDONG 0530 18 October"\t',
  'deciphered :  in the body, so text',
  '',
  '-----',
  'deciphered :   Fedyaev 1205 19 October',
  'copies printed :\tEight',
  'verified:no blank after the colon, so a free line, not a field  ',
  '[i] ',
  '',
].join('\n');

const tidy = [
  '---',
  'title: Cable 5, a test',
  'date: 1951-10-18',
  'summary:',
  '  Mao writes to Stalin.',
  '---',
  'Office: SECOND MAIN DIRECTORATE',
  'Telegram: № 25025',
  'Received: 1135 19 October 1951',
  'Copies to:',
  '  Cde. Stalin;  Cde. Molotov',
  'Recieved :  misspelt, left to its quick fix',
  '',
  'Body  text with  double spaces,  received : 5 and Cable:  x',
  '"Quote  line [Note :  odd  spacing] kept',
  '',
  'MAO ZEDONG 0530 18 October"',
  'deciphered :  in the body, so text',
  '',
  '-----',
  'Deciphered: Fedyaev 1205 19 October',
  'Copies printed: Eight',
  'verified:no blank after the colon, so a free line, not a field',
  '[i] ',
  '',
].join('\n');

test('formatting tidies names, colons and trailing blanks, and nothing else', () => {
  for (const variant of variants) assert.equal(format(variant.make(messy)), variant.make(tidy), variant.name);
});

test('formatting keeps line endings, the BOM and the final newline (or its absence) byte for byte', () => {
  for (const variant of variants) {
    const before = variant.make(`${messy}no final newline  `);
    const after = format(before);
    assert.equal(after, variant.make(`${tidy}no final newline`), variant.name);
    assert.equal(after.split('\r\n').length, before.split('\r\n').length, `${variant.name}: CRLF count`);
    assert.equal(after.split('\n').length, before.split('\n').length, `${variant.name}: line count`);
    assert.equal(after.startsWith('\uFEFF'), before.startsWith('\uFEFF'), `${variant.name}: BOM`);
  }
  // Whatever the editor asks, line endings stay: no final newline is added or removed.
  const options: FormattingOptions = { ...defaults, insertFinalNewline: true, trimFinalNewlines: true };
  assert.equal(format('Cable: № 1\n\nText.', options), 'Cable: № 1\n\nText.');
  assert.equal(format('Cable: № 1\n\nText.\n\n\n', options), 'Cable: № 1\n\nText.\n\n\n');
});

test('edits are minimal: none where nothing changes, and each edit only spans what it changes', () => {
  const edits = editSpans(messy, formatEdits(messy));
  for (const edit of edits) {
    const replaced = messy.slice(edit.start, edit.end);
    assert.notEqual(replaced, edit.newText, 'an edit that changes nothing');
    assert.ok(!/[\r\n]/.test(replaced) && !/[\r\n]/.test(edit.newText), `an edit crosses a line: ${JSON.stringify(replaced)}`);
    // Either blanks go, or a field name changes case, or the blanks around a colon become one `: `.
    const kind = /^[ \t]+$/.test(replaced) && edit.newText === '' ? 'trim' : replaced.toLowerCase() === edit.newText.toLowerCase() ? 'name' : /^[ \t]*:[ \t]*$/.test(replaced) && /^: ?$/.test(edit.newText) ? 'colon' : 'other';
    assert.notEqual(kind, 'other', `unexpected edit ${JSON.stringify(replaced)} → ${JSON.stringify(edit.newText)}`);
  }
  assert.deepEqual(formatEdits(tidy), [], 'formatting is idempotent');
  assert.deepEqual(formatEdits(format(messy)), []);
});

test('the body, quotes, marks and values are untouched apart from trailing blanks', () => {
  const after = format(messy);
  const tree = parseCable(messy);
  const bodyBefore = messy.slice(tree.body.start, tree.body.end);
  const formattedTree = parseCable(after);
  const bodyAfter = after.slice(formattedTree.body.start, formattedTree.body.end);
  assert.equal(bodyAfter, bodyBefore.replace(/[ \t]+$/gm, ''));
  const values = (text: string): string[] => parseCable(text).header.blocks.flatMap((block) => (block.type === 'field' ? [block.value] : []));
  assert.deepEqual(values(after), values(messy));
});

test('formatting changes what the checker finds nowhere', () => {
  const service = createLanguageService();
  const settings = mergeSettings();
  const found = (text: string): string[] =>
    service.getDiagnostics(TextDocument.create(uri, 'cable', text.length, text), settings).map((diagnostic) => `${String(diagnostic.code)}@${diagnostic.range.start.line + 1}`);
  for (const variant of variants) {
    const before = variant.make(messy);
    assert.deepEqual(found(format(before)), found(before), variant.name);
  }
});

test('an empty note keeps the blank after its marker: without it the line is no longer a note', () => {
  const text = 'No: 1\n\nTo VIKTOR[i].\n\n-----\n[i] \t\n[ii]  \nnot a note [iii]  \n';
  assert.equal(format(text), 'No: 1\n\nTo VIKTOR[i].\n\n-----\n[i] \t\n[ii]  \nnot a note [iii]\n');
  assert.deepEqual([...parseCable(format(text)).noteMarkers].sort(), ['i', 'ii']);
});

test('a no-break space is not a blank to trim or to normalise: it may be deliberate', () => {
  const text = 'Cable: \u00a0№ 1\u00a0\nFrom :\t\u00a0Moscow\n\nText\u00a0\n';
  assert.equal(parseCable(text).header.blocks.filter((block) => block.type === 'field').length, 2, 'both lines are fields');
  assert.deepEqual(formatEdits(text), []);
});

test('trimTrailingWhitespace: false leaves trailing blanks but still tidies names', () => {
  assert.equal(format('received :  1135 19 October 1951  \n\nText.  \n', { ...defaults, trimTrailingWhitespace: false }), 'Received: 1135 19 October 1951  \n\nText.  \n');
});

test('a field with its value on the next lines keeps its colon alone', () => {
  assert.equal(format('copies to :   \n  Cde. Stalin; Cde. Molotov\n\nText.\n'), 'Copies to:\n  Cde. Stalin; Cde. Molotov\n\nText.\n');
});

test('range formatting edits only inside the range', () => {
  for (const variant of variants) {
    const text = variant.make(messy);
    // Lines 7 to 9 (0-based 6–8), whole lines: office, telegram, received.
    const range: Range = { start: { line: 6, character: 0 }, end: { line: 9, character: 0 } };
    const expected = variant.make(
      messy.replace('office :  SECOND MAIN DIRECTORATE ', 'Office: SECOND MAIN DIRECTORATE').replace('telegram:  № 25025', 'Telegram: № 25025').replace('received\t:\t1135', 'Received: 1135'),
    );
    assert.equal(format(text, defaults, range), expected, variant.name);
    // A range ending inside a line leaves the edits beyond it (the trailing blank of line 7).
    const partial: Range = { start: { line: 6, character: 0 }, end: { line: 6, character: 12 } };
    assert.equal(format(text, defaults, partial), variant.make(messy.replace('office :  SECOND', 'Office: SECOND')), `${variant.name} partial`);
  }
});

function sampleFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? sampleFiles(full) : entry.name.endsWith('.cable') ? [full] : [];
  });
}

test('every sample is already formatted, and formats back to itself after blanks are added to each line end', () => {
  const files = sampleFiles(samplesDir);
  assert.ok(files.length > 20);
  for (const file of files) {
    const original = fs.readFileSync(file, 'utf8');
    assert.deepEqual(formatEdits(original), [], `${path.basename(file)} needs formatting`);
    // Every line gets blanks, except empty notes, which keep theirs anyway.
    const padded = original.replace(/([^\r\n])(\r?\n|$)/g, '$1 \t $2');
    assert.equal(format(padded), original, path.basename(file));
  }
});

test('the worked example needs no formatting in any line-ending or BOM variant', () => {
  const worked = fs.readFileSync(workedExample, 'utf8');
  for (const variant of variants) assert.deepEqual(formatEdits(variant.make(worked)), [], variant.name);
});

test('the code-action and formatting modules stay browser-safe: no Node built-ins, no vscode', () => {
  const compiled = path.join(repoRoot, 'out', 'server', 'src', 'service', 'features');
  const files = [path.join(compiled, 'codeActions.js'), path.join(compiled, 'formatting.js'), ...fs.readdirSync(path.join(compiled, 'codeActions')).filter((name) => name.endsWith('.js')).map((name) => path.join(compiled, 'codeActions', name))];
  for (const file of files) {
    const required = [...fs.readFileSync(file, 'utf8').matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]);
    for (const name of required) assert.ok(name.startsWith('.') || name === 'vscode-languageserver-types', `${path.basename(file)} requires ${name}`);
  }
});
