/**
 * What a time group means once the document is read: its year (written or
 * inherited, format section 6), its ISO reading for hover, and its order against
 * another group for the ordering checks (C301).
 */
import { daysInMonth, isLeapYear, WEEKDAY_NAMES, weekdayIndex } from './months';
import type { TimeGroup, TimeGroupDate } from './types';

export { isLeapYear };

/** A group with the year it was resolved to (see `resolveYears`). */
export interface ResolvedTimeGroup {
  group: TimeGroup;
  year: number | undefined;
}

/**
 * The year of each group, in document order: its own year when written, else the
 * year of the nearest earlier group with a full date (day, month and year), else
 * the catalogue year. A group of the cable's own record (`takesRecord`: a time
 * field's, a signature's; see analysis/recordGroups.ts) takes the nearest full
 * date of those that give the record its year (`givesRecord`) first, then the
 * catalogue year, and only then the nearest full date anywhere. A group without
 * a date (a time alone) has no year: undefined, so that nothing downstream
 * dates it by accident.
 */
export function resolveYears(groups: readonly TimeGroup[], catalogueYear: number | undefined, takesRecord: readonly boolean[] = [], givesRecord: readonly boolean[] = []): Array<number | undefined> {
  const years: Array<number | undefined> = new Array<number | undefined>(groups.length);
  let lastFullYear: number | undefined;
  let lastRecordYear: number | undefined;
  for (let index = 0; index < groups.length; index++) {
    const date = groups[index].date;
    if (date === undefined) {
      years[index] = undefined;
    } else if (date.year !== undefined) {
      years[index] = date.year;
      if (!isFullDate(groups[index])) continue;
      lastFullYear = date.year;
      if (givesRecord[index] === true) lastRecordYear = date.year;
    } else {
      years[index] = takesRecord[index] === true ? (lastRecordYear ?? catalogueYear ?? lastFullYear) : (lastFullYear ?? catalogueYear);
    }
  }
  return years;
}

/** Day, month and year all written: a date a later group without its year takes the year from (format section 6). */
export function isFullDate(group: TimeGroup): boolean {
  return group.date?.year !== undefined && group.date.day !== undefined;
}

/** English weekday name of a date, e.g. `Friday` for 1951-10-19. */
export function weekdayName(year: number, month: number, day: number): string {
  return WEEKDAY_NAMES[weekdayIndex(year, month, day)];
}

function twoDigits(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

function fourDigits(value: number): string {
  return String(value).padStart(4, '0');
}

/** A date in ISO form, `1951-10-19` or `1951-10` for a month alone; without a year ISO 8601's year-less `--10-19`. */
export function isoDate(date: TimeGroupDate, year: number | undefined): string {
  const yearText = year === undefined ? '-' : fourDigits(year);
  const dayText = date.day === undefined ? '' : `-${twoDigits(date.day)}`;
  return `${yearText}-${twoDigits(date.month)}${dayText}`;
}

/**
 * The ISO reading shown on hover:
 * - date and time: `1951-10-19 12:05, Friday`
 * - date alone: `1951-10-19, Friday`
 * - time alone: `12:05`
 * - a zone follows the time (or date) in parentheses: `1945-09-24 11:00 (Z), Monday`
 * - without a year the date takes ISO 8601's year-less form `--10-19` and the
 *   weekday slot says `year unknown`: `--10-19 12:05, year unknown`. A transcriber
 *   reads that the year is missing rather than a guessed year.
 * - a day the (inherited) year does not have (29 February 1951) says so instead of a weekday.
 * `year` is the resolved year; the group's own written year wins over it.
 */
export function formatReading(group: TimeGroup, year: number | undefined): string {
  const parts: string[] = [];
  const date = group.date;
  const resolvedYear = date?.year ?? year;
  if (date !== undefined) parts.push(isoDate(date, resolvedYear));
  if (group.time !== undefined) parts.push(`${twoDigits(group.time.hour)}:${twoDigits(group.time.minute)}`);
  if (group.zone !== undefined) parts.push(`(${group.zone})`);
  let reading = parts.join(' ');
  if (date !== undefined) {
    if (resolvedYear === undefined) reading += ', year unknown';
    else if (date.day === undefined) {
      // A month alone has no weekday.
    } else if (date.day > daysInMonth(resolvedYear, date.month)) {
      reading += `, no such day in ${resolvedYear}`;
    } else reading += `, ${weekdayName(resolvedYear, date.month, date.day)}`;
  }
  return reading;
}

/** Zones compare without regard to case or spacing: `(Moscow time)` = `(moscow  time)`. */
function sameZone(a: string, b: string): boolean {
  return a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Orders two groups for the ordering checks: negative when `a` is earlier, 0 when
 * they are the same moment as far as written, positive when `a` is later, and
 * undefined when they cannot be compared: either lacks a date or a resolved
 * year, or their zones differ. Format section 6 says ordering checks "compare
 * only groups in the same zone or with no zone"; that is read as "both in the
 * same zone, or both without one": a zoned group is never compared with an
 * unzoned one, because a signature time is usually local while `Received` is
 * often Moscow time (`Received: 2330 29 October 1950 (Moscow time)` and a
 * signature `0300 30 October` say nothing about their order). When the dates
 * are equal the times decide if both have one (24:00 sorts after 23:59);
 * otherwise 0.
 */
export function compareInstants(a: ResolvedTimeGroup, b: ResolvedTimeGroup): number | undefined {
  const dateA = a.group.date;
  const dateB = b.group.date;
  if (dateA === undefined || dateB === undefined) return undefined;
  const yearA = dateA.year ?? a.year;
  const yearB = dateB.year ?? b.year;
  if (yearA === undefined || yearB === undefined) return undefined;
  const zoneA = a.group.zone;
  const zoneB = b.group.zone;
  if (zoneA === undefined ? zoneB !== undefined : zoneB === undefined || !sameZone(zoneA, zoneB)) return undefined;
  if (yearA !== yearB) return yearA - yearB;
  if (dateA.month !== dateB.month) return dateA.month - dateB.month;
  if (dateA.day === undefined || dateB.day === undefined) return dateA.day === dateB.day ? 0 : undefined;
  if (dateA.day !== dateB.day) return dateA.day - dateB.day;
  const timeA = a.group.time;
  const timeB = b.group.time;
  if (timeA === undefined || timeB === undefined) return 0;
  return timeA.hour * 60 + timeA.minute - (timeB.hour * 60 + timeB.minute);
}
