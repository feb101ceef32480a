/**
 * A hostile cable in the browser: script tags, event-handler attributes,
 * `</style>`, attribute break-outs and `javascript:` URLs in every place text
 * can stand (catalogue title, values and source, fields, stamps, marks,
 * notes, the quote, the footer) must show as text and run nothing, in the
 * live preview (whose CSP would block inline scripts anyway, so the DOM is
 * checked too: what the CSP saves us from must not be there at all) and in
 * the standalone export page.
 *
 * The payloads spring a trap (`window.__pwned = true`, `document.title =
 * 'pwned'`, `alert`) if they ever run; dialogs, page errors, CSP violations
 * and requests are recorded as well.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { contentSecurityPolicy as exportPolicy } from '../../server/src/service/render/index';
import { defaultSettings } from '../../server/src/service/index';
import { Preview, browserSuite, inertness, languageService, mediaDir, readFixture, type PreviewWindow } from './browser';

const session = browserSuite();
const hostile = readFixture('hostile.cable');

/** Text the diplomatic view must show verbatim (each on one line of the page). */
const visiblePayloads = [
  `</title><script>window.__pwned=true</script> "><img src=x onerror="window.__pwned=true">`,
  `<img src=x onerror=document.title='pwned'>`,
  `</style><script>document.title='pwned'</script> ' onmouseover='window.__pwned=true`,
  'javascript:window.__pwned=true',
  `<a href="javascript:window.__pwned=true">archive link</a>`,
  `<svg onload=window.__pwned=true> <iframe src="javascript:alert('summary')"></iframe>`,
  `" autofocus onfocus="window.__pwned=true`,
  '<b onmouseover=window.__pwned=true>tag</b>',
  `javascript:alert('tag')`,
  '<script>window.__pwned=true</script> MINISTRY',
  `№ 1 "><img src=x onerror=window.__pwned=true>`,
  `<a href="javascript:alert('to')">to link</a>`,
  '</style><style>body{display:none}</style>',
  `[Stamp: <script>document.title='pwned'</script>`,
  `"><img src=x onerror=alert('stamp')>]`,
  `<p onclick="window.__pwned=true">Body</p> [<img src=x onerror=window.__pwned=true>] [Note: <script>alert('note')</script>] Footnote[i].`,
  `[unclear: javascript:window.__pwned=true] [Handwritten: </span></p><iframe src="javascript:parent.__pwned=true"></iframe>]`,
  `[C% <svg/onload=window.__pwned=true>] [Stamp: "><body onload=window.__pwned=true>] [Kim"><script>alert(1)</script>?]`,
  `"<iframe srcdoc="<script>parent.__pwned=true</script>"></iframe>`,
  '[i] <img src=x onerror=window.__pwned=true> javascript:window.__pwned=true',
];

interface Outcome {
  pwned: unknown;
  title: string;
  text: string;
  violations: string[];
}

function outcome(preview: { page: Preview['page'] }): Promise<Outcome> {
  return preview.page.evaluate(() => {
    const page = window as unknown as PreviewWindow;
    return { pwned: page.__pwned, title: document.title, text: document.body.innerText, violations: page.__violations ?? [] };
  });
}

function assertShownAsText(text: string, payloads: readonly string[]): void {
  for (const payload of payloads) assert.ok(text.includes(payload), `not shown as text: ${payload}`);
  assert.ok(!text.includes('a comment'), 'comments are not shown');
}

test('a hostile cable in the live preview shows as text and runs nothing, in both views', async (t) => {
  const started = await session(t);
  if (!started) return;
  const preview = await Preview.open(started, { text: hostile, viewport: { width: 1000, height: 900 } });
  t.after(() => preview.close());
  const scriptUrl = `${started.server.origin}/media/preview.js`;

  for (const view of ['diplomatic', 'reading'] as const) {
    if (view === 'reading') await preview.setView('reading');
    // Hover, focus and click everything, so that any handler that slipped through would fire.
    await preview.page.hover('.catalogue-card .card-title');
    await preview.page.hover('.card-tags .tag');
    await preview.page.click('.cable-body p');
    await preview.page.keyboard.press('Tab');
    const result = await outcome(preview);
    assert.equal(result.pwned, false, `${view}: a payload ran`);
    assert.equal(result.title, 'Cable Preview', `${view}: a payload set the title`);
    assert.deepEqual(result.violations, [], `${view}: the content tried to load or run something`);
    const found = await inertness(preview.page, scriptUrl);
    assert.deepEqual(found.scripts, [], `${view}: script elements beyond the shell's own`);
    assert.deepEqual(found.handlers, [], `${view}: event-handler attributes`);
    assert.deepEqual(found.unsafeUrls, [], `${view}: non-http(s) URLs`);
    assert.deepEqual(found.foreignElements, [], `${view}: elements the renderer never writes`);
    assert.equal(await preview.page.locator('a[href^="javascript:" i]').count(), 0);
    assert.equal(await preview.page.locator('script').count(), 1, "only the shell's nonced script");
    if (view === 'diplomatic') assertShownAsText(result.text, visiblePayloads);
    // The reading view drops brackets but not the text inside them.
    else for (const payload of ['<img src=x onerror=window.__pwned=true>', `<script>alert('note')</script>`, '<svg/onload=window.__pwned=true>']) assert.ok(result.text.includes(payload), `reading: ${payload}`);
  }

  // An error from the extension may quote the document: it is shown as text too.
  const errorText = `<img src=x onerror=window.__pwned=true> could not render "><script>alert('error')</script>`;
  await preview.postMessage({ type: 'error', message: errorText });
  const status = preview.page.locator('#cable-status');
  assert.equal(await status.isVisible(), true);
  assert.equal(await status.innerText(), errorText);
  assert.equal(await status.locator('*').count(), 0, 'the status holds text only');

  // The CSP is in force, not just present: a script the page did not get from us is refused.
  await preview.page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__pwned = true';
    document.head.append(script);
  });
  await preview.page.waitForFunction(() => (window as unknown as PreviewWindow).__violations.some((entry) => entry.startsWith('script-src')));
  assert.equal((await outcome(preview)).pwned, false, 'an inline script without the nonce ran');

  assert.deepEqual(preview.dialogs, [], 'a payload opened a dialog');
  assert.deepEqual(preview.pageErrors, []);
  const origin = started.server.origin;
  assert.deepEqual(
    preview.requests.filter((url) => url !== `${origin}/favicon.ico`),
    [`${origin}/preview`, `${origin}/media/preview.css`, scriptUrl],
    'the page loaded its shell, stylesheet and script, and nothing the content named',
  );
});

test('payloads typed into a paragraph reach the page as an edit of the lines it holds, and run nothing', async (t) => {
  const started = await session(t);
  if (!started) return;
  const preview = await Preview.open(started, { text: 'From: Moscow\nTo: Beijing\n\nFirst paragraph.\n\nSecond paragraph.\n' });
  t.after(() => preview.close());
  const payloads = ['<img src=x onerror=window.__pwned=true>', '</p><script>window.__pwned=true</script>', '<svg/onload=window.__pwned=true>'];
  for (const payload of payloads) {
    await preview.edit(preview.text.replace('First paragraph.', `First paragraph. ${payload}`));
    const sent = preview.sentMessages.at(-1);
    assert.ok(sent?.type === 'update' && sent.edit !== undefined, 'the payload went as an edit');
    await preview.page.locator('.cable-body p').first().click();
  }
  const result = await outcome(preview);
  assert.equal(result.pwned, false, 'a payload ran');
  assert.deepEqual(result.violations, []);
  assertShownAsText(result.text, payloads);
  const found = await inertness(preview.page, `${started.server.origin}/media/preview.js`);
  assert.deepEqual([found.scripts, found.handlers, found.unsafeUrls, found.foreignElements], [[], [], [], []]);
  assert.deepEqual(preview.pageErrors, []);
});

test('the standalone export of a hostile cable runs nothing and carries its CSP', async (t) => {
  const started = await session(t);
  if (!started) return;
  const css = readFileSync(path.join(mediaDir, 'preview.css'), 'utf8');
  const html = languageService.renderStandalone(TextDocument.create('file:///archive/hostile.cable', 'cable', 1, hostile), defaultSettings, 'diplomatic', css);
  const page = await started.browser.newPage({ viewport: { width: 1000, height: 900 } });
  t.after(() => page.close());
  page.setDefaultTimeout(10_000);
  const dialogs: string[] = [];
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => requests.push(request.url()));
  // Chromium reports each CSP refusal on the console too: that covers the page's own load.
  const refusals: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') refusals.push(message.text());
  });
  // setContent rewrites the current document (document.open erases listeners, but
  // the window and so the trap survive): set before, checked after, strictly false.
  await page.evaluate(() => void ((window as unknown as PreviewWindow).__pwned = false));
  await page.setContent(html, { waitUntil: 'load' });
  await page.evaluate(() => {
    const page = window as unknown as PreviewWindow;
    page.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => page.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });

  const policy = await page.evaluate(() => {
    const metas = Array.from(document.head.querySelectorAll('meta[http-equiv="Content-Security-Policy" i]'));
    const first = document.head.firstElementChild;
    return { values: metas.map((meta) => meta.getAttribute('content')), beforeStyle: metas.length > 0 && metas[0].compareDocumentPosition(document.querySelector('style') as Node) === Node.DOCUMENT_POSITION_FOLLOWING, first: first?.outerHTML };
  });
  assert.deepEqual(policy.values, [exportPolicy]);
  assert.match(exportPolicy, /default-src 'none'/);
  assert.doesNotMatch(exportPolicy, /script-src/, 'the export allows no script at all');
  assert.ok(policy.beforeStyle, 'the CSP comes before the stylesheet');

  for (const selector of ['.catalogue-card .card-title', '.card-tags .tag', '.cable-body p']) await page.hover(selector);
  await page.keyboard.press('Tab');
  const result = await outcome({ page });
  assert.equal(result.pwned, false);
  assert.equal(result.title, `</title><script>window.__pwned=true</script> "><img src=x onerror="window.__pwned=true">`, 'the title is the catalogue title, as text');
  assert.deepEqual(result.violations, []);
  assertShownAsText(result.text, visiblePayloads);
  const found = await inertness(page, null);
  assert.deepEqual(found, { scripts: [], handlers: [], unsafeUrls: [], foreignElements: [] });
  assert.equal(await page.locator('a[href^="javascript:" i]').count(), 0);
  assert.equal(await page.locator('style').count(), 1, 'one stylesheet, not one the content opened');
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).display), 'block', 'no injected style hides the page');

  // Under this CSP not even a script the page adds to itself runs.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__pwned = true';
    document.body.append(script);
  });
  await page.waitForFunction(() => (window as unknown as PreviewWindow).__violations.some((entry) => entry.startsWith('script-src')));
  assert.equal((await outcome({ page })).pwned, false);

  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, []);
  assert.equal(refusals.length, 1, `only the script this test added was refused: ${refusals.join('\n')}`);
  assert.match(refusals[0], /Content Security Policy/);
  assert.deepEqual(requests, [], 'the export loads nothing');
});

test('the checks are not vacuous: unescaped HTML posted straight to the page is caught, and the CSP still stops it', async (t) => {
  const started = await session(t);
  if (!started) return;
  const preview = await Preview.open(started, { text: 'Cable: 1\n\nBody\n', viewport: { width: 800, height: 600 } });
  t.after(() => preview.close());
  // What a renderer that forgot to escape would send.
  const html = '<article class="cable view-diplomatic" data-line="0"><p data-line="0" onclick="window.__pwned=true">'
    + '<img src="x" onerror="window.__pwned=true"><a href="javascript:window.__pwned=true">link</a>'
    + '<script>window.__pwned=true</script></p></article>';
  await preview.postMessage({ type: 'update', uri: 'file:///archive/cable.cable', version: 99, html, lineCount: 1, view: 'diplomatic', locked: false, paper: false });
  const found = await inertness(preview.page, `${started.server.origin}/media/preview.js`);
  assert.equal(found.scripts.length, 1);
  assert.equal(found.handlers.length, 2);
  assert.equal(found.unsafeUrls.length, 2, found.unsafeUrls.join(', '));
  assert.equal(found.foreignElements.length, 2);
  // The image fails to load and its handler is refused: the CSP is the second line of defence.
  await preview.page.waitForFunction(() => (window as unknown as PreviewWindow).__violations.some((entry) => entry.startsWith('script-src')));
  await preview.page.click('article p');
  assert.equal((await outcome(preview)).pwned, false);
});
