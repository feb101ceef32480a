/**
 * The workspace index's open documents: a check that finds the same names
 * as the last one (most keystrokes) changes nothing and tells no one, while
 * any change of keys, order or URI goes through to the name index. And its
 * bulk read of the workspace folders: every file once, reads overlapping the
 * indexing, no text that changed on disk while it was read.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FileChangeType } from 'vscode-languageserver';
import { WorkspaceIndex, type IndexListener } from '../../server/src/lsp/workspaceIndex';
import { fileUri, type WorkspaceFiles } from '../../server/src/lsp/workspaceFiles';

/** setOpen and closed outside any workspace folder read no files: these stubs only say so if they are asked. */
const noFiles: WorkspaceFiles = {
  findCableFiles: () => Promise.reject(new Error('no files here')),
  readText: () => Promise.reject(new Error('no files here')),
};

/** An index over `files` that fails the test on any failure it reports, and counts its changes of names. */
function indexCountingChanges(files: WorkspaceFiles = noFiles): { index: WorkspaceIndex; changes: () => number } {
  let count = 0;
  const listener: IndexListener = { namesChanged: () => count++, indexing: () => undefined, failed: (what, error) => assert.fail(`${what}: ${String(error)}`) };
  return { index: new WorkspaceIndex(files, listener, () => 1_000_000), changes: () => count };
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

/**
 * A workspace folder on a disk the test controls: each read answers with the
 * file's text at the moment it was asked for, once the test lets it through.
 */
class ControlledDisk implements WorkspaceFiles {
  readonly texts = new Map<string, string>();
  /** Files in the order they were asked for, with the number of documents indexed at that moment. */
  readonly asked: Array<{ file: string; indexed: number }> = [];
  onRead: (file: string) => Promise<void> = () => Promise.resolve();
  index: WorkspaceIndex | undefined;

  findCableFiles(): Promise<string[]> {
    return Promise.resolve([...this.texts.keys()].sort());
  }

  async readText(file: string): Promise<string | undefined> {
    this.asked.push({ file, indexed: this.index?.names.documentCount ?? 0 });
    const text = this.texts.get(file);
    await this.onRead(file);
    if (text === undefined) throw new Error(`${file}: no such file`);
    return text;
  }
}

const folder = '/archive';
const fileAt = (index: number): string => `${folder}/cable-${String(index).padStart(2, '0')}.cable`;
const cableNaming = (name: string): string => `Cable: 1\n\nCde. ${name} reported.\n`;

function indexOver(disk: ControlledDisk): WorkspaceIndex {
  const { index } = indexCountingChanges(disk);
  disk.index = index;
  return index;
}

const usersOf = (index: WorkspaceIndex, key: string): string[] => [...index.names.documentsUsing(key).keys()].sort();

describe('WorkspaceIndex bulk read', () => {
  it('indexes every file once, reading the next batch while the one before is indexed', async () => {
    const disk = new ControlledDisk();
    for (let i = 0; i < 20; i++) disk.texts.set(fileAt(i), cableNaming(i % 2 === 0 ? 'Molotov' : 'Beria'));
    const index = indexOver(disk);
    index.addFolders([fileUri(folder)]);
    await index.ready;
    assert.deepEqual(disk.asked.map((read) => read.file), [...disk.texts.keys()].sort(), 'each file read once, in order');
    assert.equal(index.names.documentCount, 20);
    assert.equal(usersOf(index, 'molotov').length, 10);
    // Files 8 and 16 open the second and third batches: each was asked for before the batch ahead of it was indexed.
    assert.ok(disk.asked[8].indexed < 8, `the second batch was read after ${disk.asked[8].indexed} files were indexed`);
    assert.ok(disk.asked[16].indexed < 16, `the third batch was read after ${disk.asked[16].indexed} files were indexed`);
  });

  it('drops a text read ahead when its file changed or was deleted while the read waited', async () => {
    const disk = new ControlledDisk();
    for (let i = 0; i < 12; i++) disk.texts.set(fileAt(i), cableNaming('Molotov'));
    const index = indexOver(disk);
    const changed = fileAt(9);
    const deleted = fileAt(10);
    let once = true;
    // While the bulk read still holds the old texts of files 9 and 10, one is saved anew and one deleted.
    disk.onRead = async (file) => {
      if (file !== deleted || !once) return;
      once = false;
      disk.texts.set(changed, cableNaming('Beria'));
      disk.texts.delete(deleted);
      await index.filesChanged([
        { uri: fileUri(changed), type: FileChangeType.Changed },
        { uri: fileUri(deleted), type: FileChangeType.Deleted },
      ]);
    };
    index.addFolders([fileUri(folder)]);
    await index.ready;
    assert.deepEqual(usersOf(index, 'beria'), [fileUri(changed)], 'the saved text counts');
    assert.ok(!usersOf(index, 'molotov').includes(fileUri(changed)), 'the old text of the saved file does not come back');
    assert.ok(!usersOf(index, 'molotov').includes(fileUri(deleted)), 'the deleted file does not come back');
    assert.equal(index.names.documentCount, 11);
  });

  it('keeps the newer of two reads of a changed file when the older one answers last', async () => {
    const disk = new ControlledDisk();
    const file = fileAt(0);
    disk.texts.set(file, cableNaming('Molotov'));
    const index = indexOver(disk);
    index.addFolders([fileUri(folder)]);
    await index.ready;
    let release = (): void => undefined;
    const slowDisk = new Promise<void>((resolve) => (release = resolve));
    // The first change's read waits on a slow disk; the file is saved again and read at once.
    disk.onRead = () => slowDisk;
    const first = index.filesChanged([{ uri: fileUri(file), type: FileChangeType.Changed }]);
    disk.texts.set(file, cableNaming('Beria'));
    disk.onRead = () => Promise.resolve();
    await index.filesChanged([{ uri: fileUri(file), type: FileChangeType.Changed }]);
    release();
    await first;
    assert.deepEqual(usersOf(index, 'beria'), [fileUri(file)]);
    assert.deepEqual(usersOf(index, 'molotov'), []);
  });

  it('remembers writes only while a read is running: deleted paths and closed documents leave nothing behind', async () => {
    const disk = new ControlledDisk();
    for (let i = 0; i < 12; i++) disk.texts.set(fileAt(i), cableNaming('Molotov'));
    const index = indexOver(disk);
    index.addFolders([fileUri(folder)]);
    await index.ready;
    assert.equal(index.rememberedWrites, 0, 'the bulk read over');
    // Paths the index never held, deleted, as a watcher reports a build folder emptied; documents outside the folders closed.
    await index.filesChanged(Array.from({ length: 500 }, (_, i) => ({ uri: fileUri(`${folder}/gone/${i}.cable`), type: FileChangeType.Deleted })));
    for (let i = 0; i < 50; i++) await index.closed(`untitled:Untitled-${i}`);
    assert.equal(index.rememberedWrites, 0);
    // While a read waits on the disk, what is written meanwhile is remembered, and it still drops the older text.
    let release = (): void => undefined;
    disk.onRead = () => new Promise<void>((resolve) => (release = resolve));
    const reading = index.filesChanged([{ uri: fileUri(fileAt(0)), type: FileChangeType.Changed }]);
    await index.filesChanged([{ uri: fileUri(fileAt(0)), type: FileChangeType.Deleted }]);
    assert.equal(index.rememberedWrites, 1);
    release();
    await reading;
    assert.ok(!usersOf(index, 'molotov').includes(fileUri(fileAt(0))), 'the deleted file does not come back');
    assert.equal(index.rememberedWrites, 0);
  });
});
