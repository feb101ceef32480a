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
  const word = (length: number): string => Array.from({ length }, () => letters[Math.floor(random() * letters.length)]).join('');
  /** One or two random edits (substitute, insert, delete, swap), so real variants with new letters are plentiful. */
  const edited = (text: string): string => {
    let result = text;
    for (let edit = 0; edit < 1 + Math.floor(random() * 2); edit++) {
      const at = Math.floor(random() * result.length);
      const letter = letters[Math.floor(random() * letters.length)];
      const kind = Math.floor(random() * 4);
      if (kind === 0) result = result.slice(0, at) + letter + result.slice(at + 1);
      else if (kind === 1) result = result.slice(0, at) + letter + result.slice(at);
      else if (kind === 2 && result.length > 3) result = result.slice(0, at) + result.slice(at + 1);
      else if (at + 1 < result.length) result = result.slice(0, at) + result[at + 1] + result[at] + result.slice(at + 2);
    }
    return result;
  };
  for (let document = 0; document < 40; document++) {
    const names = Array.from({ length: 12 }, () => {
      const base = `${word(2 + Math.floor(random() * 3))} ${word(4 + Math.floor(random() * 5))}`;
      return [base, edited(base)].filter((text) => text.split(' ').length === 2 && !text.includes('  '));
    })
      .flat()
      .map((text) => {
        keys.add(text);
        return name(text);
      });
    index.setDocument(`file:///${document}.cable`, names);
  }
  const pairs = [...keys].reduce((count, key) => count + [...keys].filter((other) => areVariants(key, other)).length, 0);
  assert.ok(pairs > 200, `only ${pairs} variant pairs: the test would prove little`);
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

test('keys by prefix equal a look at every key, while documents come, change and go', () => {
  const index = new NameIndex();
  let seed = 5;
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const letters = 'abkl';
  // Few letters and short names: prefixes are shared a lot, and keys come back after they went.
  const someName = (): string => Array.from({ length: 1 + Math.floor(random() * 4) }, () => letters[Math.floor(random() * letters.length)]).join('');
  const prefixes = ['', 'a', 'k', 'ka', 'kab', 'l', 'lb', 'bbbb', 'z'];
  for (let step = 0; step < 3000; step++) {
    const uri = `file:///${Math.floor(random() * 40)}.cable`;
    if (random() < 0.2) index.removeDocument(uri);
    else index.setDocument(uri, Array.from({ length: Math.floor(random() * 5) }, () => name(someName())));
    if (step % 50 !== 0) continue;
    for (const prefix of prefixes) {
      const expected = [...index.keys()].filter((key) => key.startsWith(prefix)).sort();
      assert.deepEqual([...index.keysStartingWith(prefix)].sort(), expected, `step ${step}, prefix "${prefix}"`);
    }
  }
});

test('keys by prefix after a bulk read: thousands of new keys, then a few typed ones', () => {
  const index = new NameIndex();
  for (let document = 0; document < 2000; document++) index.setDocument(`file:///${document}.cable`, [name(`Kim N${document}`), name(`Li ${document}`)]);
  index.setDocument('file:///typing.cable', [name('Kim Nx')]);
  assert.deepEqual(index.keysStartingWith('kim n19').sort(), ['kim n19', ...Array.from({ length: 10 }, (_, i) => `kim n19${i}`), ...Array.from({ length: 100 }, (_, i) => `kim n19${String(i).padStart(2, '0')}`)].sort());
  assert.deepEqual(index.keysStartingWith('kim nx'), ['kim nx']);
  index.removeDocument('file:///typing.cable');
  assert.deepEqual(index.keysStartingWith('kim nx'), []);
});
