/**
 * The time-group checks C210 (a time that does not exist), C211 (a day that
 * does not exist) and C212 (a month that does not exist), and the month
 * lookups and suggestions behind them.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isSuspectedMonth, monthNumber, nearestMonths, nearestRomanMonths, romanMonth, scanTimeGroups } from '../../server/src/service/timegroups/index';
import type { ScanOptions } from '../../server/src/service/timegroups/index';
import { assertNothing, assertRows, FIELD, groupTexts, only, problemsIn, PROSE } from '../support/timeGroupScan';

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
      '2 Ma Zhanshan', '2 Marc', '19 OC', '3 AP reporters', '19 octobr 1951', '45 Octobr 1951', 'Octobr 19 men', 'Cde. Peng 5 Army',
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
      ['Х', 10], ['ХII', 12], ['хi', 11], ['Хi', undefined], ['ХIII', undefined],
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
