/**
 * Floors under the "right after an edit" figures, taken with the server gone:
 * what this machine does with no parser and no protocol in it, right after
 * the same pause the typing suite leaves between edits.
 *
 * - A fixed loop of arithmetic that allocates nothing. Timed hot as well, so
 *   the figure shows what the pause alone costs: on a virtual machine the
 *   core the process wakes up on runs slowly for a while.
 * - Making the next version of the typing document's text as one flat
 *   string, which the server's document does on every change (and the parser
 *   reads): no request right after an edit can be quicker. The text of the
 *   10,000-line cable holds characters past Latin-1, so each version is about
 *   1 MB of two-byte characters, a new large object on pages the process has
 *   not touched yet.
 *
 * Each sample is the first work after its own pause, as a request is.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { Random } from '../test/support/generate';
import type { Figure } from './report';
import { median, percentile, timed } from './stats';

const suite = 'typing';
const loopLength = 200_000;

export async function afterPauseFloors(text: string, pauseMs: number, samples: number, overMs: number): Promise<Figure[]> {
  const numbers = Float64Array.from({ length: loopLength }, (_, index) => index);
  // Warmed up first, so every sample runs optimised code.
  for (let i = 0; i < 50; i++) fixedLoop(numbers);
  const hotLoop: number[] = [];
  for (let i = 0; i < samples; i++) hotLoop.push(timed(() => fixedLoop(numbers)));
  const loop: number[] = [];
  const versions: number[] = [];
  const random = new Random(13);
  let current = text;
  for (let i = 0; i < samples; i++) {
    await sleep(pauseMs);
    loop.push(timed(() => fixedLoop(numbers)));
    await sleep(pauseMs);
    const at = random.int(0, current.length - 1);
    versions.push(
      timed(() => {
        // The concatenation is lazy; reading a character makes V8 copy it into one flat string.
        const next = `${current.slice(0, at)}e${current.slice(at)}`;
        next.charCodeAt(at);
        current = next;
      }),
    );
  }
  const over = (durations: number[]): string => `${durations.filter((ms) => ms > overMs).length} of ${durations.length} over ${overMs} ms`;
  return [
    {
      suite,
      name: `floor: a fixed loop, no allocation, after a ${pauseMs} ms pause, p99`,
      value: percentile(loop, 99),
      unit: 'ms',
      note: `p50 ${median(loop).toFixed(2)} ms; without the pause p50 ${median(hotLoop).toFixed(2)}, p99 ${percentile(hotLoop, 99).toFixed(2)} ms; ${over(loop)}`,
    },
    {
      suite,
      name: `floor: the next version of the text as one flat string, after a ${pauseMs} ms pause, p99`,
      value: percentile(versions, 99),
      unit: 'ms',
      note: `p50 ${median(versions).toFixed(2)} ms, ${(text.length / 1e6).toFixed(2)} M chars; ${over(versions)}`,
    },
  ];
}

/** A sum over the array: a fixed amount of work that allocates nothing, returned so it is not optimised away. */
function fixedLoop(numbers: Float64Array): number {
  let sum = 0;
  for (let index = 0; index < numbers.length; index++) sum += numbers[index] * 1.0001;
  return sum;
}
