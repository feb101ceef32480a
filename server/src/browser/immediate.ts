/**
 * The server yields with `setImmediate` (runner, checker, index, parse-ahead)
 * and cancels with `clearImmediate` (parse-ahead), which browsers lack. A
 * zero timeout is the same "after pending messages" turn. Installed before
 * the server starts, since the modules call them only later.
 */
type Callback = (...args: unknown[]) => void;

export interface TimerScope {
  setTimeout(callback: Callback, ms: number, ...args: unknown[]): unknown;
  clearTimeout(handle: unknown): void;
  setImmediate?: (callback: Callback, ...args: unknown[]) => unknown;
  clearImmediate?: (handle: unknown) => void;
}

export function installImmediate(scope: TimerScope): void {
  scope.setImmediate ??= (callback, ...args) => scope.setTimeout(callback, 0, ...args);
  scope.clearImmediate ??= (handle) => scope.clearTimeout(handle);
}
