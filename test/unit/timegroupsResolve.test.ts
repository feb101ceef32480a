/**
 * What a time group means: years resolved from earlier dates or the
 * catalogue, the ISO readings, the calendar helpers, and ordering instants.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { compareInstants, formatReading, isLeapYear, resolveYears, scanTimeGroups, weekdayName } from '../../server/src/service/timegroups/index';
import type { ScanOptions } from '../../server/src/service/timegroups/index';
import { FIELD, only, PROSE } from '../support/timeGroupScan';

describe('resolveYears', () => {
  test('inherits from the nearest earlier full date, else the catalogue year', () => {
    const text = '5 October, then 1135 19 October 1951, then 20 October at 12:05; 3.1.52, 5 January';
    const groups = scanTimeGroups(text, 0, PROSE).groups;
    const found = groups.map((group) => text.slice(group.start, group.end));
    assert.deepEqual(found, ['5 October', '1135 19 October 1951', '20 October at 12:05', '3.1.52', '5 January']);
    assert.deepEqual(resolveYears(groups, 1950), [1950, 1951, 1951, 1952, 1952]);
    assert.deepEqual(resolveYears(groups, undefined), [undefined, 1951, 1951, 1952, 1952]);
  });

  test('a group of the cable\'s own record takes the record\'s year first, then the catalogue\'s, then the nearest', () => {
    // Received 1951, a date of the text in 1950, then a yearless Deciphered (of the record) and a yearless date of the text.
    const groups = scanTimeGroups('19 October 1951; 14 February 1950; 20 October; 21 October', 0, PROSE).groups;
    assert.deepEqual(resolveYears(groups, undefined, [true, false, true, false], [true, false, true, false]), [1951, 1950, 1951, 1950]);
    // A group that takes the record's year but gives none (a quote's signature) passes none on.
    assert.deepEqual(resolveYears(groups, undefined, [true, true, true, false], [true, false, true, false]), [1951, 1950, 1951, 1950]);
    // With no full date of the record above it, the catalogue's year, and without one the nearest date.
    assert.deepEqual(resolveYears(groups.slice(1), 1951, [false, true, false], [false, true, false]), [1950, 1951, 1950]);
    assert.deepEqual(resolveYears(groups.slice(1), undefined, [false, true, false], [false, true, false]), [1950, 1950, 1950]);
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

  test('not comparable: no year, no date, different zones, a zone on one only; the same zone compares', () => {
    assert.equal(compareInstants(at('19 October', null), at('20 October')), undefined);
    assert.equal(compareInstants(at('12:05'), at('20 October')), undefined);
    const moscow = at('1135 19 October (Moscow time)', 1951, FIELD);
    assert.equal(compareInstants(moscow, at('1205 19 October (GMT)', 1951, FIELD)), undefined);
    assert.equal(sign(compareInstants(moscow, at('1205 19 October (moscow  time)', 1951, FIELD))), -1);
    // Both in one zone or both without one (format section 6, read strictly): a signature
    // time is usually local while Received is often Moscow time.
    assert.equal(compareInstants(moscow, at('1205 19 October')), undefined);
    assert.equal(compareInstants(at('1205 19 October'), moscow), undefined);
    assert.equal(compareInstants(at('2330 29 October 1950 (Moscow time)', null, FIELD), at('0300 30 October', 1950)), undefined);
    assert.equal(sign(compareInstants(at('1135 19 October'), at('1205 19 October'))), -1);
  });
});
