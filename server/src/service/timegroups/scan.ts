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
import type { Atom } from './atoms';
import { isDigit, numberEndsCleanly, numberStartsCleanly, wordBeforeIs } from './chars';
import { readDayMonth, readDotted, readMonthDay, readSlashed } from './dates';
import { readDateTimeGroup } from './dateTimeGroups';
import { readColon, readDottedClock, readFourDigits, readHours, readTwelveHour, readTwelveWord, wordTimeAtom } from './times';
import type { ScanOptions, ScanResult, TimeGroup, TimeGroupDate, TimeGroupForm, TimeGroupProblem, TimeGroupTime } from './types';
import { detached, ownCopy } from '../text/ownCopy';

// Compiled once; the sticky (`y`) ones are positioned with lastIndex, the global one walks the text.
/** A digit or a clock word: without one, a run holds no time group. */
const DIGIT_OR_CLOCK_WORD = /[0-9]|noon|midnight/i;
const ANCHOR = /[0-9]+|\b(?:noon|midnight)\b/gi;
const JOINER = /[ \t\u00A0]*,[ \t\u00A0]*|[ \t\u00A0]+at[ \t\u00A0]+|[ \t\u00A0]+/iy;
const AT = /at/i;
/** Words after `N hours M minutes` that make it a duration (`26 hours 10 minutes after the landing`). */
const DURATION_AFTER = /[ \t\u00A0]+(?:after|before|later|from|since|ago|of|into|out)(?![A-Za-z])/iy;
const AT_WORD = /^at$/i;
const FOR_WORD = /^for$/i;

/**
 * A zone in parentheses right after a group: `(Moscow time)`, `(local time)`,
 * `(local)`, the Russian `(по московскому времени)`, or a zone abbreviation,
 * dotted or not (`(GMT)`, `(G.M.T.)`, `(EST)`, `(BST)`, `(CET)`). Other
 * parentheses (`(Makarov)`, `(2)`) are not zones.
 */
const ZONE = /[ \t\u00A0]*\((?:([A-Za-z][A-Za-z .'-]{0,40}?[ \t\u00A0]time|local|[\u0400-\u04FF][\u0400-\u04FF ]{0,30}?(?:времени|время)(?:[ \t\u00A0][\u0400-\u04FF]{1,20})?)|((?:GMT|UTC|UT|MSK|Z)(?:[+-][0-9]{1,2}(?::?[0-9]{2})?)?))\)/iy;
/** Other zone abbreviations, in capitals only: in lower case `(et)`, `(pt)` are words. */
const ZONE_ABBREVIATION = /[ \t\u00A0]*\(((?:[ECMPB]|CE|EE|WE)[SD]?T|G\.M\.T\.|B\.S\.T\.|E\.S\.T\.|E\.D\.T\.|C\.E\.T\.)\)/y;

/** A number of one or two digits: a time, a dotted or slashed date, or a day. */
function readShortNumber(text: string, start: number, end: number, floor: number, options: ScanOptions): Atom | undefined {
  const atom =
    readTwelveHour(text, start) ??
    readColon(text, start) ??
    readTwelveWord(text, start) ??
    readHours(text, start) ??
    readDottedClock(text, start, options.strict) ??
    readDotted(text, start, options.strict) ??
    readSlashed(text, start, options);
  if (atom !== undefined) return atom;
  const afterDay = numberEndsCleanly(text, end) ? end : ordinalEnd(text, end);
  if (afterDay === undefined) return undefined;
  return readMonthDay(text, start, end, floor, options.strict, afterDay) ?? readDayMonth(text, start, end, options.strict, afterDay);
}

const ORDINAL = /(?:st|nd|rd|th)(?![\p{L}\p{N}])/iuy;

/**
 * Where a day written as an ordinal ends (`14th June 1950`, `June 14th`,
 * `the 1st of` is no date: a month must stand next to it), as British and
 * American telegrams write their dates; undefined when no ordinal follows.
 */
function ordinalEnd(text: string, end: number): number | undefined {
  ORDINAL.lastIndex = end;
  return ORDINAL.test(text) ? ORDINAL.lastIndex : undefined;
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
      return readDateTimeGroup(text, start, options.strict);
    default:
      return undefined;
  }
}

type Joiner = 'space' | 'comma' | 'at';

/** The joiner between two atoms: a space, `, ` or ` at ` (format section 6); else undefined. */
function joinerBetween(text: string, from: number, to: number): Joiner | undefined {
  if (to <= from) return undefined;
  JOINER.lastIndex = from;
  const match = JOINER.exec(text);
  if (match === null || JOINER.lastIndex !== to) return undefined;
  if (AT.test(match[0])) return 'at';
  return match[0].includes(',') ? 'comma' : 'space';
}

/**
 * Whether an impossible colon time stands alone in prose where it can only be a
 * clock time: right after `at`, with hour 25–29 and valid minutes (`At 25:40`)
 * or hour 0 or 2–24 and minutes 60–99 (`at 6:75`). Hours of 30 and more are
 * left alone (`at 45:30` is a score), and so is any such pair without `at` (`the
 * score was 25:10`) and `1:` with minutes 60–99 (`mixed at 1:75` is a ratio); a
 * ratio like `1:50,000` is never a colon time at all.
 */
function impossibleColonTime(text: string, atom: Atom): boolean {
  const clock = atom.clock;
  if (clock === undefined || !wordBeforeIs(text, atom.start, AT_WORD)) return false;
  if (clock.hour >= 25 && clock.hour <= 29) return clock.minute <= 59;
  return clock.hour <= 24 && clock.hour !== 1 && clock.minute >= 60;
}

/**
 * Whether an impossible `N hours M minutes` stands alone in prose where it is a
 * clock time, not a duration: minutes 60–99 with hours 0–24 (`By 14 hours 90
 * minutes order had been restored`; nobody writes a duration that way), or hours
 * 24–29 right after `at` (`At 25 hours 10 minutes on 17 June`). Not after `for`,
 * nor before a word that makes it a duration (`at 26 hours 10 minutes after the
 * landing`); `it took 26 hours 10 minutes` is a duration and stays silent.
 */
function impossibleHoursTime(text: string, atom: Atom): boolean {
  const clock = atom.clock;
  if (clock === undefined || atom.time !== undefined) return false;
  if (wordBeforeIs(text, atom.start, FOR_WORD)) return false;
  DURATION_AFTER.lastIndex = atom.end;
  if (DURATION_AFTER.test(text)) return false;
  if (clock.hour <= 24 && clock.minute >= 60) return true;
  return clock.hour <= 29 && wordBeforeIs(text, atom.start, AT_WORD);
}

/**
 * Whether a time that is not joined to a date counts. In field values (strict)
 * every time does, except a bare four-digit number in a value that already has a
 * date: a value holds one time group, so in `Korniyushina 1250 19 October 3007`
 * the `3007` is a number, not a wrong time. In prose a bare `0530` (as likely a
 * quantity) never does, nor does a real `20 hours 05 minutes` (as likely a
 * duration); an impossible one does where it can only be a clock time
 * (`impossibleHoursTime`). A colon time does when it could be one (`6:36`,
 * `24:10`; not `45:30`, a score) or after `at` (`impossibleColonTime`);
 * a.m./p.m., noon and midnight always do.
 */
function countsAlone(text: string, atom: Atom, strict: boolean, hasDate: boolean): boolean {
  if (strict) return atom.timeKind !== 'bare' || !hasDate;
  switch (atom.timeKind) {
    case 'colon':
      return atom.plausible || impossibleColonTime(text, atom);
    case 'hours':
      return impossibleHoursTime(text, atom);
    case 'twelve':
    case 'word':
      return true;
    default:
      return false;
  }
}

/** Dates whose day comes first: `18 October`, `18.10.51`, and slashed dates when read day first. */
function isDayFirst(date: Atom, options: ScanOptions): boolean {
  return date.form === 'day-month' || date.form === 'dotted' || (date.form === 'slashed' && options.slashedDates === 'day-first');
}

/**
 * Whether a time right before a date joins it. In prose a bare four-digit number
 * joins only across a space and only a day-first date, the cables' own style
 * (`2575 18 October`, `0530 18 October 1951`): State Department references put
 * telegram numbers before month-first dates (`Reurtel 1787, October 10`, `Your
 * 3480 October 13`), and such a number is not a time. Not joined, it is simply
 * not a time group (a bare number never counts alone in prose). Field values
 * join any time (`Received: 2310, October 10`).
 */
function joinsBeforeDate(time: Atom, date: Atom, joiner: Joiner, options: ScanOptions): boolean {
  if (options.strict || time.timeKind !== 'bare') return true;
  return joiner === 'space' && isDayFirst(date, options);
}

/**
 * Whether a time right after a date joins it. A bare four-digit number after a
 * date in prose joins only when it is a real time or follows ` at `: in
 * `On 19 October, 2500 soldiers` the number is a count, not a wrong time; after
 * a tentative date (`45 October, 1135 soldiers`) only after ` at `.
 */
function joinsAfterDate(date: Atom, time: Atom, joiner: Joiner, strict: boolean): boolean {
  if (time.timeKind === 'bare' && !strict && joiner !== 'at') return time.time !== undefined && !date.tentative;
  return true;
}

function joinAtoms(text: string, atoms: Atom[], options: ScanOptions): void {
  // Times before dates first (`1135 19 October 1951`, the cables' own style),
  // so that in `18 October 0530 19 October` the time goes with 19 October.
  for (let index = 1; index < atoms.length; index++) {
    const date = atoms[index];
    const time = atoms[index - 1];
    if (date.kind !== 'date' || time.kind !== 'time' || time.joined) continue;
    const joiner = joinerBetween(text, time.end, date.start);
    if (joiner === undefined || !joinsBeforeDate(time, date, joiner, options)) continue;
    date.partner = time;
    time.joined = true;
  }
  for (let index = 0; index + 1 < atoms.length; index++) {
    const date = atoms[index];
    const time = atoms[index + 1];
    if (date.kind !== 'date' || date.partner !== undefined || time.kind !== 'time' || time.joined) continue;
    const joiner = joinerBetween(text, date.end, time.start);
    if (joiner === undefined || !joinsAfterDate(date, time, joiner, options.strict)) continue;
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
      // Messages quote the text: copied, so a problem kept into later versions keeps none of this one.
      message: ownCopy(problem.message),
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
    const found = zoneAt(text, end);
    if (found !== undefined) {
      zone = found.zone;
      groupEnd = found.end;
    }
  }
  groups.push({ start: base + start, end: base + groupEnd, form, date, time, zone });
}

/** The zone in parentheses at `at`, and where it ends; an abbreviation without its dots (`(G.M.T.)` is the zone GMT). */
function zoneAt(text: string, at: number): { zone: string; end: number } | undefined {
  ZONE.lastIndex = at;
  const known = ZONE.exec(text);
  if (known !== null) return { zone: detached(known[1] ?? known[2]), end: ZONE.lastIndex };
  ZONE_ABBREVIATION.lastIndex = at;
  const abbreviation = ZONE_ABBREVIATION.exec(text);
  return abbreviation === null ? undefined : { zone: abbreviation[1].replace(/\./g, ''), end: ZONE_ABBREVIATION.lastIndex };
}

/** True when `text` holds a digit or a clock word (`noon`, `midnight`): without one, it holds no time group. */
export function holdsDigitOrClockWord(text: string): boolean {
  return DIGIT_OR_CLOCK_WORD.test(text);
}

/**
 * The result for the many lines with nothing to find: one shared, frozen
 * value instead of three new objects per line of prose.
 */
const nothingFound: ScanResult = Object.freeze({ groups: Object.freeze([]) as unknown as TimeGroup[], problems: Object.freeze([]) as unknown as TimeGroupProblem[] });

/**
 * Finds every time group in `text` and the problems C210, C211, C212 in them.
 * Offsets in the result are `base + index`. `options.strict` is for the values
 * of the time fields (Sent, Received, Deciphered, ...), where a bare `1135` and a
 * two-part `31.8` always count. The result is read-only.
 */
export function scanTimeGroups(text: string, base: number, options: ScanOptions): ScanResult {
  // Most lines of prose hold no digit and no clock word: one plain test answers those.
  if (!holdsDigitOrClockWord(text)) return nothingFound;
  const result: ScanResult = { groups: [], problems: [] };
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
  if (atoms.length === 0) return nothingFound;
  joinAtoms(text, atoms, options);
  let hasDate = false;
  for (const atom of atoms) if (atom.kind !== 'time') hasDate = true;
  for (const atom of atoms) {
    if (atom.kind === 'time') {
      if (atom.joined || !countsAlone(text, atom, options.strict, hasDate)) continue;
      emitProblems(atom, base, result.problems);
      emitGroup(text, base, atom.start, atom.end, 'time', undefined, atom.time, undefined, result.groups);
      continue;
    }
    const partner = atom.partner;
    // An impossible date that may be no date at all counts only with a time (see `Atom.tentative`).
    if (atom.tentative && partner === undefined) continue;
    if (partner !== undefined && partner.start < atom.start) emitProblems(partner, base, result.problems);
    emitProblems(atom, base, result.problems);
    if (partner !== undefined && partner.start > atom.start) emitProblems(partner, base, result.problems);
    const start = partner !== undefined && partner.start < atom.start ? partner.start : atom.start;
    const end = partner !== undefined && partner.end > atom.end ? partner.end : atom.end;
    emitGroup(text, base, start, end, atom.form, atom.date, atom.time ?? partner?.time, atom.zone, result.groups);
  }
  return result;
}
