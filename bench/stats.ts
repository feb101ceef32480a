/** Small statistics over timings, in the units they were measured in. */

export function sorted(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/** The p-th percentile (0–100) by the nearest-rank method: a value that was actually measured. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const ordered = sorted(values);
  const rank = Math.ceil((p / 100) * ordered.length);
  return ordered[Math.min(ordered.length - 1, Math.max(0, rank - 1))];
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export function best(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : Math.min(...values);
}

/** Milliseconds since an arbitrary origin, with sub-millisecond resolution. */
export function now(): number {
  return performance.now();
}

/** Milliseconds `action` takes, run once. */
export function timed(action: () => unknown): number {
  const start = now();
  action();
  return now() - start;
}

/** Runs `action` `warmups` times unmeasured, then `runs` times; returns each measured duration in ms. */
export async function timeRuns(warmups: number, runs: number, action: () => unknown): Promise<number[]> {
  for (let i = 0; i < warmups; i++) await action();
  const durations: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = now();
    await action();
    durations.push(now() - start);
  }
  return durations;
}

export const megabyte = 1_000_000;

/** Throughput in MB/s (10^6 bytes) of `bytes` handled in `ms`. */
export function mbPerSecond(bytes: number, ms: number): number {
  return bytes / megabyte / (ms / 1000);
}
