import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver-types';

/**
 * The marker tests write where a cursor stands: `VIKTOR[‸i]`. A character
 * no cable uses, so it never collides with the text under test.
 */
export const cursorMark = '‸';

export interface MarkedText {
  /** The text with every marker removed. */
  text: string;
  /** The position of each marker in `text`, in order. */
  cursors: Position[];
}

export function withCursors(marked: string): MarkedText {
  const cursors: Position[] = [];
  let text = '';
  let line = 0;
  let character = 0;
  for (const char of marked) {
    if (char === cursorMark) {
      cursors.push({ line, character });
      continue;
    }
    text += char;
    if (char === '\n') {
      line++;
      character = 0;
    } else character += char.length;
  }
  return { text, cursors };
}

/** The one cursor of a marked text; fails the test when there is not exactly one. */
export function withCursor(marked: string): { text: string; cursor: Position } {
  const { text, cursors } = withCursors(marked);
  if (cursors.length !== 1) throw new Error(`expected one ${cursorMark} in the text, found ${cursors.length}`);
  return { text, cursor: cursors[0] };
}

/** The text a range covers, read by the LSP text document (any line endings), for readable assertions. */
export function textOf(text: string, range: Range): string {
  return TextDocument.create('file:///text-of.cable', 'cable', 1, text).getText(range);
}
