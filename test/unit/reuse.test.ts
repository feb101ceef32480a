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
import { treeContent } from '../support/treeContent';

const options = { slashedDates: 'month-first' as const };

/** Everything a tree holds, as text: two trees are equal when these are. */
export function comparable(tree: CableTree): string {
  return JSON.stringify({ ...treeContent(tree), noteMarkers: [...tree.noteMarkers] });
}

/** `text` with `remove` characters at `at` replaced by `insert`. */
function spliced(text: string, at: number, remove: number, insert: string): string {
  return text.slice(0, at) + insert + text.slice(at + remove);
}

/** `edited`, parsed from the tree of `before`, gives the tree a parse from scratch gives. */
function assertSameAsFromScratch(before: string, edited: string, label: string): void {
  assert.equal(comparable(parseCable(edited, options, parseCable(before, options))), comparable(parseCable(edited, options)), label);
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
      const edited = spliced(text, at, remove, insert);
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

test('typing on the body\'s first line takes the body path while the line stays body text, and declines when it becomes a header line', () => {
  const text = 'Cable: 1\nFrom: Moscow\n\nTo Cde. FILIPPOV\n\nCde. FILIPPOV!\n-----\nVerified: X\n';
  const first = text.indexOf('To Cde.');
  assertZonesKept(
    text,
    [
      [first + 2, 0, 'x'],
      [first, 2, ''],
      [first + 3, 4, 'Comrade'],
    ],
    ['header', 'footer'],
  );
  // A field name, a stamp, a comment or a blank typed there makes the line the header's: a parse from scratch gives the same tree.
  for (const insert of ['Sent: 1205 19 October\n', 'To: ', '[Stamp: Secret]\n', '%% ', '\n']) {
    const edited = text.slice(0, first) + insert + text.slice(first);
    assertSameAsFromScratch(text, edited, JSON.stringify(insert));
  }
  // Found by the property tests: the first line of an unclosed catalogue record's body joined to a key line, and a byte-order mark brought to the start.
  const cases: Array<[string, number, number, string]> = [
    ['---\ntitle: A\nstalin]\ndate: 1951\nCable: 1\n\nText.\n', '---\ntitle: A\nstal'.length, 4, ''],
    ['[\uFEFF', 0, 1, ''],
    ['[\uFEFFCable: 1\n\nText.\n', 0, 1, ''],
    // The body's whole first block deleted from its first line: nothing is left of the region read again.
    ['Cable: 1\n\nTo Cde. X\n\nMore text.\n', 'Cable: 1\n\n'.length, 'To Cde. X\n\n'.length, ''],
    ['Cable: 1\n\nTo Cde. X\n\nMore text.\n-----\nVerified: X\n', 'Cable: 1\n\n'.length, 'To Cde. X\n\n'.length, ''],
  ];
  for (const [before, at, remove, insert] of cases) {
    const edited = spliced(before, at, remove, insert);
    assertSameAsFromScratch(before, edited, JSON.stringify(edited));
  }
});

test('typing at the end of a cable with no footer yet takes the body path: the blocks before the last ones are the same nodes, and the tree equals a parse from scratch', () => {
  const body = 'Cable: 1\nFrom: Moscow\n\nTo Cde. FILIPPOV\n\nFirst paragraph, with [unclear] words.\n\nThe last paragraph goes on';
  const endings: Array<[string, string]> = [
    ['no line ending', body],
    ['a line ending', `${body}\n`],
    ['CRLF', `${body.replaceAll('\n', '\r\n')}\r\n`],
    ['blank lines', `${body}\n\n\n`],
    ['a closed quote', `${body}\n\n"Quoted text.\n\nMAO ZEDONG 0530 18 October"`],
    ['an open quote', `${body}\n\n"Quoted text`],
  ];
  for (const [label, text] of endings) {
    const end = text.length;
    // Typed with the cable's own line ending: one of the other kind makes them mixed, which the path leaves to a full parse.
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const cases: Array<[number, number, string]> = [
      [end, 0, 'x'],
      [end, 0, ' Kim Il Sung'],
      [end, 0, eol],
      [end, 0, `${eol}${eol}A new paragraph`],
      [end, 0, `${eol}"`],
      [end, 0, '"'],
      [end, 0, ' 19 October 1951'],
      [end - eol.length, eol.length, ''],
      [end - 4, 4, ''],
      [end - 2, 2, 'ab'],
    ];
    for (const [at, remove, insert] of cases) {
      const previous = parseCable(text, options);
      const firstBodyBlock = previous.body.blocks[0];
      const edited = spliced(text, at, remove, insert);
      const tree = parseCable(edited, options, previous);
      const what = `${label}, edit at ${at}: ${JSON.stringify(insert)}`;
      assert.equal(tree.body.blocks[0], firstBodyBlock, `${what}: the body's first block is the same node`);
      assert.equal(comparable(tree), comparable(parseCable(edited, options)), what);
    }
    // A separator typed at the end starts the footer: the full parse reads it, and the tree is still a parse from scratch's.
    for (const insert of ['\n-----\n', '\n-----', '\n-----\nVerified: X']) assertSameAsFromScratch(text, text + insert, `${label}: ${JSON.stringify(insert)}`);
  }
  // Found by the property tests: when the body's first line is the text's last, typing at its end may make it a header line.
  for (const [before, insert] of [['e', 'Sent: 241100Z Sep 45'], ['From', ': Moscow'], ['Cable: 1\n\nTo', ': Beijing'], ['Cable: 1\n\n[Stamp', ': Secret]'], ['Cable: 1\n\nText', '\n']]) {
    assertSameAsFromScratch(before, before + insert, JSON.stringify(before + insert));
  }
});

test('edits the fast paths decline still equal a parse from scratch: the first header line, the separator, a typed separator, mixed line endings', () => {
  const text = fs.readFileSync(path.join(samplesDir, 'cable-25025.cable'), 'utf8');
  const separator = text.indexOf('\n-----') + 1;
  const body = text.indexOf('We should both');
  const cases: Array<[number, number, string]> = [
    [text.indexOf('Cable:'), 0, 'x'],
    [separator, 1, ''],
    [separator - 1, 1, ''],
    [separator, 0, '-'],
    [body, 0, '\n-----\n'],
    [body, 0, 'a\r\nb'],
    [body, 0, '"'],
    [body, 0, '[Stamp: open'],
  ];
  for (const [at, remove, insert] of cases) {
    const edited = spliced(text, at, remove, insert);
    assertSameAsFromScratch(text, edited, `edit at ${at}: ${JSON.stringify(insert)}`);
  }
});

/**
 * Each edit of `text`, parsed from its previous tree, equals a parse from
 * scratch and keeps the blocks of `kept` as the same nodes: a fast path that
 * silently fell back to the full parse (which makes every block anew) fails.
 */
function assertZonesKept(text: string, cases: Array<[number, number, string]>, kept: Array<'header' | 'body' | 'footer'>): void {
  for (const [at, remove, insert] of cases) {
    const previous = parseCable(text, options);
    const before = kept.map((zone) => [...(previous[zone]?.blocks ?? [])]);
    const edited = spliced(text, at, remove, insert);
    const tree = parseCable(edited, options, previous);
    const label = `edit at ${at}: ${JSON.stringify(insert)}`;
    kept.forEach((zone, index) => {
      const blocks: readonly object[] = tree[zone]?.blocks ?? [];
      assert.ok(blocks.length > 0 && blocks.every((block, at) => block === before[index][at]), `${label}: the ${zone} blocks are the same nodes`);
    });
    assert.equal(comparable(tree), comparable(parseCable(edited, options)), label);
  }
}

test('typing in the header reads only the header: the body and footer are kept, the same nodes, moved, and the tree equals a parse from scratch', () => {
  const text = fs.readFileSync(path.join(samplesDir, 'cable-25025.cable'), 'utf8');
  const fromLine = text.indexOf('From:');
  const cases: Array<[number, number, string]> = [
    [fromLine, 0, 'x'],
    [fromLine + 6, 3, ''],
    [fromLine, 0, 'Sent: 1205 19 October 1951\n'],
    [fromLine, 0, '[Stamp: Top secret]\n'],
    [fromLine, 0, '\n'],
    [text.indexOf('\n', fromLine), 0, ' 1205'],
  ];
  assertZonesKept(text, cases, ['body', 'footer']);
});

test('header edits that move where the body begins, and short texts, still equal a parse from scratch', () => {
  const cable = 'Cable: 1\nFrom: Moscow\n\nTo VIKTOR.\n-----\nVerified: X\n';
  const cases: Array<[string, number, number, string]> = [
    // A header line becomes body text; a field typed where the body begins; the body's first line joins a field; a stamp is left open.
    [cable, cable.indexOf('From'), 5, 'From '],
    [cable, cable.indexOf('To VIKTOR'), 0, 'Sent: 1 May\n'],
    [cable, cable.indexOf('\n\nTo') + 1, 1, 'To: Moscow'],
    [cable, cable.indexOf('From'), 0, '[Stamp: Secret\n'],
    ['', 0, 0, 'Cable: 1'],
    ['Cable: 1\n', 9, 0, 'From: Moscow\n'],
    ['Cable: 1\n', 0, 9, ''],
    ['Cable: 1', 8, 0, '\r\n'],
  ];
  for (const [text, at, remove, insert] of cases) {
    const edited = spliced(text, at, remove, insert);
    assertSameAsFromScratch(text, edited, `${JSON.stringify(text)}, edit at ${at}: ${JSON.stringify(insert)}`);
  }
});

test('typing in the footer reads only the footer: the header and body are kept, the same nodes, and the tree equals a parse from scratch', () => {
  const text = fs.readFileSync(path.join(samplesDir, 'cable-25025.cable'), 'utf8');
  const footerLine = text.indexOf('Printed: Korniyushina');
  const cases: Array<[number, number, string]> = [
    [footerLine, 0, 'x'],
    [text.indexOf('Eight'), 5, 'Nine'],
    [text.length - 3, 0, ' 29 February 1951'],
    [text.length, 0, 'Distributed: Molotov, Beria\n'],
    [footerLine, 0, '[Stamp: Secret]\n'],
    [text.indexOf('1250'), 4, '2561'],
  ];
  assertZonesKept(text, cases, ['header', 'body']);
});

test('typing right after a separator that ends the text, with no line ending, reads the line again: it may stop being a separator', () => {
  // Found by the property test (seed 20261203): the footer path took `-----` + `e` as an edit after the separator line.
  const cases: Array<[string, string]> = [
    ['-----', '-----e'],
    ['Cable: 1\n\nTo VIKTOR.\n-----', 'Cable: 1\n\nTo VIKTOR.\n------ x'],
    ['Cable: 1\n\nTo VIKTOR.\n-----', 'Cable: 1\n\nTo VIKTOR.\n-----\nVerified: X'],
    ['Cable: 1\n\nTo VIKTOR.\n-----\r', 'Cable: 1\n\nTo VIKTOR.\n-----\rx'],
  ];
  for (const [text, edited] of cases) assertSameAsFromScratch(text, edited, `${JSON.stringify(text)} → ${JSON.stringify(edited)}`);
});

test('typing in a note of a footer that has notes takes the footer path; its first note reads every block again', () => {
  const text = 'Cable: 1\n\nTo VIKTOR[i].\n-----\nVerified: X\n[i] VIKTOR: FITIN.\n';
  const previous = parseCable(text, options);
  const body = previous.body.blocks[0];
  const edited = `${text.slice(0, -2)}, the resident.\n`;
  const tree = parseCable(edited, options, previous);
  assert.equal(tree.body.blocks[0], body, 'the body paragraph is kept');
  assert.equal(comparable(tree), comparable(parseCable(edited, options)));
  const withSecondNote = `${edited}[ii] MAY: the embassy.\n`;
  assert.equal(comparable(parseCable(withSecondNote, options, tree)), comparable(parseCable(withSecondNote, options)));
});

test('a change in whether the document has notes reads every block again', () => {
  const text = 'Cable: 1\n\nTo VIKTOR[i].\n-----\nVerified: X\n';
  const previous = parseCable(text, options);
  const edited = `${text}[i] VIKTOR: FITIN.\n`;
  const tree = parseCable(edited, options, previous);
  assert.equal(comparable(tree), comparable(parseCable(edited, options)));
  assert.equal(tree.body.blocks[0].inlines[0]?.type, 'footnote-ref');
});

test('edits that make a paragraph take comment lines in, or let them go, equal a parse from scratch', () => {
  const text = 'Cable: 1\n\nFirst paragraph.\n%% a note [31 April\n\nSecond paragraph.\n\nThird.\n';
  const blankAfterNote = text.indexOf('\n\nSecond') + 1;
  const cases: Array<[string, string]> = [
    // The blank after a comment becomes a text line: the first paragraph takes the comment and both lines in.
    [spliced(text, blankAfterNote, 0, 'x'), 'typed on the blank after a comment'],
    // The blank before the second paragraph becomes a comment: nothing now parts the paragraphs but comments.
    [spliced(text, blankAfterNote, 0, '%% b'), 'blank made a comment'],
    // The comment's %% taken away: its line is text of the first paragraph.
    [spliced(text, text.indexOf('%%'), 2, ''), 'comment made text'],
    // A blank line put in before the comment: the comment is one of its own again.
    [spliced(text, text.indexOf('%%'), 0, '\n'), 'blank put before the comment'],
  ];
  for (const [edited, label] of cases) {
    assertSameAsFromScratch(text, edited, label);
    assertSameAsFromScratch(edited, text, `${label}, undone`);
  }
});

test('typing inside a long run of comment lines takes the body path: the paragraphs around are the same nodes, and only the lines near the edit are read', () => {
  const comments = Array.from({ length: 12 }, (_, index) => `%% note ${index} on the page`).join('\n');
  const text = `Cable: 1\n\nFirst paragraph.\n\n${comments}\n\nLast paragraph.\n`;
  const previous = parseCable(text, options);
  const firstBefore = previous.body.blocks[0];
  const lastBefore = previous.body.blocks.at(-1);
  const commentBefore = previous.body.blocks[2 + 4];
  const at = text.indexOf('note 6') + 4;
  const edited = spliced(text, at, 0, 'x');
  const tree = parseCable(edited, options, previous);
  assert.equal(tree.body.blocks[0], firstBefore, 'the paragraph before the comments is kept');
  assert.equal(tree.body.blocks.at(-1), lastBefore, 'the paragraph after them is the same node, moved');
  assert.equal(tree.body.blocks[2 + 4], commentBefore, 'a comment before the edit is kept');
  assert.equal(comparable(tree), comparable(parseCable(edited, options)));
});
