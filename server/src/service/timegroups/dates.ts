/**
 * Readers for dates (format section 6): day month [year], month day[,] [year],
 * dotted, slashed, and misspelt months where a month belongs (C212); the
 * date-time groups have dateTimeGroups.ts. Each reads at a known position
 * with a sticky regex.
 */
import { addProblem, dateAtom, newAtom } from './atoms';
import type { Atom } from './atoms';
import { isAsciiLetter, isDigit, isWordCharAt, numberAt, numberEndsCleanly } from './chars';
import { isMisspeltMonthName, isMisspeltRussianMonth, isSuspectedMonth, lookupMonthWord, romanValue } from './months';
import { monthProblem, numericMonthProblem, romanProblem } from './problems';
import type { ScanOptions, TimeGroupForm } from './types';
import { isInlineBlank } from '../text/blanks';
import { isCyrillic } from '../text/cyrillic';

// Compiled once; sticky (`y`), positioned with lastIndex by each reader.
/** The word after blanks: Latin, or Cyrillic for a Russian month (`19 октября`). */
const WORD_AFTER = /[ \t\u00A0]+([A-Za-z]+|[\u0400-\u04FF]+)/y;
const YEAR = /(,?)[ \t\u00A0]+([0-9]+)/y;

/** What may follow a number that therefore is not a year: an hour unit, a.m./p.m., a clock word. */
const NOT_A_YEAR = /[ \t\u00A0]*(?:hours?|hrs?)(?![A-Za-z])|[ \t\u00A0]*[ap]\.?[ \t\u00A0]?m(?![A-Za-z])|[ \t\u00A0]+(?:noon|midnight)(?![A-Za-z])/iy;
const DOTTED = /([0-9]{1,2})\.([0-9]{1,2}|[IVXivxХх]+)(?:\.([0-9]{4}|[0-9]{2}))?/y;
const SLASHED = /([0-9]{1,2})\/([0-9]{1,2})\/([0-9]{4}|[0-9]{2})/y;
/** What may follow the day of a month-first group that has no year: a time (`Mrach 7 0530`, `Mrach 7 at 10:30`). */
const TIME_AFTER = /[ \t\u00A0]+(?:at[ \t\u00A0]+)?(?:[0-9]|noon(?![A-Za-z])|midnight(?![A-Za-z]))/iy;

/**
 * A written year: two digits (19xx) or four digits from 1800 to 2099. Four-digit
 * numbers outside that span after a date are clock times (`18 October 0530`);
 * telegraph archives start after 1800, so the span loses no real year.
 */
export function yearOf(digits: string): number | undefined {
  if (digits.length === 2) return 1900 + Number(digits);
  if (digits.length !== 4) return undefined;
  const value = Number(digits);
  return value >= 1800 && value <= 2099 ? value : undefined;
}

/**
 * The year after a month or day ending at `at`, if one is written there: `, 1951`,
 * ` 1951`, ` 51` (a comma only before four digits: `7 October, 45 men` is not 1945).
 * A number followed by an hour unit, a.m./p.m. or a month is the next group's,
 * not a year (`19 October 20 hours 05 minutes`, `19 Oct 12 p.m.`, `18 October 19 October`).
 */
export function readYear(text: string, at: number): { year: number; end: number } | undefined {
  YEAR.lastIndex = at;
  const match = YEAR.exec(text);
  if (match === null) return undefined;
  const digits = match[2];
  if (match[1] !== '' && digits.length !== 4) return undefined;
  const year = yearOf(digits);
  const end = YEAR.lastIndex;
  if (year === undefined || !(numberEndsCleanly(text, end) || isYearWordAt(text, end))) return undefined;
  NOT_A_YEAR.lastIndex = end;
  if (NOT_A_YEAR.test(text)) return undefined;
  WORD_AFTER.lastIndex = end;
  const word = WORD_AFTER.exec(text);
  if (word !== null) {
    const wordEnd = WORD_AFTER.lastIndex;
    if (lookupMonthWord(word[1], text.charCodeAt(wordEnd) === 46) !== undefined || isSuspectedMonth(word[1])) return undefined;
  }
  return { year, end };
}

/**
 * The Russian `г.` (год, year) written onto a year's digits (`1951г.`; with
 * a space between, `1951 г.`, the year ends cleanly anyway). It stays out
 * of the group, as `года` after a space does.
 */
export function isYearWordAt(text: string, end: number): boolean {
  return text.charCodeAt(end) === 0x433 && !isWordCharAt(text, end + 1);
}

/**
 * A dotted or slashed date with a year whose day (0, above 31) or numeric month
 * (0, above 12) does not exist, but not both (`45.13.50` is no date). It is C211
 * or C212 in a field value; in prose, where such digits are as likely a version
 * or reference number, it is tentative: it counts only with a time joined to it
 * (`1135 19.13.51`). A date without a year (`31.13`) is never read this way.
 */
function impossibleNumericDate(
  text: string,
  start: number,
  end: number,
  form: TimeGroupForm,
  parts: { day: number; month: number; year: number | undefined; monthStart: number; monthEnd: number },
  strict: boolean,
  slashed: ScanOptions['slashedDates'] | undefined,
): Atom | undefined {
  const dayOk = parts.day >= 1 && parts.day <= 31;
  const monthOk = parts.month >= 1 && parts.month <= 12;
  if (parts.year === undefined || dayOk === monthOk) return undefined;
  let atom: Atom;
  if (monthOk) {
    atom = dateAtom(text, start, end, form, parts.day, parts.month, parts.year);
  } else {
    atom = newAtom(start, end, 'date', form);
    addProblem(atom, numericMonthProblem(text, parts.monthStart, parts.monthEnd, slashed));
  }
  atom.tentative = !strict;
  return atom;
}

/**
 * `13.10.50`, `13.6.1951`, `24.III.50`; `31.8` only in strict mode (in prose it is
 * as likely a number). Day 1–31 and month 1–12 or a well-formed roman numeral, or
 * it is not a date at all; a roman numeral above XII is C212; an impossible day
 * or numeric month in a date with a year is C211 or C212 (`impossibleNumericDate`).
 */
export function readDotted(text: string, start: number, strict: boolean): Atom | undefined {
  DOTTED.lastIndex = start;
  const match = DOTTED.exec(text);
  if (match === null) return undefined;
  const end = DOTTED.lastIndex;
  if (!numberEndsCleanly(text, end) && !(match[3] !== undefined && isYearWordAt(text, end))) return undefined;
  if (match[3] === undefined && !strict) return undefined;
  const day = Number(match[1]);
  const year = match[3] === undefined ? undefined : yearOf(match[3]);
  if (match[3] !== undefined && year === undefined) return undefined;
  const monthText = match[2];
  const monthStart = start + match[1].length + 1;
  if (isDigit(monthText.charCodeAt(0))) {
    const month = Number(monthText);
    if (day < 1 || day > 31 || month < 1 || month > 12) {
      const parts = { day, month, year, monthStart, monthEnd: monthStart + monthText.length };
      return impossibleNumericDate(text, start, end, 'dotted', parts, strict, undefined);
    }
    return dateAtom(text, start, end, 'dotted', day, month, year);
  }
  if (day < 1 || day > 31) return undefined;
  const roman = romanValue(monthText);
  if (roman === undefined) return undefined;
  if (roman <= 12) return dateAtom(text, start, end, 'dotted', day, roman, year);
  // `24.XX.50`, `24.xx.50`: X's alone are the usual placeholder for a month the
  // page does not show, not a misspelt numeral; not a date, not reported.
  if (/^[XxХх]+$/.test(monthText)) return undefined;
  const atom = newAtom(start, end, 'date', 'dotted');
  addProblem(atom, romanProblem(text, monthStart, monthStart + monthText.length));
  return atom;
}

/**
 * `10/14/50`, month first unless configured day first. An impossible day or
 * month (not both) is C211 or C212 in a field value and tentative in prose
 * (`impossibleNumericDate`): `14/10/50` read month first may be a day-first date.
 */
export function readSlashed(text: string, start: number, options: ScanOptions): Atom | undefined {
  SLASHED.lastIndex = start;
  const match = SLASHED.exec(text);
  if (match === null) return undefined;
  const end = SLASHED.lastIndex;
  if (!numberEndsCleanly(text, end) && !isYearWordAt(text, end)) return undefined;
  const first = Number(match[1]);
  const second = Number(match[2]);
  const month = options.slashedDates === 'day-first' ? second : first;
  const day = options.slashedDates === 'day-first' ? first : second;
  const year = yearOf(match[3]);
  if (year === undefined) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > 31) {
    const monthFirst = options.slashedDates !== 'day-first';
    const monthStart = monthFirst ? start : start + match[1].length + 1;
    const monthEnd = monthStart + (monthFirst ? match[1] : match[2]).length;
    const parts = { day, month, year, monthStart, monthEnd };
    return impossibleNumericDate(text, start, end, 'slashed', parts, options.strict, options.slashedDates);
  }
  return dateAtom(text, start, end, 'slashed', day, month, year);
}

interface MonthSpan {
  month: number;
  /** End of the month, with its period when the period is an abbreviation's. */
  end: number;
  /** False after `October.`: the period ends the sentence, so no year follows. */
  yearMayFollow: boolean;
}

/**
 * The month word at [wordStart, wordEnd). `Oct.` keeps its period; after a full
 * name (`18 October.`) the period is the sentence's and is left out.
 */
export function monthSpan(text: string, word: string, wordEnd: number): MonthSpan | undefined {
  const period = text.charCodeAt(wordEnd) === 46;
  const found = lookupMonthWord(word, period);
  if (found === undefined) return undefined;
  const end = period && found.kind === 'abbreviation' ? wordEnd + 1 : wordEnd;
  if (isWordCharAt(text, end)) return undefined; // `Oct.51`
  return { month: found.month, end, yearMayFollow: !(period && found.kind === 'full') };
}

/**
 * A misspelt month where a month belongs (C212): the word, and the year after it
 * if any so that the year is not read again as a time. In a field value (strict)
 * short words count too (`8 Mya`, `2 Spet. 44`; see `isSuspectedMonth`); a
 * Russian genitive a letter off counts anywhere (`19 октбря`).
 */
export function misspeltMonthAtom(
  text: string,
  start: number,
  word: string,
  wordStart: number,
  wordEnd: number,
  form: TimeGroupForm,
  strict: boolean,
): Atom | undefined {
  if (!(isSuspectedMonth(word, strict) || isMisspeltRussianMonth(word)) || isWordCharAt(text, wordEnd)) return undefined;
  const afterPeriod = text.charCodeAt(wordEnd) === 46 ? wordEnd + 1 : wordEnd;
  const year = readYear(text, afterPeriod);
  const atom = newAtom(start, year === undefined ? wordEnd : year.end, form === 'dtg' ? 'dtg' : 'date', form);
  addProblem(atom, monthProblem(text, wordStart, wordEnd));
  return atom;
}

/**
 * `18 October`, `19 Oct. 1951`, `19 Oct 51`; a misspelt month after a day is C212.
 * A day 0 or above 31 before a month is C211 in a field value or with a year
 * (`32 January 1951`); in prose without a year (`45 October`) the number may be
 * a count, so the atom is tentative: reported only when a time joins it
 * (`0530 0 October`), else nothing. Such a number before a misspelt month is no
 * date at all (`45 Octobr 1951`).
 */
/** `afterDay`: where the day ends, past an ordinal's `th` (`14th June`); `dayEnd` when none. */
export function readDayMonth(text: string, start: number, dayEnd: number, strict: boolean, afterDay = dayEnd): Atom | undefined {
  const day = numberAt(text, start, dayEnd);
  const impossible = day < 1 || day > 31;
  WORD_AFTER.lastIndex = afterDay;
  const match = WORD_AFTER.exec(text);
  if (match === null) return undefined;
  const word = match[1];
  const wordEnd = WORD_AFTER.lastIndex;
  // `Point 2 may be accepted`, `the 3 march on`: in lower case in running text, with a word after them, verbs after a count.
  if (!strict && (word === 'may' || word === 'march') && wordFollows(text, wordEnd)) return undefined;
  const wordStart = wordEnd - word.length;
  const span = monthSpan(text, word, wordEnd);
  if (span === undefined) return impossible ? undefined : misspeltMonthAtom(text, start, word, wordStart, wordEnd, 'day-month', strict);
  const year = span.yearMayFollow ? readYear(text, span.end) : undefined;
  const atom = dateAtom(text, start, year?.end ?? span.end, 'day-month', day, span.month, year?.year);
  atom.tentative = impossible && !strict && year === undefined;
  return atom;
}

interface WordBefore {
  word: string;
  start: number;
  end: number;
  /** A `.` follows the word (`Oct. 19`). */
  period: boolean;
}

/**
 * The word right before a number at `start`, across blanks and an optional
 * period, not reaching before `floor` (the end of the previous atom): where a
 * month stands in `July 3` or `October 1951`.
 */
function wordBefore(text: string, start: number, floor: number): WordBefore | undefined {
  let index = start;
  while (index > floor && isInlineBlank(text.charCodeAt(index - 1))) index--;
  if (index === start) return undefined;
  let end = index;
  const period = end > floor && text.charCodeAt(end - 1) === 46;
  if (period) end--;
  let wordStart = end;
  const isLetter = isCyrillic(text.charCodeAt(end - 1)) ? isCyrillic : isAsciiLetter;
  while (wordStart > floor && end - wordStart < 12 && isLetter(text.charCodeAt(wordStart - 1))) wordStart--;
  if (wordStart === end || (wordStart > 0 && isWordCharAt(text, wordStart - 1))) return undefined;
  return { word: text.slice(wordStart, end), start: wordStart, end, period };
}

/**
 * Whether the day of a month-first group with no year ends it: the text ends, or
 * sentence punctuation or a time follows (`Febuary 5.`, `Mrach 7, 4:44 a.m.`,
 * `Mrach 7 at 0530`), not a word (`Marsh 5 men`).
 */
function dayEndsGroup(text: string, dayEnd: number): boolean {
  if (dayEnd >= text.length) return true;
  switch (text.charCodeAt(dayEnd)) {
    case 46: // .
    case 44: // ,
    case 59: // ;
    case 58: // :
    case 33: // !
    case 63: // ?
    case 41: // )
      return true;
  }
  TIME_AFTER.lastIndex = dayEnd;
  return TIME_AFTER.test(text);
}

/**
 * `February 28, 1948`, `Jan 13 1950`, `July 3`: the number is the day and the
 * month word stands before it. A capitalised near-month before a day is C212
 * when a year follows (`Febuary 28, 1948`); without a year only when the group
 * ends at the day (`dayEndsGroup`) and the word is a suspected month in a field
 * value (`Received: Mrach 7, 4:44 a.m.`) or, in prose, a misspelt full name of
 * 5+ letters (`of Febuary 5.`; not `Mach 3`, `Septem 5`): elsewhere such a word
 * is too likely a name followed by a number. A day 0 or above 31 after a month
 * is never reported: `Oct 51` is a month and a two-digit year.
 */
/** `afterDay`: where the day ends, past an ordinal's `th` (`June 14th`); `dayEnd` when none. */
export function readMonthDay(text: string, start: number, dayEnd: number, floor: number, strict: boolean, afterDay = dayEnd): Atom | undefined {
  const day = numberAt(text, start, dayEnd);
  if (day < 1 || day > 31) return undefined;
  const before = wordBefore(text, start, floor);
  if (before === undefined) return undefined;
  const found = lookupMonthWord(before.word, before.period);
  if (found === undefined) {
    if (before.period || !isSuspectedMonth(before.word)) return undefined;
    const year = readYear(text, afterDay);
    if (year === undefined && !((strict || isMisspeltMonthName(before.word)) && dayEndsGroup(text, afterDay))) return undefined;
    const atom = newAtom(before.start, year?.end ?? afterDay, 'date', 'month-day');
    addProblem(atom, monthProblem(text, before.start, before.end));
    return atom;
  }
  if (before.period && found.kind === 'full') return undefined; // `October. 19`: two sentences
  const year = readYear(text, afterDay);
  return dateAtom(text, before.start, year?.end ?? afterDay, 'month-day', day, found.month, year?.year);
}

/**
 * `October 1951`, `Oct. 1951`: a month and a year without a day. The spec lists no
 * such form, but reading it keeps the year from being taken for a time (`Sent:
 * March 1951` is not 19:51); it is a month-only date (`day` undefined, form
 * `month-day`), which never passes its year on (it is not a full date).
 */
export function readMonthYear(text: string, start: number, end: number, floor: number, year: number): Atom | undefined {
  const before = wordBefore(text, start, floor);
  if (before === undefined) return undefined;
  const found = lookupMonthWord(before.word, before.period);
  if (found === undefined || (before.period && found.kind === 'full')) return undefined;
  const atom = newAtom(before.start, end, 'date', 'month-day');
  atom.date = { year, month: found.month, day: undefined };
  return atom;
}

const WORD_NEXT = /[ \t\u00A0]+\p{L}/uy;

/** Whether a word follows at `end`, after blanks: `may be`, not `may 1950`. */
function wordFollows(text: string, end: number): boolean {
  WORD_NEXT.lastIndex = end;
  return WORD_NEXT.test(text);
}
