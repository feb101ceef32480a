/// <reference lib="dom" />
/**
 * The harness for the preview's browser tests: headless Chromium showing the
 * preview page the way VS Code shows it, with nothing of the extension faked
 * but the webview host itself.
 *
 * - The shell HTML comes from `previewShellHtml`, and `media/preview.js` and
 *   `media/preview.css` are served from a tiny HTTP server on 127.0.0.1 whose
 *   origin plays `webview.cspSource`: the CSP then judges real script and
 *   style URLs, as in VS Code, instead of a `setContent` page with no origin.
 * - `acquireVsCodeApi` is defined before the script runs (an init script):
 *   messages the page posts land in `window.__posted`, its state in
 *   `window.__state`.
 * - Renders come from the language service and travel through the client's
 *   own `RenderLoop`, so the page receives exactly the messages the panel
 *   sends (`update` with or without `line`, `scrollToLine`, `error`),
 *   delivered by `window.postMessage(message, '*')` as the webview host does.
 *
 * Chromium is found at /usr/bin/chromium (Debian's package; CABLE_CHROMIUM
 * overrides). Without it each test skips and says why, or fails when
 * CABLE_REQUIRE_BROWSER=1 (set by .ci/run): never a silent pass.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, type TestContext } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseWebviewMessage, type FromWebview, type RenderView, type ToWebview } from '../../client/src/preview/messages';
import { RenderLoop } from '../../client/src/preview/renderLoop';
import type { RenderResult } from '../../server/src/protocol';
import { createLanguageService, defaultSettings } from '../../server/src/service/index';
import { chromiumArgs, chromiumPath } from '../support/chromium';
import { repoRoot } from '../support/paths';
import { applyTheme, installFakeHost, type PreviewWindow, type Theme } from './pageProbe';
import { MediaServer } from './previewServer';

// The page-side helpers and the server live in their own modules; the tests import them all from here.
export { applyTheme, inertness, type Inertness, type PreviewWindow, type Theme } from './pageProbe';
export { mediaDir } from './previewServer';

export { chromiumPath };
export const unavailableMessage = 'Chromium is not installed (apt-get install chromium): preview browser tests skipped';
export const fixturesDir = path.join(repoRoot, 'test', 'preview', 'fixtures');

/** Every wait has a bound, so a broken page fails the test with a message instead of hanging it. */
export const waitMs = 10_000;

export interface Session {
  browser: Browser;
  server: MediaServer;
}

/**
 * One browser and one server per test file, started by the first test that
 * asks and closed after the file. Returns undefined when the test was skipped.
 */
export function browserSuite(): (t: TestContext) => Promise<Session | undefined> {
  let session: Promise<Session> | undefined;
  after(async () => {
    const started = await session?.catch(() => undefined);
    await started?.browser.close();
    await started?.server.close();
  });
  return async (t) => {
    if (!existsSync(chromiumPath)) {
      if (process.env.CABLE_REQUIRE_BROWSER === '1') assert.fail(`CABLE_REQUIRE_BROWSER=1, and ${unavailableMessage}`);
      t.skip(unavailableMessage);
      return undefined;
    }
    session ??= (async () => {
      const server = await MediaServer.start();
      const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs }).catch(async (error: unknown) => {
        await server.close();
        throw error;
      });
      return { browser, server };
    })();
    return session;
  };
}

export const languageService = createLanguageService();

export function readSample(name: string): string {
  return readFileSync(path.join(repoRoot, 'samples', name), 'utf8');
}

export function readFixture(name: string): string {
  return readFileSync(path.join(fixturesDir, name), 'utf8');
}

export interface OpenOptions {
  text: string;
  uri?: string;
  view?: RenderView;
  paper?: boolean;
  /** Where the first render scrolls to, as a restored or newly opened panel asks. */
  line?: number;
  viewport?: { width: number; height: number };
  theme?: Theme;
}

/** One preview page and the extension side that feeds it. */
export class Preview {
  /** Every URL the page requested: the shell and the two media files, and nothing the content asked for. */
  readonly requests: string[] = [];
  readonly dialogs: string[] = [];
  readonly pageErrors: string[] = [];
  /** Messages the extension side posted to the page, in order. */
  readonly sentMessages: ToWebview[] = [];
  private document: TextDocument;
  private readonly loop: RenderLoop;
  private delivery: Promise<void> = Promise.resolve();
  private deliveryError: unknown;
  private sentWaiters: Array<{ count: number; resolve(): void }> = [];
  /** How many of the page's messages the extension side has acted on. */
  private handledFromPage = 0;
  private static opened = 0;

  private constructor(
    readonly page: Page,
    options: OpenOptions,
  ) {
    // The language service caches trees by uri and version: every page gets a document of its own.
    const uri = options.uri ?? `file:///archive/preview-${++Preview.opened}.cable`;
    this.document = TextDocument.create(uri, 'cable', 1, options.text);
    // The host the panel gives the loop, with the language server's render
    // handler inlined (server/src/lsp/features.ts) and no throttle delay.
    this.loop = new RenderLoop(
      { uri, locked: false, view: options.view ?? 'diplomatic', line: options.line ?? 0 },
      {
        render: async (params): Promise<RenderResult> => ({
          uri: params.uri,
          version: this.document.version,
          html: languageService.renderPreview(this.document, defaultSettings, params.view),
          lineCount: this.document.lineCount,
        }),
        post: (message) => this.post(message),
        paper: () => options.paper === true,
      },
      undefined,
      0,
    );
  }

  /** Loads the shell, waits for the script's `ready`, and waits until the first render is in the page. */
  static async open(session: Session, options: OpenOptions): Promise<Preview> {
    const page = await session.browser.newPage({ viewport: options.viewport ?? { width: 1000, height: 1400 } });
    page.setDefaultTimeout(waitMs);
    const preview = new Preview(page, options);
    page.on('request', (request) => preview.requests.push(request.url()));
    page.on('pageerror', (error) => preview.pageErrors.push(error.message));
    // A dialog left open would block the page; dismiss it, but remember that it opened.
    page.on('dialog', (dialog) => {
      preview.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
    await page.addInitScript(installFakeHost, null);
    await page.goto(session.server.previewUrl(options.paper === true));
    if (options.theme) await applyTheme(page, options.theme);
    await preview.sending(async () => {
      preview.loop.start();
      await page.waitForFunction(() => (window as unknown as PreviewWindow).__posted.some((message) => (message as { type?: unknown }).type === 'ready'));
      preview.loop.webviewReady();
    });
    return preview;
  }

  get text(): string {
    return this.document.getText();
  }

  /** The document changed in the editor: the loop re-renders and posts an update without a line. */
  async edit(text: string): Promise<void> {
    await this.catchUp();
    this.document = TextDocument.update(this.document, [{ text }], this.document.version + 1);
    return this.sending(() => this.loop.changed());
  }

  /** The view toggled: the loop re-renders and scrolls to the line it last knew of. */
  async setView(view: RenderView): Promise<void> {
    await this.catchUp();
    return this.sending(() => this.loop.setView(view));
  }

  /** The editor scrolled to `line`: the loop posts `scrollToLine`. */
  async editorScrolledTo(line: number): Promise<void> {
    await this.catchUp();
    return this.sending(() => this.loop.scrollTo(line));
  }

  /** Posts a message as the panel would, outside the loop (an `error`, say). */
  postMessage(message: ToWebview): Promise<void> {
    return this.sending(() => this.post(message));
  }

  /** Messages the page posted, each checked with the extension's own parser. */
  async received(): Promise<FromWebview[]> {
    const raw = await this.page.evaluate(() => (window as unknown as PreviewWindow).__posted);
    return raw.map((message) => {
      const parsed = parseWebviewMessage(message);
      assert.ok(parsed, `the page posted a message the extension drops: ${JSON.stringify(message)}`);
      return parsed;
    });
  }

  /** Waits until the page has posted a message of `type` after the first `from` messages, and returns the first such. */
  async nextReceived<T extends FromWebview['type']>(type: T, from: number): Promise<Extract<FromWebview, { type: T }>> {
    await this.page.waitForFunction(({ type, from }) => (window as unknown as PreviewWindow).__posted.slice(from).some((message) => (message as { type?: unknown }).type === type), { type, from });
    const found = (await this.received()).slice(from).find((message): message is Extract<FromWebview, { type: T }> => message.type === type);
    assert.ok(found);
    return found;
  }

  /**
   * Resolves once the script's scroll echo window is over: it ignores scroll
   * events for 250 ms after a scroll of its own (which happens while it handles
   * a message), so a user's scroll in that time goes unreported, by design.
   * Measured on the page's clock from the last message, with a margin.
   */
  async echoWindowPassed(): Promise<void> {
    await this.page.waitForFunction(() => performance.now() - (window as unknown as PreviewWindow).__lastMessageAt > 400);
  }

  /**
   * What the panel does with the page's messages, for those that reach the
   * loop: `revealLine` moves the loop's idea of the current line (which a
   * view switch then scrolls back to). VS Code delivers them as they come;
   * here they are taken up before the next thing the extension side does.
   */
  private async catchUp(): Promise<void> {
    const messages = await this.received();
    for (const message of messages.slice(this.handledFromPage)) {
      if (message.type === 'revealLine') this.loop.scrolled(message.line);
    }
    this.handledFromPage = messages.length;
  }

  close(): Promise<void> {
    this.loop.dispose();
    return this.page.close();
  }

  /** Runs `action`, which makes the extension side post at least one message, and waits until the script has handled all of them. */
  private async sending(action: () => void | Promise<void>): Promise<void> {
    const target = this.sentMessages.length + 1;
    const sent = new Promise<void>((resolve) => this.sentWaiters.push({ count: target, resolve }));
    await action();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('the render loop posted nothing to the page')), waitMs);
    });
    try {
      await Promise.race([sent, timeout]);
    } finally {
      clearTimeout(timer);
    }
    await this.delivery;
    if (this.deliveryError !== undefined) throw this.deliveryError;
    await this.page.waitForFunction((count) => (window as unknown as PreviewWindow).__handled >= count, this.sentMessages.length);
  }

  /** The webview host's postMessage: in order, as a MessageEvent on the page's window. */
  private post(message: ToWebview): void {
    this.sentMessages.push(message);
    this.delivery = this.delivery
      .then(() => this.page.evaluate((data) => window.postMessage(data, '*'), message))
      .catch((error: unknown) => {
        this.deliveryError ??= error;
      });
    const count = this.sentMessages.length;
    this.sentWaiters = this.sentWaiters.filter((waiter) => (waiter.count <= count ? (waiter.resolve(), false) : true));
  }
}
