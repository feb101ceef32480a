/**
 * Time groups (format section 6): a date, a time, or both, as the page writes them.
 */
import type { TextRange } from '../parser/tree';

export type TimeGroupForm =
  | 'day-month' //      18 October, 19 Oct 51
  | 'month-day' //      February 28, 1948
  | 'dotted' //         13.10.50, 24.III.50, 31.8 (field values only)
  | 'slashed' //        10/14/50
  | 'dtg' //            241100 Sep 45, 290940Z November
  | 'time'; //          a time alone: 0530, 05:30, 8 a.m., noon

export interface TimeGroupDate {
  /** Full year when written (two-digit years are 19xx); undefined when the group has none. */
  year: number | undefined;
  /** 1–12. */
  month: number;
  /** 1–31; undefined for month-only groups. */
  day: number | undefined;
}

export interface TimeGroupTime {
  hour: number; // 0–24 (24 only as 24:00)
  minute: number;
}

export interface TimeGroup extends TextRange {
  form: TimeGroupForm;
  date: TimeGroupDate | undefined;
  time: TimeGroupTime | undefined;
  /** Zone letter of a date-time group (`Z`) or a trailing `(Moscow time)`, as written. */
  zone: string | undefined;
}

export type TimeGroupProblemCode = 'C210' | 'C211' | 'C212';

export interface TimeGroupProblem extends TextRange {
  code: TimeGroupProblemCode;
  /** `warning` only for a 24-hour time that still makes sense with a.m./p.m. (`13:30 p.m.`). */
  severity: 'error' | 'warning';
  message: string;
  /** For C212: the month names to suggest, nearest first. */
  suggestions: string[];
}

export interface ScanOptions {
  /**
   * True for the values of Sent, Received, Deciphered, Encoded, Typed, Dispatched and
   * Printed, where a bare four-digit time and a two-part dotted date always count.
   */
  strict: boolean;
  slashedDates: 'month-first' | 'day-first';
}

export interface ScanResult {
  groups: TimeGroup[];
  problems: TimeGroupProblem[];
}
