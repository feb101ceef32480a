/**
 * LineFinder: the line of each offset, asked mostly in ascending order as a
 * walk of the tree asks, and sometimes back again, is the line a search of
 * every line start finds.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineFinder, lastStartingAtOrBefore } from '../../server/src/service/text/positions';
import { Random } from '../support/generate';

/** Line starts of a text of `lines` lines of 0 to 80 characters each. */
function lineStartsOf(random: Random, lines: number): number[] {
  const starts = [0];
  for (let line = 1; line < lines; line++) starts.push(starts[line - 1] + 1 + random.int(0, 80));
  return starts;
}

describe('LineFinder', () => {
  it('finds the line a full search finds, for offsets forward, backward, far and near, and past both ends', () => {
    const random = new Random(20261128);
    for (const lines of [1, 2, 3, 17, 1000]) {
      const starts = lineStartsOf(random, lines);
      const last = starts[starts.length - 1] + 100;
      const finder = new LineFinder(starts);
      let offset = 0;
      for (let ask = 0; ask < 2000; ask++) {
        // Mostly a little forward, as a walk goes; now and then back, or anywhere, or outside the text.
        const choice = random.int(0, 9);
        if (choice < 6) offset += random.int(0, 200);
        else if (choice < 8) offset -= random.int(0, 300);
        else offset = random.int(-5, last + 5);
        assert.equal(finder.lineOf(offset), lastStartingAtOrBefore(starts, offset), `${lines} lines, offset ${offset}`);
      }
    }
  });

  it('finds each line start on its own line, and the offset before it on the line before, in order', () => {
    const starts = [0, 5, 6, 6, 20, 100];
    const finder = new LineFinder(starts);
    const asked = [0, 4, 5, 6, 19, 20, 99, 100, 1000].map((offset) => finder.lineOf(offset));
    assert.deepEqual(asked, [0, 0, 1, 3, 3, 4, 4, 5, 5]);
  });
});
