/**
 * The workspace index reads a file's names without the rest of the inline
 * pass (parser/namesPass.ts): for any text, they must be the names a full
 * parse lists, in the same order, with the same offsets, spellings, keys
 * and titles.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as fc from 'fast-check';
import { namesOf, parseCable } from '../../server/src/service/index';
import { namesOfCable } from '../../server/src/service/parser/namesPass';
import { anyDocument, generatedCable, mixedLineEndings, splicedSample } from './arbitraries';
import { assertProperty } from './fuzz';

const documents = { 'generated cables': generatedCable, 'mixed line endings and BOM': mixedLineEndings, 'spliced samples': splicedSample, 'any text': anyDocument };

describe('the names pass finds the names of a full parse', () => {
  for (const [kind, arbitrary] of Object.entries(documents)) {
    it(kind, () => {
      assertProperty(
        fc.property(arbitrary, (text) => {
          assert.deepEqual(namesOfCable(text), namesOf(parseCable(text)));
        }),
        200,
      );
    });
  }
});
