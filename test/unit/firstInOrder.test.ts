/** The first items in order without a full sort: the same as sorting all (stably) and taking the first. */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { FirstInOrder } from '../../server/src/service/features/firstInOrder';

test('equals a stable sort and slice, ties and all, for any count', () => {
  let seed = 3;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const byScore = (a: { score: number }, b: { score: number }): number => b.score - a.score;
  for (let round = 0; round < 200; round++) {
    const items = Array.from({ length: Math.floor(random() * 60) }, (_, id) => ({ id, score: Math.floor(random() * 8) }));
    const count = 1 + Math.floor(random() * 12);
    const first = new FirstInOrder(count, byScore);
    for (const item of items) first.offer(item);
    assert.deepEqual(first.items, [...items].sort(byScore).slice(0, count), `round ${round}`);
  }
});

test('takes says whether an item would make the list, before it is offered', () => {
  const first = new FirstInOrder<number>(2, (a, b) => a - b);
  assert.equal(first.takes(9), true);
  first.offer(5);
  first.offer(3);
  assert.equal(first.takes(5), false, 'no better than the last');
  assert.equal(first.takes(4), true);
  first.offer(4);
  assert.deepEqual(first.items, [3, 4]);
});
