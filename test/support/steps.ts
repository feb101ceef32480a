/** Work in steps (see server/src/service/steps.ts) run to the end by a test, counting its stops. */
import type { Steps } from '../../server/src/service/steps';

/** Runs the steps to the end; says how many times they stopped before it. */
export function runCountingStops<T>(steps: Steps<T>): { value: T; stops: number } {
  let stops = 0;
  for (let next = steps.next(); ; next = steps.next()) {
    if (next.done) return { value: next.value, stops };
    stops++;
  }
}
