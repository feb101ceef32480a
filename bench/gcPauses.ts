/**
 * Garbage-collection pauses of a process as wall-clock intervals, so a slow
 * request can be told apart by what it met: a pause in the server, one in
 * the bench's own client, or neither. Times are milliseconds since the epoch
 * (`performance.timeOrigin` plus the entry's start), which both processes on
 * one machine share.
 */
import { PerformanceObserver } from 'node:perf_hooks';

export interface Pause {
  start: number;
  ms: number;
}

export interface PauseRecorder {
  readonly pauses: Pause[];
  stop(): void;
}

export function recordPauses(): PauseRecorder {
  const pauses: Pause[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) pauses.push({ start: performance.timeOrigin + entry.startTime, ms: entry.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  return { pauses, stop: () => observer.disconnect() };
}

/** The wall-clock time now, on the same scale as `Pause.start`. */
export function wallClock(): number {
  return performance.timeOrigin + performance.now();
}

export interface TimedRequest {
  start: number;
  ms: number;
}

/** How many of the requests slower than `slowerThan` overlapped a pause of the server, of the client, of both, or of neither. */
export function slowRequestCauses(requests: readonly TimedRequest[], slowerThan: number, server: readonly Pause[], client: readonly Pause[]): string {
  const slow = requests.filter((request) => request.ms > slowerThan);
  const counts = { server: 0, client: 0, both: 0, neither: 0 };
  for (const request of slow) {
    const inServer = server.some((pause) => overlaps(pause, request));
    const inClient = client.some((pause) => overlaps(pause, request));
    counts[inServer && inClient ? 'both' : inServer ? 'server' : inClient ? 'client' : 'neither']++;
  }
  return `${slow.length} over ${slowerThan} ms: ${counts.server} met a GC pause in the server, ${counts.client} in the bench client, ${counts.both} in both, ${counts.neither} neither`;
}

function overlaps(pause: Pause, request: TimedRequest): boolean {
  return pause.start < request.start + request.ms && pause.start + pause.ms > request.start;
}
