/**
 * `cable check --fix`: each cable's safe fixes, the editor's Fix All (the
 * preferred number sign, did-you-means with a single suggestion), written
 * back to its file before the archive is checked, so the findings printed
 * are the ones left, and C305 compares the names the files now hold.
 * Nothing else of a file may change: it is written only when its bytes are
 * exactly what its text gives in its own encoding (UTF-8 with or without a
 * byte-order mark, UTF-16 LE or BE), when it still holds what was read, and
 * when its settings file has no problem (a setting left out would let a fix
 * the transcriber turned off through); otherwise it is left alone, and the
 * reason said. The write replaces the file whole or not at all (see
 * replaceFile.ts).
 */
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, fixAllKind, type CableLanguageService, type CableSettings } from '../service';
import { cableEncoding, decodeCableBytes, type CableEncoding } from '../service/text/decode';
import { describeError } from './command';
import { FileChangedError, replaceFile } from './replaceFile';
import type { ReadResult } from './readFile';

export interface FixOptions {
  settings: { forFile(absolute: string): CableSettings; problemOf(absolute: string): string | undefined };
  read(absolute: string): ReadResult;
  /** A file could not be fixed: why. (One that cannot be read is left to the check to report.) */
  onUnfixed(absolute: string, reason: string): void;
}

/** Writes each file's safe fixes into it; returns how many files were written. */
export function fixFiles(files: readonly string[], options: FixOptions): number {
  // Safe fixes never depend on other cables' names: a service without an index will do.
  const service = createLanguageService();
  let written = 0;
  for (const absolute of files) {
    const read = options.read(absolute);
    if (read.text === undefined) continue;
    // Settings first: a problem in their file is reported (once) before this file's own.
    const settings = options.settings.forFile(absolute);
    const settingsProblem = options.settings.problemOf(absolute);
    if (settingsProblem !== undefined) {
      options.onUnfixed(absolute, `${settingsProblem} has a problem, and fixing with other settings than yours could change what you turned off`);
      continue;
    }
    const document = TextDocument.create(pathToFileURL(absolute).href, 'cable', 1, read.text);
    try {
      const fixed = safelyFixed(service, document, settings);
      if (fixed === undefined) continue;
      const notWritten = writeFixed(absolute, read.text, fixed);
      if (notWritten === undefined) written++;
      else options.onUnfixed(absolute, notWritten);
    } catch (error) {
      options.onUnfixed(absolute, `internal error while fixing (${describeError(error)})`);
    } finally {
      service.forget(document.uri);
    }
  }
  return written;
}

/** The text with every safe fix applied; undefined when there is nothing to fix. */
export function safelyFixed(service: CableLanguageService, document: TextDocument, settings: CableSettings): string | undefined {
  const whole = { start: { line: 0, character: 0 }, end: document.positionAt(document.getText().length) };
  const [fixAll] = service.getCodeActions(document, settings, whole, [], [fixAllKind]);
  const edits = fixAll?.edit?.changes?.[document.uri];
  if (!edits || edits.length === 0) return undefined;
  const fixed = TextDocument.applyEdits(document, edits);
  return fixed === document.getText() ? undefined : fixed;
}

/**
 * Writes `fixed` over the file that held `checked`, in the file's encoding.
 * Returns why it did not, or undefined when it did.
 */
function writeFixed(absolute: string, checked: string, fixed: string): string | undefined {
  let bytes: Buffer;
  let read: fs.Stats;
  try {
    // Its state first: anything saved after this is caught before the file is replaced.
    read = fs.statSync(absolute);
    bytes = fs.readFileSync(absolute);
  } catch (error) {
    return `cannot be read again (${describeError(error)})`;
  }
  if (decodeCableBytes(bytes).text !== checked) return new FileChangedError().message;
  const encoding = cableEncoding(bytes);
  // A byte that is not UTF-8 (or half a UTF-16 character) was read as U+FFFD: writing the text back would replace it.
  if (!encode(checked, encoding).equals(bytes)) return `its bytes do not all read as text (not valid ${encodingNames[encoding]}), so writing it back would change more than the fixes`;
  try {
    replaceFile(absolute, encode(fixed, encoding), read);
  } catch (error) {
    return error instanceof FileChangedError ? error.message : `cannot be written (${describeError(error)})`;
  }
  return undefined;
}

const encodingNames: Readonly<Record<CableEncoding, string>> = { 'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16' };

function encode(text: string, encoding: CableEncoding): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  if (encoding === 'utf-8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  const littleEndian = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  return encoding === 'utf-16le' ? littleEndian : littleEndian.swap16();
}
