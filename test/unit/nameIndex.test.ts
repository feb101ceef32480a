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

test('variants come in the order their keys came to the index, while documents come, change and go', () => {
  // C305 reports the first variant a name is rarer than, so the order is part of the result.
  const index = new NameIndex();
  const arrived: string[] = [];
  const syllables = ['ka', 'ke', 'ko', 'ma', 'me', 'na', 'no', 'ri', 'ro', 'sa'];
  let seed = 7;
  const random = (below: number): number => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * below);
  const documents = new Map<string, string[]>();
  for (let step = 0; step < 600; step++) {
    const uri = `file:///d${random(40)}.cable`;
    const keys = Array.from({ length: random(4) }, () => Array.from({ length: 3 + random(2) }, () => syllables[random(10)]).join(''));
    const changed = index.setDocument(uri, keys.map((key) => ({ key, text: key })));
    const before = documents.get(uri) ?? [];
    documents.set(uri, keys);
    if (changed) {
      // The document's old names go first: a key no other document holds leaves, even one it still uses.
      const elsewhere = new Set([...documents].filter(([other]) => other !== uri).flatMap(([, used]) => used));
      for (const key of before) if (!elsewhere.has(key) && arrived.includes(key)) arrived.splice(arrived.indexOf(key), 1);
      // Then its names come, and a key no document held arrives at the end.
      for (const key of keys) if (!arrived.includes(key)) arrived.push(key);
    }
    const held = new Set([...documents.values()].flat());
    // A search read part way, as C305 reads one, is left to go on later: after the index changed, it must start again.
    readPartWay(index, [...held][random(held.size)] ?? 'kakaka', random(3));
    if (step % 50 !== 49) continue;
    for (const key of held) {
      const expected = [-2, -1, 0, 1, 2].flatMap((difference) => arrived.filter((other) => other.length === key.length + difference && other !== key && areVariants(key, other)));
      assert.deepEqual([...index.searchVariants(key)], expected, `step ${step}: ${key}, searched`);
      assert.deepEqual(index.variantsOf(key), expected, `step ${step}: ${key}`);
    }
  }
});

function readPartWay(index: NameIndex, key: string, count: number): void {
  let read = 0;
  for (const variant of index.searchVariants(key)) {
    void variant;
    if (++read >= count) break;
  }
}

test('a search read part way goes on from where it stopped, without repeating or skipping a variant', () => {
  const index = new NameIndex();
  const spellings = ['Li Kenong', 'Le Kenong', 'Li Kenung', 'Lu Kenong', 'Li Kenon', 'Li Kenongg'];
  spellings.forEach((spelling, document) => index.setDocument(`file:///${document}.cable`, [name(spelling)]));
  const all = spellings.slice(1).map((spelling) => spelling.toLowerCase());
  const byLength = [-2, -1, 0, 1, 2].flatMap((difference) => all.filter((key) => key.length === 'li kenong'.length + difference));
  const first: string[] = [];
  for (const variant of index.searchVariants('li kenong')) {
    first.push(variant);
    if (first.length === 2) break;
  }
  assert.deepEqual(first, byLength.slice(0, 2));
  assert.deepEqual([...index.searchVariants('li kenong')], byLength);
  assert.deepEqual(index.variantsOf('li kenong'), byLength);
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
