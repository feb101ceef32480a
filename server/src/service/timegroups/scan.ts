/**
 * The time-group recognizer (format section 6) and its checks C210, C211, C212.
 *
 * It runs over every text line of documents of tens of megabytes, so it is
 * driven by numbers: one global regex finds each run of digits (and the words
 * `noon`/`midnight`), and only there are the forms tried, each with a sticky
 * regex at a known position. Lines without a digit or those words cost one test.
 *
 * A scan has two steps. First it reads *atoms* left to right, each a date, a
 * time or a date-time group, never overlapping. Then it joins each date with an
 * adjacent time into one group and decides which lone times count: a number that
 * is not a time group must never be reported as one, so wherever the spec is
 * silent the reading is the conservative one (see the comments at each rule).
 *
 * A part that does not exist (a time `2575`, a day `31 April`, a month `Octobr`)
 * is reported and left out of the group (`time` or `date` undefined); a group with
 * nothing left is not returned, only its problem.
 */
import { daysInMonth, isSuspectedMonth, lookupMonthWord, MONTH_NAMES, nearestMonths, nearestRomanMonths, romanValue } from './months';
import type {
  ScanOptions,
  ScanResult,
  TimeGroup,
  TimeGroupDate,
  TimeGroupForm,
  TimeGroupProblem,
  TimeGroupProblemCode,
  TimeGroupTime,
} from './types';

/** How a time was written; decides where it counts without a date. */
type TimeKind = 'bare' | 'colon' | 'hours' | 'twelve' | 'word';

interface PendingProblem {
  code: TimeGroupProblemCode;
  severity: 'error' | 'warning';
  start: number;
  end: number;
  message: string;
  suggestions: string[];
}

interface Atom {
  start: number;
  end: number;
  kind: 'date' | 'time' | 'dtg';
  form: TimeGroupForm;
  /** Only a date that exists; an impossible one is a problem instead. */
  date: TimeGroupDate | undefined;
  /** Only a time that exists (a `13:30 p.m.` warning keeps its time). */
  time: TimeGroupTime | undefined;
  zone: string | undefined;
  timeKind: TimeKind | undefined;
  /** For colon times: hour ≤ 24 and minute ≤ 59, i.e. plainly meant as a time even when alone. */
  plausible: boolean;
  problems: PendingProblem[] | undefined;
  /** For a date: the time joined to it. */
  partner: Atom | undefined;
  /** For a time: already joined to a date. */
  joined: boolean;
}

// ---------------------------------------------------------------------------
// Regexes. All compiled once; the sticky ones are positioned with lastIndex.

const QUICK = /[0-9]|noon|midnight/i;
const ANCHOR = /[0-9]+|\b(?:noon|midnight)\b/gi;
const WORD_AFTER = /[ \t\u00A0]+([A-Za-z]+)/y;
const YEAR = /(,?)[ \t\u00A0]+([0-9]+)/y;
/** What may follow a number that therefore is not a year: an hour unit, a.m./p.m., a clock word. */
const NOT_A_YEAR = /[ \t\u00A0]*(?:hours?|hrs?)(?![A-Za-z])|[ \t\u00A0]*[ap]\.?[ \t\u00A0]?m(?![A-Za-z])|[ \t\u00A0]+(?:noon|midnight)(?![A-Za-z])/iy;
const TWELVE = /([0-9]{1,2})(?:[:.]([0-9]{2}))?[ \t\u00A0]?([AaPp])(?:\.[ \t\u00A0]?[Mm]\.?|[Mm])(?![A-Za-z])/y;
const COLON = /([0-9]{1,2}):([0-9]{2})/y;
const TWELVE_WORD = /12[ \t\u00A0]+(noon|midnight)(?![A-Za-z])/iy;
const HOURS = /([0-9]{1,2})[ \t\u00A0]+(?:hours?|hrs?\.?)[ \t\u00A0]+([0-9]{1,2})[ \t\u00A0]+(?:minutes?|mins?\.?)(?![A-Za-z])/iy;
const HOURS_SUFFIX = /[ \t\u00A0]+(?:hours|hrs\.?)(?![A-Za-z])/iy;
const DOTTED = /([0-9]{1,2})\.([0-9]{1,2}|[IVXivx]+)(?:\.([0-9]{4}|[0-9]{2}))?/y;
const SLASHED = /([0-9]{1,2})\/([0-9]{1,2})\/([0-9]{4}|[0-9]{2})/y;
const DTG = /([0-9]{2})([0-9]{2})([0-9]{2})([A-Za-z])?[ \t\u00A0]+([A-Za-z]+)/y;
const JOINER = /[ \t\u00A0]*,[ \t\u00A0]*|[ \t\u00A0]+at[ \t\u00A0]+|[ \t\u00A0]+/iy;
const AT = /at/i;
/**
 * A zone in parentheses right after a group: `(Moscow time)`, `(local time)`, or
 * a zone abbreviation. Other parentheses (`(Makarov)`, `(2)`) are not zones.
 */
const ZONE = /[ \t\u00A0]*\((?:([A-Za-z][A-Za-z .'-]{0,40}?[ \t\u00A0]time)|((?:GMT|UTC|UT|MSK|Z)(?:[+-][0-9]{1,2}(?::?[0-9]{2})?)?))\)/iy;
const OTHER_WORD_CHAR = /[\p{L}\p{N}]/uy;

// ---------------------------------------------------------------------------
// Characters.

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 160;
}

/** A letter, digit or `_` at `index` (any script), i.e. the number there is part of a longer token. */
function isWordCharAt(text: string, index: number): boolean {
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
function numberStartsCleanly(text: string, start: number): boolean {
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

/** A number sign (`№`, `Nº`, `N°`, `No.`, `No`, `Nos.`, `Nr.`, `#`) then blanks right before `start`. */
function numberSignBefore(text: string, start: number): boolean {
  let index = start;
  while (index > 0 && isBlank(text.charCodeAt(index - 1))) index--;
  if (index === start || index === 0) return false;
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
function numberEndsCleanly(text: string, end: number): boolean {
  if (end >= text.length) return true;
  if (isWordCharAt(text, end)) return false;
  const after = text.charCodeAt(end);
  if (after === 47 || after === 37) return false;
  if (after === 46 || after === 44 || after === 58 || after === 45) return !isDigit(text.charCodeAt(end + 1));
  return true;
}

function numberAt(text: string, start: number, end: number): number {
  let value = 0;
  for (let index = start; index < end; index++) value = value * 10 + (text.charCodeAt(index) - 48);
  return value;
}

/**
 * A written year: two digits (19xx) or four digits from 1800 to 2099. Four-digit
 * numbers outside that span after a date are clock times (`18 October 0530`);
 * telegraph archives start after 1800, so the span loses no real year.
 */
function yearOf(digits: string): number | undefined {
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
function readYear(text: string, at: number): { year: number; end: number } | undefined {
  YEAR.lastIndex = at;
  const match = YEAR.exec(text);
  if (match === null) return undefined;
  const digits = match[2];
  if (match[1] !== '' && digits.length !== 4) return undefined;
  const year = yearOf(digits);
  const end = YEAR.lastIndex;
  if (year === undefined || !numberEndsCleanly(text, end)) return undefined;
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

// ---------------------------------------------------------------------------
// Problems.

function listOr(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

function timeProblem(text: string, start: number, end: number, hour: number, minute: number): PendingProblem {
  const written = text.slice(start, end);
  let message: string;
  if (hour > 24) message = `No such time: "${written}" has hour ${hour}; hours run from 00 to 23 (24:00 is the end of the day).`;
  else if (minute > 59) message = `No such time: "${written}" has ${minute} minutes; minutes run from 00 to 59.`;
  else message = `No such time: "${written}"; after 23:59 only 24:00 exists.`;
  return { code: 'C210', severity: 'error', start, end, message, suggestions: [] };
}

function dayProblem(text: string, start: number, end: number, date: { year: number | undefined; month: number }): PendingProblem {
  const written = text.slice(start, end);
  const name = MONTH_NAMES[date.month - 1];
  const days = daysInMonth(date.year, date.month);
  let message: string;
  if (date.month !== 2) message = `No such day: "${written}"; ${name} has ${days} days.`;
  else if (date.year === undefined) message = `No such day: "${written}"; February has at most 29 days.`;
  else if (days === 28) message = `No such day: "${written}"; February ${date.year} has 28 days (${date.year} is not a leap year).`;
  else message = `No such day: "${written}"; February ${date.year} has 29 days.`;
  return { code: 'C211', severity: 'error', start, end, message, suggestions: [] };
}

function monthProblem(text: string, start: number, end: number): PendingProblem {
  const word = text.slice(start, end);
  // A quick fix replaces the word: keep an all-capitals page in capitals.
  const upper = word.length > 1 && word === word.toUpperCase();
  const suggestions = nearestMonths(word).map((name) => (upper ? name.toUpperCase() : name));
  const hint = suggestions.length > 0 ? ` Did you mean ${listOr(suggestions)}?` : '';
  return { code: 'C212', severity: 'error', start, end, message: `"${word}" is not a month.${hint}`, suggestions };
}

function romanProblem(text: string, start: number, end: number): PendingProblem {
  const numeral = text.slice(start, end);
  const suggestions = nearestRomanMonths(numeral);
  const hint = suggestions.length > 0 ? ` Did you mean ${listOr(suggestions)}?` : '';
  return {
    code: 'C212',
    severity: 'error',
    start,
    end,
    message: `"${numeral}" is not a month: roman months run from I to XII.${hint}`,
    suggestions,
  };
}

function addProblem(atom: Atom, problem: PendingProblem): void {
  if (atom.problems === undefined) atom.problems = [problem];
  else atom.problems.push(problem);
}

// ---------------------------------------------------------------------------
// Atoms.

function newAtom(start: number, end: number, kind: Atom['kind'], form: TimeGroupForm): Atom {
  return {
    start,
    end,
    kind,
    form,
    date: undefined,
    time: undefined,
    zone: undefined,
    timeKind: undefined,
    plausible: false,
    problems: undefined,
    partner: undefined,
    joined: false,
  };
}

function isValidTime(hour: number, minute: number): boolean {
  return minute <= 59 && (hour < 24 || (hour === 24 && minute === 0));
}

/** A 24-hour time atom; an impossible one keeps its range and carries C210. */
function clockAtom(text: string, start: number, end: number, hour: number, minute: number, kind: TimeKind): Atom {
  const atom = newAtom(start, end, 'time', 'time');
  atom.timeKind = kind;
  atom.plausible = hour <= 24 && minute <= 59;
  if (isValidTime(hour, minute)) atom.time = { hour, minute };
  else addProblem(atom, timeProblem(text, start, end, hour, minute));
  return atom;
}

/**
 * A date atom for day/month[/year]; C211 when the day is not in the month. Only
 * the group's own year decides 29 February: without one February has 29 days
 * here, and a later check with the inherited year handles the rest.
 */
function dateAtom(
  text: string,
  start: number,
  end: number,
  form: TimeGroupForm,
  day: number,
  month: number,
  year: number | undefined,
): Atom {
  const atom = newAtom(start, end, 'date', form);
  if (day <= daysInMonth(year, month)) atom.date = { year, month, day };
  else addProblem(atom, dayProblem(text, start, end, { year, month }));
  return atom;
}

/** `8 a.m.`, `3:15 p.m.`, `5.30 pm`, `8 AM`. */
function readTwelveHour(text: string, start: number): Atom | undefined {
  TWELVE.lastIndex = start;
  const match = TWELVE.exec(text);
  if (match === null) return undefined;
  const end = TWELVE.lastIndex;
  const hour = Number(match[1]);
  const hasMinutes = match[2] !== undefined;
  const minute = hasMinutes ? Number(match[2]) : 0;
  const pm = (match[3].charCodeAt(0) | 32) === 112;
  const atom = newAtom(start, end, 'time', 'time');
  atom.timeKind = 'twelve';
  if (minute > 59) {
    addProblem(atom, timeProblem(text, start, end, hour, minute));
  } else if (hour >= 1 && hour <= 12) {
    atom.time = { hour: (hour % 12) + (pm ? 12 : 0), minute };
  } else if (hasMinutes && ((pm && hour >= 13 && hour <= 23) || (!pm && hour === 0))) {
    // `13:30 p.m.`, `0:30 a.m.`: a 24-hour time with a redundant suffix; it still means one time.
    atom.time = { hour, minute };
    const suffix = pm ? 'p.m.' : 'a.m.';
    addProblem(atom, {
      code: 'C210',
      severity: 'warning',
      start,
      end,
      message: `"${text.slice(start, end)}" is already a 24-hour time; the "${suffix}" is redundant.`,
      suggestions: [],
    });
  } else {
    addProblem(atom, {
      code: 'C210',
      severity: 'error',
      start,
      end,
      message: `No such time: "${text.slice(start, end)}"; with a.m. or p.m. the hour runs from 1 to 12.`,
      suggestions: [],
    });
  }
  return atom;
}

function readColon(text: string, start: number): Atom | undefined {
  COLON.lastIndex = start;
  const match = COLON.exec(text);
  if (match === null || !numberEndsCleanly(text, COLON.lastIndex)) return undefined;
  return clockAtom(text, start, COLON.lastIndex, Number(match[1]), Number(match[2]), 'colon');
}

function readHours(text: string, start: number): Atom | undefined {
  HOURS.lastIndex = start;
  const match = HOURS.exec(text);
  if (match === null) return undefined;
  return clockAtom(text, start, HOURS.lastIndex, Number(match[1]), Number(match[2]), 'hours');
}

function wordTimeAtom(start: number, end: number, word: string): Atom {
  const atom = newAtom(start, end, 'time', 'time');
  atom.timeKind = 'word';
  // Noon is 12:00. Midnight is read as 00:00, the start of the day it is written
  // with; 24:00 is only ever written as such.
  atom.time = (word.charCodeAt(0) | 32) === 110 ? { hour: 12, minute: 0 } : { hour: 0, minute: 0 };
  return atom;
}

function readTwelveWord(text: string, start: number): Atom | undefined {
  TWELVE_WORD.lastIndex = start;
  const match = TWELVE_WORD.exec(text);
  return match === null ? undefined : wordTimeAtom(start, TWELVE_WORD.lastIndex, match[1]);
}

/**
 * `13.10.50`, `13.6.1951`, `24.III.50`; `31.8` only in strict mode (in prose it is
 * as likely a number). Day 1–31 and month 1–12 or a well-formed roman numeral, or
 * it is not a date at all; a roman numeral above XII is C212.
 */
function readDotted(text: string, start: number, strict: boolean): Atom | undefined {
  DOTTED.lastIndex = start;
  const match = DOTTED.exec(text);
  if (match === null) return undefined;
  const end = DOTTED.lastIndex;
  if (!numberEndsCleanly(text, end)) return undefined;
  if (match[3] === undefined && !strict) return undefined;
  const day = Number(match[1]);
  if (day < 1 || day > 31) return undefined;
  const year = match[3] === undefined ? undefined : yearOf(match[3]);
  if (match[3] !== undefined && year === undefined) return undefined;
  const monthText = match[2];
  const monthStart = start + match[1].length + 1;
  if (isDigit(monthText.charCodeAt(0))) {
    const month = Number(monthText);
    if (month < 1 || month > 12) return undefined;
    return dateAtom(text, start, end, 'dotted', day, month, year);
  }
  const roman = romanValue(monthText);
  if (roman === undefined) return undefined;
  if (roman <= 12) return dateAtom(text, start, end, 'dotted', day, roman, year);
  // `24.XX.50`, `24.xx.50`: X's alone are the usual placeholder for a month the
  // page does not show, not a misspelt numeral; not a date, not reported.
  if (/^[Xx]+$/.test(monthText)) return undefined;
  const atom = newAtom(start, end, 'date', 'dotted');
  addProblem(atom, romanProblem(text, monthStart, monthStart + monthText.length));
  return atom;
}

/** `10/14/50`, month first unless configured day first. Out-of-range parts: not a date. */
function readSlashed(text: string, start: number, options: ScanOptions): Atom | undefined {
  SLASHED.lastIndex = start;
  const match = SLASHED.exec(text);
  if (match === null) return undefined;
  const end = SLASHED.lastIndex;
  if (!numberEndsCleanly(text, end)) return undefined;
  const first = Number(match[1]);
  const second = Number(match[2]);
  const month = options.slashedDates === 'day-first' ? second : first;
  const day = options.slashedDates === 'day-first' ? first : second;
  const year = yearOf(match[3]);
  if (year === undefined || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
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
function monthSpan(text: string, word: string, wordEnd: number): MonthSpan | undefined {
  const period = text.charCodeAt(wordEnd) === 46;
  const found = lookupMonthWord(word, period);
  if (found === undefined) return undefined;
  const end = period && found.kind === 'abbreviation' ? wordEnd + 1 : wordEnd;
  if (isWordCharAt(text, end)) return undefined; // `Oct.51`
  return { month: found.month, end, yearMayFollow: !(period && found.kind === 'full') };
}

/**
 * A misspelt month where a month belongs (C212): the word, and the year after it
 * if any so that the year is not read again as a time.
 */
function misspeltMonthAtom(
  text: string,
  start: number,
  word: string,
  wordStart: number,
  wordEnd: number,
  form: TimeGroupForm,
): Atom | undefined {
  if (!isSuspectedMonth(word) || isWordCharAt(text, wordEnd)) return undefined;
  const afterPeriod = text.charCodeAt(wordEnd) === 46 ? wordEnd + 1 : wordEnd;
  const year = readYear(text, afterPeriod);
  const atom = newAtom(start, year === undefined ? wordEnd : year.end, form === 'dtg' ? 'dtg' : 'date', form);
  addProblem(atom, monthProblem(text, wordStart, wordEnd));
  return atom;
}

/** `18 October`, `19 Oct. 1951`, `19 Oct 51`; a misspelt month after a day is C212. */
function readDayMonth(text: string, start: number, dayEnd: number): Atom | undefined {
  const day = numberAt(text, start, dayEnd);
  // `45 October` is not a group and is never reported.
  if (day < 1 || day > 31) return undefined;
  WORD_AFTER.lastIndex = dayEnd;
  const match = WORD_AFTER.exec(text);
  if (match === null) return undefined;
  const word = match[1];
  const wordEnd = WORD_AFTER.lastIndex;
  const wordStart = wordEnd - word.length;
  const span = monthSpan(text, word, wordEnd);
  if (span === undefined) return misspeltMonthAtom(text, start, word, wordStart, wordEnd, 'day-month');
  const year = span.yearMayFollow ? readYear(text, span.end) : undefined;
  return dateAtom(text, start, year?.end ?? span.end, 'day-month', day, span.month, year?.year);
}

/**
 * `February 28, 1948`, `Jan 13 1950`, `July 3`: the number is the day and the
 * month word stands before it (not before `floor`, the end of the previous atom).
 * A capitalised near-month before a day *and a year* is C212 (`Febuary 28, 1948`);
 * without the year such a word is too likely a name followed by a number.
 */
function readMonthDay(text: string, start: number, dayEnd: number, floor: number): Atom | undefined {
  let index = start;
  while (index > floor && isBlank(text.charCodeAt(index - 1))) index--;
  if (index === start) return undefined;
  let wordEnd = index;
  const period = wordEnd > floor && text.charCodeAt(wordEnd - 1) === 46;
  if (period) wordEnd--;
  let wordStart = wordEnd;
  while (wordStart > floor && wordEnd - wordStart < 12 && isAsciiLetter(text.charCodeAt(wordStart - 1))) wordStart--;
  if (wordStart === wordEnd || (wordStart > 0 && isWordCharAt(text, wordStart - 1))) return undefined;
  const day = numberAt(text, start, dayEnd);
  if (day < 1 || day > 31) return undefined;
  const word = text.slice(wordStart, wordEnd);
  const found = lookupMonthWord(word, period);
  if (found === undefined) {
    if (period || !isSuspectedMonth(word)) return undefined;
    const year = readYear(text, dayEnd);
    if (year === undefined) return undefined;
    const atom = newAtom(wordStart, year.end, 'date', 'month-day');
    addProblem(atom, monthProblem(text, wordStart, wordEnd));
    return atom;
  }
  if (period && found.kind === 'full') return undefined; // `October. 19`: two sentences
  const year = readYear(text, dayEnd);
  return dateAtom(text, wordStart, year?.end ?? dayEnd, 'month-day', day, found.month, year?.year);
}

/** A number of one or two digits: a time, a dotted or slashed date, or a day. */
function readShortNumber(text: string, start: number, end: number, floor: number, options: ScanOptions): Atom | undefined {
  const atom =
    readTwelveHour(text, start) ??
    readColon(text, start) ??
    readTwelveWord(text, start) ??
    readHours(text, start) ??
    readDotted(text, start, options.strict) ??
    readSlashed(text, start, options);
  if (atom !== undefined) return atom;
  if (!numberEndsCleanly(text, end)) return undefined;
  return readMonthDay(text, start, end, floor) ?? readDayMonth(text, start, end);
}

/**
 * `October 1951`, `Oct. 1951`: a month and a year without a day. The spec lists no
 * such form, but reading it keeps the year from being taken for a time (`Sent:
 * March 1951` is not 19:51); it is a month-only date (`day` undefined, form
 * `month-day`), which never passes its year on (it is not a full date).
 */
function readMonthYear(text: string, start: number, end: number, floor: number, year: number): Atom | undefined {
  let index = start;
  while (index > floor && isBlank(text.charCodeAt(index - 1))) index--;
  if (index === start) return undefined;
  let wordEnd = index;
  const period = wordEnd > floor && text.charCodeAt(wordEnd - 1) === 46;
  if (period) wordEnd--;
  let wordStart = wordEnd;
  while (wordStart > floor && wordEnd - wordStart < 12 && isAsciiLetter(text.charCodeAt(wordStart - 1))) wordStart--;
  if (wordStart === wordEnd || (wordStart > 0 && isWordCharAt(text, wordStart - 1))) return undefined;
  const found = lookupMonthWord(text.slice(wordStart, wordEnd), period);
  if (found === undefined || (period && found.kind === 'full')) return undefined;
  const atom = newAtom(wordStart, end, 'date', 'month-day');
  atom.date = { year, month: found.month, day: undefined };
  return atom;
}

/**
 * `0530`, `1135`, optionally `1900 hours`. A four-digit number that is a
 * plausible year (1800–2099) and not a real time is a year, never C210 (`in 1975`).
 */
function readFourDigits(text: string, start: number, end: number, floor: number): Atom | undefined {
  if (!numberEndsCleanly(text, end)) return undefined;
  const hour = numberAt(text, start, start + 2);
  const minute = numberAt(text, start + 2, end);
  const value = hour * 100 + minute;
  if (value >= 1800 && value <= 2099) {
    const monthYear = readMonthYear(text, start, end, floor, value);
    if (monthYear !== undefined) return monthYear;
    if (!isValidTime(hour, minute)) return undefined;
  }
  HOURS_SUFFIX.lastIndex = end;
  const suffixed = HOURS_SUFFIX.test(text);
  return clockAtom(text, start, suffixed ? HOURS_SUFFIX.lastIndex : end, hour, minute, 'bare');
}

/**
 * A date-time group `241100 Sep 45`, `290940Z November`: day, hour, minute, an
 * optional zone letter, then a month (required: six digits alone are just a
 * number) and optional year. C210 covers the four time digits.
 */
function readDateTimeGroup(text: string, start: number): Atom | undefined {
  DTG.lastIndex = start;
  const match = DTG.exec(text);
  if (match === null) return undefined;
  const day = Number(match[1]);
  if (day < 1 || day > 31) return undefined;
  const word = match[5];
  // `150000 may be needed`, `125000 march`: in lower case these are verbs after a
  // count, and the digits would then be read (and reported) as a time.
  if (word === 'may' || word === 'march') return undefined;
  const wordEnd = DTG.lastIndex;
  const wordStart = wordEnd - word.length;
  const span = monthSpan(text, word, wordEnd);
  let atom: Atom | undefined;
  if (span === undefined) {
    atom = misspeltMonthAtom(text, start, word, wordStart, wordEnd, 'dtg');
    if (atom === undefined) return undefined;
  } else {
    const year = span.yearMayFollow ? readYear(text, span.end) : undefined;
    atom = newAtom(start, year?.end ?? span.end, 'dtg', 'dtg');
    const date = { year: year?.year, month: span.month, day };
    if (day <= daysInMonth(date.year, date.month)) atom.date = date;
    else addProblem(atom, dayProblem(text, start, atom.end, date));
  }
  atom.zone = match[4];
  const hour = Number(match[2]);
  const minute = Number(match[3]);
  if (isValidTime(hour, minute)) atom.time = { hour, minute };
  else addProblem(atom, timeProblem(text, start + 2, start + 6, hour, minute));
  return atom;
}

function readNumber(text: string, start: number, end: number, floor: number, options: ScanOptions): Atom | undefined {
  if (!numberStartsCleanly(text, start)) return undefined;
  switch (end - start) {
    case 1:
    case 2:
      return readShortNumber(text, start, end, floor, options);
    case 4:
      return readFourDigits(text, start, end, floor);
    case 6:
      return readDateTimeGroup(text, start);
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------
// Joining atoms into groups.

/** The joiner between two atoms: a space, `, ` or ` at ` (format section 6); else undefined. */
function joinerBetween(text: string, from: number, to: number): 'at' | 'plain' | undefined {
  if (to <= from) return undefined;
  JOINER.lastIndex = from;
  const match = JOINER.exec(text);
  if (match === null || JOINER.lastIndex !== to) return undefined;
  return AT.test(match[0]) ? 'at' : 'plain';
}

/**
 * Whether a time that is not joined to a date counts. In field values (strict)
 * every time does, except a bare four-digit number in a value that already has a
 * date: a value holds one time group, so in `Korniyushina 1250 19 October 3007`
 * the `3007` is a number, not a wrong time. In prose a bare `0530` or `20 hours 05 minutes` (as likely a
 * quantity or a duration) does not; a colon time does when it could be one
 * (`6:36`, `24:10`; not `45:30`, a score); a.m./p.m., noon and midnight always do.
 */
function countsAlone(atom: Atom, strict: boolean, hasDate: boolean): boolean {
  if (strict) return atom.timeKind !== 'bare' || !hasDate;
  switch (atom.timeKind) {
    case 'colon':
      return atom.plausible;
    case 'twelve':
    case 'word':
      return true;
    default:
      return false;
  }
}

/**
 * Whether a time right after a date joins it. A bare four-digit number after a
 * date in prose joins only when it is a real time or follows ` at `: in
 * `On 19 October, 2500 soldiers` the number is a count, not a wrong time.
 * (Before a date, `2575 19 October`, it is the cable's own time style and counts.)
 */
function joinsAfterDate(time: Atom, joiner: 'at' | 'plain', strict: boolean): boolean {
  if (time.timeKind === 'bare' && !strict && joiner !== 'at') return time.time !== undefined;
  return true;
}

function joinAtoms(text: string, atoms: Atom[], strict: boolean): void {
  // Times before dates first (`1135 19 October 1951`, the cables' own style),
  // so that in `18 October 0530 19 October` the time goes with 19 October.
  for (let index = 1; index < atoms.length; index++) {
    const date = atoms[index];
    const time = atoms[index - 1];
    if (date.kind !== 'date' || time.kind !== 'time' || time.joined) continue;
    if (joinerBetween(text, time.end, date.start) === undefined) continue;
    date.partner = time;
    time.joined = true;
  }
  for (let index = 0; index + 1 < atoms.length; index++) {
    const date = atoms[index];
    const time = atoms[index + 1];
    if (date.kind !== 'date' || date.partner !== undefined || time.kind !== 'time' || time.joined) continue;
    const joiner = joinerBetween(text, date.end, time.start);
    if (joiner === undefined || !joinsAfterDate(time, joiner, strict)) continue;
    date.partner = time;
    time.joined = true;
  }
}

function emitProblems(atom: Atom, base: number, problems: TimeGroupProblem[]): void {
  if (atom.problems === undefined) return;
  for (const problem of atom.problems) {
    problems.push({
      code: problem.code,
      severity: problem.severity,
      start: base + problem.start,
      end: base + problem.end,
      message: problem.message,
      suggestions: problem.suggestions,
    });
  }
}

function emitGroup(
  text: string,
  base: number,
  start: number,
  end: number,
  form: TimeGroupForm,
  date: TimeGroupDate | undefined,
  time: TimeGroupTime | undefined,
  zone: string | undefined,
  groups: TimeGroup[],
): void {
  if (date === undefined && time === undefined) return;
  let groupEnd = end;
  if (zone === undefined) {
    ZONE.lastIndex = end;
    const match = ZONE.exec(text);
    if (match !== null) {
      zone = match[1] ?? match[2];
      groupEnd = ZONE.lastIndex;
    }
  }
  groups.push({ start: base + start, end: base + groupEnd, form, date, time, zone });
}

/**
 * Finds every time group in `text` and the problems C210, C211, C212 in them.
 * Offsets in the result are `base + index`. `options.strict` is for the values
 * of the time fields (Sent, Received, Deciphered, ...), where a bare `1135` and a
 * two-part `31.8` always count.
 */
export function scanTimeGroups(text: string, base: number, options: ScanOptions): ScanResult {
  const result: ScanResult = { groups: [], problems: [] };
  if (!QUICK.test(text)) return result;
  const atoms: Atom[] = [];
  let floor = 0;
  ANCHOR.lastIndex = 0;
  for (let match = ANCHOR.exec(text); match !== null; match = ANCHOR.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const atom = isDigit(text.charCodeAt(start))
      ? readNumber(text, start, end, floor, options)
      : wordTimeAtom(start, end, match[0]);
    if (atom === undefined) continue;
    atoms.push(atom);
    floor = atom.end;
    ANCHOR.lastIndex = atom.end;
  }
  if (atoms.length === 0) return result;
  joinAtoms(text, atoms, options.strict);
  let hasDate = false;
  for (const atom of atoms) if (atom.kind !== 'time') hasDate = true;
  for (const atom of atoms) {
    if (atom.kind === 'time') {
      if (atom.joined || !countsAlone(atom, options.strict, hasDate)) continue;
      emitProblems(atom, base, result.problems);
      emitGroup(text, base, atom.start, atom.end, 'time', undefined, atom.time, undefined, result.groups);
      continue;
    }
    const partner = atom.partner;
    if (partner !== undefined && partner.start < atom.start) emitProblems(partner, base, result.problems);
    emitProblems(atom, base, result.problems);
    if (partner !== undefined && partner.start > atom.start) emitProblems(partner, base, result.problems);
    const start = partner !== undefined && partner.start < atom.start ? partner.start : atom.start;
    const end = partner !== undefined && partner.end > atom.end ? partner.end : atom.end;
    emitGroup(text, base, start, end, atom.form, atom.date, atom.time ?? partner?.time, atom.zone, result.groups);
  }
  return result;
}
