/**
 * Time groups as real archive pages write them, from a QA pass: State
 * Department references (telegram numbers before dates), days and months out
 * of range, impossible `N hours M minutes` and colon times in prose, misspelt
 * months written month first, and short misspelt months in time fields. Each
 * problem is asserted exactly (code and range), and the look-alike that is not
 * a problem is asserted silent.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isSuspectedMonth, scanTimeGroups } from '../../server/src/service/timegroups/index';
import type { ScanOptions } from '../../server/src/service/timegroups/index';
import { assertNothing, assertRows, FIELD, groupTexts, only, PROSE } from '../support/timeGroupScan';

const DAY_FIRST: ScanOptions = { strict: false, slashedDates: 'day-first' };
const FIELD_DAY_FIRST: ScanOptions = { strict: true, slashedDates: 'day-first' };

/** [code, start, end] of each problem. */
type Span = [code: string, start: number, end: number];

function spans(text: string, options: ScanOptions = PROSE): Span[] {
  return scanTimeGroups(text, 0, options).problems.map((problem): Span => [problem.code, problem.start, problem.end]);
}

/** Asserts the exact problems of each text, and that each span covers the expected text. */
function assertProblems(cases: ReadonlyArray<[text: string, expected: Span[], covered: string[], options?: ScanOptions]>): void {
  for (const [text, expected, covered, options] of cases) {
    assert.deepEqual(spans(text, options), expected, text);
    assert.deepEqual(expected.map(([, start, end]) => text.slice(start, end)), covered, `${text}: the spans cover`);
  }
}

function firstProblem(text: string, options: ScanOptions = PROSE) {
  const problem = scanTimeGroups(text, 0, options).problems[0];
  assert.ok(problem, `a problem in ${JSON.stringify(text)}`);
  return problem;
}

describe('telegram numbers before dates (State Department references)', () => {
  test('a bare four-digit number before a month-first date or across ", " is not a time in prose', () => {
    assertNothing(['Your 3480 and my 2466.', 'Reurtel 1787.']);
    const cases: Array<[string, string[]]> = [
      ['Reurtel 1787, October 10, 7 p.m.', ['October 10, 7 p.m.']],
      ['Your 3480 October 13 and my 2466 September 30.', ['October 13', 'September 30']],
      ['Depcirtel 2460, September 3, 1946.', ['September 3, 1946']],
      ['Mytel 2575 Oct 13.', ['Oct 13']],
      ['Reurtel 2871, October 13. Deptel 4471 October 14.', ['October 13', 'October 14']],
      ['Embtel 1309, March 2, 6 p.m.', ['March 2, 6 p.m.']],
      ['Contel 1011, November 1. Source states', ['November 1']],
      ['Urtel 2575, 18 October', ['18 October']],
      ['at 1135 10/14/50', ['10/14/50']],
    ];
    for (const [text, groups] of cases) {
      assert.deepEqual(spans(text), [], text);
      assert.deepEqual(groupTexts(text), groups, text);
    }
    assertRows([['Reurtel 1787, October 10, 7 p.m.', 'October 10, 7 p.m.', 'month-day', [undefined, 10, 10], [19, 0]]]);
  });

  test('it still joins a day-first date across a space, and reports an impossible time there', () => {
    assertProblems([
      ['2575 18 October', [['C210', 0, 4]], ['2575']],
      ['MAO ZEDONG 2575 18 October 1951', [['C210', 11, 15]], ['2575']],
      ['at 2575 13.10.50', [['C210', 3, 7]], ['2575']],
    ]);
    assertRows([
      ['0530 18 October 1951', '0530 18 October 1951', 'day-month', [1951, 10, 18], [5, 30]],
      ['1135 13.10.50', '1135 13.10.50', 'dotted', [1950, 10, 13], [11, 35]],
    ]);
    assertRows([['1135 14/10/50', '1135 14/10/50', 'slashed', [1950, 10, 14], [11, 35]]], DAY_FIRST);
    // Other times still join month-first dates, before or after.
    assertRows([
      ['8 a.m. October 10', '8 a.m. October 10', 'month-day', [undefined, 10, 10], [8, 0]],
      ['October 10, 1135', 'October 10, 1135', 'month-day', [undefined, 10, 10], [11, 35]],
    ]);
  });

  test('field values keep joining any time to any date', () => {
    assertRows([
      ['2310, October 10', '2310, October 10', 'month-day', [undefined, 10, 10], [23, 10]],
      ['Received: 1135 October 19, 1951', '1135 October 19, 1951', 'month-day', [1951, 10, 19], [11, 35]],
    ], FIELD);
    assertProblems([['1787, October 10', [['C210', 0, 4]], ['1787'], FIELD]]);
  });
});

describe('days and months out of range', () => {
  test('a day 0 or above 31 is C211 in a field value, with a year, or with a time joined', () => {
    assertProblems([
      ['1135 32 October 1951', [['C211', 5, 20]], ['32 October 1951'], FIELD],
      ['0 October 1951, 10 a.m.', [['C211', 0, 14]], ['0 October 1951'], FIELD],
      ['45 October', [['C211', 0, 10]], ['45 October'], FIELD],
      ['died on 32 January 1951', [['C211', 8, 23]], ['32 January 1951']],
      ['MAO ZEDONG 0530 0 October', [['C211', 16, 25]], ['0 October']],
      ['RAZUVAEV 1115 0 May', [['C211', 14, 19]], ['0 May']],
      ['32 October at 10:30', [['C211', 0, 10]], ['32 October']],
    ]);
    assert.match(firstProblem('1135 32 October 1951', FIELD).message, /October has 31 days/);
    assert.match(firstProblem('0 October 1951, 10 a.m.', FIELD).message, /numbered from 1/);
  });

  test('the group keeps its time and drops the date', () => {
    assertRows([
      ['1135 32 October 1951', '1135 32 October 1951', 'day-month', null, [11, 35]],
      ['0 October 1951, 10 a.m.', '0 October 1951, 10 a.m.', 'day-month', null, [10, 0]],
      ['10/40/48, 7 p.m.', '10/40/48, 7 p.m.', 'slashed', null, [19, 0]],
      ['1135 19.13.51', '1135 19.13.51', 'dotted', null, [11, 35]],
    ], FIELD);
    assertRows([['MAO ZEDONG 0530 0 October', '0530 0 October', 'day-month', null, [5, 30]]]);
    assert.deepEqual(groupTexts('died on 32 January 1951'), []);
  });

  test('dotted and slashed dates: C211 for the day, C212 for a numeric month', () => {
    assertProblems([
      ['10/40/48, 7 p.m.', [['C211', 0, 8]], ['10/40/48'], FIELD],
      ['1135 19.13.51', [['C212', 8, 10]], ['13'], FIELD],
      ['32.10.51', [['C211', 0, 8]], ['32.10.51'], FIELD],
      ['19.0.51', [['C212', 3, 4]], ['0'], FIELD],
      ['14/10/50', [['C212', 0, 2]], ['14'], FIELD],
      ['10/14/50', [['C212', 3, 5]], ['14'], FIELD_DAY_FIRST],
      ['1135 19.13.51', [['C212', 8, 10]], ['13']],
    ]);
    assert.match(firstProblem('1135 19.13.51', FIELD).message, /^"13" is not a month/);
    assert.match(firstProblem('14/10/50', FIELD).message, /month first/);
    assert.match(firstProblem('10/40/48', FIELD).message, /October has 31 days/);
  });

  test('silent: counts in prose, version numbers, a two-part dotted date, both parts wrong, a two-digit year', () => {
    assertNothing([
      '45 October', '0 October', 'On 45 October, 1135 soldiers', 'In 45 October rifles', 'the 1951 and 52 May Day parades',
      '13.13.50', '0.10.50', '45.13.50', '14/10/50', 'version 10/40/48', 'see 19.13.51', '45 Octobr 1951', 'In January 45 men died',
    ]);
    assertNothing(['31.13', '45.13.50', '45/40/50', '32.XIII.51', 'Oct 51'], FIELD);
    assert.deepEqual(spans('Oct 51, 10 a.m.', FIELD), []);
  });
});

describe('impossible clock times in prose', () => {
  test('N hours M minutes with minutes 60–99, or after "at" with hours 24–29', () => {
    assertProblems([
      ['By 14 hours 90 minutes order had been restored.', [['C210', 3, 22]], ['14 hours 90 minutes']],
      ['At 25 hours 10 minutes on 17 June', [['C210', 3, 22]], ['25 hours 10 minutes']],
      ['at 24 hours 30 minutes', [['C210', 3, 22]], ['24 hours 30 minutes']],
    ]);
    assert.deepEqual(groupTexts('At 25 hours 10 minutes on 17 June'), ['17 June']);
    assert.match(firstProblem('By 14 hours 90 minutes').message, /90 minutes/);
  });

  test('a colon time after "at" with hour 25–29, or minutes 60–99', () => {
    assertProblems([
      ['At 25:40', [['C210', 3, 8]], ['25:40']],
      ['he arrived at 25:00 hours', [['C210', 14, 19]], ['25:00']],
      ['at 6:75', [['C210', 3, 7]], ['6:75']],
      ['17 June at 25:40', [['C210', 11, 16]], ['25:40']],
    ]);
  });

  test('silent: durations, scores, ratios, and the same without "at"', () => {
    assertNothing([
      'for 20 hours 05 minutes', 'it took 26 hours 10 minutes', 'for 2 hours 90 minutes', 'it lasted 30 hours 90 minutes',
      'at 26 hours 10 minutes after the landing', 'At 20 hours 05 minutes the attack began', 'at 35 hours 10 minutes',
      'the score was 25:10', 'at 45:30', 'a map of 1:50,000', 'mixed at 1:75', 'flat 25:40', '25:40', 'At 25:40:10', 'at 30:10',
    ]);
  });
});

describe('misspelt months written month first, without a year', () => {
  test('in a field value: a suspected month before a day that ends the group', () => {
    assertProblems([
      ['Mrach 7, 4:44 a.m.', [['C212', 0, 5]], ['Mrach'], FIELD],
      ['Febuary 7', [['C212', 0, 7]], ['Febuary'], FIELD],
      ['Mach 3', [['C212', 0, 4]], ['Mach'], FIELD],
    ]);
    assertRows([['Mrach 7, 4:44 a.m.', 'Mrach 7, 4:44 a.m.', 'month-day', null, [4, 44]]], FIELD);
    assert.deepEqual(firstProblem('Mrach 7, 4:44 a.m.', FIELD).suggestions, ['March']);
  });

  test('in prose: a misspelt full name of 5+ letters, then a day, then punctuation, the end, a year or a time', () => {
    assertProblems([
      ['of Febuary 5.', [['C212', 3, 10]], ['Febuary']],
      ['our note of Mrach 5, which', [['C212', 12, 17]], ['Mrach']],
      ['Octobr 19', [['C212', 0, 6]], ['Octobr']],
      ['Janury 3 at 0530', [['C212', 0, 6]], ['Janury']],
      ['Apirl 5.', [['C212', 0, 5]], ['Apirl']],
    ]);
    assert.deepEqual(firstProblem('of Febuary 5.').suggestions, ['February']);
    assertRows([['Janury 3 at 0530', 'Janury 3 at 0530', 'month-day', null, [5, 30]]]);
  });

  test('silent in prose: short or cut-short words, names, a word after the day, lower case', () => {
    assertNothing([
      'Mach 3.', 'Septem 5.', 'Octo 5.', 'Captain Marsh 5.', 'Match 5, won.', 'Marco 5.', 'the cruiser Augusta 5.', 'Aprel 5.',
      'Febuary 5 men', 'Octobr 19 men', 'of febuary 5.', 'Mrach 45.',
    ]);
    assertNothing(['Fedyaev 5 copies', 'Marsh 5 men'], FIELD);
  });
});

describe('short misspelt months in time fields', () => {
  test('3- and 4-letter words one letter from an abbreviation or a short month, same first letter', () => {
    assertProblems([
      ['Lebedeva 1530 8 Mya', [['C212', 16, 19]], ['Mya'], FIELD],
      ['2 Spet. 44', [['C212', 2, 6]], ['Spet'], FIELD],
      ['5 Otc 1951', [['C212', 2, 5]], ['Otc'], FIELD],
      ['290940Z Mya', [['C212', 8, 11]], ['Mya'], FIELD],
    ]);
    // Each suggested in the form written: an abbreviation stays an abbreviation.
    const suggestions: Array<[string, string[]]> = [['Lebedeva 1530 8 Mya', ['May']], ['2 Spet. 44', ['Sept']], ['5 Otc 1951', ['Oct']], ['5 Octobr 1951', ['October']], ['5 Jnue 1951', ['June']]];
    for (const [text, expected] of suggestions) assert.deepEqual(firstProblem(text, FIELD).suggestions, expected, text);
    assertRows([['Lebedeva 1530 8 Mya', '1530 8 Mya', 'day-month', null, [15, 30]]], FIELD);
    assert.deepEqual([isSuspectedMonth('Mya', true), isSuspectedMonth('Spet', true), isSuspectedMonth('Mya'), isSuspectedMonth('Day', true)], [true, true, false, false]);
  });

  test('silent: the same words in prose; ordinary short words in fields; month-first short words', () => {
    assertNothing(['8 Mya', '5 Otc', '2 Spet. 44', '3 Mao', '1 Day']);
    assertNothing(['5 Day', '5 Way', '5 Nos', '5 Mayor', 'Otc 7', 'Mao 5'], FIELD);
    assert.equal(only('Fedyaev 1205 19 Oct', FIELD).date?.month, 10);
  });
});
