/**
 * The server yields with `setImmediate` (runner, checker, index, parse-ahead)
 * and cancels with `clearImmediate` (parse-ahead), which browsers lack.
 * Installed before the server starts, since the modules call them only later.
 *
 * A web worker has `MessageChannel`: a message to oneself runs after the
 * pending messages, as a Node immediate does, and is never delayed. A zero
 * timeout is the fallback: browsers hold nested timeouts back to 4 ms each
 * after the fifth, so a check of a large cable in forty steps would spend
 * 150 ms or more waiting between them.
 */
type Callback = (...args: unknown[]) => void;

interface Port {
  onmessage: ((event: { data: unknown }) => void) | null;
  postMessage(message: unknown): void;
}

export interface TimerScope {
  setTimeout(callback: Callback, ms: number, ...args: unknown[]): unknown;
  clearTimeout(handle: unknown): void;
  setImmediate?: (callback: Callback, ...args: unknown[]) => unknown;
  clearImmediate?: (handle: unknown) => void;
  MessageChannel?: new () => { port1: Port; port2: Port };
}

export function installImmediate(scope: TimerScope): void {
  if (scope.setImmediate && scope.clearImmediate) return;
  const immediates = scope.MessageChannel ? channelImmediates(new scope.MessageChannel()) : timeoutImmediates(scope);
  scope.setImmediate ??= immediates.set;
  scope.clearImmediate ??= immediates.clear;
}

interface Immediates {
  set(callback: Callback, ...args: unknown[]): unknown;
  clear(handle: unknown): void;
}

/** Each callback waits under a number, which is posted through the channel; clearing forgets the number. */
function channelImmediates({ port1, port2 }: { port1: Port; port2: Port }): Immediates {
  const pending = new Map<number, () => void>();
  let next = 0;
  port1.onmessage = (event) => {
    const run = pending.get(event.data as number);
    pending.delete(event.data as number);
    run?.();
  };
  return {
    set(callback, ...args) {
      const handle = ++next;
      pending.set(handle, () => callback(...args));
      port2.postMessage(handle);
      return handle;
    },
    clear(handle) {
      pending.delete(handle as number);
    },
  };
}

function timeoutImmediates(scope: TimerScope): Immediates {
  return {
    set: (callback, ...args) => scope.setTimeout(callback, 0, ...args),
    clear: (handle) => scope.clearTimeout(handle),
  };
}
