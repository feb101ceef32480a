/** Document text in hover markdown stays text (features/hover/markdown.ts). */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { code, plain } from '../../server/src/service/features/hover/markdown';

/** CommonMark closes a code span at the first run of backticks as long as its opening one: there must be none inside. */
function assertOneCodeSpan(markdown: string, inner: string): void {
  const fence = /^`+/.exec(markdown)?.[0] ?? '';
  assert.ok(fence.length > 0 && markdown.endsWith(fence), markdown);
  const content = markdown.slice(fence.length, markdown.length - fence.length);
  for (const run of content.match(/`+/g) ?? []) assert.notEqual(run.length, fence.length, `a run inside closes the span: ${markdown}`);
  assert.equal(content.trim(), inner);
}

test('a code span is fenced past every run of backticks in the text, so none closes it early', () => {
  const image = 'a``![p](https://tracker.example/p.png)``';
  assertOneCodeSpan(code(image), image);
  assertOneCodeSpan(code('x```y`z'), 'x```y`z');
  assertOneCodeSpan(code('`starts and ends`'), '`starts and ends`');
  assert.equal(code('plain'), '`plain`');
});

test('plain text escapes what would be markup', () => {
  assert.equal(plain('![p](https://x/p.png) <b>'), '!\\[p\\](https://x/p.png) \\<b\\>');
});
