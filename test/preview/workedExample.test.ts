/**
 * The worked example (samples/cable-25025.cable) in the live preview, in
 * headless Chromium: the catalogue card, the stamp box, the quoted telegram
 * and its signature, the footer and the diagnostics markers are all there
 * and styled (so the stylesheet got past the CSP), and screenshots in the
 * Light+ and Dark+ themes go to docs/ for the README.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultSettings } from '../../server/src/service/index';
import { repoRoot } from '../support/paths';
import { Preview, browserSuite, languageService, readSample, type PreviewWindow, type Theme } from './browser';

const session = browserSuite();
const text = readSample('cable-25025.cable');
const screenshotsDir = path.join(repoRoot, 'docs');

interface Shown {
  cardTitle: string;
  cardSource: string | null;
  stampText: string;
  stampBorder: string;
  stampTransform: string;
  quoteStart: string;
  quoteSignature: string;
  lastSignature: string;
  signatureAlign: string;
  footerText: string;
  markers: Array<{ title: string; label: string | null; className: string; width: number }>;
  background: string;
  violations: string[];
}

test('the worked example renders as a typed sheet: card, stamp, quote with signature, footer, diagnostics', async (t) => {
  const started = await session(t);
  if (!started) return;
  const preview = await Preview.open(started, { text, theme: 'light' });
  t.after(() => preview.close());

  const shown: Shown = await preview.page.evaluate(() => {
    const one = (selector: string): Element => {
      const found = document.querySelectorAll(selector);
      if (found.length !== 1) throw new Error(`${found.length} elements match ${selector}`);
      return found[0];
    };
    const textOf = (selector: string): string => (one(selector) as HTMLElement).innerText;
    const stamp = one('header .stamp');
    const signatures = Array.from(document.querySelectorAll<HTMLElement>('p.signature'));
    return {
      cardTitle: textOf('.catalogue-card .card-title'),
      cardSource: one('.catalogue-card a.source-link').getAttribute('href'),
      stampText: (stamp as HTMLElement).innerText,
      stampBorder: getComputedStyle(stamp).borderTopStyle,
      stampTransform: getComputedStyle(stamp).transform,
      quoteStart: textOf('blockquote.quoted-telegram').slice(0, 40),
      quoteSignature: textOf('blockquote.quoted-telegram p.signature'),
      lastSignature: signatures[signatures.length - 1].innerText,
      signatureAlign: getComputedStyle(signatures[0]).textAlign,
      footerText: textOf('footer.cable-footer'),
      markers: Array.from(document.querySelectorAll<HTMLElement>('.diagnostic')).map((marker) => ({
        title: marker.title,
        label: marker.getAttribute('aria-label'),
        className: marker.className,
        width: marker.getBoundingClientRect().width,
      })),
      background: getComputedStyle(document.body).backgroundColor,
      violations: (window as unknown as PreviewWindow).__violations,
    };
  });

  assert.equal(shown.cardTitle, 'Cable No. 25025, Mao Zedong to Filippov [Stalin]');
  assert.equal(shown.cardSource, 'https://wilson-center.drivingcreative.com/document/117408');
  assert.equal(shown.stampText, '[Stamp: SUBJECT TO RETURN\nto the IV Unit OS VKP(b) CC\n757\nIncoming № 254/3612/shs 19 October 1951]');
  // Styled from media/preview.css: the stylesheet was served and the CSP let it in.
  assert.equal(shown.stampBorder, 'double');
  assert.notEqual(shown.stampTransform, 'none', 'a stamp is set a little crooked');
  assert.ok(shown.quoteStart.startsWith('"Cde. Le Kenong, copy to Cdes.'), shown.quoteStart);
  assert.equal(shown.quoteSignature, 'MAO ZEDONG 0530 18 October"');
  assert.equal(shown.lastSignature, 'MAO ZEDONG');
  assert.equal(shown.signatureAlign, 'right');
  for (const entry of ['Deciphered', 'Fedyaev 1205 19 October', 'Copies printed', 'Eight', 'Section Chief Colonel [signature] (Makarov)']) {
    assert.ok(shown.footerText.includes(entry), `the footer lacks ${entry}: ${shown.footerText}`);
  }

  // One marker per diagnostic, each with the code and message as its tooltip and a visible glyph.
  const diagnostics = languageService.getDiagnostics(TextDocument.create('file:///archive/worked-example.cable', 'cable', 1, text), defaultSettings);
  assert.ok(diagnostics.length > 0, 'the worked example has diagnostics to show');
  assert.equal(shown.markers.length, diagnostics.length);
  const expectedTitles = diagnostics.map((diagnostic) => `${String(diagnostic.code)}: ${diagnostic.message}`).sort();
  assert.deepEqual(shown.markers.map((marker) => marker.title).sort(), expectedTitles);
  for (const marker of shown.markers) {
    assert.match(marker.className, /\bdiagnostic-(error|warning|info|hint)\b/);
    assert.ok(marker.label?.endsWith(marker.title), `aria-label ${marker.label} should carry the message`);
    assert.ok(marker.width > 0, `marker ${marker.title} is not drawn`);
  }

  assert.equal(shown.background, 'rgb(255, 255, 255)', 'the Light+ editor background');
  assert.deepEqual(shown.violations, [], 'the shell, its script and its stylesheet load under the CSP');
  assert.deepEqual(preview.pageErrors, []);
  assert.deepEqual(preview.dialogs, []);
});

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${file} is not a PNG`);
  assert.equal(bytes.toString('latin1', 12, 16), 'IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

for (const theme of ['light', 'dark'] as const satisfies readonly Theme[]) {
  test(`screenshot in the ${theme} theme: docs/preview-${theme}.png`, async (t) => {
    const started = await session(t);
    if (!started) return;
    const preview = await Preview.open(started, { text, theme, viewport: { width: 1000, height: 1400 } });
    t.after(() => preview.close());

    const colours = await preview.page.evaluate(() => ({ background: getComputedStyle(document.body).backgroundColor, text: getComputedStyle(document.querySelector('.cable') as Element).color }));
    assert.deepEqual(colours, theme === 'dark' ? { background: 'rgb(30, 30, 30)', text: 'rgb(212, 212, 212)' } : { background: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)' });

    // Fonts settle before the picture; the page has no web fonts, but this is cheap and exact.
    await preview.page.evaluate(() => document.fonts.ready.then(() => undefined));
    const file = path.join(screenshotsDir, `preview-${theme}.png`);
    mkdirSync(screenshotsDir, { recursive: true });
    const written = Date.now();
    await preview.page.screenshot({ path: file, fullPage: true });

    const stats = statSync(file);
    assert.ok(stats.mtimeMs >= written - 1000, `${file} was not (re)written`);
    // A blank or nearly blank page compresses to a few kilobytes; a typed sheet does not.
    assert.ok(stats.size > 40_000, `${file} is only ${stats.size} bytes`);
    const size = pngSize(file);
    assert.equal(size.width, 1000);
    const pageHeight = await preview.page.evaluate(() => document.documentElement.scrollHeight);
    assert.equal(size.height, pageHeight, 'the whole sheet, down to the footer');
    assert.ok(size.height >= 1400);
  });
}
