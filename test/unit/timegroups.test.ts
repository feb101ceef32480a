/**
 * Unit tests for the time-group recognizer (format section 6): the written
 * forms of dates, times, date-time groups and zones, what is not a group, the
 * worked example, and speed. Most cases are tables: one row per written form,
 * each row asserted on its own. The checks C210, C211, C212 are in
 * timegroupsProblems.test.ts; year resolution, readings and ordering in
 * timegroupsResolve.test.ts.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scanTimeGroups } from '../../server/src/service/timegroups/index';
import { repoRoot, workedExample } from '../support/paths';
import { assertNothing, assertReads, assertRows, FIELD, groupTexts, only, problemsIn, PROSE } from '../support/timeGroupScan';

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
      // the Cyrillic Х of a Russian typewriter, alone or with Latin I's
      ['26.Х.62 г.', '26.Х.62', 'dotted', [1962, 10, 26], null],
      ['3.ХI.51', '3.ХI.51', 'dotted', [1951, 11, 3], null],
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

  test('a day written as an ordinal, as British and American telegrams write it', () => {
    assertRows([
      ['D. 6.30 p.m. 14th June 1950', '6.30 p.m. 14th June 1950', 'day-month', [1950, 6, 14], [18, 30]],
      ['15th June, 1950', '15th June, 1950', 'day-month', [1950, 6, 15], null],
      ['June 14th', 'June 14th', 'month-day', [undefined, 6, 14], null],
      ['22nd October', '22nd October', 'day-month', [undefined, 10, 22], null],
      ['ARRIVED 14TH JUNE 1950', '14TH JUNE 1950', 'day-month', [1950, 6, 14], null],
    ]);
    // `may` and `march` in lower case after a number in running text are verbs; capitalised, or in a field, months.
    assertNothing(['Point 2 may be accepted', 'the 3 march on']);
    assertRows([['on 2 May 1950', '2 May 1950', 'day-month', [1950, 5, 2], null]]);
    assertRows([['point 2 may 1950', '2 may 1950', 'day-month', [1950, 5, 2], null]]);
    assertRows([['Fedyaev 2 may 1950', '2 may 1950', 'day-month', [1950, 5, 2], null]], FIELD);
    // Without a month beside it an ordinal is no date.
    assertNothing(['the 1st of May', '21st Army', 'on the 3rd day']);
    assert.deepEqual(problemsIn('31st June 1950'), ['C211/error:31st June 1950']);
  });

  test('date-time groups in the signals\' compact form, capitals and nothing between', () => {
    assertRows([
      ['241100ZSEP45', '241100ZSEP45', 'dtg', [1945, 9, 24], [11, 0]],
      ['REF 290940ZNOV.', '290940ZNOV', 'dtg', [undefined, 11, 29], [9, 40]],
    ]);
    assert.equal(only('241100ZSEP45').zone, 'Z');
    // Not a month's three capitals, or more glued on: no group.
    assertNothing(['241100ZSEPT45', '241100ZXYZ45', '241100ZSEP45X', '241100zsep45', '241100SEP45', 'at 451100ZSEP45']);
    // A day or time that does not exist is reported, as in the spaced form.
    assert.deepEqual(problemsIn('Sent: 311100ZSEP45', FIELD), ['C211/error:311100ZSEP45']);
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
