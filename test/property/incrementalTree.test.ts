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
import { applySplices, commentedCable, generatedCable, mixedLineEndings, splicedSample, tokenSoup, typeInto, typing } from './arbitraries';
import { assertProperty } from './fuzz';
import { treeContent } from '../support/treeContent';

/**
 * The whole tree as text, keys sorted, so two trees compare equal exactly
 * when they hold the same. What refers into paragraphs comes first: a
 * paragraph moved after an edit moves its lines when they are read
 * (ParagraphNode), and the body's signature and a quote's first line and
 * signature are its lines' own, read without it.
 */
function canonical(tree: CableTree): string {
  const quotes = tree.body.blocks.flatMap((block) => (block.type === 'quote' ? [{ openLine: block.openLine, signature: block.signature }] : []));
  return JSON.stringify({ '!readFirst': { body: tree.body.signature, quotes }, ...treeContent(tree), noteMarkers: [...tree.noteMarkers].sort() }, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))) : value,
  );
}

const documents = { 'generated cables': generatedCable, 'cables with comment lines': commentedCable, 'mixed line endings and BOM': mixedLineEndings, 'spliced samples': splicedSample, 'token soup': tokenSoup };

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

/** The text without its footer: a cable being written, whose body runs to the end. */
function withoutFooter(text: string): string {
  const footer = parseCable(text).footer;
  return footer ? text.slice(0, footer.start) : text;
}

/** What a transcriber does at the end of a cable: types on (a character, a line break, a token of the format) or takes a few characters back. */
const typingAtTheEnd = fc.oneof(
  { weight: 3, arbitrary: fc.record({ back: fc.constant(0), insert: fc.constantFrom('e', ' ', 'A', '.', '[', ']', '"', '\n', '\r\n', '1', ':', '\n\n', '-----', 'Sent: ', ': 1', '[Stamp: ', '%% ') }) },
  { weight: 1, arbitrary: fc.record({ back: fc.integer({ min: 1, max: 3 }), insert: fc.constant('') }) },
);

/** The splice of one such edit on a text of `length` characters. */
function atTheEnd(length: number, { back, insert }: { back: number; insert: string }): { at: number; remove: number; insert: string } {
  const at = Math.max(0, length - back);
  return { at, remove: length - at, insert };
}

/** A cable just begun: nothing yet, or a body whose first line is its last, where typing on may make that line the header's. */
const justBegun = fc.oneof(fc.constantFrom('', 'e', 'Fro', 'To', 'Cable: 1\n\nFro', 'Cable: 1\n\n'), fc.stringMatching(/^(Cable: 1\n\n)?[A-Za-z .]{0,12}$/));

describe('typing at the end of a cable with no footer yet, where the body path now reads only the last blocks, gives the tree of a parse from scratch', () => {
  for (const [kind, arbitrary] of Object.entries({ ...documents, 'a cable just begun': justBegun })) {
    it(`${kind}: the text compared, and told by the server's document`, () => {
      assertProperty(
        fc.property(arbitrary.map(withoutFooter), fc.array(typingAtTheEnd, { minLength: 1, maxLength: 20 }), (text, edits) => {
          let current = text;
          let tree = parseCable(current);
          const settings = mergeSettings({});
          const service = createLanguageService();
          const document = new EditableDocument('file:///end.cable', 'cable', 1, text);
          service.parse(document, settings);
          for (const edit of edits) {
            current = applySplices(current, [atTheEnd(current.length, edit)]);
            tree = parseCable(current, undefined, tree);
            assert.equal(canonical(tree), canonical(parseCable(current)));
            // The document's own text: a position cannot fall between a CR and its LF, so its text may differ from `current`.
            typeInto(document, atTheEnd(document.getText().length, edit));
            assert.equal(canonical(service.parse(document, settings)), canonical(parseCable(document.getText())));
          }
        }),
        60,
      );
    });
  }
});
