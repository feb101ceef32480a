import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { ScrollGuard, clampLine, topVisibleLine } from '../../client/src/preview/scrollSync';

test('the guard holds for its window, then lets scrolls through again', () => {
  let now = 1000;
  const guard = new ScrollGuard(() => now, 250);
  assert.equal(guard.held, false);
  guard.hold();
  assert.equal(guard.held, true);
  now += 249;
  assert.equal(guard.held, true);
  now += 1;
  assert.equal(guard.held, false);
});

test('topVisibleLine takes the first line of the first visible range, folded or not', () => {
  assert.equal(topVisibleLine([]), undefined);
  assert.equal(topVisibleLine([{ start: { line: 40 } }]), 40);
  assert.equal(topVisibleLine([{ start: { line: 40 } }, { start: { line: 12 } }]), 12);
});

test('clampLine keeps a line from the page inside the document', () => {
  assert.equal(clampLine(5, 10), 5);
  assert.equal(clampLine(12, 10), 9);
  assert.equal(clampLine(-3, 10), 0);
  assert.equal(clampLine(4.7, 10), 4);
  assert.equal(clampLine(Number.NaN, 10), 0);
  assert.equal(clampLine(3, 0), 0);
});
