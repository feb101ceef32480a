/**
 * Turns the paths on the command line into the list of `.cable` files to
 * check: files as named, folders recursively. Inside folders it skips
 * `node_modules` and dot-folders (`.git`), follows symlinks but never a loop,
 * and leaves out `--exclude`d paths. Paths that cannot be read become
 * problems rather than exceptions, so the rest still gets checked.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeError } from './command';

export interface Collected {
  /** Absolute paths, each file once, sorted so output is stable. */
  files: string[];
  /** One message per path that could not be read, naming the path. */
  problems: string[];
}

export interface CollectOptions {
  /** Absolute paths left out together with everything under them. */
  exclude: readonly string[];
  /** How to show a path in a message (relative to the current folder). */
  display(absolute: string): string;
}

export function collectFiles(paths: readonly string[], options: CollectOptions): Collected {
  const walk = new Walk(options);
  for (const given of paths) walk.add(path.resolve(given), given);
  return { files: [...walk.files.values()].sort(), problems: walk.problems };
}

class Walk {
  /** Files by real path, so a file reached twice (named, and inside a named folder) is checked once. */
  readonly files = new Map<string, string>();
  readonly problems: string[] = [];
  /** Real paths of folders already read: a symlink back up the tree ends here. */
  private readonly visitedFolders = new Set<string>();

  constructor(private readonly options: CollectOptions) {}

  /** A path from the command line: a file is checked whatever its name; a folder is searched. */
  add(absolute: string, given: string): void {
    if (this.isExcluded(absolute)) return;
    const stats = this.stat(absolute, given);
    if (!stats) return;
    if (stats.isDirectory()) this.readFolder(absolute);
    else if (stats.isFile()) this.addFile(absolute);
    else this.problems.push(`${given}: not a file or folder`);
  }

  private readFolder(folder: string): void {
    const real = this.realPath(folder);
    if (real === undefined || this.visitedFolders.has(real)) return;
    this.visitedFolders.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      this.problems.push(`${this.options.display(folder)}: cannot read the folder (${describeError(error)})`);
      return;
    }
    for (const entry of entries) this.addEntry(folder, real, entry);
  }

  private addEntry(folder: string, realFolder: string, entry: fs.Dirent): void {
    const absolute = path.join(folder, entry.name);
    if (this.isExcluded(absolute)) return;
    // Dirent types describe the link itself; a symlink needs a stat to know what it points at.
    const kind = entry.isSymbolicLink() ? this.linkTarget(absolute, entry.name) : entry;
    if (!kind) return;
    if (kind.isDirectory()) {
      if (!isSkippedFolder(entry.name)) this.readFolder(absolute);
    } else if (kind.isFile() && entry.name.endsWith('.cable')) {
      // A plain file's real path is its real folder's plus its name: only a link needs resolving.
      this.addFile(absolute, entry.isSymbolicLink() ? undefined : path.join(realFolder, entry.name));
    }
  }

  /** What a symlink in a folder points at; a broken link is only worth a message when it looks like a cable. */
  private linkTarget(absolute: string, name: string): fs.Stats | undefined {
    try {
      return fs.statSync(absolute);
    } catch (error) {
      if (name.endsWith('.cable')) this.problems.push(`${this.options.display(absolute)}: cannot be read (${describeError(error)})`);
      return undefined;
    }
  }

  private addFile(absolute: string, knownReal?: string): void {
    const real = knownReal ?? this.realPath(absolute) ?? absolute;
    if (!this.files.has(real)) this.files.set(real, absolute);
  }

  private stat(absolute: string, given: string): fs.Stats | undefined {
    try {
      return fs.statSync(absolute);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : `cannot be read (${describeError(error)})`;
      this.problems.push(`${given}: ${reason}`);
      return undefined;
    }
  }

  private realPath(absolute: string): string | undefined {
    try {
      return fs.realpathSync(absolute);
    } catch (error) {
      this.problems.push(`${this.options.display(absolute)}: cannot be read (${describeError(error)})`);
      return undefined;
    }
  }

  private isExcluded(absolute: string): boolean {
    return this.options.exclude.some((excluded) => absolute === excluded || absolute.startsWith(excluded.endsWith(path.sep) ? excluded : excluded + path.sep));
  }
}

function isSkippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}
