import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { contentId, contentSecurityPolicy, previewShellHtml, statusId } from '../../client/src/preview/shell';

const options = {
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  nonce: 'bm9uY2Utbm9uY2Utbm9uY2U=',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/preview.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/preview.css',
  paper: false,
};

function cspOf(html: string): string {
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  assert.ok(match, 'no CSP meta');
  return match[1];
}

test('the CSP denies everything by default and allows scripts by nonce only', () => {
  const csp = contentSecurityPolicy(options.cspSource, options.nonce);
  const directives = new Map(csp.replace(/;$/, '').split('; ').map((part) => [part.split(' ')[0], part.split(' ').slice(1)]));
  assert.deepEqual(directives.get('default-src'), ["'none'"]);
  assert.deepEqual(directives.get('script-src'), [`'nonce-${options.nonce}'`]);
  assert.deepEqual(directives.get('style-src'), [options.cspSource]);
  assert.deepEqual(directives.get('img-src'), [options.cspSource]);
  assert.deepEqual(directives.get('font-src'), [options.cspSource]);
  assert.ok(!csp.includes('unsafe-inline') && !csp.includes('unsafe-eval'));
});

test('the shell has the CSP first in head, one nonced external script and no inline script', () => {
  const html = previewShellHtml(options);
  assert.equal(cspOf(html), contentSecurityPolicy(options.cspSource, options.nonce));
  assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<link'), 'the CSP must come before any resource');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  assert.equal(scripts.length, 1);
  assert.equal(scripts[0][2], '', 'no inline script body');
  assert.ok(scripts[0][1].includes(`nonce="${options.nonce}"`));
  assert.ok(scripts[0][1].includes(`src="${options.scriptUri}"`));
  assert.ok(html.includes(`<link rel="stylesheet" href="${options.styleUri}">`));
  assert.ok(!/\son\w+=/.test(html), 'no inline event handlers');
});

test('the shell has the containers the script looks up, and the paper class on request', () => {
  const plain = previewShellHtml(options);
  assert.ok(plain.includes(`id="${contentId}"`) && plain.includes(`id="${statusId}"`));
  assert.ok(plain.includes('<body>'));
  assert.ok(previewShellHtml({ ...options, paper: true }).includes('<body class="paper">'));
});

test('values are escaped for their attributes', () => {
  const html = previewShellHtml({ ...options, scriptUri: 'https://x/a"b<c>&d', styleUri: 'https://x/s"><script>' });
  assert.ok(html.includes('src="https://x/a&quot;b&lt;c&gt;&amp;d"'));
  assert.ok(!html.includes('<script>'), 'a URI cannot open an element');
});
