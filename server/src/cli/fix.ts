/**
 * `cable check --fix`: each cable's safe fixes, the editor's Fix All (the
 * preferred number sign, did-you-means with a single suggestion), written
 * back to its file before the archive is checked, so the findings printed
 * are the ones left, and C305 compares the names the files now hold.
 * Nothing else of a file may change: it is written only when its bytes are
 * exactly what its text gives in its own encoding (UTF-8 with or without a
 * byte-order mark, UTF-16 LE or BE), and when it still holds what was read;
 * otherwise it is left alone, and the reason said.
 */
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, fixAllKind, type CableLanguageService, type CableSettings } from '../service';
import { cableEncoding, decodeCableBytes, type CableEncoding } from '../service/text/decode';
import { describeError } from './command';
import type { ReadResult } from './readFile';

export interface FixOptions {
  settings: { forFile(absolute: string): CableSettings };
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
    const document = TextDocument.create(pathToFileURL(absolute).href, 'cable', 1, read.text);
    try {
      const fixed = safelyFixed(service, document, options.settings.forFile(absolute));
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
  try {
    bytes = fs.readFileSync(absolute);
  } catch (error) {
    return `cannot be read again (${describeError(error)})`;
  }
  if (decodeCableBytes(bytes).text !== checked) return 'it changed while it was being fixed';
  const encoding = cableEncoding(bytes);
  // A byte that is not UTF-8 was read as U+FFFD: writing the text back would replace it.
  if (!encode(checked, encoding).equals(bytes)) return 'its bytes do not all read as text (not valid UTF-8), so writing it back would change more than the fixes';
  try {
    fs.writeFileSync(absolute, encode(fixed, encoding));
  } catch (error) {
    return `cannot be written (${describeError(error)})`;
  }
  return undefined;
}

function encode(text: string, encoding: CableEncoding): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  if (encoding === 'utf-8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  const littleEndian = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  return encoding === 'utf-16le' ? littleEndian : littleEndian.swap16();
}
