/**
 * Unit tests for the time-group recognizer (format section 6) and its checks
 * C210, C211, C212, plus year resolution, readings and ordering.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  compareInstants,
  formatReading,
  isLeapYear,
  isSuspectedMonth,
  monthNumber,
  nearestMonths,
  nearestRomanMonths,
  resolveYears,
  romanMonth,
  scanTimeGroups,
  weekdayName,
} from '../../server/src/service/timegroups/index';
import type { ScanOptions, TimeGroup } from '../../server/src/service/timegroups/index';
import { repoRoot, workedExample } from '../support/paths';

const PROSE: ScanOptions = { strict: false, slashedDates: 'month-first' };
const FIELD: ScanOptions = { strict: true, slashedDates: 'month-first' };

/** The text of each group found in `text`. */
function groupTexts(text: string, options: ScanOptions = PROSE): string[] {
  return scanTimeGroups(text, 0, options).groups.map((group) => text.slice(group.start, group.end));
}

/** The only group in `text`, failing when there is not exactly one. */
function only(text: string, options: ScanOptions = PROSE): TimeGroup {
  const result = scanTimeGroups(text, 0, options);
  assert.equal(result.groups.length, 1, `expected one group in ${JSON.stringify(text)}, got ${groupTexts(text, options).join(' | ')}`);
  return result.groups[0];
}

interface Seen {
  code: string;
  severity: string;
  text: string;
  suggestions: string[];
}

function problemsIn(text: string, options: ScanOptions = PROSE): Seen[] {
  return scanTimeGroups(text, 0, options).problems.map((problem) => ({
    code: problem.code,
    severity: problem.severity,
    text: text.slice(problem.start, problem.end),
    suggestions: problem.suggestions,
  }));
}

function assertNothing(text: string, options: ScanOptions = PROSE): void {
  const result = scanTimeGroups(text, 0, options);
  assert.deepEqual(
    { groups: groupTexts(text, options), problems: result.problems.map((problem) => problem.code) },
    { groups: [], problems: [] },
    JSON.stringify(text),
  );
}

describe('day month [year]', () => {
  test('18 October: a date without a year', () => {
    const group = only('18 October');
    assert.equal(group.form, 'day-month');
    assert.deepEqual(group.date, { year: undefined, month: 10, day: 18 });
    assert.equal(group.time, undefined);
    assert.equal(group.zone, undefined);
    assert.deepEqual([group.start, group.end], [0, 10]);
  });

  test('years: four digits, two digits (19xx), after an abbreviation with a period', () => {
    assert.deepEqual(only('19 October 1951').date, { year: 1951, month: 10, day: 19 });
    assert.deepEqual(only('19 Oct 51').date, { year: 1951, month: 10, day: 19 });
    assert.deepEqual(groupTexts('on 19 Oct. 1951 we'), ['19 Oct. 1951']);
    assert.deepEqual(only('19 October, 1951').date, { year: 1951, month: 10, day: 19 });
  });

  test('any case, 3-letter abbreviations and Sept', () => {
    assert.equal(only('19 OCTOBER 1951').date?.month, 10);
    assert.equal(only('19 october').date?.month, 10);
    assert.equal(only('5 Sept 1950').date?.month, 9);
    assert.equal(only('5 sept. 50').date?.month, 9);
    assert.equal(only('1 May').date?.month, 5);
    assert.equal(only('2 Jun').date?.month, 6);
    assert.equal(only('07 Dec').date?.day, 7);
  });

  test('a longer abbreviation counts with its period: 19 Febr. 1951', () => {
    assert.deepEqual(only('19 Febr. 1951').date, { year: 1951, month: 2, day: 19 });
    assert.deepEqual(problemsIn('19 Febr. 1951'), []);
  });

  test('the period after a full month name is the sentence’s', () => {
    assert.deepEqual(groupTexts('received on 18 October. Then'), ['18 October']);
  });

  test('a comma before a two-digit number does not make a year', () => {
    const group = only('on 7 October, 45 men');
    assert.equal(group.date?.year, undefined);
  });

  test('a number after the date that is a time is not a year', () => {
    assert.deepEqual(only('19 October 0530').time, { hour: 5, minute: 30 });
    assert.equal(only('19 October 0530').date?.year, undefined);
    assert.deepEqual(only('19 October 1135').time, { hour: 11, minute: 35 });
    assert.deepEqual(only('19 October 20 hours 05 minutes').time, { hour: 20, minute: 5 });
    assert.deepEqual(only('19 Oct 12 p.m.').time, { hour: 12, minute: 0 });
    assert.deepEqual(groupTexts('18 October 19 October'), ['18 October', '19 October']);
  });

  test('not a day: 45 October, 0 October, 123 October, 38th', () => {
    assertNothing('45 October');
    assertNothing('0 October');
    assertNothing('123 October');
    assertNothing('the 38th parallel');
    assertNothing('3 days later, in 10 Days');
  });
});

describe('month day[,] [year]', () => {
  test('February 28, 1948', () => {
    const group = only('February 28, 1948');
    assert.equal(group.form, 'month-day');
    assert.deepEqual(group.date, { year: 1948, month: 2, day: 28 });
    assert.deepEqual([group.start, group.end], [0, 17]);
  });

  test('Jan 13 1950, July 3, Oct. 19, 1951', () => {
    assert.deepEqual(only('Jan 13 1950').date, { year: 1950, month: 1, day: 13 });
    assert.deepEqual(only('July 3').date, { year: undefined, month: 7, day: 3 });
    assert.deepEqual(groupTexts('dated Oct. 19, 1951.'), ['Oct. 19, 1951']);
  });

  test('a month with a year and no day is a month-only date, so the year is not a time', () => {
    const group = only('in March 1951', FIELD);
    assert.equal(group.form, 'month-day');
    assert.deepEqual(group.date, { year: 1951, month: 3, day: undefined });
    assert.equal(group.time, undefined);
  });

  test('not a month before the number', () => {
    assertNothing('in 19 days');
    assertNothing('Article 31 of the treaty');
  });
});

describe('dotted dates', () => {
  test('13.10.50, 13.6.1951, 24.III.50', () => {
    const group = only('13.10.50');
    assert.equal(group.form, 'dotted');
    assert.deepEqual(group.date, { year: 1950, month: 10, day: 13 });
    assert.deepEqual(only('13.6.1951').date, { year: 1951, month: 6, day: 13 });
    assert.deepEqual(only('24.III.50').date, { year: 1950, month: 3, day: 24 });
    assert.deepEqual(only('1.XII.49').date, { year: 1949, month: 12, day: 1 });
  });

  test('13.1.51 ROSHCHIN: a date before a signature', () => {
    assert.deepEqual(groupTexts('13.1.51 ROSHCHIN'), ['13.1.51']);
  });

  test('numbers that are not dates', () => {
    assertNothing('see 1.2.3');
    assertNothing('version 2.10.3.4');
    assertNothing('45.13.50');
    assertNothing('13.13.50');
    assertNothing('0.10.50');
    assertNothing('13.10.195');
    assertNothing('24.IIII.50');
    assertNothing('24.XX.50');
  });

  test('a two-part date counts only in a field value', () => {
    assertNothing('paragraph 31.8 says');
    const group = only('31.8', FIELD);
    assert.deepEqual(group.date, { year: undefined, month: 8, day: 31 });
    assert.deepEqual(only('24.III', FIELD).date, { year: undefined, month: 3, day: 24 });
    assertNothing('31.13', FIELD);
  });
});

describe('slashed dates', () => {
  test('10/14/50 is month first by default', () => {
    const group = only('10/14/50');
    assert.equal(group.form, 'slashed');
    assert.deepEqual(group.date, { year: 1950, month: 10, day: 14 });
    assertNothing('14/10/50');
  });

  test('day first by option', () => {
    const options: ScanOptions = { strict: false, slashedDates: 'day-first' };
    assert.deepEqual(only('14/10/50', options).date, { year: 1950, month: 10, day: 14 });
    assertNothing('10/14/50', options);
  });

  test('references and fractions are not dates', () => {
    assertNothing('Incoming № 254/3612/shs');
    assertNothing('10/14');
    assertNothing('1/2/3');
    assertNothing('10/14/50/2');
  });
});

describe('24-hour times', () => {
  test('colon times count alone', () => {
    const group = only('at 05:30 the');
    assert.equal(group.form, 'time');
    assert.equal(group.date, undefined);
    assert.deepEqual(group.time, { hour: 5, minute: 30 });
    assert.deepEqual(only('6:36').time, { hour: 6, minute: 36 });
    assert.deepEqual(only('24:00').time, { hour: 24, minute: 0 });
  });

  test('a bare four-digit time counts in prose only next to a date', () => {
    assertNothing('0530');
    assertNothing('at 0530 we left');
    assert.deepEqual(only('0530 18 October').time, { hour: 5, minute: 30 });
  });

  test('20 hours 05 minutes: next to a date or in a field; alone in prose it may be a duration', () => {
    assertNothing('it took 20 hours 05 minutes');
    assert.deepEqual(only('20 hours 05 minutes', FIELD).time, { hour: 20, minute: 5 });
    assert.deepEqual(only('20 hrs 05 min 18 October').time, { hour: 20, minute: 5 });
  });

  test('numbers that are not times', () => {
    assertNothing('in 1949');
    assertNothing('No. 1309');
    assertNothing('Cable № 25025');
    assertNothing('Nº 5205');
    assertNothing('the score was 45:30');
    assertNothing('a map of 1:50,000');
    assertNothing('12:30:45');
    assertNothing('call 253-1135');
    assert.deepEqual(groupTexts('0530-0600 18 October'), ['18 October']);
  });

  test('2400 is a time; a four-digit year-like number that is no time is a year, never C210', () => {
    assert.deepEqual(only('2400 18 October').time, { hour: 24, minute: 0 });
    assert.deepEqual(groupTexts('1975 19 October'), ['19 October']);
    assertNothing('1975', FIELD);
  });
});

describe('12-hour times and words', () => {
  test('a.m. and p.m. in their spellings', () => {
    assert.deepEqual(only('8 a.m.').time, { hour: 8, minute: 0 });
    assert.deepEqual(only('3:15 p.m.').time, { hour: 15, minute: 15 });
    assert.deepEqual(only('8 AM').time, { hour: 8, minute: 0 });
    assert.deepEqual(only('5.30 pm').time, { hour: 17, minute: 30 });
    assert.deepEqual(only('9 P.M').time, { hour: 21, minute: 0 });
    assert.deepEqual(only('12 p.m.').time, { hour: 12, minute: 0 });
    assert.deepEqual(only('12 a.m.').time, { hour: 0, minute: 0 });
  });

  test('the range covers the suffix', () => {
    const text = 'at 3:15 p.m. sharp';
    const group = only(text);
    assert.equal(text.slice(group.start, group.end), '3:15 p.m.');
  });

  test('noon and midnight, alone or after 12', () => {
    assert.deepEqual(only('at noon').time, { hour: 12, minute: 0 });
    assert.deepEqual(only('Midnight').time, { hour: 0, minute: 0 });
    assert.deepEqual(groupTexts('at 12 noon'), ['12 noon']);
    assertNothing('in the afternoon');
    assertNothing('3 AMERICANS');
  });
});

describe('date-time groups', () => {
  test('241100 Sep 45', () => {
    const group = only('241100 Sep 45');
    assert.equal(group.form, 'dtg');
    assert.deepEqual(group.date, { year: 1945, month: 9, day: 24 });
    assert.deepEqual(group.time, { hour: 11, minute: 0 });
    assert.equal(group.zone, undefined);
  });

  test('290940Z November: zone letter', () => {
    const group = only('290940Z November');
    assert.deepEqual(group.date, { year: undefined, month: 11, day: 29 });
    assert.deepEqual(group.time, { hour: 9, minute: 40 });
    assert.equal(group.zone, 'Z');
  });

  test('six digits without a month are a number; a lower-case verb is no month', () => {
    assertNothing('241100');
    assertNothing('241100 men');
    assertNothing('152575 may be needed');
    assertNothing('451100 Sep 45');
  });
});

describe('dates joined with times', () => {
  test('1135 19 October 1951 is one group', () => {
    const group = only('Received: 1135 19 October 1951', FIELD);
    assert.deepEqual(group.date, { year: 1951, month: 10, day: 19 });
    assert.deepEqual(group.time, { hour: 11, minute: 35 });
    assert.deepEqual([group.start, group.end], [10, 30]);
  });

  test('signature and footer lines', () => {
    assert.deepEqual(groupTexts('MAO ZEDONG 0530 18 October'), ['0530 18 October']);
    assert.deepEqual(groupTexts('Fedyaev 1205 19 October', FIELD), ['1205 19 October']);
    assert.deepEqual(groupTexts('Korniyushina 1250 19 October Nº 3007', FIELD), ['1250 19 October']);
    assert.deepEqual(problemsIn('Korniyushina 1250 19 October Nº 3007', FIELD), []);
  });

  test('joined by a space, a comma or at, time before or after', () => {
    assert.deepEqual(groupTexts('19 October 1951, 1135'), ['19 October 1951, 1135']);
    assert.deepEqual(groupTexts('19 October at 1135'), ['19 October at 1135']);
    assert.deepEqual(groupTexts('8 a.m. 19 October'), ['8 a.m. 19 October']);
    assert.deepEqual(groupTexts('19 October 8 a.m.'), ['19 October 8 a.m.']);
    assert.deepEqual(groupTexts('February 28, 1948 at 10:30.'), ['February 28, 1948 at 10:30']);
    assert.deepEqual(groupTexts('13.1.51 0530'), ['13.1.51 0530']);
    assert.deepEqual(groupTexts('noon 5 May'), ['noon 5 May']);
    assert.deepEqual(groupTexts('0530 hours 18 October'), ['0530 hours 18 October']);
  });

  test('not joined across other text', () => {
    assert.deepEqual(groupTexts('0530 and 18 October'), ['18 October']);
    assert.deepEqual(groupTexts('6:36 and 18 October'), ['6:36', '18 October']);
  });

  test('a time between two dates goes with the one after it', () => {
    assert.deepEqual(groupTexts('18 October 0530 19 October'), ['18 October', '0530 19 October']);
  });

  test('a count after a date is not a time', () => {
    assert.deepEqual(groupTexts('On 19 October, 2500 soldiers'), ['19 October']);
    assert.deepEqual(problemsIn('On 19 October, 2500 soldiers'), []);
  });

  test('offsets are base + index', () => {
    const result = scanTimeGroups('of 0530 18 October', 1000, PROSE);
    assert.deepEqual([result.groups[0].start, result.groups[0].end], [1003, 1018]);
    const problems = scanTimeGroups('x 24:10', 50, PROSE).problems;
    assert.deepEqual([problems[0].start, problems[0].end], [52, 57]);
  });
});

describe('zones', () => {
  test('(Moscow time) after a group is its zone and part of its range', () => {
    const text = 'Received: 1135 19 October 1951 (Moscow time)';
    const group = only(text, FIELD);
    assert.equal(group.zone, 'Moscow time');
    assert.equal(text.slice(group.start, group.end), '1135 19 October 1951 (Moscow time)');
  });

  test('zone abbreviations and times alone', () => {
    assert.equal(only('0530 (local time)', FIELD).zone, 'local time');
    assert.equal(only('12:00 (GMT)').zone, 'GMT');
  });

  test('other parentheses are not zones', () => {
    const text = '19 October (Makarov)';
    const group = only(text);
    assert.equal(group.zone, undefined);
    assert.equal(text.slice(group.start, group.end), '19 October');
    assert.equal(only('19 October (2)').zone, undefined);
  });
});

describe('strict field values against running text', () => {
  test('a bare four-digit time', () => {
    assertNothing('1135');
    assert.deepEqual(only('1135', FIELD).time, { hour: 11, minute: 35 });
    assert.deepEqual(groupTexts('Received: 1135', FIELD), ['1135']);
  });

  test('an invalid bare time is reported only where it counts', () => {
    assertNothing('2575');
    assert.deepEqual(problemsIn('2575', FIELD).map((problem) => problem.text), ['2575']);
  });

  test('a number after a whole group in a field value is not a time', () => {
    assert.deepEqual(groupTexts('Korniyushina 1250 19 October 3007', FIELD), ['1250 19 October']);
    assert.deepEqual(problemsIn('Korniyushina 1250 19 October 3007', FIELD), []);
  });

  test('number signs are never times, even in fields', () => {
    assertNothing('Nº 3007', FIELD);
    assertNothing('No. 1309', FIELD);
    assertNothing('#1135', FIELD);
    assertNothing('N°1135', FIELD);
    assertNothing('N° 1135', FIELD);
    assertNothing('Nos. 1135', FIELD);
    assertNothing('Nr 1135', FIELD);
  });
});

describe('C210: time that does not exist', () => {
  test('2575 before a date: error on the time, the date still reads', () => {
    const result = scanTimeGroups('2575 19 October', 0, PROSE);
    assert.deepEqual(problemsIn('2575 19 October'), [{ code: 'C210', severity: 'error', text: '2575', suggestions: [] }]);
    assert.equal(result.groups.length, 1);
    assert.deepEqual(result.groups[0].date, { year: undefined, month: 10, day: 19 });
    assert.equal(result.groups[0].time, undefined);
    assert.match(result.problems[0].message, /2575/);
  });

  test('24:10 alone', () => {
    assert.deepEqual(problemsIn('at 24:10'), [{ code: 'C210', severity: 'error', text: '24:10', suggestions: [] }]);
    assert.deepEqual(groupTexts('at 24:10'), []);
  });

  test('13 p.m. is an error, 13:30 p.m. a warning that keeps the time', () => {
    assert.deepEqual(problemsIn('13 p.m.'), [{ code: 'C210', severity: 'error', text: '13 p.m.', suggestions: [] }]);
    assert.deepEqual(problemsIn('at 13:30 p.m. today'), [{ code: 'C210', severity: 'warning', text: '13:30 p.m.', suggestions: [] }]);
    assert.deepEqual(only('13:30 p.m.').time, { hour: 13, minute: 30 });
    assert.equal(problemsIn('0:30 a.m.')[0].severity, 'warning');
    assert.equal(problemsIn('13:30 a.m.')[0].severity, 'error');
    assert.equal(problemsIn('0 a.m.')[0].severity, 'error');
    assert.equal(problemsIn('8:75 a.m.')[0].severity, 'error');
  });

  test('minutes above 59', () => {
    assert.deepEqual(problemsIn('6:60', FIELD).map((problem) => problem.code), ['C210']);
    assert.deepEqual(problemsIn('1275 19 October').map((problem) => problem.text), ['1275']);
    assert.deepEqual(problemsIn('25 hours 10 minutes', FIELD).map((problem) => problem.text), ['25 hours 10 minutes']);
  });

  test('valid edge times are not reported', () => {
    for (const text of ['24:00', '2400 19 October', '0000 19 October', '23:59', '12 a.m.', '12:59 p.m.']) {
      assert.deepEqual(problemsIn(text), [], text);
    }
  });

  test('a date-time group with a bad time: error on the four time digits', () => {
    const text = '242575 Sep 45';
    assert.deepEqual(problemsIn(text), [{ code: 'C210', severity: 'error', text: '2575', suggestions: [] }]);
    const group = only(text);
    assert.deepEqual(group.date, { year: 1945, month: 9, day: 24 });
    assert.equal(group.time, undefined);
  });

  test('a plausible-looking number alone in prose is not reported', () => {
    assertNothing('the score was 25:10');
    assertNothing('it took 26 hours 10 minutes');
  });
});

describe('C211: day that does not exist', () => {
  test('31 April: error over the date, no group', () => {
    assert.deepEqual(problemsIn('on 31 April'), [{ code: 'C211', severity: 'error', text: '31 April', suggestions: [] }]);
    assert.deepEqual(groupTexts('on 31 April'), []);
  });

  test('30.2.51 and February 30, 1948', () => {
    assert.deepEqual(problemsIn('30.2.51'), [{ code: 'C211', severity: 'error', text: '30.2.51', suggestions: [] }]);
    assert.deepEqual(problemsIn('February 30, 1948').map((problem) => problem.text), ['February 30, 1948']);
    assert.deepEqual(problemsIn('30 February').map((problem) => problem.code), ['C211']);
    assert.deepEqual(problemsIn('4/31/50').map((problem) => problem.text), ['4/31/50']);
  });

  test('29 February: only the group’s own year decides', () => {
    const problems = scanTimeGroups('29 February 1951', 0, PROSE).problems;
    assert.deepEqual(problems.map((problem) => problem.code), ['C211']);
    assert.match(problems[0].message, /leap year/);
    assert.deepEqual(problemsIn('29 February 1952'), []);
    assert.deepEqual(problemsIn('29 February'), []);
    assert.deepEqual(only('29 February').date, { year: undefined, month: 2, day: 29 });
    assert.deepEqual(problemsIn('29.2.00').map((problem) => problem.code), ['C211']); // 1900
  });

  test('with a time the group keeps the time', () => {
    const text = '1135 31 April 1951';
    assert.deepEqual(problemsIn(text).map((problem) => problem.text), ['31 April 1951']);
    const group = only(text);
    assert.equal(group.date, undefined);
    assert.deepEqual(group.time, { hour: 11, minute: 35 });
  });

  test('a date-time group on a day the month lacks', () => {
    assert.deepEqual(problemsIn('311100 Sep 45').map((problem) => problem.code), ['C211']);
  });
});

describe('C212: month that does not exist', () => {
  test('19 Octobr 1951: error on the word, with the suggestion', () => {
    const result = scanTimeGroups('19 Octobr 1951', 0, PROSE);
    assert.deepEqual(problemsIn('19 Octobr 1951'), [{ code: 'C212', severity: 'error', text: 'Octobr', suggestions: ['October'] }]);
    assert.deepEqual(result.groups, []);
    assert.match(result.problems[0].message, /October/);
  });

  test('prefixes: 19 Oc, Octo, Septem, Ju', () => {
    assert.deepEqual(problemsIn('19 Oc'), [{ code: 'C212', severity: 'error', text: 'Oc', suggestions: ['October'] }]);
    assert.deepEqual(problemsIn('19 Octo 1951')[0].suggestions, ['October']);
    assert.deepEqual(problemsIn('19 Septem 1951')[0].suggestions, ['September']);
    assert.deepEqual(problemsIn('3 Ju 1951')[0].suggestions, ['June', 'July']);
  });

  test('misspellings: Febuary (month first), Setpember, all capitals', () => {
    assert.deepEqual(problemsIn('Febuary 28, 1948'), [{ code: 'C212', severity: 'error', text: 'Febuary', suggestions: ['February'] }]);
    assert.deepEqual(problemsIn('19 Setpember 1951')[0].suggestions, ['September']);
    assert.deepEqual(problemsIn('19 OCTOBR 1951'), [{ code: 'C212', severity: 'error', text: 'OCTOBR', suggestions: ['OCTOBER'] }]);
    assert.deepEqual(problemsIn('290940Z Novembr').map((problem) => problem.text), ['Novembr']);
  });

  test('roman months above XII', () => {
    assert.deepEqual(problemsIn('24.XIII.50'), [
      { code: 'C212', severity: 'error', text: 'XIII', suggestions: ['XII', 'VIII', 'III'] },
    ]);
    assert.deepEqual(groupTexts('24.XIII.50'), []);
  });

  test('a time next to a misspelt date still counts', () => {
    const group = only('1135 19 Octobr 1951');
    assert.equal(group.date, undefined);
    assert.deepEqual(group.time, { hour: 11, minute: 35 });
  });

  test('ordinary words after numbers are not months', () => {
    for (const text of [
      '3 Main Directorate',
      '2 Men',
      '5 Marines',
      '10 Days',
      '1 Day',
      'FOR 1 DAY',
      'IN 1 WAY',
      '3 Mao',
      '3 De Gaulle',
      '2 Ma Zhanshan',
      '2 Marc',
      '19 OC',
      '3 AP reporters',
      '19 octobr 1951',
      '45 Octobr 1951',
      'Octobr 19',
      'Cde. Peng 5 Army',
      'No. 19 Octobr',
    ]) {
      assert.deepEqual(problemsIn(text), [], text);
    }
    assert.deepEqual(problemsIn('7 October'), []);
  });
});

describe('months', () => {
  test('monthNumber and romanMonth', () => {
    assert.equal(monthNumber('October'), 10);
    assert.equal(monthNumber('oct'), 10);
    assert.equal(monthNumber('SEPT.'), 9);
    assert.equal(monthNumber('Febr.'), 2);
    assert.equal(monthNumber('Febr'), undefined);
    assert.equal(monthNumber('Octobr'), undefined);
    assert.equal(romanMonth('XII'), 12);
    assert.equal(romanMonth('iv'), 4);
    assert.equal(romanMonth('XIII'), undefined);
    assert.equal(romanMonth('IIII'), undefined);
  });

  test('nearestMonths and nearestRomanMonths', () => {
    assert.deepEqual(nearestMonths('Octobr'), ['October']);
    assert.deepEqual(nearestMonths('Ju'), ['June', 'July']);
    assert.equal(nearestMonths('Mai')[0], 'May');
    assert.deepEqual(nearestMonths('Directorate'), []);
    assert.deepEqual(nearestRomanMonths('xiii'), ['xii', 'viii', 'iii']);
  });

  test('isSuspectedMonth follows the narrow rule', () => {
    assert.equal(isSuspectedMonth('Octobr'), true);
    assert.equal(isSuspectedMonth('Oc'), true);
    assert.equal(isSuspectedMonth('Augusta'), true);
    assert.equal(isSuspectedMonth('October'), false);
    assert.equal(isSuspectedMonth('octobr'), false);
    assert.equal(isSuspectedMonth('No'), false);
    assert.equal(isSuspectedMonth('Main'), false);
    assert.equal(isSuspectedMonth('Days'), false);
    assert.equal(isSuspectedMonth('May'), false);
  });
});

describe('resolveYears', () => {
  test('inherits from the nearest earlier full date, else the catalogue year', () => {
    const text = '5 October, then 1135 19 October 1951, then 20 October at 12:05; 3.1.52, 5 January';
    const groups = scanTimeGroups(text, 0, PROSE).groups;
    assert.deepEqual(
      groups.map((group) => text.slice(group.start, group.end)),
      ['5 October', '1135 19 October 1951', '20 October at 12:05', '3.1.52', '5 January'],
    );
    assert.deepEqual(resolveYears(groups, 1950), [1950, 1951, 1951, 1952, 1952]);
    assert.deepEqual(resolveYears(groups, undefined), [undefined, 1951, 1951, 1952, 1952]);
  });

  test('a time alone has no year; a month-only date does not pass its year on', () => {
    const text = 'at 6:36; March 1950; 5 April';
    const groups = scanTimeGroups(text, 0, PROSE).groups;
    assert.equal(groups.length, 3);
    assert.deepEqual(resolveYears(groups, 1951), [undefined, 1950, 1951]);
  });
});

describe('formatReading', () => {
  test('1205 19 October in 1951', () => {
    assert.equal(formatReading(only('1205 19 October'), 1951), '1951-10-19 12:05, Friday');
  });

  test('date alone, time alone, no year', () => {
    assert.equal(formatReading(only('19 October'), 1951), '1951-10-19, Friday');
    assert.equal(formatReading(only('12:05'), 1951), '12:05');
    assert.equal(formatReading(only('1205 19 October'), undefined), '--10-19 12:05, year unknown');
  });

  test('the written year wins over the resolved one', () => {
    assert.equal(formatReading(only('0530 18 October 1951'), 1960), '1951-10-18 05:30, Thursday');
  });

  test('zones, month-only dates, days the year lacks', () => {
    assert.equal(formatReading(only('1135 19 October 1951 (Moscow time)'), undefined), '1951-10-19 11:35 (Moscow time), Friday');
    assert.equal(formatReading(only('241100Z Sep 45'), undefined), '1945-09-24 11:00 (Z), Monday');
    assert.equal(formatReading(only('in March 1951'), undefined), '1951-03');
    assert.equal(formatReading(only('29 February'), 1951), '1951-02-29, no such day in 1951');
    assert.equal(formatReading(only('2400 29 February'), 1952), '1952-02-29 24:00, Friday');
  });
});

describe('calendar helpers', () => {
  test('isLeapYear', () => {
    assert.equal(isLeapYear(1951), false);
    assert.equal(isLeapYear(1952), true);
    assert.equal(isLeapYear(1900), false);
    assert.equal(isLeapYear(2000), true);
  });

  test('weekdayName', () => {
    assert.equal(weekdayName(1951, 10, 19), 'Friday');
    assert.equal(weekdayName(1951, 10, 18), 'Thursday');
    assert.equal(weekdayName(2000, 2, 29), 'Tuesday');
    assert.equal(weekdayName(1900, 1, 1), 'Monday');
    assert.equal(weekdayName(1948, 2, 28), 'Saturday');
  });
});

describe('compareInstants', () => {
  // Year 1951 unless given; `null` for a group whose year is unknown.
  const at = (text: string, year: number | null = 1951, options: ScanOptions = PROSE) => ({
    group: only(text, options),
    year: year ?? undefined,
  });

  test('orders by date, then time', () => {
    const received = at('1135 19 October');
    const deciphered = at('1205 19 October');
    assert.ok((compareInstants(received, deciphered) ?? 0) < 0);
    assert.ok((compareInstants(deciphered, received) ?? 0) > 0);
    assert.equal(compareInstants(received, at('1135 19 October')), 0);
    assert.ok((compareInstants(at('2359 18 October'), at('0001 19 October')) ?? 0) < 0);
    assert.ok((compareInstants(at('2400 18 October'), at('2359 18 October')) ?? 0) > 0);
    assert.ok((compareInstants(at('19 October', 1950), at('18 October', 1951)) ?? 0) < 0);
  });

  test('equal dates without both times are equal', () => {
    assert.equal(compareInstants(at('19 October'), at('1205 19 October')), 0);
  });

  test('not comparable: no year, no date, different zones', () => {
    assert.equal(compareInstants(at('19 October', null), at('20 October')), undefined);
    assert.equal(compareInstants(at('12:05'), at('20 October')), undefined);
    assert.equal(
      compareInstants(at('1135 19 October (Moscow time)', 1951, FIELD), at('1205 19 October (GMT)', 1951, FIELD)),
      undefined,
    );
  });

  test('same zone, or a zone against none, compare', () => {
    assert.ok((compareInstants(at('1135 19 October (Moscow time)', 1951, FIELD), at('1205 19 October (moscow time)', 1951, FIELD)) ?? 0) < 0);
    assert.ok((compareInstants(at('1135 19 October (Moscow time)', 1951, FIELD), at('1205 19 October')) ?? 0) < 0);
  });
});

describe('the worked example', () => {
  // The samples copy, else the shared design folder next to the repository.
  const file = [workedExample, path.join(repoRoot, '..', 'shared', 'reference', 'cable-25025.cable')].find((candidate) =>
    fs.existsSync(candidate),
  ) ?? workedExample;
  const fields = /^(Sent|Received|Deciphered|Encoded|Typed|Dispatched|Printed): /;

  test('finds its groups and reports nothing', { skip: !fs.existsSync(file) }, () => {
    const text = fs.readFileSync(file, 'utf8');
    const lines = text.split('\n');
    const found: string[] = [];
    let offset = 0;
    let inCatalogue = false;
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index];
      if (line === '---') inCatalogue = index === 0;
      const field = fields.exec(line);
      if (!inCatalogue && line !== '---') {
        const start = field === null ? 0 : field[0].length;
        const result = scanTimeGroups(line.slice(start), offset + start, { strict: field !== null, slashedDates: 'month-first' });
        assert.deepEqual(result.problems, [], line);
        for (const group of result.groups) found.push(text.slice(group.start, group.end));
      }
      offset += line.length + 1;
    }
    assert.deepEqual(found, [
      '1135 19 October 1951',
      '19 October 1951',
      '0530 18 October 1951',
      '0115 18 October',
      '7 October',
      '0530 18 October',
      '19 October',
      '1205 19 October',
      '1250 19 October',
    ]);
  });
});

describe('speed and safety', () => {
  test('lines without digits or clock words find nothing', () => {
    assertNothing('At the present time at the meeting of liaison officers our side should keep to an approach.');
    assertNothing('', FIELD);
  });

  test('a long line with many numbers scans without problems in prose', () => {
    const line = 'In 1949 No. 1309 sent 2500 men, 3 Main units and 45 tanks; see 1.2.3 and 254/3612/shs. '.repeat(2000);
    const result = scanTimeGroups(line, 0, PROSE);
    assert.deepEqual(result.groups, []);
    assert.deepEqual(result.problems, []);
  });
});
