/**
 * After its first render the page is sent edits of the fragment it holds,
 * not the whole fragment again (client/src/preview/renderLoop.ts), and takes
 * them in by parsing only the lines an edit touched when those are whole
 * elements, else the whole new fragment (media/preview.js). Either way the
 * page must end up as if it had taken in the whole new fragment afresh.
 */
import * as assert from 'node:assert/strict';
import { test, type TestContext } from 'node:test';
import type { FragmentEdit, ToWebview } from '../../client/src/preview/messages';
import { fuzzSeed, runs } from '../property/fuzz';
import { Random } from '../support/generate';
import { shownFragments } from '../support/shownFragments';
import { Preview, browserSuite, readSample } from './browser';

const session = browserSuite();
const workedExample = readSample('cable-25025.cable');

/** The fragment the page should show after the messages sent to it so far. */
function shownFragment(sent: readonly ToWebview[]): string {
  return shownFragments(sent).at(-1) ?? '';
}

function pageContent(preview: Preview): Promise<string> {
  return preview.page.evaluate(() => document.getElementById('cable-content')?.innerHTML ?? '');
}

/** The page's content, and the same fragment taken in whole by a fresh template, serialised. */
function pageAndFresh(preview: Preview): Promise<{ page: string; fresh: string }> {
  return preview.page.evaluate((html) => {
    const template = document.createElement('template');
    template.innerHTML = html;
    return { page: document.getElementById('cable-content')?.innerHTML ?? '', fresh: template.innerHTML };
  }, shownFragment(preview.sentMessages));
}

for (const sample of ['cable-25025.cable', 'quoted-multipara.cable', 'stamps-and-comments.cable']) {
  test(`${sample}: along a chain of random edits the page always equals the whole fragment taken in afresh`, async (t) => {
    await editChain(t, readSample(sample));
  });
}

async function editChain(t: TestContext, text: string, open?: Preview): Promise<void> {
  let preview = open;
  if (preview) {
    await preview.edit(text);
  } else {
    const started = await session(t);
    if (!started) return;
    const opened = await Preview.open(started, { text, viewport: { width: 1000, height: 600 } });
    t.after(() => opened.close());
    preview = opened;
  }
  // The property tests' seed and length: CABLE_FUZZ_SEED and CABLE_FUZZ_RUNS make it another or a longer chain.
  const random = new Random(fuzzSeed);
  for (let step = 0; step < runs(40); step++) {
    const text = preview.text;
    const at = random.int(0, text.length - 1);
    // Letters in paragraphs and fields, and now and then a character that changes the structure: a line break, a bracket, a quote mark.
    const next = random.chance(0.3) ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + random.pick([...'ee e[]"\n:.']) + text.slice(at);
    await preview.edit(next);
    const { page, fresh } = await pageAndFresh(preview);
    assert.equal(page, fresh, `after edit ${step} at ${at}`);
  }
  const updates = preview.sentMessages.filter((message) => message.type === 'update');
  assert.ok(updates.slice(1).every((message) => message.edit !== undefined && message.html === undefined), 'every update after the first is an edit');
  await assertScrollsToBlocks(preview);
  assert.deepEqual(preview.pageErrors, []);
}

/**
 * The page keeps its scroll anchors (blocks with a source line) through the
 * edits, updating only those of the lines it replaced: scrolling the editor
 * to any block's line must still bring that block to the top of the page
 * (or the page to its end, for blocks near it).
 */
async function assertScrollsToBlocks(preview: Preview): Promise<void> {
  const lines = await preview.page.evaluate(() => {
    // The blocks a fresh page would scroll by: in page order, each line higher than the last (the catalogue card lists its entries out of line order).
    const rising: number[] = [];
    for (const element of Array.from(document.querySelectorAll('#cable-content [data-line]'))) {
      const line = Number(element.getAttribute('data-line'));
      if (Number.isInteger(line) && line > (rising.at(-1) ?? -1)) rising.push(line);
    }
    // Every such block's line, or sixty spread over them: the edits may have replaced any of them.
    const step = Math.max(1, Math.ceil(rising.length / 60));
    return rising.filter((_line, index) => index % step === 0);
  });
  assert.ok(lines.length > 0, 'no block of the page has a line');
  for (const line of lines) {
    await preview.editorScrolledTo(line);
    const placed = await preview.page.evaluate((line) => {
      const top = document.querySelector(`[data-line="${line}"]`)?.getBoundingClientRect().top;
      return { top, atEnd: Math.abs(window.scrollY + window.innerHeight - document.documentElement.scrollHeight) < 2 };
    }, line);
    assert.ok(placed.top !== undefined && (Math.abs(placed.top) < 2 || placed.atEnd), `scrolled to line ${line}: its block is at ${String(placed.top)}`);
  }
}

/**
 * Records how many characters of HTML the page parses for each update: the
 * length of every string its script gives a template's innerHTML.
 */
function recordParsing(preview: Preview): Promise<void> {
  return preview.page.evaluate(() => {
    const parsed: number[] = [];
    (window as unknown as { __parsed: number[] }).__parsed = parsed;
    const descriptor = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML');
    if (!descriptor?.set) throw new Error('no innerHTML setter to watch');
    const set = descriptor.set;
    Object.defineProperty(HTMLTemplateElement.prototype, 'innerHTML', {
      ...descriptor,
      set(this: HTMLTemplateElement, html: string) {
        parsed.push(String(html).length);
        set.call(this, html);
      },
    });
  });
}

function parsedSince(preview: Preview, from: number): Promise<number[]> {
  return preview.page.evaluate((from) => (window as unknown as { __parsed: number[] }).__parsed.slice(from), from);
}

test('a cable of more problems than are marked: the notice comes and goes with the count, and the page equals the whole fragment', async (t) => {
  const started = await session(t);
  if (!started) return;
  // 1,000 unclosed brackets, ten a line: exactly as many problems as are marked.
  const text = `Cable: № 1\n\n${Array.from({ length: 100 }, () => '[ [ [ [ [ [ [ [ [ [').join('\n\n')}\n`;
  const preview = await Preview.open(started, { text, viewport: { width: 1000, height: 600 } });
  t.after(() => preview.close());
  const notice = (): Promise<string | undefined> => preview.page.evaluate(() => document.querySelector('.diagnostics-unmarked')?.textContent ?? undefined);
  const markers = (): Promise<number> => preview.page.evaluate(() => document.querySelectorAll('#cable-content .diagnostic').length);
  assert.equal(await notice(), undefined);
  assert.equal(await markers(), 1000);
  await preview.edit(`${text}\n[\n`);
  assert.equal(await notice(), 'Only 1,000 of the 1,001 problems in this cable are marked here, errors first, as the Problems panel lists them; cable check lists them all.');
  assert.equal(await markers(), 1000);
  let { page, fresh } = await pageAndFresh(preview);
  assert.equal(page, fresh);
  await preview.edit(text);
  assert.equal(await notice(), undefined);
  ({ page, fresh } = await pageAndFresh(preview));
  assert.equal(page, fresh);
  await editChain(t, `${text}\n${'[ '.repeat(50)}\n`, preview);
});

test('typing in a paragraph, key after key, parses that paragraph alone each time, and keeps the page around it', async (t) => {
  const started = await session(t);
  if (!started) return;
  const preview = await Preview.open(started, { text: workedExample });
  t.after(() => preview.close());
  await recordParsing(preview);
  const whole = shownFragment(preview.sentMessages).length;
  const kept = await preview.page.evaluateHandle(() => document.querySelector('footer.cable-footer'));
  let typed = 'Please be guided by my instructions.';
  for (const [index, next] of ['Please be guided by my own instructions.', 'Please be guided by my own instructions now.', 'Please be guided by all my own instructions now.'].entries()) {
    await preview.edit(preview.text.replace(typed, next));
    typed = next;
    await preview.page.waitForFunction((next) => document.querySelector('[data-line="61"]')?.textContent === next, next);
    const parsed = await parsedSince(preview, index);
    assert.equal(parsed.length, 1, `edit ${index}: one parse`);
    assert.ok(parsed[0] < 200, `edit ${index}: the page parsed ${parsed[0]} characters of ${whole}`);
    const sent = preview.sentMessages.at(-1);
    assert.ok(sent?.type === 'update' && sent.edit !== undefined && sent.edit.text.length < 100, `edit ${index}: a small edit was sent`);
  }
  assert.ok(await kept.evaluate((footer) => footer === document.querySelector('footer.cable-footer')), 'a block the edits did not touch was replaced');
  const { page, fresh } = await pageAndFresh(preview);
  assert.equal(page, fresh);
});

test('a quote that stops being one is replaced by its paragraphs alone: the blocks after it are kept', async (t) => {
  const started = await session(t);
  if (!started) return;
  const preview = await Preview.open(started, { text: readSample('quoted-multipara.cable') });
  t.after(() => preview.close());
  await recordParsing(preview);
  const whole = shownFragment(preview.sentMessages).length;
  const later = await preview.page.evaluateHandle(() => document.querySelector('.cable-body > p[data-line="57"]'));
  // A letter typed before the opening quote mark: the quoted telegram becomes paragraphs of the body.
  const unquoted = preview.text.replace('“Dear Comrade Filippov!', 'x“Dear Comrade Filippov!');
  assert.notEqual(unquoted, preview.text);
  await preview.edit(unquoted);
  // The quote's lines are parsed again as paragraphs, and nothing else.
  const parsed = await parsedSince(preview, 0);
  assert.equal(parsed.length, 1);
  assert.ok(parsed[0] < whole / 2, `the page parsed ${parsed[0]} characters of ${whole}`);
  assert.equal(await preview.page.evaluate(() => document.querySelectorAll('blockquote').length), 0);
  assert.ok(await later.evaluate((element) => element !== null && element === document.querySelector('.cable-body > p[data-line="57"]')), 'a paragraph after the quote was replaced');
  const { page, fresh } = await pageAndFresh(preview);
  assert.equal(page, fresh);
});

test('a paste of thousands of paragraphs at the end of the body is taken in whole and right', async (t) => {
  const started = await session(t);
  if (!started) return;
  const preview = await Preview.open(started, { text: 'From: Moscow\nTo: Beijing\n\nFirst paragraph.\n' });
  t.after(() => preview.close());
  const pasted = Array.from({ length: 3000 }, (_, index) => `Paragraph ${index + 1} of the paste.\n`).join('\n');
  await preview.edit(`${preview.text}\n${pasted}`);
  const { page, fresh } = await pageAndFresh(preview);
  assert.equal(page, fresh);
  assert.equal(await preview.page.evaluate(() => document.querySelectorAll('.cable-body p').length), 3001);
  assert.deepEqual(preview.pageErrors, []);
});

test('after typing in a paragraph, scrolling the editor to its line brings that paragraph to the top', async (t) => {
  const started = await session(t);
  if (!started) return;
  const preview = await Preview.open(started, { text: workedExample, viewport: { width: 1000, height: 600 } });
  t.after(() => preview.close());
  await preview.edit(preview.text.replace('The proposal we have offered is not any serious concession.', 'The proposal we have offered is not any real concession.'));
  await preview.editorScrolledTo(47);
  const top = await preview.page.evaluate(() => document.querySelector('[data-line="47"]')?.getBoundingClientRect().top);
  assert.ok(top !== undefined && Math.abs(top) < 2, `the edited paragraph is at ${String(top)}`);
});

test('an edit the page cannot apply to what it holds is dropped, and the page asks for the whole again', async (t) => {
  const started = await session(t);
  if (!started) return;
  const preview = await Preview.open(started, { text: workedExample });
  t.after(() => preview.close());
  const before = await pageContent(preview);
  const receivedBefore = (await preview.received()).length;
  const holds = shownFragment(preview.sentMessages).length;
  await preview.postMessage({ type: 'update', uri: 'file:///x.cable', version: 99, edit: { start: holds + 5, end: holds + 10, text: '<p>stray</p>' }, lineCount: 1, view: 'diplomatic', locked: false, paper: false });
  await preview.nextReceived('ready', receivedBefore);
  // Not an edit at all: the same.
  const receivedAfter = (await preview.received()).length;
  await preview.postMessage({ type: 'update', uri: 'file:///x.cable', version: 100, edit: null as unknown as FragmentEdit, lineCount: 1, view: 'diplomatic', locked: false, paper: false });
  await preview.nextReceived('ready', receivedAfter);
  assert.deepEqual(preview.pageErrors, []);
  // Read off the page alone: the messages sent now hold two the page rightly dropped.
  assert.equal(await pageContent(preview), before, 'the page kept what it showed');
});
