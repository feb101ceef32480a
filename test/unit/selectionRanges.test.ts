import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import type { Position, Range, SelectionRange } from 'vscode-languageserver-types';
import { mergeSettings, neverCancelled, parseCable } from '../../server/src/service/index';
import type { FeatureContext } from '../../server/src/service/features/context';
import { getSelectionRanges } from '../../server/src/service/features/selectionRanges';
import { textOf, withCursor } from '../support/cursorMarks';
import { workedExample } from '../support/paths';

const context: FeatureContext = { settings: mergeSettings(), names: undefined, uri: 'file:///test.cable', token: neverCancelled };
const workedText = fs.readFileSync(workedExample, 'utf8');

/** The texts selected by expanding again and again from the cursor, innermost first. */
function expansions(text: string, cursor: Position): string[] {
  const [selection] = getSelectionRanges(parseCable(text), [cursor], context);
  const texts: string[] = [];
  for (let current: SelectionRange | undefined = selection; current; current = current.parent) texts.push(textOf(text, current.range));
  return texts;
}

/** The same for a text written with one `‸`, dropping the last two steps (zone and document) unless asked. */
function expandAt(marked: string, keep = 2): string[] {
  const { text, cursor } = withCursor(marked);
  const steps = expansions(text, cursor);
  return steps.slice(0, Math.max(0, steps.length - 2 + keep));
}

const doc = [
  'Cable: № 7',
  'Copies to: Cde. Stalin; Cde. Molotov;',
  '  Cde. Beria',
  '[Stamp: SUBJECT TO RETURN',
  'Incoming № 254]',
  '',
  'I send you [the text] of my telegram.',
  '',
  '"Cde. Li Kenong, copy to Peng Dehuai.',
  '',
  'We should act [unclear: cautiously] now.',
  'And quickly.',
  '',
  'MAO ZEDONG 0530 18 October"',
  '',
].join('\n');

function marked(at: string, line: number): string {
  const lines = doc.split('\n');
  const column = lines[line].indexOf(at.replace('‸', ''));
  assert.ok(column >= 0, `${at} not on line ${line}`);
  lines[line] = lines[line].slice(0, column) + at + lines[line].slice(column + at.length - 1);
  return lines.join('\n');
}

test('a name in a field value: word, titled name, this line of the value, the whole value, the field, the header, the document', () => {
  const steps = expandAt(marked('Cde. Sta‸lin', 1));
  assert.deepEqual(steps.slice(0, 5), [
    'Stalin',
    'Cde. Stalin',
    'Cde. Stalin; Cde. Molotov;',
    'Cde. Stalin; Cde. Molotov;\n  Cde. Beria',
    'Copies to: Cde. Stalin; Cde. Molotov;\n  Cde. Beria',
  ]);
  assert.ok(steps[5].startsWith('Cable: № 7') && steps[5].endsWith('Incoming № 254]'), steps[5]);
  assert.equal(steps[6], doc);
});

test('a word in a multi-line stamp: word, stamp content, stamp (the line alone would cut the stamp in two)', () => {
  assert.deepEqual(expandAt(marked('SUB‸JECT', 3), 0), ['SUBJECT', 'SUBJECT TO RETURN\nIncoming № 254', '[Stamp: SUBJECT TO RETURN\nIncoming № 254]']);
});

test('a word in a mark in the body: word, mark content, mark, line, body, document', () => {
  assert.deepEqual(expandAt(marked('t‸ext]', 6), 1), ['text', 'the text', '[the text]', 'I send you [the text] of my telegram.', doc.slice(doc.indexOf('I send'), doc.lastIndexOf('"') + 1)]);
});

test('inside a quoted telegram: tag, mark, line, paragraph, quote text, quote, body', () => {
  const steps = expandAt(marked('unc‸lear', 10), 1);
  assert.deepEqual(steps.slice(0, 3), ['unclear', '[unclear: cautiously]', 'We should act [unclear: cautiously] now.']);
  assert.equal(steps[3], 'We should act [unclear: cautiously] now.\nAnd quickly.');
  assert.ok(steps[4].startsWith('Cde. Li Kenong') && steps[4].endsWith('18 October'), 'the quote without its quotation marks');
  assert.ok(steps[5].startsWith('"Cde. Li Kenong') && steps[5].endsWith('18 October"'), 'the whole quote');
  assert.ok(steps[6].startsWith('I send you'), 'the body');
  assert.equal(steps.length, 7);
});

test('a signature: name, signature line, paragraph', () => {
  assert.deepEqual(expandAt(marked('ZED‸ONG', 13), -1).slice(0, 3), ['ZEDONG', 'MAO ZEDONG', 'MAO ZEDONG 0530 18 October"']);
});

test('the worked example: a catalogue key, and the footer', () => {
  const key = expansions(workedText, { line: 1, character: 2 });
  assert.deepEqual(key.slice(0, 2), ['title', 'title: Cable No. 25025, Mao Zedong to Filippov [Stalin]']);
  assert.ok(key[2].startsWith('---\ntitle:') && key[2].endsWith('translation: English\n---'));
  const footer = expansions(workedText, { line: 75, character: 33 });
  assert.deepEqual(footer.slice(0, 4), ['signature', '[signature]', 'Section Chief Colonel [signature] (Makarov)', 'Verified: Section Chief Colonel [signature] (Makarov)']);
  assert.ok(footer[4].startsWith('-----\nDeciphered'));
});

test('one selection range per position, in order', () => {
  const tree = parseCable(workedText);
  const positions = [
    { line: 15, character: 2 },
    { line: 69, character: 1 },
  ];
  const ranges = getSelectionRanges(tree, positions, context);
  assert.equal(ranges.length, 2);
  assert.equal(textOf(workedText, ranges[0].range), 'Cable');
  assert.equal(textOf(workedText, ranges[1].range), 'MAO');
});

function strictlyInside(inner: Range, outer: Range, lineStarts: readonly number[]): boolean {
  const offset = (position: Position) => lineStarts[position.line] + position.character;
  const [innerStart, innerEnd, outerStart, outerEnd] = [offset(inner.start), offset(inner.end), offset(outer.start), offset(outer.end)];
  return outerStart <= innerStart && innerEnd <= outerEnd && outerEnd - outerStart > innerEnd - innerStart;
}

test('at every position of the worked example each range holds the cursor and lies strictly inside its parent', () => {
  const tree = parseCable(workedText);
  const lines = workedText.split('\n');
  const positions = lines.flatMap((line, index) => Array.from({ length: line.length + 1 }, (_, character) => ({ line: index, character })));
  const ranges = getSelectionRanges(tree, positions, context);
  assert.equal(ranges.length, positions.length);
  ranges.forEach((selection, index) => {
    const cursor = positions[index];
    const first = selection.range;
    const holdsCursor = (first.start.line < cursor.line || (first.start.line === cursor.line && first.start.character <= cursor.character)) && (cursor.line < first.end.line || (cursor.line === first.end.line && cursor.character <= first.end.character));
    assert.ok(holdsCursor, `the first range at ${cursor.line}:${cursor.character} does not hold the cursor`);
    let depth = 1;
    for (let child = selection; child.parent; child = child.parent) {
      assert.ok(strictlyInside(child.range, child.parent.range, tree.lineStarts), `at ${cursor.line}:${cursor.character}, step ${depth}`);
      depth++;
    }
    assert.equal(textOf(workedText, lastOf(selection).range), workedText, 'the last step is the whole document');
  });
});

function lastOf(selection: SelectionRange): SelectionRange {
  let last = selection;
  while (last.parent) last = last.parent;
  return last;
}

test('an empty document gives the cursor itself', () => {
  const [selection] = getSelectionRanges(parseCable(''), [{ line: 0, character: 0 }], context);
  assert.deepEqual(selection.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  assert.equal(selection.parent, undefined);
});
