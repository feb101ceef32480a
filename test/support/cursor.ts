/**
 * Cursor-marker fixtures: a text with the cursor written into it as `$0` (or,
 * when the text has no `$0`, as `|`) becomes the text without the marker plus
 * the cursor's offset and LSP position. Exactly one marker is required, so a
 * fixture cannot silently test the wrong place.
 */
import type { Position } from 'vscode-languageserver-types';

export interface CursorFixture {
  text: string;
  offset: number;
  position: Position;
}

export function atCursor(marked: string): CursorFixture {
  const marker = marked.includes('$0') ? '$0' : '|';
  const offset = marked.indexOf(marker);
  if (offset < 0) throw new Error(`no cursor marker ($0 or |) in ${JSON.stringify(marked)}`);
  if (marked.indexOf(marker, offset + marker.length) >= 0) throw new Error(`more than one cursor marker ${marker} in ${JSON.stringify(marked)}`);
  const text = marked.slice(0, offset) + marked.slice(offset + marker.length);
  return { text, offset, position: positionOf(text, offset) };
}

/** The LSP position of an offset: lines end at `\n`, `\r\n` or a lone `\r`; characters are UTF-16 units. */
export function positionOf(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let index = 0; index < offset; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** The position of the `occurrence`-th (0-based) appearance of `needle` in `text`, plus `shift` characters. */
export function positionOfText(text: string, needle: string, shift = 0, occurrence = 0): Position {
  let at = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${JSON.stringify(needle)} occurs fewer than ${occurrence + 1} times`);
  }
  return positionOf(text, at + shift);
}
