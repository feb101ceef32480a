/**
 * Reads one cable as text for checking. Anything that is not a readable UTF-8
 * text file of sensible size becomes a one-line problem instead of an
 * exception: a folder of scans or a stray binary must not stop a CI run.
 */
import { isUtf8 } from 'node:buffer';
import * as fs from 'node:fs';
import { describeError } from './command';

export type ReadResult = { text: string; problem?: undefined } | { text?: undefined; problem: string };

/** How much of the start of a file decides whether it is text. */
const sniffLength = 64 * 1024;

export function readCableFile(absolute: string, maxSize: number): ReadResult {
  let bytes: Buffer;
  try {
    // Check the size before reading, so a huge file is refused without loading it.
    const size = fs.statSync(absolute).size;
    if (size > maxSize) return { problem: tooLarge(size, maxSize) };
    bytes = fs.readFileSync(absolute);
  } catch (error) {
    return { problem: `cannot be read (${describeError(error)})` };
  }
  const utf16 = utf16Encoding(bytes);
  // Windows Notepad saves "Unicode" as UTF-16 with a byte-order mark: that is text, just not UTF-8.
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes) };
  // Most cables are a few kilobytes: one native check of the whole file decides, and the text is then plain UTF-8.
  if (bytes.length <= sniffLength && !bytes.includes(0) && isUtf8(bytes)) return { text: bytes.toString('utf8', hasUtf8Bom(bytes) ? 3 : 0) };
  if (looksBinary(bytes)) return { problem: 'not a UTF-8 text file (it has NUL bytes or bytes that are not UTF-8; save it as UTF-8)' };
  return { text: decode(bytes) };
}

/** A leading UTF-8 byte-order mark is dropped, as the editor does, so columns count from the first real character. */
function hasUtf8Bom(bytes: Buffer): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** UTF-16 announced by its byte-order mark; the decoder then drops the mark. */
function utf16Encoding(bytes: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** NUL bytes or invalid UTF-8 near the start mean this is not a transcription. */
function looksBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, sniffLength);
  if (head.includes(0)) return true;
  try {
    // `stream: true`: a character cut in two at the 64 KB boundary is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return false;
  } catch {
    return true;
  }
}

/**
 * The decoder drops a leading UTF-8 BOM (ignoreBOM is false by default), so
 * columns count from the first real character, as in the editor. Bad bytes
 * past the sniffed start become U+FFFD rather than failing the whole file.
 */
function decode(bytes: Buffer): string {
  return new TextDecoder('utf-8').decode(bytes);
}

function tooLarge(size: number, maxSize: number): string {
  let shown = formatSize(size);
  let limit = formatSize(maxSize);
  // Rounded sizes can look equal just over the limit; then exact bytes make the message make sense.
  if (shown === limit) [shown, limit] = [`${size} bytes`, `${maxSize} bytes`];
  return `too large to check (${shown}; the limit is ${limit}, see --max-size)`;
}

/** Decimal units, as `--max-size` reads them. */
export function formatSize(bytes: number): string {
  if (bytes >= 1e9) return `${oneDecimal(bytes / 1e9)} GB`;
  if (bytes >= 1e6) return `${oneDecimal(bytes / 1e6)} MB`;
  if (bytes >= 1e3) return `${oneDecimal(bytes / 1e3)} kB`;
  return `${bytes} bytes`;
}

function oneDecimal(value: number): string {
  return value.toFixed(1).replace(/\.0$/, '');
}
