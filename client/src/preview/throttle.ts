/**
 * Keeps rendering off the typing path. Edits ask for a render `later`; the
 * render runs once the delay has passed, however many edits came in between,
 * and never overlaps the previous one: while a render is in flight, further
 * requests are folded into one follow-up. On a 1 MB cable the server may take
 * a while, and this is what stops requests from piling up behind each other.
 */

/** Injected so tests can drive time by hand. */
export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

type Pending = 'none' | 'later' | 'now';

export class Throttle {
  private timer: unknown;
  private running = false;
  private pending: Pending = 'none';
  private disposed = false;

  constructor(
    private readonly task: () => Promise<void>,
    private readonly delayMs: number,
    private readonly onError: (error: unknown) => void = () => undefined,
    private readonly timers: Timers = realTimers,
  ) {}

  /** Runs as soon as possible: at once when idle, else right after the render in flight. */
  now(): void {
    if (this.disposed) return;
    if (this.running) {
      this.pending = 'now';
      return;
    }
    this.clearTimer();
    void this.run();
  }

  /** Runs after the delay; a request already waiting is not pushed back, so steady typing still renders. */
  later(): void {
    if (this.disposed) return;
    if (this.running) {
      if (this.pending === 'none') this.pending = 'later';
      return;
    }
    if (this.timer === undefined) this.timer = this.timers.set(() => this.fire(), this.delayMs);
  }

  get busy(): boolean {
    return this.running || this.timer !== undefined;
  }

  dispose(): void {
    this.disposed = true;
    this.pending = 'none';
    this.clearTimer();
  }

  private fire(): void {
    this.timer = undefined;
    if (!this.disposed) void this.run();
  }

  private async run(): Promise<void> {
    this.running = true;
    try {
      await this.task();
    } catch (error) {
      this.onError(error);
    } finally {
      this.running = false;
    }
    const pending = this.pending;
    this.pending = 'none';
    if (pending === 'now') this.now();
    else if (pending === 'later') this.later();
  }

  private clearTimer(): void {
    if (this.timer === undefined) return;
    this.timers.clear(this.timer);
    this.timer = undefined;
  }
}

/**
 * Numbers requests so a response can tell whether a newer request was made
 * since (another document, another view): only the latest one is applied.
 */
export class RequestSequence {
  private last = 0;

  next(): number {
    return ++this.last;
  }

  isLatest(ticket: number): boolean {
    return ticket === this.last;
  }

  /** Makes every ticket handed out so far stale. */
  invalidate(): void {
    this.last++;
  }
}
