/**
 * Atoms: the pieces the scanner reads before joining them into time groups. An
 * atom is a date, a time or a date-time group; atoms never overlap.
 */
import { daysInMonth } from './months';
import { dayProblem, timeProblem } from './problems';
import type { PendingProblem } from './problems';
import type { TimeGroupDate, TimeGroupForm, TimeGroupTime } from './types';

/** How a time was written; decides where it counts without a date. */
export type TimeKind = 'bare' | 'colon' | 'hours' | 'twelve' | 'word';

export interface Atom {
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
  /** For a 24-hour time: the hour and minute as written, even when they do not exist (`25:40`). */
  clock: TimeGroupTime | undefined;
  /**
   * For a date with an impossible day or month read in prose where the number
   * may not be a date at all (`45 October` without a year, `13.13.50`): it
   * counts, with its problem, only when a time joins it (`0530 0 October`);
   * otherwise it is dropped without a word.
   */
  tentative: boolean;
  problems: PendingProblem[] | undefined;
  /** For a date: the time joined to it. */
  partner: Atom | undefined;
  /** For a time: already joined to a date. */
  joined: boolean;
}

export function addProblem(atom: Atom, problem: PendingProblem): void {
  if (atom.problems === undefined) atom.problems = [problem];
  else atom.problems.push(problem);
}

export function newAtom(start: number, end: number, kind: Atom['kind'], form: TimeGroupForm): Atom {
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
    clock: undefined,
    tentative: false,
    problems: undefined,
    partner: undefined,
    joined: false,
  };
}

export function isValidTime(hour: number, minute: number): boolean {
  return minute <= 59 && (hour < 24 || (hour === 24 && minute === 0));
}

/** A 24-hour time atom; an impossible one keeps its range and carries C210. */
export function clockAtom(text: string, start: number, end: number, hour: number, minute: number, kind: TimeKind): Atom {
  const atom = newAtom(start, end, 'time', 'time');
  atom.timeKind = kind;
  atom.plausible = hour <= 24 && minute <= 59;
  atom.clock = { hour, minute };
  if (isValidTime(hour, minute)) atom.time = { hour, minute };
  else addProblem(atom, timeProblem(text, start, end, hour, minute));
  return atom;
}

/**
 * A date atom for day/month[/year]; C211 when the day is not in the month (or is
 * 0, or above 31: the callers decide where such a number is a day at all). Only
 * the group's own year decides 29 February: without one February has 29 days
 * here, and a later check with the inherited year handles the rest.
 */
export function dateAtom(
  text: string,
  start: number,
  end: number,
  form: TimeGroupForm,
  day: number,
  month: number,
  year: number | undefined,
): Atom {
  const atom = newAtom(start, end, 'date', form);
  if (day >= 1 && day <= daysInMonth(year, month)) atom.date = { year, month, day };
  else addProblem(atom, dayProblem(text, start, end, { year, month, day }));
  return atom;
}
