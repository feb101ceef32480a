/**
 * When to push diagnostics: at once after a document opens (the user is
 * waiting), ~150 ms after the last keystroke while typing (checking every
 * version would queue work the user never sees).
 */
export const typingDelayMs = 150;

/**
 * When to check ahead of that: once typing has paused this long, the check
 * runs, and its diagnostics wait for `typingDelayMs` to be sent. They then
 * appear as soon as they are due, instead of a check's time after it, and
 * still never mid-word.
 */
export const checkAheadDelayMs = 50;

interface Pending {
  timer: NodeJS.Timeout;
  immediate: boolean;
}

export class DiagnosticsScheduler {
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly check: (uri: string) => void,
    private readonly delayMs = typingDelayMs,
  ) {}

  /** Checks on the next turn of the event loop. */
  now(uri: string): void {
    this.set(uri, 0, true);
  }

  /** Checks after a quiet period; a pending immediate check already covers it (it reads the version current when it runs). */
  later(uri: string, delayMs = this.delayMs): void {
    if (this.pending.get(uri)?.immediate) return;
    this.set(uri, delayMs, false);
  }

  /** Checks again soon, unless a check is already pending (a typing pause wins: no check mid-word). */
  recheck(uri: string): void {
    if (!this.pending.has(uri)) this.set(uri, 0, false);
  }

  cancel(uri: string): void {
    const pending = this.pending.get(uri);
    if (pending) clearTimeout(pending.timer);
    this.pending.delete(uri);
  }

  dispose(): void {
    for (const uri of [...this.pending.keys()]) this.cancel(uri);
  }

  private set(uri: string, delayMs: number, immediate: boolean): void {
    this.cancel(uri);
    const timer = setTimeout(() => {
      this.pending.delete(uri);
      this.check(uri);
    }, delayMs);
    this.pending.set(uri, { timer, immediate });
  }
}

/** Calls `action` once, `delayMs` after the last `trigger()`: for work caused by bursts of events. */
export class Debouncer {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly action: () => void,
    private readonly delayMs: number,
  ) {}

  trigger(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.action();
    }, this.delayMs);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
