/**
 * Reads one cable as text for checking. Anything that is not a readable UTF-8
 * text file of sensible size becomes a one-line problem instead of an
 * exception: a folder of scans or a stray binary must not stop a CI run.
 */
import * as fs from 'node:fs';
import { decodeCableBytes, type DecodedCable } from '../service/text/decode';
import { describeError } from './command';

export type ReadResult = DecodedCable;

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
  return decodeCableBytes(bytes);
}

function tooLarge(size: number, maxSize: number): string {
  let shown = formatSize(size);
  let limit = formatSize(maxSize);
  // Rounded sizes can look equal just over the limit; then exact bytes make the message make sense.
  if (shown === limit) [shown, limit] = [`${size} bytes`, `${maxSize} bytes`];
  return `too large (${shown}; the limit is ${limit}, see --max-size)`;
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
