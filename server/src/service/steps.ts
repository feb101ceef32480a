/**
 * Work done a step at a time is a generator that yields between steps (see
 * `checkTreeInSteps`, `factsInSteps`): a host that must stay responsive runs
 * it with pauses; everyone else runs it at once with `runToEnd`.
 */
export type Steps<T> = Generator<void, T, void>;

/** Blocks a feature reads in one step (folding ranges, the outline): in a large cable, a millisecond or two of work. */
export const blocksPerStep = 2_500;

/** The value of `steps` run one after the other, without a pause. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
