/**
 * A document's name counts are carried over an edit the parser reads in
 * place, instead of being counted again by a walk of the whole tree, also
 * when the edit removes a name's first use.
 */
import * as assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseCable, type CableTree } from '../../server/src/service/index';
import { documentNames, documentNameWalks } from '../../server/src/service/names/documentNames';

const cable = [
  'From: Moscow',
  'To: Beijing',
  '',
  'We met KIM IL SUNG today.',
  '',
  'Later Cde. Kim Il Sung and Zhou Enlai spoke.',
  '',
  'Zhou Enlai agreed.',
  '-----',
  'Copies to: Cde. Ivanov',
  '',
].join('\n');

/** The counts of `tree` as plain rows, and how many whole-tree walks answering cost. */
function counted(tree: CableTree): { rows: string[]; walks: number } {
  const before = documentNameWalks.count;
  const rows = [...documentNames(tree)].map(([key, use]) => `${key}: ${use.text} ×${use.count}, titled ${use.titled}`).sort();
  return { rows, walks: documentNameWalks.count - before };
}

/** Parses `text` edited from `cable` by replacing `from` with `to`, from the counted tree of `cable`. */
function edited(from: string, to: string): { tree: CableTree; text: string } {
  const previous = parseCable(cable);
  documentNames(previous);
  const text = cable.replace(from, to);
  assert.notEqual(text, cable);
  return { tree: parseCable(text, undefined, previous), text };
}

/** The counts of `cable` edited by replacing `from` with `to`: carried over (no walk), and the counts of a parse from scratch. */
function carriedRows(from: string, to: string): string[] {
  const { tree, text } = edited(from, to);
  const carried = counted(tree);
  assert.equal(carried.walks, 0);
  assert.deepEqual(carried.rows, counted(parseCable(text)).rows);
  return carried.rows;
}

describe('document names', () => {
  test('counts uses, titled uses and the first spelling', () => {
    assert.deepEqual(counted(parseCable(cable)).rows, ['ivanov: Ivanov ×1, titled 1', 'kim il sung: KIM IL SUNG ×2, titled 1', 'zhou enlai: Zhou Enlai ×2, titled 0']);
  });

  test('typing in a paragraph of the body carries the counts: no walk', () => {
    const rows = carriedRows('Zhou Enlai agreed', 'Zhou Enlai and Cde. Ivanov agreed');
    assert.ok(rows.includes('ivanov: Ivanov ×2, titled 2'));
  });

  test('a name typed before its first use becomes the first, however far the typing moved that use', () => {
    // The paragraph after the edit moves its names only when read (ParagraphNode): the first use is read through its block.
    const rows = carriedRows('today.', 'today. We also met a long delegation led by ZHOU ENLAI.');
    assert.ok(rows.includes('zhou enlai: ZHOU ENLAI ×3, titled 0'));
  });

  test('typing in the footer carries the counts', () => {
    carriedRows('Copies to: Cde. Ivanov', 'Deciphered by: Ivanova');
  });

  test('a first use re-spelt where it stands is carried with its new spelling', () => {
    const rows = carriedRows('KIM IL SUNG today', 'Kim Il Sung today');
    assert.ok(rows.includes('kim il sung: Kim Il Sung ×2, titled 1'));
  });

  test('a name typed before its first use becomes its first spelling', () => {
    const rows = carriedRows('We met KIM IL SUNG', 'We met ZHOU ENLAI and KIM IL SUNG');
    assert.ok(rows.includes('zhou enlai: ZHOU ENLAI ×3, titled 0'));
  });

  test('a first use cut with later uses left takes the next use after the edit as its first, with its spelling', () => {
    const rows = carriedRows('We met KIM IL SUNG today.', 'We met him today.');
    assert.ok(rows.includes('kim il sung: Kim Il Sung ×1, titled 1'));
  });
});
