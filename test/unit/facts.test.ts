/**
 * The facts of a large cable gathered in steps, as the server does while a
 * transcriber types: several steps, the same facts as at once and as other
 * walks of the tree find, and facts asked for between the steps are the
 * ones the steps end with.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { factsInSteps, factsOf } from '../../server/src/service/analysis/facts';
import { parseCable } from '../../server/src/service';
import { factsByOtherWalks } from '../support/facts';
import { generateCableOfLines } from '../support/generate';
import { runCountingStops } from '../support/steps';

const large = generateCableOfLines(20261128, 60_000);

describe('factsInSteps', () => {
  it('gathers a large cable’s facts in several steps, equal to those gathered at once', () => {
    const tree = parseCable(large);
    const { value, stops } = runCountingStops(factsInSteps(tree));
    assert.ok(stops >= 3, `${stops} stops`);
    assert.deepEqual(value, factsOf(parseCable(large)));
    assert.equal(factsOf(tree), value);
    // factsOf runs the same steps: both are held to the facts other walks find.
    assert.deepEqual(value, factsByOtherWalks(tree));
  });

  it('ends with the facts a feature asked for between its steps, so a tree has one set of facts', () => {
    const tree = parseCable(large);
    const steps = factsInSteps(tree);
    steps.next();
    const asked = factsOf(tree);
    let step = steps.next();
    while (!step.done) step = steps.next();
    assert.equal(step.value, asked);
  });

  it('takes no step for a tree whose facts are gathered already', () => {
    const tree = parseCable(large);
    const facts = factsOf(tree);
    const step = factsInSteps(tree).next();
    assert.equal(step.done, true);
    assert.equal(step.value, facts);
  });
});
