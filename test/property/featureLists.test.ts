/**
 * Hover and completion right after a keystroke read what they need off the
 * tree instead of gathering all its facts: the number signs
 * (features/completion/values.ts) and a footnote's note (hover/marks.ts).
 * For any document they must be what the facts list.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as fc from 'fast-check';
import { factsOf } from '../../server/src/service/analysis/facts';
import { signsOf } from '../../server/src/service/features/completion/values';
import { parseCable } from '../../server/src/service/index';
import type { NoteBlock } from '../../server/src/service/parser/tree';
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
});
