/** Go to Symbol in Workspace: the index's names matching what is typed, an entry per cable, resolved to the first use. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NameIndex, namedText, namesOf, neverCancelled, parseCable } from '../../server/src/service/index';
import { getWorkspaceSymbols, maxWorkspaceSymbols, resolveWorkspaceSymbol } from '../../server/src/service/features/workspaceSymbols';

const cables: Record<string, string> = {
  'file:///archive/a.cable': 'Cable: 1\n\nCde. Peng Dehuai met Kim Il Sung. Cde. Peng Dehuai left.\n',
  'file:///archive/b%20two.cable': 'Cable: 2\n\nKim Il Sung wrote to Cde. Peng Dehuai.\n\nLater Kim Il Sung and Kim Il Sung again, with Cde. Pengov.\n',
  'file:///archive/c.cable': 'Cable: 3\n\nThe Deputy, Cde. Dehuai Peng.\n',
};

function index(): NameIndex {
  const names = new NameIndex();
  for (const [uri, text] of Object.entries(cables)) names.setDocument(uri, namesOf(parseCable(text)));
  return names;
}

const entries = (query: string): string[] =>
  getWorkspaceSymbols(query, index(), neverCancelled).map((symbol) => `${symbol.name} @ ${symbol.containerName ?? ''}`);

test('each cable using a matching name is an entry, the cable using it most first, named by its file', () => {
  assert.deepEqual(entries('kim'), ['Kim Il Sung @ b two.cable (3 times)', 'Kim Il Sung @ a.cable (once)']);
  const [first] = getWorkspaceSymbols('kim il', index(), neverCancelled);
  assert.deepEqual(first.location, { uri: 'file:///archive/b%20two.cable' });
  assert.deepEqual(first.data, { key: 'kim il sung' });
});

test('names that start with what is typed come first, then a later word that does, then any that hold it, then its letters in order', () => {
  const names = entries('peng').map((entry) => entry.split(' @ ')[0]);
  assert.deepEqual([...new Set(names)], ['Peng Dehuai', 'Pengov', 'Dehuai Peng']);
  assert.deepEqual([...new Set(entries('PDH').map((entry) => entry.split(' @ ')[0]))], ['Peng Dehuai']);
  assert.deepEqual(entries('  kim   IL  '), entries('kim il'));
  assert.deepEqual(entries('zhou'), []);
});

test('an empty query gives nothing, and a name every cable uses gives no more than the limit', () => {
  assert.deepEqual(entries(''), []);
  assert.deepEqual(entries('   '), []);
  const names = new NameIndex();
  for (let i = 0; i < maxWorkspaceSymbols + 50; i++) names.setDocument(`file:///a/${i}.cable`, namesOf(parseCable('Cable: 1\n\nKim Il Sung.\n')));
  assert.equal(getWorkspaceSymbols('kim', names, neverCancelled).length, maxWorkspaceSymbols);
});

test('an entry picked is resolved to the first use of its name in its cable', () => {
  const [symbol] = getWorkspaceSymbols('kim', index(), neverCancelled);
  const resolved = resolveWorkspaceSymbol(symbol, namedText(cables['file:///archive/b%20two.cable']));
  assert.deepEqual(resolved.location, { uri: 'file:///archive/b%20two.cable', range: { start: { line: 2, character: 0 }, end: { line: 2, character: 11 } } });
  // The cable no longer uses the name (changed since it was indexed): the entry stays as it was.
  assert.deepEqual(resolveWorkspaceSymbol(symbol, namedText('Cable: 2\n\nNobody.\n')), symbol);
});
