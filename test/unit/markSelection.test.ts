/**
 * Editorial marks around a selection (refactorings `refactor.rewrite.cable.*`):
 * where they are offered and where not, what each writes, that the selected
 * text and everything around it stay byte for byte, and that a marked text
 * never gains a bracket problem (C102), over every sample.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction } from 'vscode-languageserver-types';
import { getCodeActions } from '../../server/src/service/features/codeActions';
import type { FeatureContext } from '../../server/src/service/features/context';
import { mergeSettings, neverCancelled, parseCable } from '../../server/src/service/index';
import type { Block } from '../../server/src/service/parser/tree';
import { actionEdits, applyEdits, offsetOf as offsetOfPosition } from '../support/applyEdits';
import { check } from '../support/check';
import { positionOf } from '../support/cursor';
import { Random } from '../support/generate';
import { samplesDir } from '../support/paths';

const uri = 'file:///marks/test.cable';
const context: FeatureContext = { settings: mergeSettings(), names: undefined, uri, token: neverCancelled };

/** The marks offered for the selection written `«…»` into the text, and the text without those signs. */
function marksFor(selected: string, only?: string[]): { text: string; actions: CodeAction[] } {
  const from = selected.indexOf('«');
  const to = selected.indexOf('»') - 1;
  assert.ok(from >= 0 && to >= from, `a selection «…» in ${JSON.stringify(selected)}`);
  const text = selected.replace('«', '').replace('»', '');
  return { text, actions: actionsAt(text, from, to, only) };
}

function actionsAt(text: string, from: number, to: number, only?: string[]): CodeAction[] {
  const range = { start: positionOf(text, from), end: positionOf(text, to) };
  return getCodeActions(parseCable(text), range, [], only, context).filter((action) => action.kind?.startsWith('refactor.'));
}

function applied(selected: string, kind: string): string {
  const { text, actions } = marksFor(selected);
  const action = actions.find((candidate) => candidate.kind === `refactor.rewrite.cable.${kind}`);
  assert.ok(action, `${kind} offered for ${JSON.stringify(selected)}: ${actions.map((candidate) => String(candidate.kind)).join(', ')}`);
  return applyEdits(text, actionEdits(action, uri));
}

const cable = (body: string): string => `Cable: № 1\nFrom: Moscow\n\n${body}\n`;

describe('what each mark writes', () => {
  test('words of a paragraph: each mark around them, [sic] after them; nothing else changes', () => {
    const selected = cable('Tell «He will come» tomorrow.');
    assert.equal(applied(selected, 'unclear'), cable('Tell [unclear: He will come] tomorrow.'));
    assert.equal(applied(selected, 'supplied'), cable('Tell [He will come] tomorrow.'));
    assert.equal(applied(selected, 'deleted'), cable('Tell [Deleted: He will come] tomorrow.'));
    assert.equal(applied(selected, 'underlined'), cable('Tell [Underlined: He will come] tomorrow.'));
    assert.equal(applied(selected, 'handwritten'), cable('Tell [Handwritten: He will come] tomorrow.'));
    assert.equal(applied(selected, 'margin'), cable('Tell [Margin: He will come] tomorrow.'));
    assert.equal(applied(selected, 'sic'), cable('Tell He will come [sic] tomorrow.'));
  });

  test('a selection starting or ending inside a character of two code units takes the whole character in', () => {
    const text = cable('Tell 😀𝒜 tomorrow.');
    const emoji = text.indexOf('😀');
    // From the second half of 😀 to the first half of 𝒜.
    const action = actionsAt(text, emoji + 1, emoji + 3).find((candidate) => candidate.kind === 'refactor.rewrite.cable.unclear');
    assert.ok(action);
    assert.equal(applyEdits(text, actionEdits(action, uri)), cable('Tell [unclear: 😀𝒜] tomorrow.'));
  });

  test('the titles say what each mark means, in the order of the menu', () => {
    assert.deepEqual(marksFor(cable('Tell «him» now.')).actions.map((action) => action.title), [
      'Mark as a doubtful reading: [unclear: …]',
      'Mark as supplied by the editor: […]',
      'Mark as deleted in the original: [Deleted: …]',
      'Mark as underlined in the original: [Underlined: …]',
      'Mark as handwritten: [Handwritten: …]',
      'Mark as written in the margin: [Margin: …]',
      'Mark as written so in the original: … [sic]',
    ]);
  });

  test('blanks and line breaks at the ends of the selection stay outside the mark', () => {
    assert.equal(applied(cable('Tell« him »now.'), 'unclear'), cable('Tell [unclear: him] now.'));
    assert.equal(applied(cable('First line\n«second line\n»Third.'), 'deleted'), cable('First line\n[Deleted: second line]\nThird.'));
  });

  test('a mark may run over the lines of its paragraph; CRLF and a BOM stay as they were', () => {
    assert.equal(applied(cable('Tell «him\nto come» now.'), 'handwritten'), cable('Tell [Handwritten: him\nto come] now.'));
    const crlf = '\uFEFFCable: № 1\r\n\r\nTell «him\r\nto come» now.\r\n';
    assert.equal(applied(crlf, 'unclear'), '\uFEFFCable: № 1\r\n\r\nTell [unclear: him\r\nto come] now.\r\n');
  });

  test('a field value, a note, a stamp standing alone, a quoted telegram: each can be marked', () => {
    assert.equal(applied('Cable: № 1\nFrom: «Moscow»\n\nText.\n', 'unclear'), 'Cable: № 1\nFrom: [unclear: Moscow]\n\nText.\n');
    assert.equal(applied(cable('Text.[a]\n-----\n[a] «Added in pencil».'), 'handwritten'), cable('Text.[a]\n-----\n[a] [Handwritten: Added in pencil].'));
    assert.equal(applied('Cable: № 1\n[Stamp: «SUBJECT TO RETURN»]\n\nText.\n', 'underlined'), 'Cable: № 1\n[Stamp: [Underlined: SUBJECT TO RETURN]]\n\nText.\n');
    assert.equal(applied(cable('"To «Cde. Filippov».\n\nMAO ZEDONG"'), 'sic'), cable('"To Cde. Filippov [sic].\n\nMAO ZEDONG"'));
  });

  test('a whole mark can be marked, and words inside a mark past its tag', () => {
    assert.equal(applied(cable('Tell «[unclear: him]» now.'), 'deleted'), cable('Tell [Deleted: [unclear: him]] now.'));
    assert.equal(applied(cable('[Note: Tell «him» now.]'), 'underlined'), cable('[Note: Tell [Underlined: him] now.]'));
    assert.equal(applied(cable('Tell «him[a]» now.\n-----\n[a] A note.'), 'unclear'), cable('Tell [unclear: him[a]] now.\n-----\n[a] A note.'));
  });

  test('[sic] is not offered again right after a [sic]', () => {
    const kinds = marksFor(cable('Tell «Molotow» [sic] now.')).actions.map((action) => String(action.kind));
    assert.ok(!kinds.includes('refactor.rewrite.cable.sic') && kinds.includes('refactor.rewrite.cable.unclear'), kinds.join(', '));
  });

  test('asked for one kind, only that mark; asked for quick fixes, none', () => {
    assert.deepEqual(marksFor(cable('Tell «him» now.'), ['refactor.rewrite.cable.sic']).actions.map((action) => action.kind), ['refactor.rewrite.cable.sic']);
    assert.equal(marksFor(cable('Tell «him» now.'), ['refactor']).actions.length, 7);
    assert.deepEqual(marksFor(cable('Tell «him» now.'), ['quickfix']).actions, []);
  });
});

describe('where no mark is offered', () => {
  const none = (selected: string): void => assert.deepEqual(marksFor(selected).actions.map((action) => action.title), [], selected);

  test('an empty selection, or one of blanks and line breaks only', () => {
    none(cable('Tell «»him now.'));
    none(cable('Tell« \n »him now.'));
  });

  test('across paragraphs, zones or inner blocks of a quote', () => {
    none(cable('First «paragraph.\n\nSecond» paragraph.'));
    none('Cable: № 1\nFrom: «Moscow\n\nText»\n');
    none(cable('"To Cde. «Filippov.\n\nMAO» ZEDONG"'));
  });

  test('a selection that cuts a mark or a footnote reference in two, or takes in its tag', () => {
    none(cable('Tell «him [unclear: to» come] now.'));
    none(cable('Tell [unclear: «to come] now»'));
    none(cable('Tell [«unclear: to» come] now.'));
    none(cable('Tell him[«a»] now.\n-----\n[a] A note.'));
    none(cable('Tell him«[a»] now.\n-----\n[a] A note.'));
    // Inside an untagged mark, brackets would change what kind of mark it is.
    none(cable('Tell [«1 group» garbled] now.'));
    none(cable('Tell [Kuksa-«bong»?] now.'));
  });

  test('where the marks would nest two levels deep: a mark holds one more level at most', () => {
    none('Cable: № 1\n[Stamp: «Incoming [illegible]» 19 October 1951]\n\nText.\n');
    none(cable('[Note: Tell «[unclear: him]» now.]'));
    none(cable('[Note: Tell [unclear: «him»] now.]'));
    none(cable('Tell «[Deleted: [unclear: him]]» now.'));
  });

  test('plain brackets where they would not read as words supplied: a footnote reference, a tag, a fixed form', () => {
    const kinds = (selected: string): string[] => marksFor(selected).actions.map((action) => String(action.kind).replace('refactor.rewrite.cable.', ''));
    for (const selected of [cable('Item «a» and item b.\n-----\n[a] A note.'), cable('Note «2» here.'), cable('From «Moscow: the» news.'), cable('Was «illegible» there.'), cable('Read «Page 2» first.'), cable('Was it «Kuksa?» then.')]) {
      const offered = kinds(selected);
      assert.ok(!offered.includes('supplied') && offered.includes('unclear'), `${selected}: ${offered.join(', ')}`);
    }
    assert.ok(kinds(cable('Tell «him» now.')).includes('supplied'));
  });

  test("a field's name, the catalogue record, a comment, a quote mark of a quoted telegram", () => {
    none('Cable: № 1\n«From»: Moscow\n\nText.\n');
    none('Cable: № 1\nFro«m: Mos»cow\n\nText.\n');
    none('---\ntitle: «A title»\n---\nCable: № 1\n\nText.\n');
    none(cable('%% «a comment»\nText.'));
    none(cable('«"To» Cde. Filippov.\n\nMAO ZEDONG"'));
  });
});

/** `kind tag start-end` of every mark and footnote reference of a text, nested ones included. */
function bracketsOf(text: string, moved: (offset: number, isEnd: boolean) => number = (offset) => offset): string[] {
  const tree = parseCable(text);
  const found: string[] = [];
  const visit = (blocks: readonly Block[]): void => {
    for (const block of blocks) {
      if (block.type === 'quote') visit(block.blocks);
      for (const inline of block.inlines) {
        if (inline.type === 'mark' || inline.type === 'footnote-ref') {
          found.push(`${inline.type === 'mark' ? inline.kind : 'ref'} ${inline.type === 'mark' ? (inline.tag ?? '') : inline.marker} ${moved(inline.start, false)}-${moved(inline.end, true)}`);
        }
      }
    }
  };
  visit([...tree.header.blocks, ...tree.body.blocks, ...(tree.footer?.blocks ?? [])]);
  return found.sort();
}

/** Where an offset of the text moves when `edits` insert their text: a start stays before what is inserted at it, an end after. */
function mover(text: string, action: CodeAction): (offset: number, isEnd: boolean) => number {
  const insertions = actionEdits(action, uri).map((edit) => ({ at: offsetOfPosition(text, edit.range.start), length: edit.newText.length }));
  return (offset, isEnd) => offset + insertions.reduce((shift, { at, length }) => shift + ((isEnd ? offset > at : offset >= at) ? length : 0), 0);
}

describe('over every sample', () => {
  test('a mark offered for a random selection adds only its brackets: every mark and reference of the text is still there, whole, and no bracket problem (C102) is new', () => {
    const files = fs.readdirSync(samplesDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.cable'));
    const random = new Random(20261128);
    let marked = 0;
    for (const name of files) {
      const text = fs.readFileSync(path.join(samplesDir, name), 'utf8');
      const bracketProblems = (checked: string): number => check(checked).filter((diagnostic) => diagnostic.code === 'C102').length;
      const before = bracketProblems(text);
      for (let attempt = 0; attempt < 60; attempt++) {
        const from = random.int(0, text.length);
        const to = Math.min(text.length, from + random.int(1, 40));
        for (const action of actionsAt(text, from, to)) {
          const after = applyEdits(text, actionEdits(action, uri));
          const inserted = action.edit?.changes?.[uri]?.map((edit) => edit.newText).join('') ?? '';
          assert.equal(after.length, text.length + inserted.length, `${name} ${action.title}: only the mark is added`);
          const label = `${name} [${from}, ${to}) ${action.title}:\n${after.slice(Math.max(0, from - 20), to + 40)}`;
          assert.equal(bracketProblems(after), before, label);
          const kept = bracketsOf(text, mover(text, action));
          const now = new Set(bracketsOf(after));
          assert.deepEqual(kept.filter((mark) => !now.has(mark)), [], label);
          marked++;
        }
      }
    }
    assert.ok(marked >= 200, `only ${marked} marks tried`);
  });
});
