/**
 * Settings shared by the property tests: a fixed seed, so a default run is
 * the same every time (CI stays deterministic), and a way to run longer.
 *
 *   CABLE_FUZZ_RUNS=5000 node --test out/test/property/   (more cases per property)
 *   CABLE_FUZZ_SEED=123 ...                                (other cases)
 *
 * A failure prints fast-check's seed and path, which replay the exact case.
 */
import * as fc from 'fast-check';

export const fuzzSeed = Number(process.env.CABLE_FUZZ_SEED ?? 20251127);

/** Cases per property: `defaultRuns` (kept small so the suite stays fast) unless CABLE_FUZZ_RUNS says otherwise. */
export function runs(defaultRuns: number): number {
  const requested = Number(process.env.CABLE_FUZZ_RUNS);
  return Number.isInteger(requested) && requested > 0 ? requested : defaultRuns;
}

export function assertProperty<T>(property: fc.IProperty<T>, defaultRuns: number): void {
  fc.assert(property, { seed: fuzzSeed, numRuns: runs(defaultRuns) });
}

/** The same for a property whose cases are asynchronous. */
export async function assertAsyncProperty<T>(property: fc.IAsyncProperty<T>, defaultRuns: number): Promise<void> {
  await fc.assert(property, { seed: fuzzSeed, numRuns: runs(defaultRuns) });
}
