/**
 * Writing a file so that a failure leaves the old one whole. The new bytes go
 * to a temporary file beside it, with the old file's mode (and owner, when
 * run as root), and are flushed to disk; only then is the temporary file
 * renamed over the old one, which is one step. A disk that fills up, a size
 * limit or a kill during the write leaves the transcription as it was; a
 * failed write removes the temporary file.
 *
 * A symbolic link stays a link: the file it points to is replaced. A file
 * its user may not write is refused, as a write in place would be. Written
 * in place instead, where a failed write can still cut the file short: a
 * file with other hard links (a rename would part it from them), a file of
 * another owner or group that this user cannot give the new file (a shared
 * archive), a file in a folder that allows no new file, and anything that is
 * no regular file (a pipe, `/dev/stdout`). A kill between the temporary
 * file's making and the rename leaves it behind, named `.NAME.PID.….tmp`.
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
  // A pipe, a device, `/dev/stdout` (whose real path names no file): written to, never replaced by a file.
  const found = statOf(target);
  if (found && !found.isFile()) return fs.writeFileSync(target, data);
  const real = realPathOf(target);
  const existing = statOf(real);
  // A file its user may not write stays unwritten, as it always was: a rename would get round that.
  if (existing) fs.accessSync(real, fs.constants.W_OK);
  if (existing && existing.nlink > 1) return writeInPlace(real, data, expected);
  const temporary = temporaryPathFor(real);
  let sameOwner: boolean;
  try {
    sameOwner = writeNew(temporary, data, existing);
  } catch (error) {
    removeQuietly(temporary);
    // A folder that takes no new file: the old way, in place, rather than no fix at all.
    if (existing && isPermissionError(error)) return writeInPlace(real, data, expected);
    throw error;
  }
  // A file of another owner or group (a shared archive): a new file would be ours, so it is written in place.
  if (!sameOwner) {
    removeQuietly(temporary);
    return writeInPlace(real, data, expected);
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

/** Writes the new file; says whether it has the old one's owner and group (always, for a file that is new). */
function writeNew(temporary: string, data: Buffer | string, existing: fs.Stats | undefined): boolean {
  const descriptor = fs.openSync(temporary, 'wx', existing ? existing.mode & 0o7777 : 0o666);
  try {
    fs.writeFileSync(descriptor, data);
    fs.fsyncSync(descriptor);
  } finally {
    fs.closeSync(descriptor);
  }
  if (!existing) return true;
  // `mode` at creation is masked by the umask: set it again, as the old file had it.
  fs.chmodSync(temporary, existing.mode & 0o7777);
  const made = fs.statSync(temporary);
  if (made.uid === existing.uid && made.gid === existing.gid) return true;
  try {
    // Root may give it any owner; anyone may give it a group they are in.
    fs.chownSync(temporary, existing.uid, existing.gid);
    return true;
  } catch {
    return false;
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
