/**
 * The workspace's names (C305 across files): every `*.cable` file under the
 * workspace folders, read from disk in the background, with open documents
 * counted as the editor holds them. Tells its owner when the names changed,
 * so open documents can be checked again.
 */
import { FileChangeType, type FileEvent } from 'vscode-languageserver';
import { CancelledError, NameIndex, namesOfCable, type Cancellation, type NameNode } from '../service';
import { cableExtension, documentKey, fileUri, fsPathOf, isInside, type WorkspaceFiles } from './workspaceFiles';
import { nextTurn } from './steps';

type Names = readonly Pick<NameNode, 'key' | 'text'>[];

export interface IndexListener {
  /** The names changed (not called per file during a bulk read: once at its end). */
  namesChanged(): void;
  /** A bulk read started or ended. */
  indexing(active: boolean): void;
  failed(what: string, error: unknown): void;
}

/** Files read at once. One batch is read ahead while another is indexed, so up to twice this many texts are held. */
const batchSize = 8;

export class WorkspaceIndex {
  readonly names = new NameIndex();
  /** documentKey → the URI the name index knows the document by. */
  private readonly uris = new Map<string, string>();
  private readonly open = new Set<string>();
  /**
   * The names last indexed for each open document, under the URI it had:
   * most keystrokes leave them as they were, and comparing the lists in order
   * is much cheaper than the name index recounting them.
   */
  private readonly openNames = new Map<string, { uri: string; names: Names }>();
  private folderPaths: string[] = [];
  /**
   * Writes to the index so far, and the count at each key's last write: a
   * read that finds its key written since it began (the file changed or was
   * deleted while it waited on the disk, or the document was opened) holds
   * an older text and is dropped. Only reads still running look at it, so
   * it is emptied whenever none is: otherwise every path ever deleted or
   * closed outside the folders would stay in it.
   */
  private writes = 0;
  private readonly writtenAt = new Map<string, number>();
  private readsRunning = 0;
  private bulk: Promise<void> = Promise.resolve();
  /** Cancelled on shutdown, so a long bulk read stops. */
  private readonly lifetime = { isCancellationRequested: false };

  constructor(
    private readonly files: WorkspaceFiles,
    private readonly listener: IndexListener,
    private readonly maxFileSize: () => number,
  ) {}

  get folders(): readonly string[] {
    return this.folderPaths;
  }

  /** Settles when every bulk read started so far has finished. */
  get ready(): Promise<void> {
    return this.bulk;
  }

  /** The URI to report a file by: the one the client used for it, if any. */
  uriOf(file: string): string {
    return this.uris.get(file) ?? fileUri(file);
  }

  addFolders(folderUris: readonly string[]): void {
    const added = folderUris.map(fsPathOf).filter((folder): folder is string => folder !== undefined && !this.folderPaths.includes(folder));
    if (added.length === 0) {
      // Nothing to read (no folder open): still tell the client we are ready, once earlier reads are done.
      void this.bulk.then(() => this.listener.indexing(false));
      return;
    }
    this.folderPaths.push(...added);
    const previous = this.bulk;
    this.bulk = previous.then(() => this.readFolders(added));
  }

  removeFolders(folderUris: readonly string[]): void {
    const removed = new Set(folderUris.map(fsPathOf));
    this.folderPaths = this.folderPaths.filter((folder) => !removed.has(folder));
    let changed = false;
    for (const key of [...this.uris.keys()]) {
      if (!this.open.has(key) && !this.underFolders(key)) changed = this.remove(key) || changed;
    }
    if (changed) this.listener.namesChanged();
  }

  /** Indexes the version the editor holds; returns whether the names changed. */
  setOpen(uri: string, names: Names): boolean {
    const key = documentKey(uri);
    this.open.add(key);
    const last = this.openNames.get(key);
    this.openNames.set(key, { uri, names });
    // The same keys in the same order are the same counts: the index would change nothing.
    if (last?.uri === uri && sameKeys(last.names, names)) return false;
    const changed = this.set(key, uri, names);
    if (changed) this.listener.namesChanged();
    return changed;
  }

  /** After close the file on disk counts again (the editor's unsaved text is gone). */
  async closed(uri: string): Promise<void> {
    const key = documentKey(uri);
    this.open.delete(key);
    this.openNames.delete(key);
    const changed = this.underFolders(key) ? await this.readFile(key) : this.remove(key);
    if (changed) this.listener.namesChanged();
  }

  /** Applies `workspace/didChangeWatchedFiles` events for `*.cable` files. */
  async filesChanged(changes: readonly FileEvent[]): Promise<void> {
    let changed = false;
    for (const change of changes) {
      const key = documentKey(change.uri);
      if (!change.uri.endsWith(cableExtension) || this.open.has(key)) continue; // the open version wins
      if (change.type === FileChangeType.Deleted) changed = this.remove(key) || changed;
      else {
        this.uris.set(key, change.uri);
        changed = (await this.readFile(key)) || changed;
      }
    }
    if (changed) this.listener.namesChanged();
  }

  dispose(): void {
    this.lifetime.isCancellationRequested = true;
  }

  private async readFolders(folders: readonly string[]): Promise<void> {
    this.listener.indexing(true);
    let changed = false;
    try {
      for (const folder of folders) {
        const found = await this.files.findCableFiles(folder, this.lifetime);
        changed = (await this.readInBatches(found, this.lifetime)) || changed;
      }
    } catch (error) {
      if (!(error instanceof CancelledError)) this.listener.failed('indexing the workspace', error);
    } finally {
      this.listener.indexing(false);
    }
    if (changed) this.listener.namesChanged();
  }

  /**
   * Reads a few files at a time and yields between them, so requests are
   * answered while a large archive is indexed. The next batch is read while
   * this one's names are read: the first waits on the file system, the other
   * on the processor, and the two overlap.
   */
  private async readInBatches(found: readonly string[], token: Cancellation): Promise<boolean> {
    let changed = false;
    let next = this.readBatch(found, 0);
    try {
      for (let start = 0; start < found.length && !token.isCancellationRequested; start += batchSize) {
        const { files, texts, since } = await next;
        next = this.readBatch(found, start + batchSize);
        try {
          for (let i = 0; i < files.length; i++) {
            if (this.open.has(files[i]) || this.writtenSince(files[i], since)) continue; // opened or read again while we were reading
            changed = this.set(files[i], this.uriOf(files[i]), namesOfText(texts[i])) || changed;
            await nextTurn();
          }
        } finally {
          this.readEnded();
        }
      }
    } finally {
      // The batch read ahead, which no loop takes.
      void next.then(() => this.readEnded());
    }
    return changed;
  }

  /** The files of the batch from `start` that are not open, their texts (undefined for any that could not be read) and the write count when reading began; never rejects. */
  private async readBatch(found: readonly string[], start: number): Promise<{ files: string[]; texts: Array<string | undefined>; since: number }> {
    const since = this.readBegun();
    const files = found.slice(start, start + batchSize).filter((file) => !this.open.has(file));
    const texts = await Promise.all(files.map((file) => this.files.readText(file, this.maxFileSize()).catch(() => undefined)));
    return { files, texts, since };
  }

  private async readFile(key: string): Promise<boolean> {
    const since = this.readBegun();
    try {
      const text = await this.files.readText(key, this.maxFileSize()).catch(() => undefined);
      if (this.open.has(key) || this.writtenSince(key, since)) return false;
      return text === undefined ? this.remove(key) : this.set(key, this.uriOf(key), namesOfText(text));
    } finally {
      this.readEnded();
    }
  }

  /** A write to `key`, remembered for the reads running now: a later read compares only with later writes. */
  private written(key: string): void {
    this.writes++;
    if (this.readsRunning > 0) this.writtenAt.set(key, this.writes);
  }

  /** A read begins: the write count it compares later writes with. */
  private readBegun(): number {
    this.readsRunning++;
    return this.writes;
  }

  private readEnded(): void {
    this.readsRunning--;
    if (this.readsRunning === 0) this.writtenAt.clear();
  }

  /** How many writes are remembered for reads still running (none once they have all ended). */
  get rememberedWrites(): number {
    return this.writtenAt.size;
  }

  private writtenSince(key: string, since: number): boolean {
    return (this.writtenAt.get(key) ?? -1) > since;
  }

  private set(key: string, uri: string, names: Names): boolean {
    this.written(key);
    const previousUri = this.uris.get(key);
    if (previousUri !== undefined && previousUri !== uri) this.names.removeDocument(previousUri);
    this.uris.set(key, uri);
    return this.names.setDocument(uri, names);
  }

  private remove(key: string): boolean {
    this.written(key);
    const uri = this.uris.get(key);
    if (uri === undefined) return false;
    this.names.removeDocument(uri);
    this.uris.delete(key);
    return true;
  }

  private underFolders(key: string): boolean {
    return this.folderPaths.some((folder) => isInside(key, folder));
  }
}

function sameKeys(a: Names, b: Names): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index].key !== b[index].key) return false;
  return true;
}

/** A file's names, read without a full parse: the index keeps nothing else of it. */
function namesOfText(text: string | undefined): Names {
  return text === undefined ? [] : namesOfCable(text);
}
