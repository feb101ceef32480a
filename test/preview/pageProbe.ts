/// <reference lib="dom" />
/**
 * The page side of the preview harness (see browser.ts): what runs inside
 * the preview page. The fake webview host installed before the page's own
 * scripts, the variables a VS Code theme sets, and the probe that lists
 * everything in the page that could have run or loaded.
 */
import type { Page } from 'playwright-core';

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
export function installFakeHost(initialState: unknown): void {
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
