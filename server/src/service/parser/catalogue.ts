/** The catalogue record (format section 2): `---`, `key: value` lines, `---`. */
import type { LineCursor } from './blocks';
import { commentStart, isBlank, startsWithWhitespace, trimmedRange } from './lines';
import type { CatalogueBlock, CatalogueEntry, SourceLine } from './tree';
import { detached } from '../text/ownCopy';

const keyPattern = /^([A-Za-z][A-Za-z_-]*)[ \t]*:/;

function isFence(cursor: LineCursor, line: SourceLine): boolean {
  return cursor.lineText(line).trimEnd() === '---';
}

/**
 * Reads the record when line 1 is `---`. When the closing `---` is missing
 * (C103), the record ends at the first line that cannot belong to it, so the
 * rest of the document still parses as header and body.
 */
export function readCatalogue(cursor: LineCursor): CatalogueBlock | undefined {
  if (cursor.done() || !isFence(cursor, cursor.current())) return undefined;
  const open = cursor.current();
  let closeIndex = -1;
  for (let index = cursor.index + 1; index < cursor.lines.length; index++) {
    if (isFence(cursor, cursor.lines[index])) {
      closeIndex = index;
      break;
    }
  }
  const block: CatalogueBlock = { type: 'catalogue', start: open.start, end: open.end, open, close: undefined, entries: [], strays: [], inlines: [] };
  cursor.index++;
  while (!cursor.done() && (closeIndex < 0 || cursor.index < closeIndex)) {
    const line = cursor.current();
    if (!readCatalogueLine(cursor, block, line, closeIndex >= 0)) break;
    block.end = line.end;
    cursor.index++;
  }
  if (closeIndex >= 0) {
    block.close = cursor.lines[closeIndex];
    block.end = block.close.end;
    cursor.index = closeIndex + 1;
  }
  return block;
}

/** Adds one line to the record; false when an unclosed record must end before it. */
function readCatalogueLine(cursor: LineCursor, block: CatalogueBlock, line: SourceLine, closed: boolean): boolean {
  const text = cursor.text;
  if (isBlank(text, line) || commentStart(text, line) >= 0) return true;
  const previous = block.entries[block.entries.length - 1];
  if (previous && startsWithWhitespace(text, line)) {
    const value = trimmedRange(text, line.start, line.contentEnd);
    previous.valueRanges.push(value);
    previous.value = detached(previous.value ? `${previous.value} ${text.slice(value.start, value.end)}` : text.slice(value.start, value.end));
    previous.end = line.end;
    return true;
  }
  const match = keyPattern.exec(cursor.lineText(line));
  // Keys are lower-case: without a closing fence, `Cable:` is the header beginning.
  if (match && (closed || match[1] === match[1].toLowerCase())) {
    const value = trimmedRange(text, line.start + match[0].length, line.contentEnd);
    const entry: CatalogueEntry = {
      start: line.start,
      end: line.end,
      key: detached(match[1]),
      keyRange: { start: line.start, end: line.start + match[1].length },
      valueRanges: value.start < value.end ? [value] : [],
      value: detached(text.slice(value.start, value.end)),
    };
    block.entries.push(entry);
    return true;
  }
  if (!closed) return false;
  block.strays.push(line);
  return true;
}
