/**
 * Fixtures shared by the time-group tests: the prose and field scan options,
 * the texts and problems a scan finds, and table-row assertions on the one
 * group of a text.
 */
import assert from 'node:assert/strict';
import { scanTimeGroups } from '../../server/src/service/timegroups/index';
import type { ScanOptions, TimeGroup, TimeGroupForm } from '../../server/src/service/timegroups/index';

export const PROSE: ScanOptions = { strict: false, slashedDates: 'month-first' };
export const FIELD: ScanOptions = { strict: true, slashedDates: 'month-first' };

/** [year, month, day] as the group holds them. */
export type DateTriple = [number | undefined, number, number | undefined];
/** [hour, minute]. */
export type Clock = [number, number];

/** The text of each group found in `text`. */
export function groupTexts(text: string, options: ScanOptions = PROSE): string[] {
  return scanTimeGroups(text, 0, options).groups.map((group) => text.slice(group.start, group.end));
}

/** The only group in `text`, failing when there is not exactly one. */
export function only(text: string, options: ScanOptions = PROSE): TimeGroup {
  const groups = scanTimeGroups(text, 0, options).groups;
  assert.equal(groups.length, 1, `one group in ${JSON.stringify(text)}, got ${JSON.stringify(groupTexts(text, options))}`);
  return groups[0];
}

/** Asserts the one group of `text`: its text, form, date and time (null: none). */
export function assertReads(text: string, found: string, form: TimeGroupForm, date: DateTriple | null, time: Clock | null, options = PROSE): void {
  const group = only(text, options);
  const label = JSON.stringify(text);
  assert.equal(text.slice(group.start, group.end), found, label);
  assert.equal(group.form, form, label);
  assert.deepEqual(group.date, date === null ? undefined : { year: date[0], month: date[1], day: date[2] }, label);
  assert.deepEqual(group.time, time === null ? undefined : { hour: time[0], minute: time[1] }, label);
}

/** `C210/error:2575` for each problem: code, severity and the text of its range. */
export function problemsIn(text: string, options: ScanOptions = PROSE): string[] {
  return scanTimeGroups(text, 0, options).problems.map((problem) => `${problem.code}/${problem.severity}:${text.slice(problem.start, problem.end)}`);
}

export function assertNothing(texts: readonly string[], options: ScanOptions = PROSE): void {
  for (const text of texts) {
    assert.deepEqual({ groups: groupTexts(text, options), problems: problemsIn(text, options) }, { groups: [], problems: [] }, JSON.stringify(text));
  }
}

export type Row = [text: string, found: string, form: TimeGroupForm, date: DateTriple | null, time: Clock | null];

export function assertRows(rows: readonly Row[], options = PROSE): void {
  for (const [text, found, form, date, time] of rows) assertReads(text, found, form, date, time, options);
}
