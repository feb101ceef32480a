/**
 * HTML fixtures shared by the renderer tests: rendering a text or a body,
 * finding elements by tag and attribute, the text a reader sees, and checks
 * that every sample renders with balanced tags.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { parseCable } from '../../server/src/service/index';
import { renderBody, type RenderView } from '../../server/src/service/render/index';
import { repoRoot } from './paths';

export const css = fs.readFileSync(path.join(repoRoot, 'media', 'preview.css'), 'utf8');

export function render(text: string, view: RenderView = 'diplomatic', diagnostics?: Diagnostic[]): string {
  return renderBody(parseCable(text), { view, diagnostics });
}

/** The body of a cable with a header, so the text given is the body. */
export function renderInBody(body: string, view: RenderView): string {
  return render(`Cable: 1\n\n${body}\n`, view);
}

export interface Element {
  /** The opening tag, attributes and all. */
  open: string;
  inner: string;
}

/** Elements `tag` whose opening tag contains `attributePart`, with their inner HTML (same-name nesting counted). */
export function elements(html: string, tag: string, attributePart = ''): Element[] {
  const found: Element[] = [];
  const opening = new RegExp(`<${tag}(?=[\\s>])[^>]*>`, 'g');
  for (let match = opening.exec(html); match; match = opening.exec(html)) {
    if (!match[0].includes(attributePart)) continue;
    const innerStart = match.index + match[0].length;
    const any = new RegExp(`<(/?)${tag}(?=[\\s>])[^>]*>`, 'g');
    any.lastIndex = innerStart;
    let depth = 1;
    let innerEnd = html.length;
    for (let next = any.exec(html); next; next = any.exec(html)) {
      depth += next[1] === '/' ? -1 : 1;
      if (depth === 0) {
        innerEnd = next.index;
        break;
      }
    }
    found.push({ open: match[0], inner: html.slice(innerStart, innerEnd) });
  }
  return found;
}

export function only(html: string, tag: string, attributePart = ''): Element {
  const found = elements(html, tag, attributePart);
  assert.equal(found.length, 1, `expected one <${tag} …${attributePart}…>, found ${found.length}`);
  return found[0];
}

/** What a reader sees: tags dropped, `<br>` as a line break, entities decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<br>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

export function attribute(open: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(open)?.[1];
}

export function sampleFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? sampleFiles(full) : entry.name.endsWith('.cable') ? [full] : [];
  });
}

const voidElements = new Set(['br', 'hr', 'meta']);

/** Every opened element is closed, in order. */
export function assertBalanced(html: string, label: string): void {
  const stack: string[] = [];
  const tags = /<(\/?)([a-z][a-z0-9]*)(?=[\s>])[^>]*>/g;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    const name = match[2];
    if (voidElements.has(name)) continue;
    if (match[1] === '') stack.push(name);
    else assert.equal(stack.pop(), name, `${label}: </${name}> closes the wrong element at ${match.index}`);
  }
  assert.deepEqual(stack, [], `${label}: elements left open`);
}
