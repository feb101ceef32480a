/**
 * Applies LSP TextEdits to a string, as an editor would: positions are read
 * with LSP's line model (`\n`, `\r\n` and a lone `\r` end a line; characters
 * are UTF-16 code units), all edits refer to the original text, and edits
 * must not overlap. Written for the tests so a fix is checked by its effect on
 * the text, independently of the service's own position helpers.
 */
import type { CodeAction, Position, TextEdit } from 'vscode-languageserver-types';

export interface OffsetSpan {
  start: number;
  end: number;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\r' && text[i + 1] === '\n') continue; // the \n of a CRLF ends the line
    if (char === '\n' || char === '\r') starts.push(i + 1);
  }
  return starts;
}

/** The offset of a position; a position past its line's end is an error here, as it would hide a wrong range. */
export function offsetOf(text: string, position: Position): number {
  const starts = lineStartsOf(text);
  if (position.line < 0 || position.line >= starts.length) throw new Error(`line ${position.line} is outside the text (${starts.length} lines)`);
  const lineStart = starts[position.line];
  const lineEnd = position.line + 1 < starts.length ? starts[position.line + 1] : text.length;
  const offset = lineStart + position.character;
  if (position.character < 0 || offset > lineEnd) throw new Error(`character ${position.character} is outside line ${position.line}`);
  return offset;
}

export function editSpans(text: string, edits: readonly TextEdit[]): Array<OffsetSpan & { newText: string }> {
  return edits.map((edit) => ({ start: offsetOf(text, edit.range.start), end: offsetOf(text, edit.range.end), newText: edit.newText }));
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  // Stable sort by start keeps the given order of insertions at one offset, as LSP asks.
  const spans = editSpans(text, edits)
    .map((span, index) => ({ ...span, index }))
    .sort((a, b) => a.start - b.start || a.index - b.index);
  let result = '';
  let cursor = 0;
  for (const span of spans) {
    if (span.end < span.start) throw new Error(`edit ends before it starts at ${span.start}`);
    if (span.start < cursor) throw new Error(`edits overlap at offset ${span.start}`);
    result += text.slice(cursor, span.start) + span.newText;
    cursor = span.end;
  }
  return result + text.slice(cursor);
}

/** The edits of a code action for one document; fails when the action edits anything else. */
export function actionEdits(action: CodeAction, uri: string): TextEdit[] {
  const changes = action.edit?.changes ?? {};
  const uris = Object.keys(changes);
  if (uris.length !== 1 || uris[0] !== uri || action.edit?.documentChanges) throw new Error(`action ${JSON.stringify(action.title)} edits ${uris.join(', ') || 'nothing'}, expected only ${uri}`);
  return changes[uri];
}

export function applyAction(text: string, action: CodeAction, uri: string): string {
  return applyEdits(text, actionEdits(action, uri));
}

/** The smallest span of `before` that covers every edit. */
export function coveringSpan(text: string, edits: readonly TextEdit[]): OffsetSpan {
  const spans = editSpans(text, edits);
  return { start: Math.min(...spans.map((span) => span.start)), end: Math.max(...spans.map((span) => span.end)) };
}

/**
 * Where `after` differs from `before`: the common prefix and suffix are left
 * out, so the result is the span of `before` that really changed.
 */
export function changedSpan(before: string, after: string): OffsetSpan {
  let start = 0;
  const shortest = Math.min(before.length, after.length);
  while (start < shortest && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let suffix = 0;
  while (suffix < shortest - start && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { start, end: before.length - suffix };
}
