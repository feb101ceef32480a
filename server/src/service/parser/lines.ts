import { isInlineBlank, isSpaceOrTab } from '../text/blanks';
import type { LineEndings, SourceLine } from './tree';

/**
 * Splits text into lines; `\n`, `\r\n` and a lone `\r` each end a line. After a
 * final line ending comes one empty line, as editors count them.
 */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  const length = text.length;
  let start = 0;
  // The next \n and \r are looked up only when passed, so the split stays linear.
  let nextLf = text.indexOf('\n');
  let nextCr = text.indexOf('\r');
  for (;;) {
    if (nextLf !== -1 && nextLf < start) nextLf = text.indexOf('\n', start);
    if (nextCr !== -1 && nextCr < start) nextCr = text.indexOf('\r', start);
    const lf = nextLf === -1 ? Infinity : nextLf;
    const cr = nextCr === -1 ? Infinity : nextCr;
    if (lf === Infinity && cr === Infinity) {
      lines.push({ start, contentEnd: length, end: length });
      return lines;
    }
    if (cr < lf) {
      const end = cr + 1 === lf ? lf + 1 : cr + 1;
      lines.push({ start, contentEnd: cr, end });
      start = end;
    } else {
      lines.push({ start, contentEnd: lf, end: lf + 1 });
      start = lf + 1;
    }
  }
}

/** The lines blocks are made of: every line but the empty one after a final line ending, which holds no text (dropped from `lines`). */
export function blockLines(lines: SourceLine[]): SourceLine[] {
  const last = lines[lines.length - 1];
  if (lines.length > 1 && last.start === last.end) lines.pop();
  return lines;
}

/**
 * The lines starting in [from, to), where `from` is a line start and `to` a
 * line start or the end of the text: part of what `splitLines` gives, for
 * reading a few lines again after an edit, or a stamp's lines. A plain loop
 * bounded by `to`: `splitLines`'s searches would run on to the end of the
 * text, while over a whole text they are faster than this loop (14 against
 * 24 ms for 10 MB).
 */
export function splitLineRange(text: string, from: number, to: number): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      lines.push({ start, contentEnd: i, end: i + 1 });
      start = i + 1;
    } else if (code === 13) {
      const end = text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      lines.push({ start, contentEnd: i, end });
      start = end;
      i = end - 1;
    }
  }
  if (start < to) lines.push({ start, contentEnd: to, end: to });
  return lines;
}

/** The end of the line starting at `start`, its line ending included; the end of the text for the last line. */
export function lineEndFrom(text: string, start: number): number {
  for (let at = start; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 10) return at + 1;
    if (code === 13) return text.charCodeAt(at + 1) === 10 ? at + 2 : at + 1;
  }
  return text.length;
}

/** How many line endings of each kind [from, to) holds. */
export function countEndingsIn(text: string, from: number, to: number): { lf: number; crlf: number; cr: number } {
  let lf = 0;
  let crlf = 0;
  let cr = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) lf++;
    else if (code === 13) {
      if (i + 1 < to && text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    }
  }
  return { lf, crlf, cr };
}

/**
 * The line endings of a new version in which `oldRegion` of the old text
 * became `newRegion`: that span's old endings out, its new ones in.
 * Undefined when they become mixed: C105 then needs the first odd line, which
 * only a full count finds.
 */
export function endingsAfterEdit(old: LineEndings, oldRegion: string, newRegion: string): LineEndings | undefined {
  const before = countEndingsIn(oldRegion, 0, oldRegion.length);
  const after = countEndingsIn(newRegion, 0, newRegion.length);
  const counts = { lf: old.lf - before.lf + after.lf, crlf: old.crlf - before.crlf + after.crlf, cr: old.cr - before.cr + after.cr };
  return endingKinds(counts.lf, counts.crlf, counts.cr) > 1 ? undefined : { ...counts, firstMinority: undefined };
}

/** How many kinds of line ending are used: more than one is C105's mixed endings. */
function endingKinds(lf: number, crlf: number, cr: number): number {
  return (lf > 0 ? 1 : 0) + (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
}

export function lineEndingOf(text: string, line: SourceLine): 'lf' | 'crlf' | 'cr' | 'none' {
  const width = line.end - line.contentEnd;
  if (width === 0) return 'none';
  if (width === 2) return 'crlf';
  return text.charCodeAt(line.contentEnd) === 13 ? 'cr' : 'lf';
}

export function countLineEndings(text: string, lines: SourceLine[]): LineEndings {
  let lf = 0;
  let crlf = 0;
  let cr = 0;
  for (let index = 0; index < lines.length; index++) {
    const kind = lineEndingOf(text, lines[index]);
    if (kind === 'lf') lf++;
    else if (kind === 'crlf') crlf++;
    else if (kind === 'cr') cr++;
  }
  const kinds = endingKinds(lf, crlf, cr);
  let firstMinority: SourceLine | undefined;
  if (kinds > 1) {
    const majority = lf >= crlf && lf >= cr ? 'lf' : crlf >= cr ? 'crlf' : 'cr';
    firstMinority = lines.find((line) => {
      const kind = lineEndingOf(text, line);
      return kind !== 'none' && kind !== majority;
    });
  }
  return { lf, crlf, cr, firstMinority };
}

export function isBlank(text: string, line: SourceLine): boolean {
  for (let i = line.start; i < line.contentEnd; i++) if (!isSpaceOrTab(text.charCodeAt(i))) return false;
  return true;
}

/** A `%%` comment: the first non-blank characters of the line are `%%`. */
export function commentStart(text: string, line: SourceLine): number {
  let i = line.start;
  while (i < line.contentEnd && isSpaceOrTab(text.charCodeAt(i))) i++;
  return text.startsWith('%%', i) && i + 1 < line.contentEnd ? i : -1;
}

export function startsWithWhitespace(text: string, line: SourceLine): boolean {
  if (line.contentEnd <= line.start) return false;
  const first = text.charCodeAt(line.start);
  if (isSpaceOrTab(first)) return true;
  // A no-break space too, an indented continuation pasted from a web page; but
  // a line of them alone continues nothing (it would put a blank in the value).
  return first === 0xa0 && !isAllInlineBlank(text, line);
}

function isAllInlineBlank(text: string, line: SourceLine): boolean {
  for (let i = line.start; i < line.contentEnd; i++) if (!isInlineBlank(text.charCodeAt(i))) return false;
  return true;
}

/** A footer separator: three or more `-` and nothing else (trailing blanks allowed). */
export function isSeparator(text: string, line: SourceLine): boolean {
  let i = line.start;
  while (i < line.contentEnd && text.charCodeAt(i) === 45) i++;
  if (i - line.start < 3) return false;
  while (i < line.contentEnd && isSpaceOrTab(text.charCodeAt(i))) i++;
  return i === line.contentEnd;
}

/** Content range without surrounding blanks. */
export function trimmedRange(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && isInlineBlank(text.charCodeAt(start))) start++;
  while (end > start && isInlineBlank(text.charCodeAt(end - 1))) end--;
  return { start, end };
}
