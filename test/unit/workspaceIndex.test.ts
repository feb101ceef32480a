/**
 * The workspace index's open documents: a check that finds the same names
 * as the last one (most keystrokes) changes nothing and tells no one, while
 * any change of keys, order or URI goes through to the name index.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WorkspaceIndex, type IndexListener } from '../../server/src/lsp/workspaceIndex';
import type { WorkspaceFiles } from '../../server/src/lsp/workspaceFiles';

/** setOpen and closed outside any workspace folder read no files: these stubs only say so if they are asked. */
const noFiles: WorkspaceFiles = {
  findCableFiles: () => Promise.reject(new Error('no files here')),
  readText: () => Promise.reject(new Error('no files here')),
};

function indexCountingChanges(): { index: WorkspaceIndex; changes: () => number } {
  let count = 0;
  const listener: IndexListener = { namesChanged: () => count++, indexing: () => undefined, failed: (what, error) => assert.fail(`${what}: ${String(error)}`) };
  return { index: new WorkspaceIndex(noFiles, listener, () => 1_000_000), changes: () => count };
}

const names = (...keys: string[]): Array<{ key: string; text: string }> => keys.map((key) => ({ key, text: key.toUpperCase() }));
const uri = 'file:///archive/a.cable';

describe('WorkspaceIndex.setOpen', () => {
  it('reports the same names again as no change, and leaves them in the name index', () => {
    const { index, changes } = indexCountingChanges();
    assert.equal(index.setOpen(uri, names('kim il sung', 'molotov')), true);
    assert.equal(index.setOpen(uri, names('kim il sung', 'molotov')), false);
    assert.equal(changes(), 1);
    assert.deepEqual([...index.names.documentsUsing('molotov')], [[uri, 1]]);
  });

  it('passes on a new key, a missing one, and the same keys in another order', () => {
    const { index, changes } = indexCountingChanges();
    index.setOpen(uri, names('kim il sung', 'molotov'));
    assert.equal(index.setOpen(uri, names('kim il sung', 'molotov', 'molotov')), true);
    assert.equal(index.setOpen(uri, names('kim il sung', 'molotov')), true);
    assert.deepEqual([...index.names.documentsUsing('molotov')], [[uri, 1]]);
    // Same counts in another order: the name index itself finds nothing changed.
    assert.equal(index.setOpen(uri, names('molotov', 'kim il sung')), false);
    // As many names as before, one of them new.
    assert.equal(index.setOpen(uri, names('kim il sung', 'stalin')), true);
    assert.deepEqual([...index.names.documentsUsing('molotov')], []);
    assert.equal(changes(), 4);
  });

  it('indexes a document again from scratch once it was closed and reopened', async () => {
    const { index } = indexCountingChanges();
    index.setOpen(uri, names('molotov'));
    await index.closed(uri);
    assert.deepEqual([...index.names.documentsUsing('molotov')], []);
    assert.equal(index.setOpen(uri, names('molotov')), true);
    assert.deepEqual([...index.names.documentsUsing('molotov')], [[uri, 1]]);
  });
});
