import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { RequestSequence, Throttle } from '../../client/src/preview/throttle';
import { FakeTimers, deferred, settle } from './fakeTimers';

function counting(timers: FakeTimers, delay = 300): { throttle: Throttle; runs: () => number } {
  let runs = 0;
  const throttle = new Throttle(async () => void runs++, delay, undefined, timers);
  return { throttle, runs: () => runs };
}

test('now() runs at once; later() waits for the delay', async () => {
  const timers = new FakeTimers();
  const { throttle, runs } = counting(timers);
  throttle.now();
  await settle();
  assert.equal(runs(), 1);
  throttle.later();
  await timers.advance(299);
  assert.equal(runs(), 1);
  await timers.advance(1);
  assert.equal(runs(), 2);
});

test('a burst of edits gives one render, and steady typing is not starved', async () => {
  const timers = new FakeTimers();
  const { throttle, runs } = counting(timers);
  for (let i = 0; i < 50; i++) throttle.later();
  await timers.advance(300);
  assert.equal(runs(), 1);
  // An edit every 100 ms for 2 s: a debounce would never fire; the throttle fires every 300 ms.
  for (let i = 0; i < 20; i++) {
    throttle.later();
    await timers.advance(100);
  }
  assert.ok(runs() >= 6, `only ${runs()} renders`);
});

test('renders never overlap: requests during one fold into a single follow-up', async () => {
  const timers = new FakeTimers();
  const gate = deferred<void>();
  let active = 0;
  let maxActive = 0;
  let runs = 0;
  const throttle = new Throttle(
    async () => {
      runs++;
      active++;
      maxActive = Math.max(maxActive, active);
      if (runs === 1) await gate.promise;
      active--;
    },
    300,
    undefined,
    timers,
  );
  throttle.now();
  await settle();
  throttle.later();
  throttle.later();
  throttle.now();
  await timers.advance(1000);
  assert.equal(runs, 1, 'nothing runs while the first is in flight');
  gate.resolve();
  await settle();
  await timers.advance(1000);
  assert.equal(runs, 2);
  assert.equal(maxActive, 1);
});

test('a failing task is reported and the throttle keeps working', async () => {
  const timers = new FakeTimers();
  const errors: unknown[] = [];
  let runs = 0;
  const throttle = new Throttle(
    async () => {
      runs++;
      if (runs === 1) throw new Error('boom');
    },
    300,
    (error) => errors.push(error),
    timers,
  );
  throttle.now();
  await settle();
  throttle.now();
  await settle();
  assert.equal(runs, 2);
  assert.equal(errors.length, 1);
});

test('dispose cancels a waiting run and ignores later requests', async () => {
  const timers = new FakeTimers();
  const { throttle, runs } = counting(timers);
  throttle.later();
  throttle.dispose();
  throttle.now();
  await timers.advance(1000);
  assert.equal(runs(), 0);
  assert.equal(timers.pending, 0);
});

test('RequestSequence: only the newest ticket is current', () => {
  const sequence = new RequestSequence();
  const first = sequence.next();
  assert.ok(sequence.isLatest(first));
  const second = sequence.next();
  assert.ok(!sequence.isLatest(first));
  assert.ok(sequence.isLatest(second));
  sequence.invalidate();
  assert.ok(!sequence.isLatest(second));
});
