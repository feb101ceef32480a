/**
 * Garbage-collection pauses of a process as wall-clock intervals, so a slow
 * request can be told apart by what it met: a pause in the server, one in
 * the bench's own client, or neither. Times are milliseconds since the epoch
 * (`performance.timeOrigin` plus the entry's start), which both processes on
 * one machine share.
 */
import { PerformanceObserver, constants, type PerformanceEntry } from 'node:perf_hooks';

export interface Pause {
  start: number;
  ms: number;
  kind: 'minor' | 'major' | 'incremental' | 'weak callbacks' | 'other';
}

export interface PauseRecorder {
  readonly pauses: Pause[];
  stop(): void;
}

export function recordPauses(): PauseRecorder {
  const pauses: Pause[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) pauses.push({ start: performance.timeOrigin + entry.startTime, ms: entry.duration, kind: kindOf(entry) });
  });
  observer.observe({ entryTypes: ['gc'] });
  return { pauses, stop: () => observer.disconnect() };
}

function kindOf(entry: PerformanceEntry): Pause['kind'] {
  // Node sets `detail.kind` on gc entries; this @types/node does not declare it.
  switch ((entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind) {
    case constants.NODE_PERFORMANCE_GC_MINOR:
      return 'minor';
    case constants.NODE_PERFORMANCE_GC_MAJOR:
      return 'major';
    case constants.NODE_PERFORMANCE_GC_INCREMENTAL:
      return 'incremental';
    case constants.NODE_PERFORMANCE_GC_WEAKCB:
      return 'weak callbacks';
    default:
      return 'other';
  }
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
