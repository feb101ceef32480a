/**
 * The standalone HTML page, the preview stylesheet it inlines, and the
 * `cable render` command that writes it.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseCable } from '../../server/src/service/index';
import { renderBody, renderStandalone, type RenderView } from '../../server/src/service/render/index';
import { renderCommand, runRender, type RenderRequest } from '../../server/src/cli/render';
import { UsageError } from '../../server/src/cli/command';
import { repoRoot, samplesDir, workedExample } from '../support/paths';
import { assertBalanced, css, elements, render, renderInBody } from '../support/renderHtml';

describe('standalone page', () => {
  const tree = parseCable(fs.readFileSync(workedExample, 'utf8'));
  const page = renderStandalone(tree, { view: 'reading', css });

  test('is a complete document with a strict CSP and no scripts', () => {
    assert.ok(page.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'));
    assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
    assert.doesNotMatch(page, /<script/i);
    assert.match(page, /<title>Cable No\. 25025, Mao Zedong to Filippov \[Stalin\]<\/title>/);
    assert.match(page, /<body class="cable-export paper">\n<article class="cable view-reading" data-line="0">/);
    assert.ok(page.endsWith('</article>\n</body>\n</html>\n'));
    assertBalanced(page.replace(/<style>[\s\S]*<\/style>/, ''), 'page');
  });

  test('inlines the stylesheet, print styles included', () => {
    assert.equal(elements(page, 'style').length, 1);
    assert.ok(page.includes(css.trim().slice(0, 200)));
    assert.match(page, /@media print/);
  });

  test('a given title wins, escaped; without any title the cable number is used', () => {
    assert.match(renderStandalone(tree, { view: 'diplomatic', css: '', title: 'A & B <i>' }), /<title>A &amp; B &lt;i&gt;<\/title>/);
    assert.match(renderStandalone(parseCable('Cable: № 7\n\nBody\n'), { view: 'diplomatic', css: '' }), /<title>Cable № 7<\/title>/);
    assert.match(renderStandalone(parseCable('Body\n'), { view: 'diplomatic', css: '', paper: false }), /<title>Cable<\/title>[\s\S]*<body class="cable-export">/);
  });

  test('an unknown view is the diplomatic view', () => {
    assert.match(renderBody(tree, { view: 'x" onload="y' as RenderView }), /^<article class="cable view-diplomatic"/);
  });
});

describe('the stylesheet', () => {
  test('follows the VS Code theme with fallbacks, and has print and paper styles', () => {
    for (const variable of ['--vscode-editor-foreground', '--vscode-editor-background', '--vscode-textLink-foreground', '--vscode-errorForeground', '--vscode-editorWarning-foreground', '--vscode-editorInfo-foreground', '--vscode-textBlockQuote-background', '--vscode-font-family', '--vscode-editor-font-family']) {
      assert.match(css, new RegExp(`var\\(${variable}, [^)]`), `${variable} with a fallback`);
    }
    assert.match(css, /"Courier New", Courier, monospace/);
    assert.match(css, /body\.paper \{/);
    const print = css.slice(css.indexOf('@media print'));
    assert.match(print, /\.diagnostic,\s*\.diagnostic-line \{\s*display: none !important;/);
    assert.doesNotMatch(css, /<\/style/i);
  });

  test('has a rule for every class the renderer writes for marks and blocks', () => {
    const html = render(fs.readFileSync(path.join(samplesDir, 'stamps-and-comments.cable'), 'utf8'), 'reading') + renderInBody('[Page 2] [1 group garbled] [C% x] [Note: y] [Deleted: z] [sic] [?] [Foo: b]', 'diplomatic');
    const classes = new Set([...html.matchAll(/class="([^"]*)"/g)].flatMap((match) => match[1].split(' ')));
    // Classes that are hooks for the webview script and for readers' own styles, with nothing to draw by themselves.
    const hooks = ['mark', 'field', 'cable-header', 'cable-body', 'header-fields', 'footer-fields', 'card-entries', 'time-group', 'note', 'mark-groups', 'annotation-note', 'certainty-b', 'certainty-c', 'certainty-d'];
    const unstyled = [...classes].filter((name) => !new RegExp(`\\.${name}[\\s,.:{\\[)]`).test(css) && !hooks.includes(name));
    assert.deepEqual(unstyled, []);
  });
});

describe('cable render', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-render-'));
  const captured = (): { out: string[]; err: string[]; streams: { out(text: string): void; err(text: string): void } } => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, streams: { out: (text) => void out.push(text), err: (text) => void err.push(text) } };
  };
  const request = (overrides: Partial<RenderRequest>): RenderRequest => ({ file: workedExample, output: undefined, view: 'diplomatic', title: undefined, diagnostics: false, maxSize: 100e6, ...overrides });
  const cliFolder = path.join(repoRoot, 'out', 'server', 'src', 'cli');

  test('writes the standalone page to -o, with the stylesheet inlined', () => {
    const target = path.join(folder, 'out.html');
    const io = captured();
    assert.equal(runRender(request({ output: target, view: 'reading', diagnostics: true }), io.streams, cliFolder), 0);
    assert.deepEqual(io.err, []);
    const page = fs.readFileSync(target, 'utf8');
    assert.match(page, /^<!DOCTYPE html>/);
    assert.ok(page.includes('.stamp-tilt-0'));
    assert.match(page, /class="cable view-reading"/);
    assert.match(page, /diagnostic-info/, 'the worked example has C303, C304 and C305');
  });

  test('writes to standard output without -o', () => {
    const io = captured();
    assert.equal(runRender(request({}), io.streams, cliFolder), 0);
    assert.match(io.out.join(''), /<blockquote class="quoted-telegram"/);
    assert.doesNotMatch(io.out.join(''), /diagnostic diagnostic-/);
  });

  test('a missing file, a folder, an unwritable output or a missing stylesheet: status 2 and one line', () => {
    const cases: Array<[RenderRequest, string, RegExp]> = [
      [request({ file: path.join(folder, 'missing.cable') }), cliFolder, /^cable: .*missing\.cable: cannot be read/],
      [request({ file: folder }), cliFolder, /cannot be read/],
      [request({ output: path.join(folder, 'no', 'such', 'dir.html') }), cliFolder, /dir\.html: cannot be written/],
      [request({}), path.parse(folder).root, /cannot find the preview stylesheet/],
    ];
    for (const [input, moduleFolder, message] of cases) {
      const io = captured();
      assert.equal(runRender(input, io.streams, moduleFolder), 2);
      assert.equal(io.err.length, 1);
      assert.match(io.err[0], message);
      assert.ok(io.err[0].endsWith('\n') && io.err[0].split('\n').length === 2, 'one line');
    }
  });

  test('the input file by another name (a link to it) is no output either', async () => {
    const input = path.join(folder, 'input.cable');
    fs.copyFileSync(workedExample, input);
    const alias = path.join(folder, 'alias.html');
    fs.rmSync(alias, { force: true });
    fs.symlinkSync(input, alias);
    await assert.rejects(renderCommand.run([input, '-o', alias]), /is the input file; refusing to overwrite it/);
    assert.deepEqual(fs.readFileSync(input), fs.readFileSync(workedExample));
  });

  test('-o - writes to standard output; a page replaces an old one whole, leaving no temporary file', () => {
    const io = captured();
    assert.equal(runRender(request({ output: '-' }), io.streams, cliFolder), 0);
    assert.match(io.out.join(''), /^<!DOCTYPE html>/);
    const pageFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-render-page-'));
    const target = path.join(pageFolder, 'page.html');
    fs.writeFileSync(target, 'the old page');
    assert.equal(runRender(request({ output: target }), captured().streams, cliFolder), 0);
    assert.match(fs.readFileSync(target, 'utf8'), /^<!DOCTYPE html>/);
    assert.deepEqual(fs.readdirSync(pageFolder), ['page.html']);
  });

  test('bad usage is a UsageError; --help prints the help', async () => {
    await assert.rejects(renderCommand.run([]), UsageError);
    await assert.rejects(renderCommand.run(['a.cable', 'b.cable']), UsageError);
    await assert.rejects(renderCommand.run(['--view', 'pretty', 'a.cable']), /--view must be diplomatic or reading/);
    await assert.rejects(renderCommand.run(['a.cable', '-o', 'a.cable']), /refusing to overwrite/);
    await assert.rejects(renderCommand.run(['a.cable', '-o', 'other.CABLE']), /is a \.cable file/);
    await assert.rejects(renderCommand.run(['--colour', 'a.cable']), UsageError);
    assert.match(renderCommand.help, /Usage: cable render \[options\] FILE/);
  });
});
