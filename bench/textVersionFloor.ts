/**
 * The floor under the "right after an edit" figures: what it costs this
 * machine only to hold the next version of the typing document's text as one
 * flat string, after the same pause the typing suite leaves between edits.
 * The server's document makes such a string on every change (and the parser
 * reads it), so no request right after an edit can be quicker than this.
 *
 * The text of the 10,000-line cable holds characters past Latin-1, so each
 * version is about 1 MB of two-byte characters: a new large object, on pages
 * the process has not touched yet. On a virtual machine those page faults,
 * and the pauses the thread meets while taking them, make the tail of this
 * figure, with no parsing and no protocol in it at all.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { Random } from '../test/support/generate';
import type { Figure } from './report';
import { median, now, percentile } from './stats';

export async function textVersionFloor(text: string, pauseMs: number, samples: number, overMs: number): Promise<Figure> {
  const random = new Random(13);
  let current = text;
  const durations: number[] = [];
  for (let i = 0; i < samples; i++) {
    await sleep(pauseMs);
    const at = random.int(0, current.length - 1);
    const start = now();
    // The concatenation is lazy; reading a character makes V8 copy it into one flat string.
    const next = `${current.slice(0, at)}e${current.slice(at)}`;
    next.charCodeAt(at);
    durations.push(now() - start);
    current = next;
  }
  const over = durations.filter((ms) => ms > overMs).length;
  return {
    suite: 'typing',
    name: `floor: the next version of the text as one flat string, after a ${pauseMs} ms pause, p99`,
    value: percentile(durations, 99),
    unit: 'ms',
    note: `p50 ${median(durations).toFixed(2)} ms, ${samples} versions of ${(text.length / 1e6).toFixed(2)} M chars; ${over} over ${overMs} ms`,
  };
}
