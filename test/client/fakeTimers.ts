/** Hand-driven timers for the throttle and render loop: time moves only when a test says so. */
import type { Timers } from '../../client/src/preview/throttle';

interface Scheduled {
  at: number;
  callback: () => void;
}

export class FakeTimers implements Timers {
  now = 0;
  private readonly scheduled = new Map<number, Scheduled>();
  private nextHandle = 1;

  set(callback: () => void, ms: number): unknown {
    const handle = this.nextHandle++;
    this.scheduled.set(handle, { at: this.now + ms, callback });
    return handle;
  }

  clear(handle: unknown): void {
    this.scheduled.delete(handle as number);
  }

  get pending(): number {
    return this.scheduled.size;
  }

  /** Moves the clock and runs whatever fell due, in order, letting promises settle in between. */
  async advance(ms: number): Promise<void> {
    const end = this.now + ms;
    for (;;) {
      const due = [...this.scheduled.entries()].filter(([, item]) => item.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.scheduled.delete(due[0]);
      this.now = due[1].at;
      due[1].callback();
      await settle();
    }
    this.now = end;
    await settle();
  }
}

/** Lets every queued promise callback run (a few turns, for chains of awaits). */
export async function settle(): Promise<void> {
  for (let turn = 0; turn < 10; turn++) await Promise.resolve();
}

/** A promise the test resolves by hand, to hold a render "in flight". */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}
