/**
 * Look-ups over a tree's facts halve their lists (`followedBySic`, the time
 * groups' years), which is only right when each list is in document order.
 * For any document they must be, and `followedBySic` must agree with a look
 * at every `[sic]` in turn.
 */
import * as assert from 'node:assert/strict';
import { it } from 'node:test';
import * as fc from 'fast-check';
import { factsInSteps, factsOf, followedBySic } from '../../server/src/service/analysis/facts';
import { parseCable } from '../../server/src/service/index';
import type { CableTree, TextRange } from '../../server/src/service/parser/tree';
import { anyDocument } from './arbitraries';
import { assertProperty } from './fuzz';
import { factsByOtherWalks } from '../support/facts';
import { runCountingStops } from '../support/steps';

/** Names, marks and [sic] close together, nested in marks and quotes, so the first [sic] after a name is often not the first after it in the list. */
const piece = fc.constantFrom('Cde. Li Kenong', 'Le Kenong', ' [sic]', '[sic]', ' ', '\n', '\n\n', '"', '[Margin: ', ']', 'word', ' № 5', '19 October 1951');
const sicDocument = fc.array(piece, { maxLength: 60 }).map((pieces) => `Cable: № 1\n\n${pieces.join('')}\n`);

function inOrder(list: readonly TextRange[]): boolean {
  return list.every((item, index) => index === 0 || list[index - 1].start <= item.start);
}

/** The first [sic] at or after `end`, found by looking at every one. */
function followedBySicByScan(tree: CableTree, end: number): boolean {
  const sic = factsOf(tree).sicMarks.find((mark) => mark.start >= end);
  return sic !== undefined && tree.text.slice(end, sic.start).trim() === '';
}

it('the facts’ lists are in document order, and followedBySic finds the [sic] a scan finds', () => {
  assertProperty(
    fc.property(fc.oneof(anyDocument, sicDocument), (text) => {
      const tree = parseCable(text);
      const facts = factsOf(tree);
      for (const [name, list] of Object.entries({ marks: facts.marks, sicMarks: facts.sicMarks, names: facts.names, numberSigns: facts.numberSigns, timeGroups: facts.timeGroups, fields: facts.fields })) {
        assert.ok(inOrder(list), `${name} out of order`);
      }
      for (let end = 0; end <= text.length; end++) assert.equal(followedBySic(tree, facts, end), followedBySicByScan(tree, end), `at ${end}`);
    }),
    200,
  );
});

it('the facts gathered a step at a time are the facts gathered at once and those other walks find, and become the tree’s', () => {
  assertProperty(
    fc.property(fc.oneof(anyDocument, sicDocument), (text) => {
      const tree = parseCable(text);
      const { value } = runCountingStops(factsInSteps(tree));
      assert.deepEqual(value, factsOf(parseCable(text)));
      assert.equal(factsOf(tree), value);
      // factsOf runs the same steps: both are held to the facts other walks find.
      assert.deepEqual(value, factsByOtherWalks(tree));
    }),
    200,
  );
});
