/**
 * Signature lines (format 4.5): an upper-case name — two or more upper-case
 * words, or a name in spaced capitals (`S H T Y K O V`) — optionally with an
 * editorial mark and a time group before or after it. One upper-case word
 * counts when a mark or a time group stands with it (`FILIPPOV [Stalin]`,
 * `13.1.51 ROSHCHIN`).
 */
import type { Inline, Mark, SignatureLine, SourceLine, TextRange, TimeGroupNode } from './tree';
import { detached } from '../text/ownCopy';

const maxSignatureLength = 160;
const upperWord = /^\p{Lu}[\p{Lu}'’.-]*$/u;

/**
 * The signature on `line`, if it is one. The line's inlines are those of
 * `inlines[from, to)` (the paragraph's, in order, starting on the line) that
 * end on it: an inline running on past the line is no part of it.
 */
export function readSignature(text: string, line: SourceLine, inlines: readonly Inline[], from: number, to: number): SignatureLine | undefined {
  if (line.contentEnd - line.start > maxSignatureLength || hasLowerCaseOutside(text, line, inlines, from, to)) return undefined;
  const chars = text.slice(line.start, line.contentEnd).split('');
  let timeGroup: TimeGroupNode | undefined;
  let hasMark = false;
  for (let index = from; index < to; index++) {
    const inline = inlines[index];
    if (inline.end > line.contentEnd) continue;
    if (inline.type === 'time-group') {
      if (timeGroup) return undefined; // a signature carries one time group at most
      timeGroup = inline;
    } else if (inline.type === 'mark' || inline.type === 'footnote-ref') hasMark = true;
    else continue;
    for (let i = Math.max(inline.start, line.start); i < Math.min(inline.end, line.contentEnd); i++) chars[i - line.start] = ' ';
  }
  if (timeGroup) blankYearAbbreviation(chars, timeGroup.end - line.start);
  blankQuotes(chars);
  blankTrailingStop(chars);
  const masked = chars.join('');
  if (masked.trim() === '') return nameInMark(text, line, inlines, from, to, timeGroup);
  const name = upperCaseName(masked, line.start, hasMark || timeGroup !== undefined);
  return name && { start: line.start, end: line.contentEnd, name, nameText: detached(text.slice(name.start, name.end)), timeGroup };
}

/**
 * The upper-case name `written` (starting at offset `base`) makes, if it
 * makes one (format 4.5): two or more upper-case words, one of them of two
 * letters or more, or a name in spaced capitals; one word of two letters or
 * more when something stands with it (`accompanied`: a mark or a time group).
 */
function upperCaseName(written: string, base: number, accompanied: boolean): TextRange | undefined {
  const words = written.trim().split(/[ \t]+/).filter((word) => word.length > 0);
  if (words.length === 0 || !words.every((word) => upperWord.test(word))) return undefined;
  const lettersOf = (word: string): number => word.replace(/[^\p{L}]/gu, '').length;
  const spacedCapitals = words.length >= 3 && words.every((word) => word.length === 1);
  const isName = spacedCapitals || (words.length >= 2 && words.some((word) => lettersOf(word) >= 2)) || (words.length === 1 && lettersOf(words[0]) >= 2 && accompanied);
  if (!isName) return undefined;
  const lastWord = words[words.length - 1];
  return { start: base + written.indexOf(words[0]), end: base + written.lastIndexOf(lastWord) + lastWord.length };
}

/** Marks whose words are the page's, read doubtfully or supplied: a signature's name may stand in one. */
const nameMarks = new Set(['unclear', 'certainty', 'doubtful', 'supplied']);

/**
 * A line whose only words stand in one mark of a reading (`[unclear: MAO
 * ZEDONG] 0530 18 October`, `[unclear: ANTON][iv]`): a signature the
 * transcriber could not read for certain is still the part's signature, so
 * its name is the mark's words when they make an upper-case name.
 */
function nameInMark(text: string, line: SourceLine, inlines: readonly Inline[], from: number, to: number, timeGroup: TimeGroupNode | undefined): SignatureLine | undefined {
  const onLine = inlines.slice(from, to).filter((inline) => inline.end <= line.contentEnd);
  const marks = onLine.filter((inline): inline is Mark => inline.type === 'mark');
  const holder = marks.find((mark) => nameMarks.has(mark.kind) && mark.closed && mark.children.length === 0);
  if (holder === undefined || marks.some((mark) => mark !== holder && mark.start < holder.end && mark.end > holder.start)) return undefined;
  const inside = text.slice(holder.content.start, holder.content.end).replace(/\?[ \t]*$/, '');
  // One word counts, as outside a mark, when a time group or another mark stands with it.
  const accompanied = timeGroup !== undefined || onLine.some((inline) => inline.type === 'footnote-ref') || marks.length > 1;
  const name = upperCaseName(inside, holder.content.start, accompanied);
  return name && { start: line.start, end: line.contentEnd, name, nameText: detached(text.slice(name.start, name.end)), timeGroup };
}

/**
 * Quote marks and closing punctuation around a quoted telegram's first and
 * last lines are not part of a signature: they become blanks. Only the
 * opening mark after leading blanks, and the closing mark (with one stop
 * after it, perhaps past a reference) before trailing blanks, as a
 * telegram's lines carry them.
 */
function blankQuotes(chars: string[]): void {
  let first = 0;
  while (first < chars.length && isBlankChar(chars[first])) first++;
  if (first < chars.length && openingQuotes.has(chars[first])) chars[first] = ' ';
  let last = chars.length - 1;
  while (last >= 0 && isBlankChar(chars[last])) last--;
  // Between the mark and its stop there may be a footnote reference, already blanked (`October"[1].`).
  let beforeStop = last - 1;
  while (beforeStop >= 0 && isBlankChar(chars[beforeStop])) beforeStop--;
  if (beforeStop >= 0 && closingStops.has(chars[last]) && closingQuotes.has(chars[beforeStop])) chars[last] = chars[beforeStop] = ' ';
  else if (last >= 0 && closingQuotes.has(chars[last])) chars[last] = ' ';
}

/**
 * A Russian date's `г.` (for года, "year") stays out of its time group
 * (`20 января 1951 г.`, `19.10.1951г.`), so on a signature's line it would
 * read as a lower-case word: right after the group, it becomes blanks.
 */
function blankYearAbbreviation(chars: string[], groupEnd: number): void {
  let index = groupEnd;
  while (index < chars.length && isBlankChar(chars[index])) index++;
  if (chars[index] !== 'г') return;
  const end = chars[index + 1] === '.' ? index + 2 : index + 1;
  if (end < chars.length && !isBlankChar(chars[end]) && !closingStops.has(chars[end]) && !closingQuotes.has(chars[end])) return;
  for (let i = index; i < end; i++) chars[i] = ' ';
}

/**
 * A full stop (or other stop) that ends the line on its own, after a time
 * group or a mark already blanked (`MAO ZEDONG 0530 20 January.`, or before
 * a closing quote, `…18 October.”`), ends the sentence, not the name.
 */
function blankTrailingStop(chars: string[]): void {
  let last = chars.length - 1;
  while (last >= 0 && isBlankChar(chars[last])) last--;
  if (last > 0 && closingStops.has(chars[last]) && isBlankChar(chars[last - 1])) chars[last] = ' ';
}

const openingQuotes = new Set(['"', '“', '«']);
const closingQuotes = new Set(['"', '”', '»']);
const closingStops = new Set(['.', ',', ';', ':', '!', '?']);

function isBlankChar(char: string): boolean {
  return char === ' ' || char === '\t';
}

/**
 * A cheap first test, since most lines are prose: a signature has no
 * lower-case letter outside its marks and time groups (`a.m.`, `October`,
 * `января`).
 */
function hasLowerCaseOutside(text: string, line: SourceLine, inlines: readonly Inline[], from: number, to: number): boolean {
  let next = from;
  for (let i = line.start; i < line.contentEnd; i++) {
    const code = text.charCodeAt(i);
    if (!isLowerCaseLetter(code)) continue;
    while (next < to && (inlines[next].end <= i || inlines[next].end > line.contentEnd)) next++;
    const inline = next < to ? inlines[next] : undefined;
    const covered = inline !== undefined && inline.start <= i && inline.type !== 'name' && inline.type !== 'number-sign';
    if (!covered) return true;
  }
  return false;
}

/**
 * A lower-case letter of the Latin or Cyrillic alphabet, but the Cyrillic
 * `г` (a Russian date's `г.`, which `blankYearAbbreviation` takes): Russian
 * prose is screened out here too, rather than split and matched word by word.
 */
function isLowerCaseLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 0x430 && code <= 0x44f && code !== 0x433) || code === 0x451;
}
