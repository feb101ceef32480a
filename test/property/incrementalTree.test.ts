/**
 * Incremental parsing at the level of the tree: a chain of versions, each
 * parsed from the one before (the body-edit fast path moves nodes in place,
 * the general path copies), gives exactly the tree a parse from scratch
 * gives — every node, offset, line start, line-ending count and problem.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as fc from 'fast-check';
import { createLanguageService, mergeSettings, parseCable, type CableTree } from '../../server/src/service/index';
import { EditableDocument } from '../../server/src/service/text/editableDocument';
import { applySplices, generatedCable, mixedLineEndings, splicedSample, tokenSoup, typeInto, typing } from './arbitraries';
import { assertProperty } from './fuzz';

/**
 * The whole tree as text, keys sorted, so two trees compare equal exactly
 * when they hold the same. What refers into paragraphs comes first: a
 * paragraph moved after an edit moves its lines when they are read
 * (ParagraphNode), and the body's signature and a quote's first line and
 * signature are its lines' own, read without it.
 */
function canonical(tree: CableTree): string {
  const quotes = tree.body.blocks.flatMap((block) => (block.type === 'quote' ? [{ openLine: block.openLine, signature: block.signature }] : []));
  return JSON.stringify({ '!readFirst': { body: tree.body.signature, quotes }, ...tree, noteMarkers: [...tree.noteMarkers].sort() }, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))) : value,
  );
}

const documents = { 'generated cables': generatedCable, 'mixed line endings and BOM': mixedLineEndings, 'spliced samples': splicedSample, 'token soup': tokenSoup };

describe('incremental parsing gives the tree of a parse from scratch', () => {
  for (const [kind, arbitrary] of Object.entries(documents)) {
    it(`${kind}: after every edit of a chain`, () => {
      assertProperty(
        fc.property(arbitrary, fc.array(typing, { minLength: 1, maxLength: 25 }), fc.constantFrom('month-first' as const, 'day-first' as const), (text, edits, slashedDates) => {
          const options = { slashedDates };
          let current = text;
          let tree = parseCable(current, options);
          for (const edit of edits) {
            current = applySplices(current, [edit]);
            tree = parseCable(current, options, tree);
            assert.equal(canonical(tree), canonical(parseCable(current, options)));
          }
        }),
        60,
      );
    });
  }
});

describe('told each change by the server\'s document, the parse reads only the lines around it and gives the same tree', () => {
  for (const [kind, arbitrary] of Object.entries(documents)) {
    it(`${kind}: after every didChange of a chain, the document settled now and then`, () => {
      assertProperty(
        fc.property(arbitrary, fc.array(fc.tuple(typing, fc.boolean()), { minLength: 1, maxLength: 25 }), fc.constantFrom('month-first' as const, 'day-first' as const), (text, edits, slashedDates) => {
          const settings = mergeSettings({ slashedDates });
          const service = createLanguageService();
          const document = new EditableDocument('file:///chain.cable', 'cable', 1, text);
          service.parse(document, settings);
          for (const [splice, settle] of edits) {
            typeInto(document, splice);
            const tree = service.parse(document, settings);
            assert.equal(canonical(tree), canonical(parseCable(document.getText(), { slashedDates })));
            if (settle) document.settle();
          }
        }),
        60,
      );
    });
  }
});
