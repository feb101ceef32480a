/**
 * The preview as the user drives it, in headless Chromium: the editor
 * scrolls the page to a line and the page scrolls the editor back, a
 * double-click opens the source line, the catalogue link goes to the
 * extension instead of navigating (and without VS Code's webview host
 * opening it as well), a
 * footnote reference scrolls to its note and back, and an edit patches the
 * page in place (no reload, scroll kept, an error banner cleared).
 */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { Preview, browserSuite, readSample, type PreviewWindow } from './browser';

const session = browserSuite();
const workedExample = readSample('cable-25025.cable');

/** Where the first element with `data-line` = line sits in the viewport. */
function topOfLine(preview: Preview, line: number): Promise<number> {
  return preview.page.evaluate((line) => {
    const element = document.querySelector(`[data-line="${line}"]`);
    if (!element) throw new Error(`no element has data-line ${line}`);
    return element.getBoundingClientRect().top;
  }, line);
}

/** Resolves after the page has painted twice: long enough for a per-frame scroll report to have been posted. */
function twoFrames(preview: Preview): Promise<void> {
  return preview.page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

test('scroll sync: scrollToLine brings the block to the top; the user scrolling reports the line at the top', async (t) => {
  const started = await session(t);
  if (!started) return;
  const preview = await Preview.open(started, { text: workedExample, viewport: { width: 1000, height: 700 } });
  t.after(() => preview.close());
  const { page } = preview;

  // The editor shows line 45 (a paragraph of the quoted telegram) at its top.
  const before = (await preview.received()).length;
  await preview.editorScrolledTo(45);
  await page.waitForFunction(() => {
    const top = document.querySelector('[data-line="45"]')?.getBoundingClientRect().top;
    return top !== undefined && Math.abs(top) < 1.5;
  });
  assert.equal(await page.evaluate(() => ((window as unknown as PreviewWindow).__state as { line: number }).line), 45, 'the line is saved for a reload');

  // A line between two blocks lands between them, proportionally, not on either.
  await preview.editorScrolledTo(46);
  await page.waitForFunction(() => (document.querySelector('[data-line="45"]')?.getBoundingClientRect().top ?? 0) < -1);
  assert.ok((await topOfLine(preview, 47)) > 1, 'line 46 is inside the block of line 45');

  // The page's own scrolling is not echoed back to the editor.
  await twoFrames(preview);
  assert.deepEqual((await preview.received()).slice(before).filter((message) => message.type === 'revealLine'), [], 'scrollToLine echoed a revealLine');

  // Then the user scrolls with the wheel, once the script's echo window is over.
  await preview.echoWindowPassed();
  const from = (await preview.received()).length;
  await page.mouse.move(500, 350);
  await page.mouse.wheel(0, 800);
  await preview.nextReceived('revealLine', from);
  // Reports come once a frame while the page moves; wait for the one that
  // matches where it came to rest: between the last block starting at or above
  // the top and the first starting below it.
  const settled = await page.waitForFunction(
    (from) => {
      const posted = (window as unknown as PreviewWindow).__posted.slice(from) as Array<{ type: string; line: number }>;
      const reported = posted.filter((message) => message.type === 'revealLine').at(-1)?.line;
      if (reported === undefined) return false;
      const blocks = Array.from(document.querySelectorAll('[data-line]')).map((element) => ({ line: Number(element.getAttribute('data-line')), top: element.getBoundingClientRect().top }));
      const above = Math.max(...blocks.filter((block) => block.top <= 1).map((block) => block.line));
      const below = Math.min(...blocks.filter((block) => block.top > 1).map((block) => block.line));
      return above <= reported && reported <= below ? { reported, above, below, scrollY: window.scrollY } : false;
    },
    from,
  );
  const rest = (await settled.jsonValue()) as { reported: number; above: number; below: number; scrollY: number };
  assert.ok(rest.scrollY > 0);
  assert.ok(rest.reported > 46, `scrolling down reports a later line than 46, got ${rest.reported}`);
});

test('click to source: a double-click posts openLine with the block line; a click on the source link posts openLink and stays', async (t) => {
  const started = await session(t);
  if (!started) return;
  const preview = await Preview.open(started, { text: workedExample, viewport: { width: 1000, height: 700 } });
  t.after(() => preview.close());
  const { page } = preview;
  let navigations = 0;
  page.on('framenavigated', () => navigations++);
  const url = page.url();

  let from = (await preview.received()).length;
  await page.dblclick('blockquote p[data-line="41"]');
  assert.deepEqual(await preview.nextReceived('openLine', from), { type: 'openLine', line: 41 });

  // Inside a header row: the nearest element with a line is the row.
  from = (await preview.received()).length;
  await page.dblclick('tr[data-line="19"] time');
  assert.deepEqual(await preview.nextReceived('openLine', from), { type: 'openLine', line: 19 });

  from = (await preview.received()).length;
  await page.click('.catalogue-card a.source-link');
  assert.deepEqual(await preview.nextReceived('openLink', from), { type: 'openLink', href: 'https://wilson-center.drivingcreative.com/document/117408' });
  // The page would have started navigating by now had the click not been stopped.
  await twoFrames(preview);
  assert.equal(page.url(), url);
  assert.equal(navigations, 0, 'the link navigated the webview');
  assert.equal(page.context().pages().length, 1, 'the link opened a window');
  // A middle click goes the same way: posted to the extension, which checks it, and no new window.
  from = (await preview.received()).length;
  await page.click('.catalogue-card a.source-link', { button: 'middle' });
  assert.deepEqual(await preview.nextReceived('openLink', from), { type: 'openLink', href: 'https://wilson-center.drivingcreative.com/document/117408' });
  await twoFrames(preview);
  assert.equal(page.context().pages().length, 1, 'the middle click opened a window');
  assert.deepEqual(preview.pageErrors, []);
});

test(
  "a link click is the preview's alone: VS Code's webview host does not open it a second time",
  async (t) => {
    const started = await session(t);
    if (!started) return;
    const preview = await Preview.open(started, { text: readSample('decrypt-venona.cable'), viewport: { width: 1000, height: 700 } });
    t.after(() => preview.close());
    const from = (await preview.received()).length;
    await preview.page.click('.catalogue-card a.source-link');
    await preview.nextReceived('openLink', from);
    await preview.page.click('sup.footnote-ref a[href="#note-i"]');
    assert.deepEqual(await preview.page.evaluate(() => (window as unknown as PreviewWindow).__hostLinkClicks), [], 'the webview host saw the clicks too');
  },
);

test('a footnote reference scrolls to its note inside the page', async (t) => {
  const started = await session(t);
  if (!started) return;
  const preview = await Preview.open(started, { text: readSample('decrypt-venona.cable'), viewport: { width: 1000, height: 500 } });
  t.after(() => preview.close());
  const { page } = preview;
  const url = page.url();

  const noteTop = await page.evaluate(() => document.getElementById('note-ii')?.getBoundingClientRect().top ?? 0);
  assert.ok(noteTop > 500, `the note starts below the fold, at ${noteTop}`);
  const from = (await preview.received()).length;
  await page.click('sup.footnote-ref a[href="#note-ii"]');
  // At the top of the viewport, or as near as the end of the page allows.
  await page.waitForFunction(() => {
    const top = document.getElementById('note-ii')?.getBoundingClientRect().top;
    const atEnd = Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight;
    return top !== undefined && (Math.abs(top) < 1.5 || (atEnd && top >= 0 && top < window.innerHeight));
  });
  assert.equal(page.url(), url, 'the fragment is not navigated to');
  // The click is cancelled, so `:target` never applies: the script marks the note instead.
  assert.equal(await page.evaluate(() => document.getElementById('note-ii')?.classList.contains('is-target')), true);

  // And the note's back-reference scrolls back up to the reference.
  await page.click('#note-ii a.note-backref');
  await page.waitForFunction(() => {
    const top = document.getElementById('ref-ii-1')?.getBoundingClientRect().top;
    return top !== undefined && Math.abs(top) < 1.5;
  });
  assert.equal(page.url(), url);
  assert.equal(await page.evaluate(() => document.querySelectorAll('.is-target').length), 1, 'only the reference is marked now');
  assert.deepEqual(
    (await preview.received()).slice(from).filter((message) => message.type === 'openLink'),
    [],
    'an in-page reference is not handed to the extension',
  );
});

test('an edit is patched into the page: no reload, unchanged blocks kept, scroll position kept', async (t) => {
  const started = await session(t);
  if (!started) return;
  const preview = await Preview.open(started, { text: workedExample, viewport: { width: 1000, height: 700 } });
  t.after(() => preview.close());
  const { page } = preview;
  let navigations = 0;
  page.on('framenavigated', () => navigations++);

  await preview.editorScrolledTo(45);
  await page.waitForFunction(() => Math.abs(document.querySelector('[data-line="45"]')?.getBoundingClientRect().top ?? 99) < 1.5);
  const before = await page.evaluate(() => {
    const page = window as unknown as PreviewWindow;
    page.__marker = 'set before the edit';
    page.__kept = document.querySelector('footer.cable-footer');
    return window.scrollY;
  });

  const edited = preview.text.replace('Please be guided by my instructions.', 'Please be guided by these instructions at once.');
  assert.notEqual(edited, preview.text);
  await preview.edit(edited);
  await page.waitForFunction(() => document.querySelector('[data-line="61"]')?.textContent === 'Please be guided by these instructions at once.');

  const after = await page.evaluate(() => {
    const page = window as unknown as PreviewWindow;
    return { marker: page.__marker, footerKept: page.__kept === document.querySelector('footer.cable-footer'), scrollY: window.scrollY };
  });
  assert.equal(after.marker, 'set before the edit', 'the page was reloaded');
  assert.ok(after.footerKept, 'an unchanged block was replaced instead of kept');
  assert.equal(after.scrollY, before, 'the edit moved the page');
  assert.equal(navigations, 0);
  // A failed render shows its message and keeps the last good one; the next render clears it.
  await preview.postMessage({ type: 'error', message: 'The server stopped.' });
  assert.equal(await page.locator('#cable-status').innerText(), 'The server stopped.');
  assert.ok(await page.locator('footer.cable-footer').isVisible(), 'the last render stays');
  await preview.edit(preview.text.replace('Copies printed: Eight', 'Copies printed: Nine'));
  await page.locator('#cable-status').waitFor({ state: 'hidden' });
  assert.equal(await page.evaluate(() => window.scrollY), before);

  const sent = preview.sentMessages.filter((message) => message.type === 'update').at(-1);
  assert.ok(sent?.type === 'update' && sent.line === undefined, 'an edit sends no line to scroll to');
  assert.equal((await preview.received()).filter((message) => message.type === 'ready').length, 1, 'the script started once');
});
