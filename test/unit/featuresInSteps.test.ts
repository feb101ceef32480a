/**
 * The features the editor asks for whenever typing pauses, which the server
 * runs a step at a time (folding ranges, the outline): in steps they stop
 * several times in a large cable, none in a small one, and give exactly
 * what they give at once.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { describe, it } from 'node:test';
import { mergeSettings, neverCancelled, parseCable } from '../../server/src/service/index';
import type { FeatureContext } from '../../server/src/service/features/context';
import { foldingRangesInSteps, getFoldingRanges } from '../../server/src/service/features/folding';
import { documentSymbolsInSteps, getDocumentSymbols } from '../../server/src/service/features/symbols';
import type { CableTree } from '../../server/src/service/parser/tree';
import type { Steps } from '../../server/src/service/steps';
import { generateCableOfLines } from '../support/generate';
import { workedExample } from '../support/paths';
import { runCountingStops } from '../support/steps';

const context: FeatureContext = { settings: mergeSettings(), names: undefined, uri: 'file:///steps.cable', token: neverCancelled };
const large = generateCableOfLines(20261128, 100_000);
const small = fs.readFileSync(workedExample, 'utf8');

const features: Array<[name: string, atOnce: (tree: CableTree) => unknown, inSteps: (tree: CableTree) => Steps<unknown>]> = [
  ['folding ranges', (tree) => getFoldingRanges(tree, context), (tree) => foldingRangesInSteps(tree, context)],
  ['the outline', (tree) => getDocumentSymbols(tree, context), (tree) => documentSymbolsInSteps(tree, context)],
];

describe('features in steps', () => {
  for (const [name, atOnce, inSteps] of features) {
    it(`${name}: a 100,000-line cable in several steps, the same as at once`, () => {
      const { value, stops } = runCountingStops(inSteps(parseCable(large)));
      assert.ok(stops >= 3, `${stops} stops`);
      assert.deepEqual(value, atOnce(parseCable(large)));
    });

    it(`${name}: the worked example in one step, the same as at once`, () => {
      const { value, stops } = runCountingStops(inSteps(parseCable(small)));
      assert.equal(stops, 0);
      assert.deepEqual(value, atOnce(parseCable(small)));
    });
  }
});
