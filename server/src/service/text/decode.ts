/**
 * Bytes of a cable file as text, the same way wherever a file is read from
 * disk (`cable check`, the server's workspace index, Check Workspace): UTF-8,
 * or UTF-16 announced by a byte-order mark (Windows Notepad's "Unicode"); a
 * leading byte-order mark is dropped, as the editor drops it, so columns
 * count from the first real character. NUL bytes or invalid UTF-8 near the
 * start (NUL characters, in UTF-16) mean the file is no transcription (a
 * scan, a stray binary) and give a problem instead of text. Pure: only the
 * standard TextDecoder.
 */

export type DecodedCable = { text: string; problem?: undefined } | { text?: undefined; problem: string };

/** How much of the start of a file decides whether it is text. */
const sniffLength = 64 * 1024;

const notText: DecodedCable = Object.freeze({ problem: 'not a UTF-8 text file (it has NUL bytes or bytes that are not UTF-8; save it as UTF-8)' });

/** Text in UTF-16 never holds U+0000: a file that opens with the mark and then has NULs is a binary that happens to start with FF FE. */
const notUtf16Text: DecodedCable = Object.freeze({ problem: 'not a text file (it starts with a UTF-16 byte-order mark but holds NUL characters)' });

export function decodeCableBytes(bytes: Uint8Array): DecodedCable {
  const encoding = cableEncoding(bytes);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const text = new TextDecoder(encoding).decode(bytes);
    return text.slice(0, sniffLength).includes('\0') ? notUtf16Text : { text };
  }
  const head = bytes.subarray(0, sniffLength);
  if (head.includes(0)) return notText;
  try {
    // Most cables fit in the sniffed start: one strict decode both checks and reads them.
    if (bytes.length <= sniffLength) return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    // `stream: true`: a character cut in two at the boundary is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
  } catch {
    return notText;
  }
  // Bad bytes past the sniffed start become U+FFFD rather than failing the whole file.
  return { text: new TextDecoder('utf-8').decode(bytes) };
}

/** How a cable file's bytes are written, by its byte-order mark: what decoding reads it as, and what `cable check --fix` writes it back in. */
export type CableEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

export function cableEncoding(bytes: Uint8Array): CableEncoding {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 'utf-8-bom' : 'utf-8';
}
