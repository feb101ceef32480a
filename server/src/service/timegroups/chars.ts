/**
 * Character tests for the time-group scanner: where a number stands alone, so
 * that numbers inside references, versions, ranges or after a number sign are
 * never read as time groups. All work on char codes; nothing is allocated.
 */
import { isInlineBlank } from '../text/blanks';

/** Letters and digits of any script, for the rare character beyond ASCII. */
const OTHER_WORD_CHAR = /[\p{L}\p{N}]/uy;

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** A letter, digit or `_` at `index` (any script), i.e. the number there is part of a longer token. */
export function isWordCharAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code !== code) return false; // NaN: outside the text
  if (isDigit(code) || isAsciiLetter(code) || code === 95) return true;
  if (code < 128) return false;
  OTHER_WORD_CHAR.lastIndex = index;
  return OTHER_WORD_CHAR.test(text);
}

/**
 * Whether a number starting at `start` stands alone on its left. Not after a
 * letter or digit, nor after `.`, `/`, `:`, `-`, `+`, `#`, `№` (parts of version
 * numbers, references like `254/3612/shs`, ranges, phone numbers), nor after a
 * digit and comma (`1,500`), nor after a number sign and blanks (`No. 1309`,
 * `Nº 3007`): a number there is never a time group.
 */
export function numberStartsCleanly(text: string, start: number): boolean {
  if (start === 0) return true;
  const before = text.charCodeAt(start - 1);
  if (isWordCharAt(text, start - 1)) return false;
  switch (before) {
    case 46: // .
    case 47: // /
    case 58: // :
    case 45: // -
    case 43: // +
    case 35: // #
    case 0x2116: // №
      return false;
    case 44: // ,
      return !(start >= 2 && isDigit(text.charCodeAt(start - 2)));
  }
  return !numberSignBefore(text, start);
}

/** A number sign (`№`, `Nº`, `N°`, `No.`, `No`, `Nos.`, `Nr.`, `#`), then blanks or not, right before `start`. */
function numberSignBefore(text: string, start: number): boolean {
  let index = start;
  while (index > 0 && isInlineBlank(text.charCodeAt(index - 1))) index--;
  if (index === 0) return false;
  const code = text.charCodeAt(index - 1);
  if (code === 0x2116 || code === 35) return true;
  if (code === 0xba || code === 0xb0) return index >= 2 && (text.charCodeAt(index - 2) | 32) === 110; // Nº, N°
  let wordEnd = index;
  if (code === 46) wordEnd--;
  let wordStart = wordEnd;
  while (wordStart > 0 && wordEnd - wordStart < 4 && isAsciiLetter(text.charCodeAt(wordStart - 1))) wordStart--;
  if (wordStart === wordEnd || (wordStart > 0 && isWordCharAt(text, wordStart - 1))) return false;
  const length = wordEnd - wordStart;
  if ((text.charCodeAt(wordStart) | 32) !== 110) return false; // n
  const second = text.charCodeAt(wordStart + 1) | 32;
  if (length === 2) return second === 111 || second === 114; // No, Nr
  return length === 3 && second === 111 && (text.charCodeAt(wordStart + 2) | 32) === 115; // Nos
}

/**
 * Whether a number ending at `end` stands alone on its right: not followed by a
 * letter or digit, `/`, `%`, nor by `.`, `,`, `:` or `-` and a digit (`1.2.3`,
 * `1:50,000`, `12:30:45`, `0530-0600`). Sentence punctuation is fine.
 */
export function numberEndsCleanly(text: string, end: number): boolean {
  if (end >= text.length) return true;
  if (isWordCharAt(text, end)) return false;
  const after = text.charCodeAt(end);
  if (after === 47 || after === 37) return false;
  if (after === 46 || after === 44 || after === 58 || after === 45) return !isDigit(text.charCodeAt(end + 1));
  return true;
}

export function numberAt(text: string, start: number, end: number): number {
  let value = 0;
  for (let index = start; index < end; index++) value = value * 10 + (text.charCodeAt(index) - 48);
  return value;
}

/**
 * Whether the word right before `start`, across blanks, matches `word` (a whole
 * word: `at` in `At 25:40`, not in `flat 25:40`). Looks back at most 8 letters.
 */
export function wordBeforeIs(text: string, start: number, word: RegExp): boolean {
  let end = start;
  while (end > 0 && isInlineBlank(text.charCodeAt(end - 1))) end--;
  if (end === start) return false;
  let wordStart = end;
  while (wordStart > 0 && end - wordStart < 8 && isAsciiLetter(text.charCodeAt(wordStart - 1))) wordStart--;
  if (wordStart === end || (wordStart > 0 && isWordCharAt(text, wordStart - 1))) return false;
  return word.test(text.slice(wordStart, end));
}
