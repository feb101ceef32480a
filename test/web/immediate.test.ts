/**
 * The web worker has no `setImmediate`/`clearImmediate`; the server's
 * browser entry installs both on timeouts, so a parse scheduled for a
 * document can be called off when it closes.
 */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { installImmediate, type TimerScope } from '../../server/src/browser/immediate';

function browserLikeScope(): TimerScope {
  return { setTimeout: (callback, ms, ...args) => setTimeout(callback, ms, ...args), clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout) };
}

test('installs setImmediate, which runs the callback with its arguments on a later turn', async () => {
  const scope = browserLikeScope();
  installImmediate(scope);
  const ran = await new Promise<unknown[]>((resolve) => scope.setImmediate?.((...args) => resolve(args), 'a', 1));
  assert.deepEqual(ran, ['a', 1]);
});

test('installs clearImmediate, which calls off a pending callback', async () => {
  const scope = browserLikeScope();
  installImmediate(scope);
  let ran = false;
  scope.clearImmediate?.(scope.setImmediate?.(() => (ran = true)));
  await new Promise((resolve) => setTimeout(resolve, 10));
  assert.equal(ran, false);
});

test('keeps functions the scope already has', () => {
  const own = (): undefined => undefined;
  const scope = { ...browserLikeScope(), setImmediate: own, clearImmediate: own };
  installImmediate(scope);
  assert.equal(scope.setImmediate, own);
  assert.equal(scope.clearImmediate, own);
});
