/**
 * Hostile text renders as visible, escaped text, never as markup: a cable
 * with script tags, event-handler attributes, `</style>`, attribute break-outs
 * and `javascript:` URLs in every place text can stand (catalogue values and
 * title, fields, stamps, marks, notes, quotes, diagnostics, the page title
 * and the stylesheet). The output is checked structurally: every `<` opens
 * one of the renderer's own tags, every attribute is one it writes, quoted,
 * and every link is in-page or http(s).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Diagnostic } from 'vscode-languageserver-types';
import { parseCable } from '../../server/src/service/index';
import { escapeAttribute, escapeHtml, renderBody, renderStandalone, safeHttpUrl, type RenderView } from '../../server/src/service/render/index';
import { textOf } from '../support/renderHtml';

const allowedTags = new Set(['article', 'section', 'header', 'footer', 'h1', 'h2', 'dl', 'dt', 'dd', 'div', 'time', 'a', 'span', 'ul', 'li', 'table', 'tbody', 'tr', 'th', 'td', 'p', 'br', 'hr', 'blockquote', 'sup']);
const pageTags = new Set(['html', 'head', 'meta', 'title', 'style', 'body']);
const allowedAttributes = new Set(['class', 'title', 'data-line', 'href', 'data-href', 'id', 'datetime', 'rel', 'aria-label', 'role', 'scope', 'charset', 'http-equiv', 'content', 'name', 'lang']);

const hostile = `---
title: <script>alert('title')</script> "><img src=x onerror=alert(1)>
date: javascript:alert(1)
source: javascript:alert(document.cookie)
archive: </style><script>alert(2)</script>
citation: "><img src=x onerror=alert(3)>
summary: <a href="javascript:alert(4)">click</a>
credits: ' onmouseover='alert(5)
tags: <b>bold</b>; javascript:alert(6); "><svg onload=alert(7)>
---
%% <script>alert('comment')</script>
Office: <script>alert(8)</script> MINISTRY
Cable: № 1 <img src=x onerror=alert(9)>
From: [javascript:alert(10)]
To: "><img src=x onerror=alert(11)>
Received: 1135 19 October 1951 </style>
[Stamp: <script>alert(12)</script>
javascript:alert(13) "><img src=x onerror=alert(14)>]

<p onclick="alert(15)">Body</p> & text [<img src=x onerror=alert(16)>] [Note: <script>alert(17)</script>]
[C% <b onmouseover=alert(18)>] [unclear: javascript:alert(19)] [Kuksa"><script>?] [sic]
[Handwritten: </span></p><script>alert(20)</script>] [Page <svg/onload=alert(21)>] [<x' onerror='y>: z]
Footnote[i] and [Stamp: onerror=alert(22)].

"<iframe src=javascript:alert(23)>

JOHN SMITH 0530 18 October"

-----
Verified: <script>alert(24)</script>
[i] <img src=x onerror=alert(25)> javascript:alert(26)
</style><script>alert(27)</script>
[Stamp: </div><script>alert(28)</script>]
`;

/** Texts of the cable that must show, visibly, in the diplomatic view. */
const payloads = [
  `<script>alert('title')</script> "><img src=x onerror=alert(1)>`,
  'javascript:alert(document.cookie)',
  '</style><script>alert(2)</script>',
  '"><img src=x onerror=alert(3)>',
  '<a href="javascript:alert(4)">click</a>',
  "' onmouseover='alert(5)",
  '<b>bold</b>',
  '"><svg onload=alert(7)>',
  '<script>alert(8)</script> MINISTRY',
  '№ 1 <img src=x onerror=alert(9)>',
  '[javascript:alert(10)]',
  '"><img src=x onerror=alert(11)>',
  '<script>alert(12)</script>\njavascript:alert(13) "><img src=x onerror=alert(14)>]',
  '<p onclick="alert(15)">Body</p> & text [<img src=x onerror=alert(16)>]',
  '[Note: <script>alert(17)</script>]',
  '[C% <b onmouseover=alert(18)>]',
  '[Kuksa"><script>?]',
  '[Handwritten: </span></p><script>alert(20)</script>]',
  '[Page <svg/onload=alert(21)>]',
  "[<x' onerror='y>: z]",
  '[Stamp: onerror=alert(22)]',
  '"<iframe src=javascript:alert(23)>',
  '<script>alert(24)</script>',
  '<img src=x onerror=alert(25)> javascript:alert(26)',
  '</style><script>alert(27)</script>',
  '</div><script>alert(28)</script>',
];

const hostileDiagnostics: Diagnostic[] = [
  { range: { start: { line: 19, character: 0 }, end: { line: 19, character: 3 } }, severity: 1, code: '"><script>alert(29)</script>', message: '" onmouseover="alert(30)' },
  { range: { start: { line: 10, character: 0 }, end: { line: 10, character: 3 } }, severity: 2, message: "<img src=x onerror=alert(31)> ' onfocus='x" },
];

interface Tag {
  name: string;
  closing: boolean;
  attributes: Array<[string, string]>;
}

/**
 * Every `<` of the output must open a tag of the renderer's, each attribute
 * a known name with a double-quoted value free of `<`, `>`, `"` and `'`.
 * Anything else fails: so no markup in the input can become markup.
 */
function tagsOf(html: string, extraTags: ReadonlySet<string> = new Set()): Tag[] {
  const tags: Tag[] = [];
  let at = html.indexOf('<');
  while (at >= 0) {
    const match = /^<(\/?)([a-z][a-z0-9]*)((?:\s[a-z][a-z-]*="[^"<>']*")*)\s*>/.exec(html.slice(at, at + 4000));
    assert.ok(match, `not one of the renderer's tags at ${at}: ${JSON.stringify(html.slice(at, at + 80))}`);
    const name = match[2];
    assert.ok(allowedTags.has(name) || extraTags.has(name), `unexpected element <${name}>`);
    const attributes = [...match[3].matchAll(/\s([a-z][a-z-]*)="([^"]*)"/g)].map((found): [string, string] => [found[1], found[2]]);
    for (const [attribute] of attributes) assert.ok(allowedAttributes.has(attribute), `unexpected attribute ${attribute} on <${name}>`);
    tags.push({ name, closing: match[1] === '/', attributes });
    at = html.indexOf('<', at + match[0].length);
  }
  return tags;
}

function assertSafe(html: string, extraTags?: ReadonlySet<string>): void {
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /<img/i);
  assert.doesNotMatch(html, /<(svg|iframe|b|x)[\s>/]/i);
  for (const tag of tagsOf(html, extraTags)) {
    for (const [name, value] of tag.attributes) {
      assert.doesNotMatch(name, /^on/i, 'an event handler attribute');
      if (name === 'href' || name === 'data-href') assert.match(value, /^(#[a-z0-9-]+|https?:\/\/\S+)$/, `${name}="${value}"`);
    }
  }
}

describe('a hostile cable', () => {
  const tree = parseCable(hostile);

  for (const view of ['diplomatic', 'reading'] as const) {
    test(`renders as text in the ${view} view: no script, no injected element or attribute`, () => {
      assertSafe(renderBody(tree, { view }));
      assertSafe(renderBody(tree, { view, diagnostics: hostileDiagnostics }));
    });
  }

  test('every hostile text is visible, escaped, in the diplomatic view', () => {
    const html = renderBody(tree, { view: 'diplomatic' });
    const text = textOf(html);
    for (const payload of payloads) assert.ok(text.includes(payload), `not shown: ${payload}`);
    assert.ok(html.includes('&lt;script&gt;alert(8)&lt;/script&gt; MINISTRY'));
    assert.ok(html.includes('&quot;&gt;&lt;img src=x onerror=alert(11)&gt;'));
    assert.ok(html.includes('&#39; onmouseover=&#39;alert(5)'));
    assert.ok(html.includes('&lt;/style&gt;&lt;script&gt;alert(27)&lt;/script&gt;'));
  });

  test('the comment stays hidden, hostile or not', () => {
    assert.ok(!textOf(renderBody(tree, { view: 'diplomatic' })).includes("alert('comment')"));
  });

  test('a javascript: source is never a link, and no link leaves the page except http(s)', () => {
    for (const view of ['diplomatic', 'reading'] as const) {
      const html = renderBody(tree, { view });
      assert.doesNotMatch(html, /href="javascript/i);
      assert.doesNotMatch(html, /class="source-link"/);
      assert.match(html, /<span class="source-text">javascript:alert\(document\.cookie\)<\/span>/);
    }
  });

  test('diagnostic codes and messages are escaped inside their attributes', () => {
    const html = renderBody(tree, { view: 'reading', diagnostics: hostileDiagnostics });
    assert.ok(html.includes('title="&quot;&gt;&lt;script&gt;alert(29)&lt;/script&gt;: &quot; onmouseover=&quot;alert(30)"'));
    assert.ok(html.includes('title="&lt;img src=x onerror=alert(31)&gt; &#39; onfocus=&#39;x"'));
  });

  test('the standalone page: one <style> that cannot be closed early, an escaped title, no scripts', () => {
    const css = 'body { color: red; }\n/* </style><script>alert(32)</script> */\n.x::after { content: "</STYLE >"; }\n';
    for (const title of [undefined, '</title><script>alert(33)</script>']) {
      const page = renderStandalone(tree, { view: 'diplomatic', css, title, diagnostics: hostileDiagnostics });
      assert.equal(page.match(/<\/style/gi)?.length, 1, 'only the real end of the style element');
      assert.equal(page.match(/<style>/g)?.length, 1);
      const style = page.slice(page.indexOf('<style>') + 7, page.indexOf('</style>'));
      assert.ok(style.includes('<\\/style><script>alert(32)</script>'), 'the CSS text is kept, only the end tag is broken');
      // The doctype and the CSP (whose value needs its single quotes) are fixed text; the rest is checked tag by tag.
      const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">\n`;
      assert.ok(page.startsWith('<!DOCTYPE html>\n'));
      assert.equal(page.split(csp).length, 2, 'the CSP, once');
      assertSafe(page.replace('<!DOCTYPE html>\n', '').replace(csp, '').replace(style, ''), pageTags);
      const shownTitle = /<title>([^<]*)<\/title>/.exec(page)?.[1];
      assert.equal(shownTitle, title === undefined ? '&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt;' : '&lt;/title&gt;&lt;script&gt;alert(33)&lt;/script&gt;');
    }
  });
});

describe('escaping functions', () => {
  test('escapeHtml escapes all five characters and nothing else', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&amp;</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    assert.equal(escapeHtml('plain № text, [Stalin]'), 'plain № text, [Stalin]');
  });

  test('escapeAttribute also flattens line breaks', () => {
    assert.equal(escapeAttribute('a\r\nb"\n<c>'), 'a b&quot; &lt;c&gt;');
  });

  test('safeHttpUrl accepts only absolute http(s) URLs without blanks, quotes, control characters or bidirectional controls', () => {
    assert.equal(safeHttpUrl(' https://example.org/a?b=1#c '), 'https://example.org/a?b=1#c');
    for (const bad of ['javascript:alert(1)', ' javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'java\tscript:alert(1)', 'https://a.org/\u0000x', 'https://a.org/\nx', 'https://a.org/ x', 'https://a.org/"x', 'https://a.org/<x', 'https://a.org/\\x', 'https:///x', 'data:text/html;base64,PHNjcmlwdD4=', '/relative', 'https://ex.org/\u202egnp.exe', 'https://ex.org/\u2066a\u2069', 'https://ex.org/\u200fx']) {
      assert.equal(safeHttpUrl(bad), undefined, JSON.stringify(bad));
    }
  });
});

describe('any text at all', () => {
  // Pieces that stress the parser and the renderer together: brackets, tags, quotes, zone lines.
  const pieces = ['<', '>', '&', '"', "'", '[', ']', ':', '?', '%', ' ', '\n', '\n\n', '\r\n', 'Stamp:', 'Note:', 'C%', 'sic', 'Cable: 1', '---', '-----', '%%', '[i]', '[i] ', 'ABC DEF', '0530 18 October', 'javascript:', '<script>', '</style>', 'onerror=', '"><img src=x onerror=alert(1)>', 'source: ', 'title: ', '\u2028'];
  const documents = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(''));
  const views = fc.constantFrom<RenderView>('diplomatic', 'reading');

  test('renders to the renderer’s own tags and attributes only, balanced', () => {
    fc.assert(
      fc.property(documents, views, (text, view) => {
        const html = renderBody(parseCable(text), { view });
        assertSafe(html);
        const stack: string[] = [];
        for (const tag of tagsOf(html)) {
          if (tag.name === 'br' || tag.name === 'hr') continue;
          if (!tag.closing) stack.push(tag.name);
          else assert.equal(stack.pop(), tag.name, `</${tag.name}> closes another element`);
        }
        assert.deepEqual(stack, []);
      }),
      { numRuns: 400 },
    );
  });
});
