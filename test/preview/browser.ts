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
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { after, type TestContext } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseWebviewMessage, type FromWebview, type RenderView, type ToWebview } from '../../client/src/preview/messages';
import { RenderLoop } from '../../client/src/preview/renderLoop';
import { previewShellHtml } from '../../client/src/preview/shell';
import type { RenderResult } from '../../server/src/protocol';
import { createLanguageService, defaultSettings } from '../../server/src/service/index';
import { repoRoot } from '../support/paths';

export const chromiumPath = process.env.CABLE_CHROMIUM || '/usr/bin/chromium';
export const unavailableMessage = 'Chromium is not installed (apt-get install chromium): preview browser tests skipped';
export const mediaDir = path.join(repoRoot, 'media');
export const fixturesDir = path.join(repoRoot, 'test', 'preview', 'fixtures');

/** The flags the brief fixes: no sandbox (containers), and nothing that reaches the network on its own. */
const launchArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Every wait has a bound, so a broken page fails the test with a message instead of hanging it. */
export const waitMs = 10_000;

/** What the page keeps on `window` for the tests (set up by `installFakeHost`). */
export interface PreviewWindow extends Window {
  acquireVsCodeApi(): unknown;
  /** Messages the script posted to the extension, in order. */
  __posted: unknown[];
  /** The last `setState` value. */
  __state: unknown;
  /** Messages the script's own listener has finished handling. */
  __handled: number;
  /** `performance.now()` when the last message was handled. */
  __lastMessageAt: number;
  /** CSP violations: anything the page tried to load or run and was refused. */
  __violations: string[];
  /** The trap hostile payloads spring. */
  __pwned: boolean;
  /** Links VS Code's own webview host would have acted on as well (see installFakeHost). */
  __hostLinkClicks: string[];
  __marker?: unknown;
  __kept?: Element | null;
}

/**
 * Runs in the page before any of its scripts (serialised by Playwright, so it
 * may use nothing from this module). Mirrors VS Code's webview API: one
 * acquisition only, messages structured-cloned as they cross to the host.
 */
function installFakeHost(initialState: unknown): void {
  const host = window as unknown as PreviewWindow;
  let state = initialState;
  let acquired = false;
  host.__posted = [];
  host.__state = initialState;
  host.__handled = 0;
  host.__lastMessageAt = 0;
  host.__violations = [];
  host.__pwned = false;
  host.acquireVsCodeApi = () => {
    if (acquired) throw new Error('An instance of the VS Code API has already been acquired');
    acquired = true;
    return Object.freeze({
      postMessage: (message: unknown) => void host.__posted.push(structuredClone(message)),
      getState: () => state,
      setState: (value: unknown) => {
        state = value;
        host.__state = value;
        return value;
      },
    });
  };
  // VS Code's webview host listens for clicks on the content window as well
  // (bubbling, so after the page's document listeners) and opens every link it
  // sees, whether or not the page handled the click already; only a page that
  // stops the event keeps it to itself. Record what the host would have opened.
  host.__hostLinkClicks = [];
  window.addEventListener('click', (event) => {
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.href !== '');
    if (link) host.__hostLinkClicks.push(link.getAttribute('href') ?? '');
  });
  document.addEventListener('securitypolicyviolation', (event) => host.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  // preview.js is a parser-blocking script at the end of <body>: it has added its
  // listener before DOMContentLoaded, so this one runs after it for every message
  // and counts what the script has finished with.
  document.addEventListener('DOMContentLoaded', () =>
    window.addEventListener('message', () => {
      host.__handled += 1;
      host.__lastMessageAt = performance.now();
    }),
  );
}

export type Theme = 'light' | 'dark';

/**
 * The variables VS Code sets on the webview's <html> for the Light+ and Dark+
 * themes (the ones the stylesheet reads), and the body class it adds.
 */
const themeVariables: Record<Theme, Record<string, string>> = {
  light: {
    '--vscode-editor-background': '#ffffff',
    '--vscode-editor-foreground': '#000000',
    '--vscode-descriptionForeground': '#717171',
    '--vscode-textLink-foreground': '#006ab1',
    '--vscode-errorForeground': '#a1260d',
    '--vscode-editorWarning-foreground': '#bf8803',
    '--vscode-editorInfo-foreground': '#1a85ff',
    '--vscode-textBlockQuote-background': 'rgba(127, 127, 127, 0.1)',
    '--vscode-panel-border': 'rgba(128, 128, 128, 0.35)',
    '--vscode-charts-purple': '#652d90',
    '--vscode-charts-orange': '#d18616',
    '--vscode-focusBorder': '#0090f1',
    '--vscode-editor-findMatchHighlightBackground': 'rgba(234, 92, 0, 0.33)',
    '--vscode-font-family': 'system-ui, "Ubuntu", "Droid Sans", sans-serif',
    '--vscode-editor-font-family': '"Droid Sans Mono", "monospace", monospace',
    '--vscode-editor-font-size': '14px',
  },
  dark: {
    '--vscode-editor-background': '#1e1e1e',
    '--vscode-editor-foreground': '#d4d4d4',
    '--vscode-descriptionForeground': 'rgba(204, 204, 204, 0.7)',
    '--vscode-textLink-foreground': '#3794ff',
    '--vscode-errorForeground': '#f48771',
    '--vscode-editorWarning-foreground': '#cca700',
    '--vscode-editorInfo-foreground': '#3794ff',
    '--vscode-textBlockQuote-background': 'rgba(127, 127, 127, 0.1)',
    '--vscode-panel-border': 'rgba(128, 128, 128, 0.35)',
    '--vscode-charts-purple': '#b180d7',
    '--vscode-charts-orange': '#d18616',
    '--vscode-focusBorder': '#007fd4',
    '--vscode-editor-findMatchHighlightBackground': 'rgba(234, 92, 0, 0.33)',
    '--vscode-font-family': 'system-ui, "Ubuntu", "Droid Sans", sans-serif',
    '--vscode-editor-font-family': '"Droid Sans Mono", "monospace", monospace',
    '--vscode-editor-font-size': '14px',
  },
};

/** As VS Code does on a theme change: CSSOM properties on <html> (which the CSP allows) and a body class. */
export async function applyTheme(page: Page, theme: Theme): Promise<void> {
  await page.evaluate(
    ({ kind, variables }) => {
      for (const [name, value] of Object.entries(variables)) document.documentElement.style.setProperty(name, value);
      document.body.classList.remove('vscode-light', 'vscode-dark');
      document.body.classList.add(kind);
      document.body.dataset.vscodeThemeKind = kind;
    },
    { kind: `vscode-${theme}`, variables: themeVariables[theme] },
  );
}

/** Serves the shell (fresh nonce per load, as the panel does) and the two media files, nothing else. */
class MediaServer {
  private constructor(
    private readonly server: Server,
    readonly origin: string,
  ) {}

  static async start(): Promise<MediaServer> {
    let origin = '';
    const server = createServer((request, response) => serve(origin, request, response));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return new MediaServer(server, origin);
  }

  previewUrl(paper: boolean): string {
    return `${this.origin}/preview${paper ? '?paper=1' : ''}`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

const mediaFiles = new Map([
  ['/media/preview.js', 'text/javascript; charset=utf-8'],
  ['/media/preview.css', 'text/css; charset=utf-8'],
]);

function serve(origin: string, request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? '/', origin);
  if (url.pathname === '/preview') {
    const html = previewShellHtml({
      cspSource: origin,
      nonce: randomBytes(16).toString('hex'), // 128 random bits, as the panel makes them
      scriptUri: `${origin}/media/preview.js`,
      styleUri: `${origin}/media/preview.css`,
      paper: url.searchParams.get('paper') === '1',
    });
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(html);
    return;
  }
  const type = mediaFiles.get(url.pathname);
  if (type === undefined) {
    response.writeHead(404, { 'Content-Type': 'text/plain' });
    response.end('not found');
    return;
  }
  // Read on every request: the files under test, never a copy from when the suite started.
  response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  response.end(readFileSync(path.join(mediaDir, path.basename(url.pathname))));
}

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
      const browser = await chromium.launch({ executablePath: chromiumPath, args: launchArgs }).catch(async (error: unknown) => {
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

/** What `document.title` etc. say is not enough: everything that could have run or loaded, listed. */
export interface Inertness {
  scripts: string[];
  handlers: string[];
  unsafeUrls: string[];
  foreignElements: string[];
}

/**
 * Collects, in the page, every script element other than `allowedScript`
 * (the shell's own), every `on*` attribute, every URL-bearing attribute that
 * is not http(s) or an in-page fragment, and every element the renderer
 * never writes (img, svg, iframe, style, form…) inside the rendered cable.
 */
export function inertness(page: Page, allowedScript: string | null): Promise<Inertness> {
  return page.evaluate((allowed) => {
    const all = Array.from(document.querySelectorAll('*'));
    const scripts = Array.from(document.querySelectorAll('script'))
      .filter((script) => allowed === null || script.getAttribute('src') !== allowed || script.textContent !== '')
      .map((script) => script.outerHTML);
    const handlers = all.flatMap((element) =>
      Array.from(element.attributes)
        .filter((attribute) => attribute.name.toLowerCase().startsWith('on'))
        .map((attribute) => `<${element.localName} ${attribute.name}="${attribute.value}">`),
    );
    const urlAttributes = ['href', 'src', 'srcdoc', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background'];
    const unsafeUrls = all.flatMap((element) =>
      urlAttributes
        .map((name) => [name, element.getAttribute(name)] as const)
        .filter(([name, value]) => value !== null && !(element.localName === 'script' && name === 'src' && value === allowed))
        .filter(([name, value]) => !(name === 'href' && element.localName === 'a' && (/^https?:\/\//i.test(value ?? '') || (value ?? '').startsWith('#'))))
        .filter(([name, value]) => !(name === 'href' && element.localName === 'link' && element.getAttribute('rel') === 'stylesheet' && /^https?:\/\/127\.0\.0\.1:\d+\/media\/preview\.css$/.test(value ?? '')))
        .map(([name, value]) => `<${element.localName} ${name}="${value}">`),
    );
    const forbidden = 'script, style, link, meta, base, img, picture, svg, math, iframe, frame, object, embed, form, input, button, textarea, video, audio, source, template, body, head, html';
    const foreignElements = Array.from(document.querySelectorAll('article.cable')).flatMap((article) => Array.from(article.querySelectorAll(forbidden)).map((element) => element.outerHTML));
    return { scripts, handlers, unsafeUrls, foreignElements };
  }, allowedScript);
}
