/**
 * Properties of the parser and checker over any text: nothing throws, the
 * tree prints back the exact input, and every diagnostic points inside the
 * document. Inputs come from ./arbitraries (generated cables, spliced
 * samples, token soup, arbitrary strings).
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as fc from 'fast-check';
import { parseCable, printTree } from '../../server/src/service/index';
import { anyDocument, anyText, generatedCable, mixedLineEndings, splicedSample, tokenSoup } from './arbitraries';
import { assertProperty } from './fuzz';
import { assertRangesInside, diagnose } from './invariants';

const kinds = { 'generated cables': generatedCable, 'mixed line endings and BOM': mixedLineEndings, 'spliced samples': splicedSample, 'token soup': tokenSoup, 'arbitrary strings': anyText };

describe('parser and checker on any text', () => {
  for (const [kind, documents] of Object.entries(kinds)) {
    it(`${kind}: parses without throwing and prints back byte for byte, with either slashed-date order`, () => {
      assertProperty(
        fc.property(documents, (text) => {
          assert.equal(printTree(parseCable(text)), text);
          assert.equal(printTree(parseCable(text, { slashedDates: 'day-first' })), text);
        }),
        150,
      );
    });

    it(`${kind}: every diagnostic range lies inside the document, start before end`, () => {
      assertProperty(
        fc.property(documents, (text) => assertRangesInside(text, diagnose(text))),
        150,
      );
    });
  }

  it('checking is deterministic: the same text gives the same diagnostics from a fresh service', () => {
    assertProperty(
      fc.property(anyDocument, (text) => assert.deepEqual(diagnose(text), diagnose(text))),
      100,
    );
  });
});
