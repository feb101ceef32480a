/**
 * What modules keep with a tree (treeSlot.ts): each slot holds its own, and a
 * tree made from the previous version by any parse path starts with nothing
 * of the previous tree's kept, so no cached result of one version is read
 * as the next one's.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { factsOf } from '../../server/src/service/analysis/facts';
import { documentNames } from '../../server/src/service/names/documentNames';
import { parseCable } from '../../server/src/service/parser/parse';
import { treeSlot } from '../../server/src/service/parser/treeSlot';

const options = { slashedDates: 'month-first' as const };

const cable = ['Cable No. 12', 'From: Moscow', 'To: Beijing', '', 'Met Gao Gang in Moscow on 12 May.', '', '---', 'Deciphered: Ivanov, 14.5.1950', ''].join('\n');

test('two slots hold their own values, and an emptied slot holds nothing', () => {
  const tree = parseCable(cable, options);
  const numbers = treeSlot<number>();
  const words = treeSlot<string>();
  numbers.set(tree, 7);
  words.set(tree, 'seven');
  assert.equal(numbers.get(tree), 7);
  assert.equal(words.get(tree), 'seven');
  numbers.delete(tree);
  assert.equal(numbers.get(tree), undefined);
  assert.equal(words.get(tree), 'seven');
  assert.equal(words.get(parseCable(cable, options)), undefined, 'another tree has a slot of its own');
});

test('a tree parsed from the previous one works its facts and names out afresh, whichever part the edit was in', () => {
  const edits: Array<[string, string, string]> = [
    ['the body', 'Gao Gang in', 'Gao Gang and Kim Il Sung in'],
    ['the header', 'To: Beijing', 'To: Peking'],
    ['the footer', 'Ivanov', 'Petrov'],
  ];
  for (const [part, before, after] of edits) {
    const previous = parseCable(cable, options);
    const previousFacts = factsOf(previous);
    documentNames(previous);
    const edited = cable.replace(before, after);
    const tree = parseCable(edited, options, previous);
    assert.notEqual(factsOf(tree), previousFacts, `${part}: the facts are the new tree's own`);
    assert.deepEqual([...documentNames(tree).keys()].sort(), [...documentNames(parseCable(edited, options)).keys()].sort(), `${part}: the names are the edited text's`);
  }
});
