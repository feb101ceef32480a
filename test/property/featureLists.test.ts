/**
 * Hover, completion and navigation right after a keystroke read what they
 * need off the tree instead of gathering all its facts: the number signs
 * (features/completion/values.ts), and a footnote's note and references
 * (features/definition.ts, used by hover, definition and references). For
 * any document they must be what the facts list.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as fc from 'fast-check';
import { factsOf } from '../../server/src/service/analysis/facts';
import { signsOf } from '../../server/src/service/features/completion/values';
import { footnoteReferences, noteFor } from '../../server/src/service/features/definition';
import { parseCable } from '../../server/src/service/index';
import type { FootnoteRef, NoteBlock } from '../../server/src/service/parser/tree';
import { anyDocument } from './arbitraries';
import { assertProperty } from './fuzz';

describe('lists read off the tree equal the facts’ lists', () => {
  it('number signs, and notes, which are the footer’s', () => {
    assertProperty(
      fc.property(anyDocument, (text) => {
        const tree = parseCable(text);
        assert.deepEqual(signsOf(tree), factsOf(tree).numberSigns);
        const footerNotes = (tree.footer?.blocks ?? []).filter((block): block is NoteBlock => block.type === 'note');
        assert.deepEqual(footerNotes, factsOf(tree).notes);
      }),
      200,
    );
  });

  it('a note marker’s references and its note', () => {
    assertProperty(
      fc.property(fc.oneof(anyDocument, footnoted), (text) => {
        const tree = parseCable(text);
        const facts = factsOf(tree);
        const references = facts.inlines.filter((inline): inline is FootnoteRef => inline.type === 'footnote-ref');
        for (const marker of new Set([...references.map((reference) => reference.marker), ...facts.notes.map((note) => note.marker), 'z'])) {
          assert.deepEqual(footnoteReferences(tree, marker), references.filter((reference) => reference.marker === marker), marker);
          assert.equal(noteFor(tree, marker), facts.notes.find((note) => note.marker === marker), marker);
        }
      }),
      200,
    );
  });
});

/** References inside marks and notes, notes that refer to each other, markers used twice. */
const footnoted = fc
  .tuple(
    fc.array(fc.constantFrom('Text[i] ', 'word[ii] ', '[Margin: see[i]] ', 'more[a]', '[1]', ' and ', '\n\n'), { maxLength: 20 }),
    fc.array(fc.constantFrom('[i] A note.', '[ii] See [i].', '[a] Note a.', '[i] Twice.', '[1] One.'), { maxLength: 5 }),
  )
  .map(([body, notes]) => `Cable: № 1\n\n${body.join('')}\n-----\n${notes.join('\n')}\n`);
