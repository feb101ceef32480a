/**
 * Date-time groups (format section 6): `241100 Sep 45`, `290940Z November`,
 * and the signals' compact form `241100ZSEP45`: day, hour and minute, a zone
 * letter, the month and perhaps a year. Each reads at a known position with
 * a sticky regex, as the other readers (dates.ts, times.ts) do.
 */
import { addProblem, isValidTime, newAtom } from './atoms';
import type { Atom } from './atoms';
import { misspeltMonthAtom, monthSpan, readYear, yearOf } from './dates';
import { daysInMonth } from './months';
import { dayProblem, timeProblem } from './problems';

const DTG = /([0-9]{2})([0-9]{2})([0-9]{2})([A-Za-z])?[ \t\u00A0]+([A-Za-z]+)/y;
/** The signals' compact form, all in capitals with nothing between: `241100ZSEP45`. */
const COMPACT_DTG = /([0-9]{2})([0-9]{2})([0-9]{2})([A-Z])(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)([0-9]{2})?(?![\p{L}\p{N}])/uy;
const COMPACT_MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/**
 * A date-time group `241100 Sep 45`, `290940Z November`: day, hour, minute, an
 * optional zone letter, then a month (required: six digits alone are just a
 * number) and optional year. C210 covers the four time digits.
 */
export function readDateTimeGroup(text: string, start: number, strict: boolean): Atom | undefined {
  DTG.lastIndex = start;
  const match = DTG.exec(text);
  if (match === null) return readCompactDateTimeGroup(text, start, strict);
  const day = Number(match[1]);
  // In running text six digits that cannot begin with a day are some other number; in a time field
  // they can only be a date-time group, and a day that does not exist is reported (C211), as `32 October` is.
  if ((day < 1 || day > 31) && !strict) return undefined;
  const word = match[5];
  // `150000 may be needed`, `125000 march`: in lower case these are verbs after a
  // count, and the digits would then be read (and reported) as a time.
  if (word === 'may' || word === 'march') return undefined;
  const wordEnd = DTG.lastIndex;
  const wordStart = wordEnd - word.length;
  const span = monthSpan(text, word, wordEnd);
  let atom: Atom | undefined;
  if (span === undefined) {
    atom = misspeltMonthAtom(text, start, word, wordStart, wordEnd, 'dtg', strict);
    if (atom === undefined) return undefined;
  } else {
    const year = span.yearMayFollow ? readYear(text, span.end) : undefined;
    atom = newAtom(start, year?.end ?? span.end, 'dtg', 'dtg');
    setDay(atom, text, start, { year: year?.year, month: span.month, day });
  }
  setZoneAndTime(atom, text, start, match[4], match[2], match[3]);
  return atom;
}

/** The group's date, or C211 when the month has no such day. */
function setDay(atom: Atom, text: string, start: number, date: { year: number | undefined; month: number; day: number }): void {
  if (date.day >= 1 && date.day <= daysInMonth(date.year, date.month)) atom.date = date;
  else addProblem(atom, dayProblem(text, start, atom.end, date));
}

/** A date-time group's zone letter and its hour and minute (C210 when no such time). */
function setZoneAndTime(atom: Atom, text: string, start: number, zone: string | undefined, hourDigits: string, minuteDigits: string): void {
  atom.zone = zone;
  const hour = Number(hourDigits);
  const minute = Number(minuteDigits);
  if (isValidTime(hour, minute)) atom.time = { hour, minute };
  else addProblem(atom, timeProblem(text, start + 2, start + 6, hour, minute));
}

/**
 * `241100ZSEP45`: day, hour, minute, zone letter, the month's three capitals
 * and an optional two-digit year, with nothing between, as signals write a
 * date-time group. So written, it is one in running text too.
 */
function readCompactDateTimeGroup(text: string, start: number, strict: boolean): Atom | undefined {
  COMPACT_DTG.lastIndex = start;
  const match = COMPACT_DTG.exec(text);
  if (match === null) return undefined;
  const day = Number(match[1]);
  // As in the spaced form: in running text six digits that cannot begin with a day are some other number.
  if ((day < 1 || day > 31) && !strict) return undefined;
  const atom = newAtom(start, COMPACT_DTG.lastIndex, 'dtg', 'dtg');
  setDay(atom, text, start, { year: match[6] === undefined ? undefined : yearOf(match[6]), month: COMPACT_MONTHS.indexOf(match[5]) + 1, day });
  setZoneAndTime(atom, text, start, match[4], match[2], match[3]);
  return atom;
}
