/**
 * Incremental parsing: parsing a new version with the previous tree gives the
 * same tree as parsing it from scratch, for edits before, inside and after
 * every kind of block, and reused blocks really are reused.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseCable, type CableTree } from '../../server/src/service/index';
import { samplesDir } from '../support/paths';

const options = { slashedDates: 'month-first' as const };

/** Everything a tree holds, as text: two trees are equal when these are. */
export function comparable(tree: CableTree): string {
  return JSON.stringify({ ...tree, noteMarkers: [...tree.noteMarkers] });
}

function samples(): string[] {
  return fs
    .readdirSync(samplesDir)
    .filter((name) => name.endsWith('.cable'))
    .map((name) => fs.readFileSync(path.join(samplesDir, name), 'utf8'));
}

/** Deterministic edits spread over the text: inserts, deletes and replacements. */
function edits(text: string): Array<[number, number, string]> {
  const found: Array<[number, number, string]> = [];
  for (let i = 1; i <= 24; i++) {
    const at = Math.floor((text.length * i) / 25);
    found.push([at, 0, 'x'], [at, 3, ''], [at, 1, '[']);
    found.push([at, 0, '\n\n'], [at, 0, ' 29 February 1951 '], [at, 2, '"\n']);
  }
  return found;
}

test('a tree parsed with the previous version equals one parsed from scratch', () => {
  for (const text of samples()) {
    for (const [at, remove, insert] of edits(text)) {
      // The previous tree is consumed by the parse that uses it: a fresh one for each edit.
      const previous = parseCable(text, options);
      const edited = text.slice(0, at) + insert + text.slice(at + remove);
      assert.equal(comparable(parseCable(edited, options, previous)), comparable(parseCable(edited, options)), `edit at ${at}: ${JSON.stringify(insert)}`);
    }
  }
});

test('chains of versions stay equal to a parse from scratch', () => {
  for (const text of samples()) {
    let current = text;
    let tree = parseCable(current, options);
    for (const [at, remove, insert] of edits(text).slice(0, 40)) {
      const position = Math.min(at, current.length);
      current = current.slice(0, position) + insert + current.slice(position + remove);
      tree = parseCable(current, options, tree);
      assert.equal(comparable(tree), comparable(parseCable(current, options)));
    }
  }
});

test('typing in the body keeps the blocks before the edit and moves those after it, without copying', () => {
  const text = fs.readFileSync(path.join(samplesDir, 'cable-25025.cable'), 'utf8');
  const previous = parseCable(text, options);
  const at = text.indexOf('We should both');
  const edited = `${text.slice(0, at)}Indeed. ${text.slice(at)}`;
  const fieldBefore = previous.header.blocks[1];
  const lastBefore = previous.footer?.blocks.at(-1);
  const startsBefore = lastBefore?.inlines.map((inline) => inline.start);
  const tree = parseCable(edited, options, previous);
  assert.equal(tree.header.blocks[1], fieldBefore, 'a header field before the edit is kept as it is');
  const lastAfter = tree.footer?.blocks.at(-1);
  assert.ok(lastBefore && lastAfter && startsBefore);
  assert.equal(lastAfter, lastBefore, 'the footer block is the same node, moved');
  assert.deepEqual(
    lastAfter.inlines.map((inline) => inline.start - 'Indeed. '.length),
    startsBefore,
  );
  assert.equal(comparable(tree), comparable(parseCable(edited, options)));
});

test('edits the fast path declines still equal a parse from scratch: the header, the separator, the footer, a typed separator, mixed line endings', () => {
  const text = fs.readFileSync(path.join(samplesDir, 'cable-25025.cable'), 'utf8');
  const separator = text.indexOf('\n-----') + 1;
  const body = text.indexOf('We should both');
  const cases: Array<[number, number, string]> = [
    [text.indexOf('Cable:'), 0, 'x'],
    [separator, 1, ''],
    [separator - 1, 1, ''],
    [text.length - 3, 0, 'x'],
    [body, 0, '\n-----\n'],
    [body, 0, 'a\r\nb'],
    [body, 0, '"'],
    [body, 0, '[Stamp: open'],
  ];
  for (const [at, remove, insert] of cases) {
    const edited = text.slice(0, at) + insert + text.slice(at + remove);
    assert.equal(comparable(parseCable(edited, options, parseCable(text, options))), comparable(parseCable(edited, options)), `edit at ${at}: ${JSON.stringify(insert)}`);
  }
});

test('a change in whether the document has notes reads every block again', () => {
  const text = 'Cable: 1\n\nTo VIKTOR[i].\n-----\nVerified: X\n';
  const previous = parseCable(text, options);
  const edited = `${text}[i] VIKTOR: FITIN.\n`;
  const tree = parseCable(edited, options, previous);
  assert.equal(comparable(tree), comparable(parseCable(edited, options)));
  assert.equal(tree.body.blocks[0].inlines[0]?.type, 'footnote-ref');
});
