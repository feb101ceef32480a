/**
 * Unit tests for the time-group recognizer (format section 6) and its checks
 * C210, C211, C212, plus year resolution, readings and ordering. Most cases are
 * tables: one row per written form, each row asserted on its own.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compareInstants, formatReading, isLeapYear, isSuspectedMonth, monthNumber, nearestMonths } from '../../server/src/service/timegroups/index';
import { nearestRomanMonths, resolveYears, romanMonth, scanTimeGroups, weekdayName } from '../../server/src/service/timegroups/index';
import type { ScanOptions, TimeGroup, TimeGroupForm } from '../../server/src/service/timegroups/index';
import { repoRoot, workedExample } from '../support/paths';

const PROSE: ScanOptions = { strict: false, slashedDates: 'month-first' };
const FIELD: ScanOptions = { strict: true, slashedDates: 'month-first' };

/** [year, month, day] as the group holds them. */
type DateTriple = [number | undefined, number, number | undefined];
/** [hour, minute]. */
type Clock = [number, number];

/** The text of each group found in `text`. */
function groupTexts(text: string, options: ScanOptions = PROSE): string[] {
  return scanTimeGroups(text, 0, options).groups.map((group) => text.slice(group.start, group.end));
}

/** The only group in `text`, failing when there is not exactly one. */
function only(text: string, options: ScanOptions = PROSE): TimeGroup {
  const groups = scanTimeGroups(text, 0, options).groups;
  assert.equal(groups.length, 1, `one group in ${JSON.stringify(text)}, got ${JSON.stringify(groupTexts(text, options))}`);
  return groups[0];
}

/** Asserts the one group of `text`: its text, form, date and time (null: none). */
function assertReads(text: string, found: string, form: TimeGroupForm, date: DateTriple | null, time: Clock | null, options = PROSE): void {
  const group = only(text, options);
  const label = JSON.stringify(text);
  assert.equal(text.slice(group.start, group.end), found, label);
  assert.equal(group.form, form, label);
  assert.deepEqual(group.date, date === null ? undefined : { year: date[0], month: date[1], day: date[2] }, label);
  assert.deepEqual(group.time, time === null ? undefined : { hour: time[0], minute: time[1] }, label);
}

/** `C210/error:2575` for each problem: code, severity and the text of its range. */
function problemsIn(text: string, options: ScanOptions = PROSE): string[] {
  return scanTimeGroups(text, 0, options).problems.map((problem) => `${problem.code}/${problem.severity}:${text.slice(problem.start, problem.end)}`);
}

function assertNothing(texts: readonly string[], options: ScanOptions = PROSE): void {
  for (const text of texts) {
    assert.deepEqual({ groups: groupTexts(text, options), problems: problemsIn(text, options) }, { groups: [], problems: [] }, JSON.stringify(text));
  }
}

type Row = [text: string, found: string, form: TimeGroupForm, date: DateTriple | null, time: Clock | null];

function assertRows(rows: readonly Row[], options = PROSE): void {
  for (const [text, found, form, date, time] of rows) assertReads(text, found, form, date, time, options);
}

describe('dates', () => {
  test('day month [year], any case, abbreviations, Sept, a period on abbreviations', () => {
    assertRows([
      ['18 October', '18 October', 'day-month', [undefined, 10, 18], null],
      ['19 October 1951', '19 October 1951', 'day-month', [1951, 10, 19], null],
      ['19 Oct 51', '19 Oct 51', 'day-month', [1951, 10, 19], null],
      ['on 19 Oct. 1951 we', '19 Oct. 1951', 'day-month', [1951, 10, 19], null],
      ['19 October, 1951', '19 October, 1951', 'day-month', [1951, 10, 19], null],
      ['19 OCTOBER 1951', '19 OCTOBER 1951', 'day-month', [1951, 10, 19], null],
      ['19 october', '19 october', 'day-month', [undefined, 10, 19], null],
      ['5 Sept 1950', '5 Sept 1950', 'day-month', [1950, 9, 5], null],
      ['5 sept. 50', '5 sept. 50', 'day-month', [1950, 9, 5], null],
      ['1 May', '1 May', 'day-month', [undefined, 5, 1], null],
      ['07 Dec', '07 Dec', 'day-month', [undefined, 12, 7], null],
      ['19 Febr. 1951', '19 Febr. 1951', 'day-month', [1951, 2, 19], null],
      ['received on 18 October. Then', '18 October', 'day-month', [undefined, 10, 18], null],
      ['on 7 October, 45 men', '7 October', 'day-month', [undefined, 10, 7], null],
    ]);
  });

  test('month day[,] [year], and a month with a year alone (month-only, so the year is no time)', () => {
    assertRows([
      ['February 28, 1948', 'February 28, 1948', 'month-day', [1948, 2, 28], null],
      ['Jan 13 1950', 'Jan 13 1950', 'month-day', [1950, 1, 13], null],
      ['July 3', 'July 3', 'month-day', [undefined, 7, 3], null],
      ['dated Oct. 19, 1951.', 'Oct. 19, 1951', 'month-day', [1951, 10, 19], null],
    ]);
    assertRows([['Sent: in March 1951', 'March 1951', 'month-day', [1951, 3, undefined], null]], FIELD);
  });

  test('dotted and slashed', () => {
    assertRows([
      ['13.10.50', '13.10.50', 'dotted', [1950, 10, 13], null],
      ['13.6.1951', '13.6.1951', 'dotted', [1951, 6, 13], null],
      ['24.III.50', '24.III.50', 'dotted', [1950, 3, 24], null],
      ['1.XII.49', '1.XII.49', 'dotted', [1949, 12, 1], null],
      ['13.1.51 ROSHCHIN', '13.1.51', 'dotted', [1951, 1, 13], null],
      ['10/14/50', '10/14/50', 'slashed', [1950, 10, 14], null],
    ]);
    assertRows([['14/10/50', '14/10/50', 'slashed', [1950, 10, 14], null]], { strict: false, slashedDates: 'day-first' });
    assertNothing(['10/14/50'], { strict: false, slashedDates: 'day-first' });
  });

  test('a two-part dotted date counts only in a field value', () => {
    assertNothing(['paragraph 31.8 says', '24.III']);
    assertRows([
      ['31.8', '31.8', 'dotted', [undefined, 8, 31], null],
      ['24.III', '24.III', 'dotted', [undefined, 3, 24], null],
    ], FIELD);
    assertNothing(['31.13', '1.2.3'], FIELD);
  });

  test('numbers that are not dates', () => {
    assertNothing([
      '45 October', '0 October', '123 October', 'the 38th parallel', '3 days later, in 10 Days', 'in 19 days',
      'Article 31 of the treaty', 'see 1.2.3', 'version 2.10.3.4', '45.13.50', '13.13.50', '0.10.50', '13.10.195', '24.IIII.50',
      '24.XX.50', '24.xx.50', '14/10/50', 'Incoming № 254/3612/shs', '10/14', '1/2/3', '10/14/50/2', 'No. 5 October',
    ]);
  });
});

describe('times', () => {
  test('24-hour and 12-hour times, noon and midnight', () => {
    // [text, the group's text, hour, minute]
    const times: Array<[string, string, number, number]> = [
      ['at 05:30 the', '05:30', 5, 30], ['6:36', '6:36', 6, 36], ['24:00', '24:00', 24, 0], ['8 a.m.', '8 a.m.', 8, 0],
      ['at 3:15 p.m. sharp', '3:15 p.m.', 15, 15], ['8 AM', '8 AM', 8, 0], ['5.30 pm', '5.30 pm', 17, 30], ['9 P.M', '9 P.M', 21, 0],
      ['12 p.m.', '12 p.m.', 12, 0], ['12 a.m.', '12 a.m.', 0, 0], ['at noon', 'noon', 12, 0], ['Midnight', 'Midnight', 0, 0],
      ['at 12 noon', '12 noon', 12, 0],
    ];
    for (const [text, found, hour, minute] of times) assertReads(text, found, 'time', null, [hour, minute]);
  });

  test('a bare four-digit time and N hours M minutes count in prose only next to a date', () => {
    assertNothing(['0530', 'at 0530 we left', 'it took 20 hours 05 minutes', '1135']);
    assertRows([
      ['0530 18 October', '0530 18 October', 'day-month', [undefined, 10, 18], [5, 30]],
      ['20 hrs 05 min 18 October', '20 hrs 05 min 18 October', 'day-month', [undefined, 10, 18], [20, 5]],
      ['2400 18 October', '2400 18 October', 'day-month', [undefined, 10, 18], [24, 0]],
    ]);
    assertRows([
      ['1135', '1135', 'time', null, [11, 35]],
      ['Received: 1135', '1135', 'time', null, [11, 35]],
      ['20 hours 05 minutes', '20 hours 05 minutes', 'time', null, [20, 5]],
    ], FIELD);
  });

  test('numbers that are not times', () => {
    assertNothing([
      'in 1949', 'No. 1309', 'Cable № 25025', 'Nº 5205', 'the score was 45:30', 'a map of 1:50,000', '12:30:45', 'call 253-1135',
      'in the afternoon', '3 AMERICANS', 'the score was 25:10', 'it took 26 hours 10 minutes',
    ]);
    assert.deepEqual(groupTexts('0530-0600 18 October'), ['18 October']);
    assert.deepEqual(groupTexts('1975 19 October'), ['19 October']);
    assertNothing(['1975', 'Nº 3007', 'No. 1309', '#1135', 'N°1135', 'N° 1135', 'Nos. 1135', 'Nr 1135'], FIELD);
  });

  test('date-time groups', () => {
    assertRows([
      ['241100 Sep 45', '241100 Sep 45', 'dtg', [1945, 9, 24], [11, 0]],
      ['290940Z November', '290940Z November', 'dtg', [undefined, 11, 29], [9, 40]],
    ]);
    assert.equal(only('241100 Sep 45').zone, undefined);
    assert.equal(only('290940Z November').zone, 'Z');
    assertNothing(['241100', '241100 men', '152575 may be needed', '451100 Sep 45']);
  });
});

describe('dates joined with times', () => {
  test('one group: time before or after, joined by a space, a comma or at', () => {
    assertRows([
      ['1135 19 October 1951', '1135 19 October 1951', 'day-month', [1951, 10, 19], [11, 35]],
      ['MAO ZEDONG 0530 18 October', '0530 18 October', 'day-month', [undefined, 10, 18], [5, 30]],
      ['19 October 1951, 1135', '19 October 1951, 1135', 'day-month', [1951, 10, 19], [11, 35]],
      ['19 October at 1135', '19 October at 1135', 'day-month', [undefined, 10, 19], [11, 35]],
      ['8 a.m. 19 October', '8 a.m. 19 October', 'day-month', [undefined, 10, 19], [8, 0]],
      ['19 October 8 a.m.', '19 October 8 a.m.', 'day-month', [undefined, 10, 19], [8, 0]],
      ['February 28, 1948 at 10:30.', 'February 28, 1948 at 10:30', 'month-day', [1948, 2, 28], [10, 30]],
      ['13.1.51 0530', '13.1.51 0530', 'dotted', [1951, 1, 13], [5, 30]],
      ['noon 5 May', 'noon 5 May', 'day-month', [undefined, 5, 5], [12, 0]],
      ['0530 hours 18 October', '0530 hours 18 October', 'day-month', [undefined, 10, 18], [5, 30]],
      ['19 October 0530', '19 October 0530', 'day-month', [undefined, 10, 19], [5, 30]],
      ['19 October 1135', '19 October 1135', 'day-month', [undefined, 10, 19], [11, 35]],
      ['19 October 20 hours 05 minutes', '19 October 20 hours 05 minutes', 'day-month', [undefined, 10, 19], [20, 5]],
      ['19 Oct 12 p.m.', '19 Oct 12 p.m.', 'day-month', [undefined, 10, 19], [12, 0]],
    ]);
  });

  test('field values: names before, number signs after', () => {
    assertRows([
      ['Received: 1135 19 October 1951', '1135 19 October 1951', 'day-month', [1951, 10, 19], [11, 35]],
      ['Fedyaev 1205 19 October', '1205 19 October', 'day-month', [undefined, 10, 19], [12, 5]],
      ['Korniyushina 1250 19 October Nº 3007', '1250 19 October', 'day-month', [undefined, 10, 19], [12, 50]],
      ['Korniyushina 1250 19 October 3007', '1250 19 October', 'day-month', [undefined, 10, 19], [12, 50]],
    ], FIELD);
    assert.deepEqual(problemsIn('Korniyushina 1250 19 October 3007', FIELD), []);
  });

  test('what does not join', () => {
    assert.deepEqual(groupTexts('0530 and 18 October'), ['18 October']);
    assert.deepEqual(groupTexts('6:36 and 18 October'), ['6:36', '18 October']);
    assert.deepEqual(groupTexts('18 October 0530 19 October'), ['18 October', '0530 19 October']);
    assert.deepEqual(groupTexts('18 October 19 October'), ['18 October', '19 October']);
    assert.deepEqual(groupTexts('On 19 October, 2500 soldiers'), ['19 October']);
    assert.deepEqual(problemsIn('On 19 October, 2500 soldiers'), []);
  });

  test('offsets are base + index', () => {
    const group = scanTimeGroups('of 0530 18 October', 1000, PROSE).groups[0];
    assert.deepEqual([group.start, group.end], [1003, 1018]);
    const problem = scanTimeGroups('x 24:10', 50, PROSE).problems[0];
    assert.deepEqual([problem.start, problem.end], [52, 57]);
  });
});

describe('zones', () => {
  test('a zone in parentheses right after a group is its zone and part of its range', () => {
    const text = 'Received: 1135 19 October 1951 (Moscow time)';
    const group = only(text, FIELD);
    assert.equal(group.zone, 'Moscow time');
    assert.equal(text.slice(group.start, group.end), '1135 19 October 1951 (Moscow time)');
    assert.equal(only('0530 (local time)', FIELD).zone, 'local time');
    assert.equal(only('12:00 (GMT)').zone, 'GMT');
  });

  test('other parentheses are not zones', () => {
    assert.deepEqual(groupTexts('19 October (Makarov)'), ['19 October']);
    assert.equal(only('19 October (Makarov)').zone, undefined);
    assert.equal(only('19 October (2)').zone, undefined);
  });
});

describe('C210: time that does not exist', () => {
  test('errors on the time itself', () => {
    const cases: Array<[string, string[], ScanOptions?]> = [
      ['2575 19 October', ['C210/error:2575']], ['1275 19 October', ['C210/error:1275']], ['at 24:10', ['C210/error:24:10']],
      ['13 p.m.', ['C210/error:13 p.m.']], ['13:30 a.m.', ['C210/error:13:30 a.m.']], ['0 a.m.', ['C210/error:0 a.m.']],
      ['8:75 a.m.', ['C210/error:8:75 a.m.']], ['19 October at 2500', ['C210/error:2500']], ['242575 Sep 45', ['C210/error:2575']],
      ['2575', ['C210/error:2575'], FIELD], ['6:60', ['C210/error:6:60'], FIELD],
      ['25 hours 10 minutes', ['C210/error:25 hours 10 minutes'], FIELD],
    ];
    for (const [text, expected, options] of cases) assert.deepEqual(problemsIn(text, options), expected, text);
    assertNothing(['2575']);
  });

  test('13:30 p.m. is a warning that keeps the time', () => {
    assert.deepEqual(problemsIn('at 13:30 p.m. today'), ['C210/warning:13:30 p.m.']);
    assert.deepEqual(problemsIn('0:30 a.m.'), ['C210/warning:0:30 a.m.']);
    assert.deepEqual(only('13:30 p.m.').time, { hour: 13, minute: 30 });
  });

  test('the group keeps its date, without the time; a lone bad time is no group', () => {
    const result = scanTimeGroups('2575 19 October', 0, PROSE);
    assert.equal(result.groups.length, 1);
    assert.deepEqual(result.groups[0].date, { year: undefined, month: 10, day: 19 });
    assert.equal(result.groups[0].time, undefined);
    assert.match(result.problems[0].message, /2575/);
    assert.deepEqual(result.problems[0].suggestions, []);
    assertRows([['242575 Sep 45', '242575 Sep 45', 'dtg', [1945, 9, 24], null]]);
    assert.deepEqual(groupTexts('at 24:10'), []);
  });

  test('valid edge times are not reported', () => {
    for (const text of ['24:00', '2400 19 October', '0000 19 October', '23:59', '12 a.m.', '12:59 p.m.']) assert.deepEqual(problemsIn(text), [], text);
  });
});

describe('C211: day that does not exist', () => {
  test('errors over the date', () => {
    const cases: Array<[string, string[]]> = [
      ['on 31 April', ['C211/error:31 April']], ['30.2.51', ['C211/error:30.2.51']],
      ['February 30, 1948', ['C211/error:February 30, 1948']], ['30 February', ['C211/error:30 February']],
      ['4/31/50', ['C211/error:4/31/50']], ['29 February 1951', ['C211/error:29 February 1951']],
      ['29.2.00', ['C211/error:29.2.00']], // 1900 is not a leap year
      ['311100 Sep 45', ['C211/error:311100 Sep 45']], ['1135 31 April 1951', ['C211/error:31 April 1951']],
    ];
    for (const [text, expected] of cases) assert.deepEqual(problemsIn(text), expected, text);
    assert.match(scanTimeGroups('29 February 1951', 0, PROSE).problems[0].message, /leap year/);
  });

  test('29 February: only the group’s own year decides', () => {
    assert.deepEqual(problemsIn('29 February 1952'), []);
    assertRows([['29 February', '29 February', 'day-month', [undefined, 2, 29], null]]);
  });

  test('the date is dropped; a joined time stays', () => {
    assert.deepEqual(groupTexts('on 31 April'), []);
    assertRows([['1135 31 April 1951', '1135 31 April 1951', 'day-month', null, [11, 35]]]);
  });
});

describe('C212: month that does not exist', () => {
  test('misspelt and cut-short month words, with suggestions', () => {
    const cases: Array<[string, string, string[]]> = [
      ['19 Octobr 1951', 'C212/error:Octobr', ['October']],
      ['19 Oc', 'C212/error:Oc', ['October']],
      ['19 Octo 1951', 'C212/error:Octo', ['October']],
      ['19 Septem 1951', 'C212/error:Septem', ['September']],
      ['3 Ju 1951', 'C212/error:Ju', ['June', 'July']],
      ['Febuary 28, 1948', 'C212/error:Febuary', ['February']],
      ['19 Setpember 1951', 'C212/error:Setpember', ['September']],
      ['19 OCTOBR 1951', 'C212/error:OCTOBR', ['OCTOBER']],
      ['290940Z Novembr', 'C212/error:Novembr', ['November']],
      ['24.XIII.50', 'C212/error:XIII', ['XII', 'VIII', 'III']],
    ];
    for (const [text, problem, suggestions] of cases) {
      assert.deepEqual(problemsIn(text), [problem], text);
      assert.deepEqual(scanTimeGroups(text, 0, PROSE).problems[0].suggestions, suggestions, text);
    }
    assert.match(scanTimeGroups('19 Octobr 1951', 0, PROSE).problems[0].message, /October/);
  });

  test('no group without a month; a joined time stays', () => {
    assert.deepEqual(groupTexts('19 Octobr 1951'), []);
    assert.deepEqual(groupTexts('24.XIII.50'), []);
    assertRows([['1135 19 Octobr 1951', '1135 19 Octobr 1951', 'day-month', null, [11, 35]]]);
  });

  test('ordinary words after numbers are not months', () => {
    assertNothing([
      '3 Main Directorate', '2 Men', '5 Marines', '10 Days', '1 Day', 'FOR 1 DAY', 'IN 1 WAY', '3 Mao', '3 De Gaulle',
      '2 Ma Zhanshan', '2 Marc', '19 OC', '3 AP reporters', '19 octobr 1951', '45 Octobr 1951', 'Octobr 19', 'Cde. Peng 5 Army',
      'No. 19 Octobr',
    ]);
    assert.deepEqual(problemsIn('7 October'), []);
  });
});

describe('months', () => {
  test('monthNumber and romanMonth', () => {
    const months: Array<[string, number | undefined]> = [
      ['October', 10], ['oct', 10], ['SEPT.', 9], ['Febr.', 2], ['Febr', undefined], ['Octobr', undefined],
    ];
    for (const [word, month] of months) assert.equal(monthNumber(word), month, word);
    const romans: Array<[string, number | undefined]> = [
      ['XII', 12], ['iv', 4], ['XIII', undefined], ['IIII', undefined], ['Xi', undefined],
    ];
    for (const [numeral, month] of romans) assert.equal(romanMonth(numeral), month, numeral);
  });

  test('nearestMonths, nearestRomanMonths, isSuspectedMonth', () => {
    assert.deepEqual(nearestMonths('Octobr'), ['October']);
    assert.deepEqual(nearestMonths('Ju'), ['June', 'July']);
    assert.equal(nearestMonths('Mai')[0], 'May');
    assert.deepEqual(nearestMonths('Directorate'), []);
    assert.deepEqual(nearestRomanMonths('xiii'), ['xii', 'viii', 'iii']);
    for (const word of ['Octobr', 'Oc', 'Augusta']) assert.equal(isSuspectedMonth(word), true, word);
    for (const word of ['October', 'octobr', 'No', 'Main', 'Days', 'May', 'Day']) assert.equal(isSuspectedMonth(word), false, word);
  });
});

describe('resolveYears', () => {
  test('inherits from the nearest earlier full date, else the catalogue year', () => {
    const text = '5 October, then 1135 19 October 1951, then 20 October at 12:05; 3.1.52, 5 January';
    const groups = scanTimeGroups(text, 0, PROSE).groups;
    const found = groups.map((group) => text.slice(group.start, group.end));
    assert.deepEqual(found, ['5 October', '1135 19 October 1951', '20 October at 12:05', '3.1.52', '5 January']);
    assert.deepEqual(resolveYears(groups, 1950), [1950, 1951, 1951, 1952, 1952]);
    assert.deepEqual(resolveYears(groups, undefined), [undefined, 1951, 1951, 1952, 1952]);
  });

  test('a time alone has no year; a month-only date does not pass its year on', () => {
    const groups = scanTimeGroups('at 6:36; March 1950; 5 April', 0, PROSE).groups;
    assert.equal(groups.length, 3);
    assert.deepEqual(resolveYears(groups, 1951), [undefined, 1950, 1951]);
  });
});

describe('formatReading', () => {
  test('the ISO readings', () => {
    const cases: Array<[string, number | undefined, string, ScanOptions?]> = [
      ['1205 19 October', 1951, '1951-10-19 12:05, Friday'],
      ['19 October', 1951, '1951-10-19, Friday'],
      ['12:05', 1951, '12:05'],
      ['1205 19 October', undefined, '--10-19 12:05, year unknown'],
      ['0530 18 October 1951', 1960, '1951-10-18 05:30, Thursday'],
      ['1135 19 October 1951 (Moscow time)', undefined, '1951-10-19 11:35 (Moscow time), Friday'],
      ['241100Z Sep 45', undefined, '1945-09-24 11:00 (Z), Monday'],
      ['in March 1951', undefined, '1951-03', FIELD],
      ['29 February', 1951, '1951-02-29, no such day in 1951'],
      ['2400 29 February', 1952, '1952-02-29 24:00, Friday'],
    ];
    for (const [text, year, reading, options] of cases) assert.equal(formatReading(only(text, options), year), reading, text);
  });
});

describe('calendar helpers', () => {
  test('isLeapYear and weekdayName', () => {
    assert.deepEqual([1951, 1952, 1900, 2000].map(isLeapYear), [false, true, false, true]);
    const days: Array<[number, number, number, string]> = [
      [1951, 10, 19, 'Friday'], [1951, 10, 18, 'Thursday'], [2000, 2, 29, 'Tuesday'], [1900, 1, 1, 'Monday'], [1948, 2, 28, 'Saturday'],
    ];
    for (const [year, month, day, name] of days) assert.equal(weekdayName(year, month, day), name, `${year}-${month}-${day}`);
  });
});

describe('compareInstants', () => {
  // Year 1951 unless given; `null` for a group whose year is unknown.
  const at = (text: string, year: number | null = 1951, options: ScanOptions = PROSE) => ({ group: only(text, options), year: year ?? undefined });
  const sign = (value: number | undefined) => (value === undefined ? undefined : Math.sign(value));

  test('orders by date, then time; equal dates without both times are equal', () => {
    // [a, b, sign of compareInstants(a, b)], all in 1951
    const pairs: Array<[string, string, number]> = [
      ['1135 19 October', '1205 19 October', -1], ['1205 19 October', '1135 19 October', 1], ['1135 19 October', '1135 19 October', 0],
      ['2359 18 October', '0001 19 October', -1], ['2400 18 October', '2359 18 October', 1], ['19 October', '1205 19 October', 0],
    ];
    for (const [a, b, expected] of pairs) assert.equal(sign(compareInstants(at(a), at(b))), expected, `${a} / ${b}`);
    assert.equal(sign(compareInstants(at('19 October', 1950), at('18 October', 1951))), -1);
  });

  test('not comparable: no year, no date, different zones; same zone or none compares', () => {
    assert.equal(compareInstants(at('19 October', null), at('20 October')), undefined);
    assert.equal(compareInstants(at('12:05'), at('20 October')), undefined);
    const moscow = at('1135 19 October (Moscow time)', 1951, FIELD);
    assert.equal(compareInstants(moscow, at('1205 19 October (GMT)', 1951, FIELD)), undefined);
    assert.equal(sign(compareInstants(moscow, at('1205 19 October (moscow  time)', 1951, FIELD))), -1);
    assert.equal(sign(compareInstants(moscow, at('1205 19 October'))), -1);
  });
});

describe('the worked example', () => {
  // The samples copy, else the shared design folder next to the repository.
  const candidates = [workedExample, path.join(repoRoot, '..', 'shared', 'reference', 'cable-25025.cable')];
  const file = candidates.find((candidate) => fs.existsSync(candidate)) ?? workedExample;
  const timeFields = /^(Sent|Received|Deciphered|Encoded|Typed|Dispatched|Printed): /;

  test('finds its groups and reports nothing', { skip: !fs.existsSync(file) }, () => {
    const text = fs.readFileSync(file, 'utf8');
    const found: string[] = [];
    let offset = 0;
    let inCatalogue = false;
    for (const [index, line] of text.split('\n').entries()) {
      if (line === '---') inCatalogue = index === 0;
      else if (!inCatalogue) {
        const field = timeFields.exec(line);
        const start = field === null ? 0 : field[0].length;
        const result = scanTimeGroups(line.slice(start), offset + start, { strict: field !== null, slashedDates: 'month-first' });
        assert.deepEqual(result.problems, [], line);
        for (const group of result.groups) found.push(text.slice(group.start, group.end));
      }
      offset += line.length + 1;
    }
    assert.deepEqual(found, [
      '1135 19 October 1951', '19 October 1951', '0530 18 October 1951', '0115 18 October', '7 October', '0530 18 October',
      '19 October', '1205 19 October', '1250 19 October',
    ]);
  });
});

describe('speed and safety', () => {
  test('prose without time groups finds nothing, even long lines full of numbers', () => {
    assertNothing(['At the present time at the meeting of liaison officers our side should keep to an approach.', '']);
    const line = 'In 1949 No. 1309 sent 2500 men, 3 Main units and 45 tanks; see 1.2.3 and 254/3612/shs. '.repeat(2000);
    const result = scanTimeGroups(line, 0, PROSE);
    assert.deepEqual([result.groups.length, result.problems.length], [0, 0]);
  });
});
