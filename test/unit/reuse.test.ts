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

function comparable(tree: CableTree): string {
  const { header, body, footer, catalogue, bracketProblems, timeGroupProblems } = tree;
  return JSON.stringify({ header, body, footer, catalogue, bracketProblems, timeGroupProblems });
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
    const previous = parseCable(text, options);
    for (const [at, remove, insert] of edits(text)) {
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

test('blocks before an edit keep their inline nodes; blocks after it are shifted copies', () => {
  const text = fs.readFileSync(path.join(samplesDir, 'cable-25025.cable'), 'utf8');
  const previous = parseCable(text, options);
  const at = text.indexOf('We should both');
  const edited = `${text.slice(0, at)}Indeed. ${text.slice(at)}`;
  const tree = parseCable(edited, options, previous);
  assert.equal(tree.header.blocks[1].inlines, previous.header.blocks[1].inlines, 'a header field before the edit is reused as it is');
  const lastBefore = previous.footer?.blocks.at(-1);
  const lastAfter = tree.footer?.blocks.at(-1);
  assert.ok(lastBefore && lastAfter);
  assert.notEqual(lastAfter.inlines, lastBefore.inlines);
  assert.equal(lastAfter.start, lastBefore.start + 'Indeed. '.length);
  assert.deepEqual(
    lastAfter.inlines.map((inline) => inline.start - 'Indeed. '.length),
    lastBefore.inlines.map((inline) => inline.start),
  );
});

test('a change in whether the document has notes reads every block again', () => {
  const text = 'Cable: 1\n\nTo VIKTOR[i].\n-----\nVerified: X\n';
  const previous = parseCable(text, options);
  const edited = `${text}[i] VIKTOR: FITIN.\n`;
  const tree = parseCable(edited, options, previous);
  assert.equal(comparable(tree), comparable(parseCable(edited, options)));
  assert.equal(tree.body.blocks[0].inlines[0]?.type, 'footnote-ref');
});
