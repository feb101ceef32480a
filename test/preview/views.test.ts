/**
 * What the reader sees in each view and on paper, in headless Chromium:
 * the diplomatic view keeps every editorial bracket, the reading view
 * resolves them (no brackets, no [sic], notes in the margin), comments show
 * in neither; printing drops the diagnostics markers and prints black on
 * white whatever the theme.
 */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { Preview, browserSuite, readFixture, readSample } from './browser';

const session = browserSuite();

interface ViewShown {
  view: string | undefined;
  articleClass: string;
  text: string;
  brackets: number;
  visibleBrackets: number;
  noteFloat: string | null;
  gapBackground: string;
  certaintyLetter: string | null;
}

function shown(preview: Preview): Promise<ViewShown> {
  return preview.page.evaluate(() => {
    const note = document.querySelector('.annotation-note');
    const gap = document.querySelector('.mark-gap');
    return {
      view: document.body.dataset.view,
      articleClass: document.querySelector('article')?.className ?? '',
      text: document.body.innerText,
      brackets: document.querySelectorAll('.mark-bracket').length,
      visibleBrackets: Array.from(document.querySelectorAll('.mark-bracket')).filter((bracket) => bracket.getBoundingClientRect().width > 0).length,
      noteFloat: note ? getComputedStyle(note).float : null,
      gapBackground: gap ? getComputedStyle(gap).backgroundImage : '',
      certaintyLetter: document.querySelector('.certainty-letter')?.textContent ?? null,
    };
  });
}

test('the diplomatic view shows the brackets, the reading view resolves them; comments show in neither', async (t) => {
  const started = await session(t);
  if (!started) return;
  const preview = await Preview.open(started, { text: readFixture('views.cable'), viewport: { width: 1000, height: 800 } });
  t.after(() => preview.close());

  const diplomatic = await shown(preview);
  assert.equal(diplomatic.view, 'diplomatic');
  assert.match(diplomatic.articleClass, /\bview-diplomatic\b/);
  for (const typed of ['[BEIJING]', 'FILIPPOV [sic] from [illegible] with [unclear: some words] and [C% the Board].', '[Note: underlined in pencil]', '[Kuksa-bong?]', '[Stamp: Reported to Cde. Stalin', '[signature] (Makarov)']) {
    assert.ok(diplomatic.text.includes(typed), `diplomatic view lacks ${typed}`);
  }
  assert.ok(diplomatic.brackets > 0 && diplomatic.visibleBrackets === diplomatic.brackets, 'every bracket is drawn');
  assert.equal(diplomatic.noteFloat, 'none', 'a note stays in the line');

  await preview.setView('reading');
  const reading = await shown(preview);
  assert.equal(reading.view, 'reading');
  assert.match(reading.articleClass, /\bview-reading\b/);
  assert.equal(reading.brackets, 0);
  assert.doesNotMatch(reading.text, /[[\]]/, 'no bracket is left in the reading view');
  assert.doesNotMatch(reading.text, /\bsic\b/, '[sic] is dropped');
  for (const resolved of ['BEIJING', 'To Cde. FILIPPOV from illegible with some words and the Board', 'Kuksa-bong height', 'Reported to Cde. Stalin', 'signature (Makarov)']) {
    assert.ok(reading.text.includes(resolved), `reading view lacks ${resolved}`);
  }
  assert.equal(reading.noteFloat, 'right', 'a note stands in the margin');
  assert.match(reading.gapBackground, /repeating-linear-gradient/, 'a gap is drawn as a gap');
  assert.equal(reading.certaintyLetter, 'C');

  for (const [view, text] of [['diplomatic', diplomatic.text], ['reading', reading.text]] as const) {
    assert.doesNotMatch(text, /comment|%%/, `${view}: a comment is shown`);
  }
  assert.deepEqual(preview.pageErrors, []);
});

/** Whether the first block of `line` is at the top of the viewport. */
function lineAtTop(preview: Preview, line: number): Promise<boolean> {
  return preview.page.evaluate((line) => Math.abs(document.querySelector(`[data-line="${line}"]`)?.getBoundingClientRect().top ?? 99) < 1.5, line);
}

test('the worked example: [your] and [Hamonten] in the diplomatic view, plain in the reading view; a switch keeps the line', async (t) => {
  const started = await session(t);
  if (!started) return;
  // A panel restored at line 45, in the reading view.
  const preview = await Preview.open(started, { text: readSample('cable-25025.cable'), view: 'reading', line: 45, viewport: { width: 1000, height: 600 } });
  t.after(() => preview.close());
  assert.ok(await lineAtTop(preview, 45), 'the first render scrolls to the restored line');
  const reading = await shown(preview);
  assert.ok(reading.text.includes('for your information'));
  assert.ok(reading.text.includes('conference to Hamonten, the responsibility'));
  assert.ok(!reading.text.includes('Transcribed from the archive'), 'the comment is hidden');
  await preview.setView('diplomatic');
  assert.ok(await lineAtTop(preview, 45), 'the switch keeps the line at the top');
  const diplomatic = await shown(preview);
  assert.ok(diplomatic.text.includes('for [your] information'));
  assert.ok(diplomatic.text.includes('conference to [Hamonten], the responsibility'));
  assert.ok(!diplomatic.text.includes('Transcribed from the archive'), 'the comment is hidden');
});

test('printing hides the diagnostics markers and prints black on white, stamps kept', async (t) => {
  const started = await session(t);
  if (!started) return;
  const preview = await Preview.open(started, { text: readSample('cable-25025.cable'), theme: 'dark' });
  t.after(() => preview.close());
  const { page } = preview;

  const look = (): Promise<{ markers: Array<{ display: string; width: number }>; stamp: string; background: string; colour: string }> =>
    page.evaluate(() => ({
      markers: Array.from(document.querySelectorAll('.diagnostic')).map((marker) => ({ display: getComputedStyle(marker).display, width: marker.getBoundingClientRect().width })),
      stamp: getComputedStyle(document.querySelector('.stamp') as Element).display,
      background: getComputedStyle(document.body).backgroundColor,
      colour: getComputedStyle(document.querySelector('.cable') as Element).color,
    }));

  const screen = await look();
  assert.ok(screen.markers.length > 0);
  assert.ok(screen.markers.every((marker) => marker.display === 'inline-block' && marker.width > 0), 'markers show on screen');
  assert.equal(screen.background, 'rgb(30, 30, 30)');

  await page.emulateMedia({ media: 'print' });
  await page.waitForFunction(() => matchMedia('print').matches);
  const print = await look();
  assert.deepEqual(
    print.markers.filter((marker) => marker.display !== 'none' || marker.width !== 0),
    [],
    'a diagnostics marker is printed',
  );
  assert.equal(print.stamp, 'block', 'stamps are printed');
  assert.equal(print.background, 'rgb(255, 255, 255)');
  assert.equal(print.colour, 'rgb(0, 0, 0)');

  await page.emulateMedia({ media: 'screen' });
  await page.waitForFunction(() => !matchMedia('print').matches);
  assert.ok((await look()).markers.every((marker) => marker.display === 'inline-block'), 'markers come back on screen');
});
