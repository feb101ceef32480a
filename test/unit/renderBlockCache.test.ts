/**
 * Rendering a new version of a cable takes the HTML of the body blocks the
 * edit left alone from the last render (render/blockCache.ts), and renders
 * again every block whose HTML depends on what changed: its own text, the
 * lines above it, its diagnostics, the year its time groups inherit, the
 * numbers of its footnote references. Each render here is also compared with
 * a render of a tree parsed from scratch, which nothing was kept for.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-types';
import { parseCable, type CableTree } from '../../server/src/service/index';
import { renderBody } from '../../server/src/service/render/index';
import { blockCacheCounts } from '../../server/src/service/render/blockCache';

/** Three body paragraphs: the first gives the year, the last inherits it and refers to the note. */
const cable = [
  'Cable: 1',
  '',
  'Sent on 1205 19 October 1951 from Moscow[i].',
  '',
  'The second paragraph says nothing of note.',
  '',
  'Received 0900 21 October and filed[i].',
  '-----',
  '[i] The resident.',
  '',
].join('\n');

/** Renders `text` parsed from `previous`'s tree, checks it against a fresh tree, and counts the body blocks reused. */
function renderEdited(previous: CableTree, text: string, diagnostics: Diagnostic[] = []): { tree: CableTree; html: string; reused: number } {
  const tree = parseCable(text, undefined, previous);
  const before = blockCacheCounts.reused;
  const html = renderBody(tree, { view: 'diplomatic', diagnostics });
  const reused = blockCacheCounts.reused - before;
  assert.equal(html, renderBody(parseCable(text), { view: 'diplomatic', diagnostics }), 'the same HTML as a tree parsed from scratch');
  return { tree, html, reused };
}

function firstRender(text: string): CableTree {
  const tree = parseCable(text);
  renderBody(tree, { view: 'diplomatic' });
  return tree;
}

const replace = (text: string, from: string, to: string): string => text.replace(from, to);

test('an edit inside one paragraph renders that paragraph again and takes the other two as they were', () => {
  const { reused, html } = renderEdited(firstRender(cable), replace(cable, 'says nothing', 'says little'));
  assert.equal(reused, 2);
  assert.match(html, /says little/);
});

test('a line added above shifts the data-line of the paragraphs taken again', () => {
  const edited = replace(cable, 'The second paragraph', 'The second\nparagraph');
  const { reused, html } = renderEdited(firstRender(cable), edited);
  assert.equal(reused, 2);
  assert.match(html, /<p data-line="7">Received/);
});

test('a kept paragraph with a new diagnostic is rendered again, with its marker', () => {
  const previous = firstRender(cable);
  const diagnostic: Diagnostic = { range: { start: { line: 6, character: 0 }, end: { line: 6, character: 8 } }, severity: 2, code: 'C999', message: 'made up' };
  const { reused, html } = renderEdited(previous, replace(cable, 'says nothing', 'says little'), [diagnostic]);
  assert.equal(reused, 1);
  assert.match(html, /<p data-line="6"><span class="diagnostic diagnostic-warning"[^>]*title="C999: made up"/);
});

test('a new year in the first paragraph renders the last again: its time group inherits the year', () => {
  const { reused, html } = renderEdited(firstRender(cable), replace(cable, '19 October 1951', '19 October 1952'));
  assert.equal(reused, 1, 'only the middle paragraph is taken as it was');
  assert.match(html, /datetime="1952-10-21T09:00"/);
});

test('another reference to the note, earlier, renders the later reference again: its number and link change', () => {
  const { reused, html } = renderEdited(firstRender(cable), replace(cable, 'nothing of note.', 'nothing of note[i].'));
  assert.equal(reused, 1, 'only the first paragraph is taken as it was');
  assert.match(html, /id="ref-i-3"/);
});

test('the other view renders every block again', () => {
  const previous = firstRender(cable);
  const tree = parseCable(`${cable}x`, undefined, previous);
  const before = blockCacheCounts.reused;
  renderBody(tree, { view: 'reading' });
  assert.equal(blockCacheCounts.reused, before);
});

test('a note added for a reference that had none renders the reference again, now as a link', () => {
  const withMissing = replace(cable, 'nothing of note.', 'nothing of note[ii].');
  const { reused, html } = renderEdited(firstRender(withMissing), `${withMissing}[ii] The embassy.\n`);
  assert.equal(reused, 2, 'only the middle paragraph is rendered again');
  assert.match(html, /<a href="#note-ii" id="ref-ii-1">/);
});

test('past the marked limit, a new error at the end unmarks a note in a paragraph the edit did not touch, and that paragraph is rendered again', () => {
  const paragraphs = Array.from({ length: 1001 }, (_paragraph, index) => `Paragraph ${index}.`);
  const text = `Cable: 1\n\n${paragraphs.join('\n\n')}\n`;
  const lineOf = (index: number): number => 2 + 2 * index;
  const note = (index: number): Diagnostic => ({ range: { start: { line: lineOf(index), character: 0 }, end: { line: lineOf(index), character: 1 } }, severity: 3, message: `note ${index}` });
  const notes = paragraphs.slice(0, 1000).map((_paragraph, index) => note(index));
  const previous = parseCable(text);
  const first = renderBody(previous, { view: 'diplomatic', diagnostics: notes });
  assert.match(first, /title="note 999"/);
  const edited = text.replace('Paragraph 1000.', 'Paragraph 1000 [.');
  const error: Diagnostic = { range: { start: { line: lineOf(1000), character: 15 }, end: { line: lineOf(1000), character: 16 } }, severity: 1, message: 'an error' };
  const { html, reused } = renderEdited(previous, edited, [...notes, error]);
  // The error is marked; of the notes, the last is let go, though its paragraph did not change.
  assert.match(html, /title="an error"/);
  assert.doesNotMatch(html, /title="note 999"/);
  assert.equal(reused, 999);
});
