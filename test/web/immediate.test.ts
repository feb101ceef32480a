/**
 * The web worker has no `setImmediate`/`clearImmediate`; the server's
 * browser entry installs both, on a message channel where the worker has
 * one (as every browser's does) and on timeouts otherwise, so a parse
 * scheduled for a document can be called off when it closes.
 */
import * as assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { MessageChannel } from 'node:worker_threads';
import { installImmediate, type TimerScope } from '../../server/src/browser/immediate';

interface Scope extends TimerScope {
  /** Zero timeouts set so far. */
  timeouts: number;
}

/** Node's channels, closed after each test: an open port would keep the test process alive. */
const channels: MessageChannel[] = [];

class ClosableChannel extends MessageChannel {
  constructor() {
    super();
    channels.push(this);
  }
}

afterEach(() => {
  for (const channel of channels.splice(0)) channel.port1.close();
});

function browserLikeScope(withChannel: boolean): Scope {
  const scope: Scope = {
    timeouts: 0,
    setTimeout: (callback, ms, ...args) => {
      scope.timeouts++;
      return setTimeout(callback, ms, ...args);
    },
    clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
  };
  if (withChannel) scope.MessageChannel = ClosableChannel as unknown as TimerScope['MessageChannel'];
  return scope;
}

for (const withChannel of [true, false]) {
  const kind = withChannel ? 'on a message channel' : 'on timeouts, without one';
  test(`installs setImmediate ${kind}, which runs the callbacks with their arguments on a later turn, in order`, async () => {
    const scope = browserLikeScope(withChannel);
    installImmediate(scope);
    const ran: unknown[][] = [];
    let sync = true;
    await new Promise<void>((resolve) => {
      scope.setImmediate?.((...args) => ran.push([sync, ...args]), 'a', 1);
      scope.setImmediate?.((...args) => ran.push([sync, ...args]), 'b');
      scope.setImmediate?.(() => resolve());
      sync = false;
    });
    assert.deepEqual(ran, [
      [false, 'a', 1],
      [false, 'b'],
    ]);
    assert.equal(scope.timeouts, withChannel ? 0 : 3);
  });

  test(`installs clearImmediate ${kind}, which calls off a pending callback and no other`, async () => {
    const scope = browserLikeScope(withChannel);
    installImmediate(scope);
    let calledOff = false;
    scope.clearImmediate?.(scope.setImmediate?.(() => (calledOff = true)));
    await new Promise((resolve) => scope.setImmediate?.(resolve));
    await new Promise((resolve) => setTimeout(resolve, 10));
    assert.equal(calledOff, false);
  });
}

test('keeps functions the scope already has', () => {
  const own = (): undefined => undefined;
  const scope = { ...browserLikeScope(true), setImmediate: own, clearImmediate: own };
  installImmediate(scope);
  assert.equal(scope.setImmediate, own);
  assert.equal(scope.clearImmediate, own);
});
