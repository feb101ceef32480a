/**
 * The workspace name index: counts per document, whether a document's names
 * changed, and variant look-ups that agree with comparing every pair (the
 * letter-set filter in front of the edit distance must never drop a variant).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { NameIndex } from '../../server/src/service/index';
import { areVariants } from '../../server/src/service/names/variants';

function name(text: string): { key: string; text: string } {
  return { key: text.toLowerCase(), text };
}

test('variant look-ups equal a comparison of every pair', () => {
  const index = new NameIndex();
  const letters = 'aeiklnorstuzé';
  const keys = new Set<string>();
  let seed = 11;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let document = 0; document < 40; document++) {
    const names = Array.from({ length: 25 }, () => {
      const word = (length: number) => Array.from({ length }, () => letters[Math.floor(random() * letters.length)]).join('');
      const text = `${word(2 + Math.floor(random() * 3))} ${word(4 + Math.floor(random() * 5))}`;
      keys.add(text);
      return name(text);
    });
    index.setDocument(`file:///${document}.cable`, names);
  }
  for (const key of keys) {
    const expected = [...keys].filter((other) => areVariants(key, other)).sort();
    assert.deepEqual([...index.variantsOf(key)].sort(), expected, key);
  }
});

test('setDocument says whether the names changed, and counts uses outside a document', () => {
  const index = new NameIndex();
  assert.equal(index.setDocument('file:///a.cable', [name('Li Kenong'), name('Li Kenong')]), true);
  assert.equal(index.setDocument('file:///a.cable', [name('Li Kenong'), name('Li Kenong')]), false);
  assert.equal(index.setDocument('file:///b.cable', [name('Le Kenong')]), true);
  assert.equal(index.usesOutside('li kenong', 'file:///b.cable'), 2);
  assert.equal(index.usesOutside('li kenong', 'file:///a.cable'), 0);
  assert.deepEqual(index.variantsOf('le kenong'), ['li kenong']);
  index.removeDocument('file:///a.cable');
  assert.deepEqual(index.variantsOf('le kenong'), []);
});
