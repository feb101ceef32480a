/**
 * A document's name counts (names/documentNames.ts) are carried from one
 * version to the next by the leaves an in-place edit replaced: along any chain
 * of edits, asked at some versions and not at others, they must equal the
 * counts of a parse from scratch (uses, titled uses, first spelling and where
 * the first use is).
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as fc from 'fast-check';
import { parseCable, type CableTree } from '../../server/src/service/index';
import { documentNames } from '../../server/src/service/names/documentNames';
import { applySplices, generatedCable, mixedLineEndings, splicedSample, typing } from './arbitraries';
import { assertProperty } from './fuzz';

/** The counts as sorted rows, with where each name is first used, so two maps compare equal whatever their order. */
function counted(tree: CableTree): string[] {
  return [...documentNames(tree)].map(([key, use]) => `${key}\t${use.text}\t${use.count}\t${use.titled}\t${use.first.start}`).sort();
}

/** Edits that change which names there are and how the first of each is spelt: a letter in or out, a name cut or typed, a capital swapped. */
const typingNearNames = fc.record({ at: fc.nat(), remove: fc.constantFrom(0, 1, 12, 16), insert: fc.constantFrom('', 'K', 'k', 'o', ' ', 'Cde. ', 'Kim Il Sung ', 'ZHOU ENLAI ', 'тов. ', 'Minister ') });

/** Several spellings of one name across paragraphs, the footer among them: which spelling comes first is what an edit may change. */
const spelling = fc.constantFrom('Kim Il Sung', 'KIM IL SUNG', 'Kim IL Sung', 'Cde. Kim Il Sung', 'Zhou Enlai', 'ZHOU ENLAI', 'Cde. Zhou Enlai', 'Premier Zhou Enlai', 'тов. Ким Ир Сен');
const sentence = fc.array(spelling, { minLength: 1, maxLength: 3 }).map((names) => `We met ${names.join(' and ')} today.`);
const paragraphBreak = fc.constantFrom('\n', '\n\n', '\n"', '"\n\n');
const spelledNames = fc
  .tuple(fc.array(fc.tuple(sentence, paragraphBreak), { minLength: 1, maxLength: 8 }), fc.option(sentence, { nil: undefined }))
  .map(([body, footer]) => `From: Moscow\nTo: Beijing\n\n${body.map(([text, end]) => text + end).join('')}\n${footer ? `-----\n${footer}\n` : ''}`);

/** Each kind of document with its runs: the small documents of spellings, where the first use of a name changes most, get the most. */
const documents = [
  ['generated cables', generatedCable, 60],
  ['mixed line endings and BOM', mixedLineEndings, 60],
  ['spliced samples', splicedSample, 60],
  ['spellings of the same names', spelledNames, 400],
] as const;

describe('name counts carried over edits equal the counts of a parse from scratch', () => {
  for (const [kind, arbitrary, runs] of documents) {
    it(kind, () => {
      const step = fc.tuple(fc.oneof(typing, typingNearNames), fc.boolean());
      assertProperty(
        fc.property(arbitrary, fc.array(step, { minLength: 1, maxLength: 25 }), (text, steps) => {
          let current = text;
          let tree = parseCable(current);
          documentNames(tree);
          for (const [edit, asked] of steps) {
            current = applySplices(current, [edit]);
            tree = parseCable(current, undefined, tree);
            // Versions nobody asks about break the chain; the next question counts afresh.
            if (asked) assert.deepEqual(counted(tree), counted(parseCable(current)));
          }
          assert.deepEqual(counted(tree), counted(parseCable(current)));
        }),
        runs,
      );
    });
  }
});
