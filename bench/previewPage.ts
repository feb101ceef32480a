/// <reference lib="dom" />
/**
 * The last step before a transcriber sees an edit in the preview: the page
 * taking in the new fragment (parsing it, keeping the nodes that did not
 * change, laying the page out again), in headless Chromium as the preview
 * tests run it: the real `media/preview.js` under the panel's CSP. The
 * fragments are the ones the server sent the preview bench, in order.
 * Timed in the page, from the message to a forced layout; handing the text
 * to the page (VS Code's postMessage) is not in it. Added to each edit's
 * round trip through the server, it is what the preview's target is about:
 * how long after an edit the preview shows it. n/a without Chromium.
 */
import { existsSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { changeBetween } from '../server/src/service/text/changedSpan';
import { chromiumArgs, chromiumPath } from '../test/support/chromium';
import { installFakeHost } from '../test/preview/pageProbe';
import { MediaServer } from '../test/preview/previewServer';
import type { Figure } from './report';
import { median, percentile } from './stats';

const suite = 'preview';
const names = [
  'the preview page takes in the fragment as it opens, 1 MB, Chromium',
  'the preview page takes in the fragment after an edit, 1 MB, Chromium, p50',
  'an edit to the preview laid out: cable/render round trip + the page taking it in, 1 MB, p50',
];

export interface SentFragment {
  html: string;
  lineCount: number;
}

/**
 * `fragments[0]` is the opening render; each one after it follows an edit,
 * whose `cable/render` round trip took `roundTrips[i - 1]`.
 */
export async function pageFigures(fragments: readonly SentFragment[], roundTrips: readonly number[]): Promise<Figure[]> {
  if (!existsSync(chromiumPath)) return names.map((name) => ({ suite, name, value: undefined, unit: 'ms', note: `Chromium is not installed at ${chromiumPath}` }));
  const server = await MediaServer.start();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
    await page.addInitScript(installFakeHost, null);
    await page.goto(server.previewUrl(false));
    const durations: number[] = [];
    for (let version = 0; version < fragments.length; version++) durations.push(await takeIn(page, fragments[version], fragments[version - 1]?.html, version + 1));
    const [opening, ...afterEdits] = durations;
    const shown = afterEdits.map((ms, index) => ms + roundTrips[index]);
    return [
      { suite, name: names[0], value: opening, unit: 'ms', note: `${(fragments[0].html.length / 1e6).toFixed(1)} M characters of HTML, all new to the page` },
      { suite, name: names[1], value: median(afterEdits), unit: 'ms', note: `p95 ${percentile(afterEdits, 95).toFixed(0)} ms over ${afterEdits.length} edits` },
      { suite, name: names[2], value: median(shown), unit: 'ms', target: { op: '<=', value: 100 }, note: `p95 ${percentile(shown, 95).toFixed(0)} ms; each edit's round trip and intake, measured one after the other` },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Posts one update as the render loop does (an edit of the fragment the page holds, when it holds one) and times it in the page, to the layout after it. */
function takeIn(page: Page, fragment: SentFragment, held: string | undefined, version: number): Promise<number> {
  const change = held === undefined ? { html: fragment.html } : { edit: changeBetween(held, fragment.html) };
  return page.evaluate(
    ({ change, lineCount, version }) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        // Added after preview.js's own listener, so it runs once the page has taken the update in.
        const done = (): void => {
          window.removeEventListener('message', done);
          void document.body.offsetHeight;
          resolve(performance.now() - start);
        };
        window.addEventListener('message', done);
        window.postMessage({ type: 'update', uri: 'file:///preview.cable', version, ...change, lineCount, view: 'diplomatic', locked: false, paper: false }, '*');
      }),
    { change, lineCount: fragment.lineCount, version },
  );
}
