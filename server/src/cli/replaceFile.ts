/**
 * Writing a file so that a failure leaves the old one whole. The new bytes go
 * to a temporary file beside it, with the old file's mode (and owner, when
 * run as root), and are flushed to disk; only then is the temporary file
 * renamed over the old one, which is one step. A disk that fills up, a size
 * limit or a kill during the write leaves the transcription as it was, and
 * the temporary file is removed.
 *
 * A symbolic link stays a link: the file it points to is replaced. A file
 * with other hard links is written in place, since a rename would part it
 * from them, and so is a file in a folder that allows no new file (it could
 * not be fixed otherwise); there a failed write can still cut the file short.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The file changed on disk after it was read, so writing would lose what was saved meanwhile. */
export class FileChangedError extends Error {
  constructor() {
    super('it changed while it was being fixed');
  }
}

/**
 * Replaces `target`'s content with `data`, or creates the file. `expected`:
 * the file as it was read; when it no longer matches just before the
 * replacement (another program saved it since), nothing is written and
 * `FileChangedError` is thrown.
 */
export function replaceFile(target: string, data: Buffer | string, expected?: fs.Stats): void {
  const real = realPathOf(target);
  const existing = statOf(real);
  if (existing && existing.nlink > 1) return writeInPlace(real, data, expected);
  const temporary = temporaryPathFor(real);
  try {
    writeNew(temporary, data, existing);
  } catch (error) {
    removeQuietly(temporary);
    // A folder that takes no new file: the old way, in place, rather than no fix at all.
    if (existing && isPermissionError(error)) return writeInPlace(real, data, expected);
    throw error;
  }
  try {
    if (expected) assertUnchanged(real, expected);
    fs.renameSync(temporary, real);
  } catch (error) {
    removeQuietly(temporary);
    throw error;
  }
}

function realPathOf(target: string): string {
  try {
    return fs.realpathSync(target);
  } catch {
    // A file still to be made (a new page), or a link to one.
    return target;
  }
}

function statOf(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}

function temporaryPathFor(real: string): string {
  const random = Math.random().toString(36).slice(2, 10);
  return path.join(path.dirname(real), `.${path.basename(real)}.${process.pid}.${random}.tmp`);
}

function writeNew(temporary: string, data: Buffer | string, existing: fs.Stats | undefined): void {
  const descriptor = fs.openSync(temporary, 'wx', existing ? existing.mode & 0o7777 : 0o666);
  try {
    fs.writeFileSync(descriptor, data);
    fs.fsyncSync(descriptor);
  } finally {
    fs.closeSync(descriptor);
  }
  // `mode` at creation is masked by the umask: set it again, as the old file had it.
  if (existing) fs.chmodSync(temporary, existing.mode & 0o7777);
  if (existing && process.getuid?.() === 0) {
    try {
      fs.chownSync(temporary, existing.uid, existing.gid);
    } catch {
      // Not every file system keeps owners (a FAT stick): the content matters more.
    }
  }
}

function writeInPlace(real: string, data: Buffer | string, expected: fs.Stats | undefined): void {
  if (expected) assertUnchanged(real, expected);
  fs.writeFileSync(real, data);
}

function assertUnchanged(real: string, expected: fs.Stats): void {
  const now = fs.statSync(real);
  if (now.ino !== expected.ino || now.size !== expected.size || now.mtimeMs !== expected.mtimeMs) throw new FileChangedError();
}

function isPermissionError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'EACCES' || code === 'EPERM';
}

function removeQuietly(file: string): void {
  try {
    fs.unlinkSync(file);
  } catch {
    // Never made, or already gone.
  }
}
