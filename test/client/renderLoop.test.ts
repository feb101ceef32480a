import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { RenderParams, RenderResult } from '../../server/src/protocol';
import type { PreviewState, ToWebview, UpdateMessage } from '../../client/src/preview/messages';
import { RenderLoop } from '../../client/src/preview/renderLoop';
import { shownFragments } from '../support/shownFragments';
import { FakeTimers, deferred, settle } from './fakeTimers';

/** A server whose answers the test releases one by one, and a webview that records what it gets. */
class Harness {
  readonly timers = new FakeTimers();
  readonly requests: { params: RenderParams; answer: (result: Partial<RenderResult>) => void; fail: (error: unknown) => void }[] = [];
  readonly posted: ToWebview[] = [];
  paper = false;
  readonly loop: RenderLoop;

  constructor(state: Partial<PreviewState> = {}) {
    const initial: PreviewState = { uri: 'file:///a.cable', locked: false, view: 'diplomatic', line: 0, ...state };
    this.loop = new RenderLoop(
      initial,
      {
        render: (params) => {
          const pending = deferred<RenderResult>();
          this.requests.push({
            params,
            answer: (result) => pending.resolve({ uri: params.uri, version: 1, html: `<p data-line="0">${params.uri}</p>`, lineCount: 1, ...result }),
            fail: pending.reject,
          });
          return pending.promise;
        },
        post: (message) => this.posted.push(message),
        paper: () => this.paper,
      },
      this.timers,
      300,
    );
  }

  /** The updates posted as sent: whole fragments or edits. */
  get sentUpdates(): UpdateMessage[] {
    return this.posted.filter((message): message is UpdateMessage => message.type === 'update');
  }

  /** The updates posted, each with the whole fragment the page shows once it has it (an edit applied to the one before). */
  get updates(): UpdateMessage[] {
    const shown = shownFragments(this.posted);
    return this.sentUpdates.map((message, index) => ({ ...message, html: shown[index] }));
  }

  async answerLast(result: Partial<RenderResult> = {}): Promise<void> {
    this.requests[this.requests.length - 1].answer(result);
    await settle();
  }

  /** The webview listening, the loop started and its first render answered with `first`. */
  async shown(first: Partial<RenderResult> = {}): Promise<void> {
    this.loop.webviewReady();
    this.loop.start();
    await this.answerLast(first);
  }

  /** An edit, and the throttle's delay gone by: the next render is asked for. */
  async edited(): Promise<void> {
    this.loop.changed();
    await this.timers.advance(300);
  }
}

test('the first render is requested at once and posted once the page is ready, with its scroll line', async () => {
  const h = new Harness({ line: 7 });
  h.loop.start();
  assert.equal(h.requests.length, 1);
  assert.deepEqual(h.requests[0].params, { uri: 'file:///a.cable', view: 'diplomatic' });
  await h.answerLast({ version: 3 });
  assert.equal(h.posted.length, 0, 'nothing is posted before the script listens');
  h.loop.webviewReady();
  assert.equal(h.updates.length, 1);
  assert.equal(h.updates[0].version, 3);
  assert.equal(h.updates[0].line, 7);
});

test('edits are throttled and a later update keeps the scroll position (no line)', async () => {
  const h = new Harness();
  await h.shown();
  for (let i = 0; i < 10; i++) h.loop.changed();
  assert.equal(h.requests.length, 1);
  await h.timers.advance(300);
  assert.equal(h.requests.length, 2);
  await h.answerLast({ version: 2 });
  assert.equal(h.updates.length, 2);
  assert.equal(h.updates[1].line, undefined);
});

test('a response overtaken by a switch to another document is dropped', async () => {
  const h = new Harness();
  h.loop.webviewReady();
  h.loop.start();
  h.loop.setResource('file:///b.cable', 4);
  h.requests[0].answer({ html: 'old' });
  await settle();
  assert.equal(h.updates.length, 0, 'the answer for a.cable must not be shown for b.cable');
  assert.equal(h.requests.length, 2);
  assert.equal(h.requests[1].params.uri, 'file:///b.cable');
  await h.answerLast();
  assert.equal(h.updates.length, 1);
  assert.equal(h.updates[0].uri, 'file:///b.cable');
  assert.equal(h.updates[0].line, 4);
});

test('an older document version never replaces a newer one', async () => {
  const h = new Harness();
  await h.shown({ version: 5 });
  await h.edited();
  await h.answerLast({ version: 4 });
  assert.equal(h.updates.length, 1);
  await h.edited();
  await h.answerLast({ version: 5, html: 'new diagnostics, same text' });
  assert.equal(h.updates.length, 2);
});

test('switching the view re-renders at once and scrolls back to the current line', async () => {
  const h = new Harness();
  await h.shown();
  h.loop.scrolled(30);
  h.loop.setView('reading');
  assert.deepEqual(h.requests[1].params, { uri: 'file:///a.cable', view: 'reading' });
  await h.answerLast();
  assert.equal(h.updates[1].view, 'reading');
  assert.equal(h.updates[1].line, 30);
  assert.equal(h.loop.state.view, 'reading');
});

test('an error is shown in the page; the next good render clears it', async () => {
  const h = new Harness();
  h.loop.webviewReady();
  h.loop.start();
  h.requests[0].fail(new Error('Unhandled method cable/render'));
  await settle();
  assert.deepEqual(h.posted, [{ type: 'error', message: 'Unhandled method cable/render' }]);
  await h.edited();
  await h.answerLast();
  assert.equal(h.updates.length, 1);
});

test('a reloaded page gets the last render again, scrolled to where it was, without a new request', async () => {
  const h = new Harness();
  await h.shown();
  h.loop.scrolled(12);
  h.loop.webviewGone();
  h.loop.scrollTo(20);
  assert.equal(h.posted.filter((m) => m.type === 'scrollToLine').length, 0, 'nothing is posted to a page that is gone');
  h.loop.webviewReady();
  assert.equal(h.requests.length, 1);
  assert.equal(h.updates.length, 2);
  assert.equal(h.updates[1].line, 20);
});

test('locking and settings re-send the last render with the new state, without a request', async () => {
  const h = new Harness();
  await h.shown();
  h.loop.setLocked(true);
  h.paper = true;
  h.loop.settingsChanged();
  assert.equal(h.requests.length, 1);
  assert.equal(h.updates.length, 3);
  assert.equal(h.updates[1].locked, true);
  assert.equal(h.updates[2].paper, true);
  assert.equal(h.updates[2].locked, true);
});

test('scrollTo posts the line to a ready page', () => {
  const h = new Harness();
  h.loop.webviewReady();
  h.loop.scrollTo(9);
  assert.deepEqual(h.posted, [{ type: 'scrollToLine', line: 9 }]);
  assert.equal(h.loop.state.line, 9);
});

test('after dispose nothing is requested any more', async () => {
  const h = new Harness();
  h.loop.dispose();
  h.loop.start();
  h.loop.changed();
  await h.timers.advance(1000);
  assert.equal(h.requests.length, 0);
});

test('a fragment received whole is the base of the next request, and a patch to it is what the page is sent', async () => {
  const h = new Harness();
  await h.shown({ html: '<p data-line="0">One two</p>', id: 5 });
  await h.edited();
  assert.deepEqual(h.requests[1].params, { uri: 'file:///a.cable', view: 'diplomatic', base: 5 });
  await h.answerLast({ version: 2, html: undefined, patch: { base: 5, start: 21, end: 24, text: 'three' }, id: 6 });
  assert.equal(h.updates[1].html, '<p data-line="0">One three</p>');
  // The page holds the patch's base: it is sent the server's own span, not one worked out again (which would be `wo` → `hree`).
  assert.deepEqual(h.sentUpdates[1].edit, { start: 21, end: 24, text: 'three' });
  // The patched fragment is the base of the next request in its turn.
  await h.edited();
  assert.equal(h.requests[2].params.base, 6);
});

test('after the first whole fragment the page is sent what changed; a reloaded page gets the whole again', async () => {
  const h = new Harness();
  const paragraphs = (middle: string): string => `<p data-line="0">First</p>\n<p data-line="2">${middle}</p>\n<p data-line="4">Last</p>`;
  await h.shown({ html: paragraphs('Middle') });
  await h.edited();
  await h.answerLast({ version: 2, html: paragraphs('Middle, edited') });
  assert.equal(h.sentUpdates[0].html, paragraphs('Middle'));
  const afterMiddle = paragraphs('Middle').indexOf('Middle') + 'Middle'.length;
  assert.deepEqual(h.sentUpdates[1].edit, { start: afterMiddle, end: afterMiddle, text: ', edited' });
  assert.equal(h.sentUpdates[1].html, undefined);
  assert.equal(h.updates[1].html, paragraphs('Middle, edited'));
  // The same fragment again (locking re-sends it): an empty edit.
  h.loop.setLocked(true);
  const length = paragraphs('Middle, edited').length;
  assert.deepEqual(h.sentUpdates[2].edit, { start: length, end: length, text: '' });
  // A page torn down and shown again holds nothing: it gets the whole fragment.
  h.loop.webviewGone();
  h.loop.webviewReady();
  assert.equal(h.sentUpdates[3].html, paragraphs('Middle, edited'));
  assert.equal(h.sentUpdates[3].edit, undefined);
  // A page that says it is ready again without going away (it lost what it held) gets the whole as well.
  await h.edited();
  await h.answerLast({ version: 3, html: paragraphs('Changed') });
  assert.ok(h.sentUpdates[4].edit);
  h.loop.webviewReady();
  assert.equal(h.sentUpdates[5].html, paragraphs('Changed'));
});

test('a patch to a fragment the loop does not hold is not posted: the whole is asked for again', async () => {
  const h = new Harness();
  await h.shown({ html: '<p data-line="0">One</p>', id: 5 });
  await h.edited();
  await h.answerLast({ version: 2, html: undefined, patch: { base: 4, start: 0, end: 0, text: 'x' }, id: 6 });
  assert.equal(h.updates.length, 1, 'nothing posted for the stray patch');
  assert.deepEqual(h.requests[2].params, { uri: 'file:///a.cable', view: 'diplomatic' });
});

test('another view or document is asked for whole', async () => {
  const h = new Harness();
  await h.shown({ id: 5 });
  h.loop.setView('reading');
  assert.deepEqual(h.requests[1].params, { uri: 'file:///a.cable', view: 'reading' });
  await h.answerLast({ id: 6 });
  h.loop.setResource('file:///b.cable');
  assert.deepEqual(h.requests[2].params, { uri: 'file:///b.cable', view: 'reading' });
});
