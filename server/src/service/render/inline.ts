/**
 * The inline walk: one pass over a block's flat, sorted inline list, keeping
 * a stack of the elements open at the current position. Nested marks come
 * after their parent in the list and end inside it, so each item either
 * opens inside the innermost open element or comes after it has closed.
 * Names and number signs are for the checker and are written as plain text.
 */
import { firstStartingAt } from '../text/positions';
import type { FootnoteRef, Inline, Mark, TextRange } from '../parser/tree';
import { writerFor, type RenderContext } from './context';
import { escapeAttribute } from './escape';
import { isHidden, openMark, type Closer } from './marks';
import { timeGroupOpen } from './timeGroups';
import { referenceNumber } from './treeData';
import type { TextWriter } from './writer';

interface Open {
  end: number;
  close: Closer;
}

/**
 * Writes the runs of a block with their inline nodes. `frame`: a mark that
 * the block's own element stands for (the `[Stamp: …]` of a stamp block).
 */
export function writeRuns(context: RenderContext, runs: readonly TextRange[], inlines: readonly Inline[], frame?: Mark): void {
  if (runs.length === 0) return;
  const writer = writerFor(context, runs);
  walk(context, writer, inlines, runs[0].start, runs[runs.length - 1].end, frame);
}

function walk(context: RenderContext, writer: TextWriter, inlines: readonly Inline[], from: number, to: number, frame: Mark | undefined): void {
  const stack: Open[] = [];
  let index = firstStartingAt(inlines, from);
  while (index < inlines.length && inlines[index].start < to) {
    const item = inlines[index++];
    if (item.type === 'name' || item.type === 'number-sign' || item.end > to) continue;
    while (stack.length > 0 && stack[stack.length - 1].end <= item.start) stack.pop()?.close();
    // An item that straddles the end of the element it starts in cannot nest: it stays text.
    if (stack.length > 0 && item.end > stack[stack.length - 1].end) continue;
    if (item.type === 'mark' && isHidden(context, item)) {
      writer.hide(item.start, item.end);
      while (index < inlines.length && inlines[index].start < item.end) index++;
      continue;
    }
    writer.write(item.start);
    if (item.type === 'footnote-ref') writeReference(context, writer, item);
    else if (item.type === 'time-group') {
      const tag = timeGroupOpen(context.tree, item);
      context.out.push(tag.html);
      stack.push({ end: item.end, close: () => closeWith(context, writer, item.end, tag.close) });
    } else {
      stack.push({ end: item.end, close: openMark(context, writer, item, item === frame) });
    }
  }
  while (stack.length > 0) stack.pop()?.close();
  writer.write(to);
}

function closeWith(context: RenderContext, writer: TextWriter, end: number, closeTag: string): void {
  writer.write(end);
  context.out.push(closeTag);
}

/**
 * `[i]` linked to its note, with an id the note links back to. A reference
 * whose note is missing (C213) is not a link: there is nothing to go to.
 */
function writeReference(context: RenderContext, writer: TextWriter, ref: FootnoteRef): void {
  const out = context.out;
  const marker = escapeAttribute(ref.marker);
  if (!context.tree.noteMarkers.has(ref.marker)) {
    out.push('<sup class="footnote-ref footnote-missing">');
    writer.write(ref.end);
    out.push('</sup>');
    return;
  }
  const number = referenceNumber(context.tree, ref);
  out.push(`<sup class="footnote-ref"><a href="#note-${marker}" id="ref-${marker}-${number}">`);
  writer.write(ref.end);
  out.push('</a></sup>');
}

