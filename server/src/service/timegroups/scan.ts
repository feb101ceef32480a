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
import { isDigit, numberEndsCleanly, numberStartsCleanly } from './chars';
import { readDateTimeGroup, readDayMonth, readDotted, readMonthDay, readSlashed } from './dates';
import { readColon, readFourDigits, readHours, readTwelveHour, readTwelveWord, wordTimeAtom } from './times';
import type { ScanOptions, ScanResult, TimeGroup, TimeGroupDate, TimeGroupForm, TimeGroupProblem, TimeGroupTime } from './types';

// Compiled once; the sticky (`y`) ones are positioned with lastIndex, the global one walks the text.
const QUICK = /[0-9]|noon|midnight/i;
const ANCHOR = /[0-9]+|\b(?:noon|midnight)\b/gi;
const JOINER = /[ \t\u00A0]*,[ \t\u00A0]*|[ \t\u00A0]+at[ \t\u00A0]+|[ \t\u00A0]+/iy;
const AT = /at/i;

/**
 * A zone in parentheses right after a group: `(Moscow time)`, `(local time)`, or
 * a zone abbreviation. Other parentheses (`(Makarov)`, `(2)`) are not zones.
 */
const ZONE = /[ \t\u00A0]*\((?:([A-Za-z][A-Za-z .'-]{0,40}?[ \t\u00A0]time)|((?:GMT|UTC|UT|MSK|Z)(?:[+-][0-9]{1,2}(?::?[0-9]{2})?)?))\)/iy;

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
