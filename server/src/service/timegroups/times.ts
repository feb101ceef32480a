/**
 * Readers for times (format section 6): `0530`, `05:30`, `6:36`, `20 hours 05
 * minutes`, `8 a.m.`, `3:15 p.m.`, `noon`, `midnight`. Each reads at a known
 * position with a sticky regex and returns an atom or undefined.
 */
import { addProblem, clockAtom, isValidTime, newAtom } from './atoms';
import type { Atom } from './atoms';
import { numberAt, numberEndsCleanly } from './chars';
import { isYearWordAt, readMonthYear } from './dates';
import { monthNumber } from './months';
import { timeProblem } from './problems';

// Compiled once; sticky (`y`), positioned with lastIndex by each reader.
const TWELVE = /([0-9]{1,2})(?:[:.]([0-9]{2}))?[ \t\u00A0]?([AaPp])(?:\.[ \t\u00A0]?[Mm]\.?|[Mm])(?![A-Za-z])/y;
const COLON = /([0-9]{1,2}):([0-9]{2})/y;
const TWELVE_WORD = /12[ \t\u00A0]+(noon|midnight)(?![A-Za-z])/iy;
const HOURS = /([0-9]{1,2})[ \t\u00A0]+(?:hours?|hrs?\.?)[ \t\u00A0]+([0-9]{1,2})[ \t\u00A0]+(?:minutes?|mins?\.?)(?![A-Za-z])/iy;
const HOURS_SUFFIX = /[ \t\u00A0]+(?:hours|hrs\.?)(?![A-Za-z])/iy;

/** `8 a.m.`, `3:15 p.m.`, `5.30 pm`, `8 AM`. */
export function readTwelveHour(text: string, start: number): Atom | undefined {
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

/** A roman month as the dotted forms write it, the Cyrillic Х of a Russian typewriter too. */
const ROMAN = '[IVXivxХх]{1,5}';
/** Right after a dotted clock time: a dotted or slashed date with its year, or a day and a word (a month, checked apart). */
const DATE_AFTER = new RegExp(`[ \\t\\u00A0]*,?[ \\t\\u00A0]+(?:[0-9]{1,2}[./](?:[0-9]{1,2}|${ROMAN})[./][0-9]{2,4}(?![0-9])|[0-9]{1,2}[ \\t\\u00A0]+(\\p{L}+\\.?))`, 'uy');
/** Right before one: a dotted or slashed date with its year, or a word (a month, checked apart) and a four-digit year. */
const DATE_BEFORE = new RegExp(`(?:(?:^|[^0-9])[0-9]{1,2}[./](?:[0-9]{1,2}|${ROMAN})[./][0-9]{2,4}|(\\p{L}+\\.?),?[ \\t\\u00A0]+[0-9]{4})(?:[ \\t\\u00A0]*,)?[ \\t\\u00A0]+$`, 'u');
const DOTTED_CLOCK = /([0-9]{1,2})\.([0-9]{2})/y;

/**
 * `11.35 19.10.51`, `Федяев 12.05 19.10.51`: a Russian cipher office writes
 * its clock times with a dot. In a field value, a two-part dotted number right
 * before a date (dotted with its year, or a day and a month word) or right
 * after a full date is that date's time, not a second, yearless date (`12.05`
 * as 12 May); otherwise it is still read as a date (format section 6). Hours
 * 0–24 and two-digit minutes 00–59 only.
 */
export function readDottedClock(text: string, start: number, strict: boolean): Atom | undefined {
  if (!strict) return undefined;
  DOTTED_CLOCK.lastIndex = start;
  const match = DOTTED_CLOCK.exec(text);
  const end = DOTTED_CLOCK.lastIndex;
  if (match === null || !numberEndsCleanly(text, end) || text.charCodeAt(end) === 46) return undefined;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  if (hour > 24 || minute > 59 || !(dateAfter(text, end) || dateBefore(text, start))) return undefined;
  return clockAtom(text, start, end, hour, minute, 'colon');
}

function dateAfter(text: string, end: number): boolean {
  DATE_AFTER.lastIndex = end;
  const found = DATE_AFTER.exec(text);
  return found !== null && (found[1] === undefined || monthNumber(found[1]) !== undefined);
}

function dateBefore(text: string, start: number): boolean {
  const found = DATE_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  return found !== null && (found[1] === undefined || monthNumber(found[1]) !== undefined);
}

export function readColon(text: string, start: number): Atom | undefined {
  COLON.lastIndex = start;
  const match = COLON.exec(text);
  if (match === null || !numberEndsCleanly(text, COLON.lastIndex)) return undefined;
  return clockAtom(text, start, COLON.lastIndex, Number(match[1]), Number(match[2]), 'colon');
}

export function readHours(text: string, start: number): Atom | undefined {
  HOURS.lastIndex = start;
  const match = HOURS.exec(text);
  if (match === null) return undefined;
  return clockAtom(text, start, HOURS.lastIndex, Number(match[1]), Number(match[2]), 'hours');
}

export function wordTimeAtom(start: number, end: number, word: string): Atom {
  const atom = newAtom(start, end, 'time', 'time');
  atom.timeKind = 'word';
  // Noon is 12:00. Midnight is read as 00:00, the start of the day it is written
  // with; 24:00 is only ever written as such.
  atom.time = (word.charCodeAt(0) | 32) === 110 ? { hour: 12, minute: 0 } : { hour: 0, minute: 0 };
  return atom;
}

export function readTwelveWord(text: string, start: number): Atom | undefined {
  TWELVE_WORD.lastIndex = start;
  const match = TWELVE_WORD.exec(text);
  return match === null ? undefined : wordTimeAtom(start, TWELVE_WORD.lastIndex, match[1]);
}

/**
 * `0530`, `1135`, optionally `1900 hours`. A four-digit number that is a
 * plausible year (1800–2099) and not a real time is a year, never C210 (`in 1975`);
 * with the Russian `г.` written onto it (`октябрь 1951г.`) it is a year and never a time.
 */
export function readFourDigits(text: string, start: number, end: number, floor: number): Atom | undefined {
  const yearWord = !numberEndsCleanly(text, end);
  if (yearWord && !isYearWordAt(text, end)) return undefined;
  const hour = numberAt(text, start, start + 2);
  const minute = numberAt(text, start + 2, end);
  const value = hour * 100 + minute;
  if (value >= 1800 && value <= 2099) {
    const monthYear = readMonthYear(text, start, end, floor, value);
    if (monthYear !== undefined) return monthYear;
    if (!isValidTime(hour, minute)) return undefined;
  }
  if (yearWord) return undefined;
  HOURS_SUFFIX.lastIndex = end;
  const suffixed = HOURS_SUFFIX.test(text);
  return clockAtom(text, start, suffixed ? HOURS_SUFFIX.lastIndex : end, hour, minute, 'bare');
}
