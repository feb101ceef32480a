/**
 * The preview's HTML shell: a fixed page with a strict Content Security
 * Policy, the stylesheet, one script allowed by nonce, and an empty content
 * container. No document text ever goes into this page: renders arrive later
 * by `postMessage` and the script inserts them. No `vscode` import, so plain
 * Node and a headless browser can load it in tests.
 */

export interface ShellOptions {
  /** `webview.cspSource`: the origin the webview serves local resources from. */
  cspSource: string;
  /** Fresh per HTML load (hex of 16 random bytes). */
  nonce: string;
  /** `webview.asWebviewUri(media/preview.js)`, as a string (the bundle of media/src). */
  scriptUri: string;
  /** `webview.asWebviewUri(media/preview.css)`, as a string. */
  styleUri: string;
  /** Print-like page: dark text on white whatever the theme (`cable.preview.paper`). */
  paper: boolean;
}

/** Ids the webview script looks up; shared so tests need not repeat them. */
export const contentId = 'cable-content';
export const statusId = 'cable-status';

/** Escapes for a double-quoted attribute: the values are ours, but a URI may carry `&` or `"`. */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `img-src ${cspSource}`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ') + ';';
}

export function previewShellHtml(options: ShellOptions): string {
  const csp = attribute(contentSecurityPolicy(options.cspSource, options.nonce));
  const bodyClass = options.paper ? ' class="paper"' : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attribute(options.styleUri)}">
<title>Cable Preview</title>
</head>
<body${bodyClass}>
<div id="${statusId}" role="status" hidden></div>
<main id="${contentId}" aria-live="off"></main>
<script nonce="${attribute(options.nonce)}" src="${attribute(options.scriptUri)}"></script>
</body>
</html>
`;
}
