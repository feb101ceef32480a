/**
 * Time groups with Russian month words, as a transcription of a Russian
 * original writes them (`19 октября 1951 г.`): read like the English forms,
 * checked by the same rules (C211, C301), completed and hovered the same way.
 * The format lists English forms only; docs/format.md says what is read.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatReading, scanTimeGroups } from '../../server/src/service/timegroups/index';
import { codesAt } from '../support/check';
import { accept, complete, labels, sortedLabels } from '../support/completion';
import { assertNothing, assertRows, FIELD, groupTexts, only, problemsIn } from '../support/timeGroupScan';

describe('Russian month words', () => {
  test('a day and the genitive, with or without a year, in any case, with a time before', () => {
    assertRows([
      ['Москва, 19 октября 1951 г.', '19 октября 1951', 'day-month', [1951, 10, 19], null],
      ['19 октября', '19 октября', 'day-month', [undefined, 10, 19], null],
      ['12 мая 1952 года', '12 мая 1952', 'day-month', [1952, 5, 12], null],
      ['19 ОКТЯБРЯ 1951', '19 ОКТЯБРЯ 1951', 'day-month', [1951, 10, 19], null],
      ['19 Октября 51', '19 Октября 51', 'day-month', [1951, 10, 19], null],
      ['1205 19 октября', '1205 19 октября', 'day-month', [undefined, 10, 19], [12, 5]],
    ]);
  });

  test('abbreviations, with their period kept in the group or without one', () => {
    assertRows([
      ['19 окт. 1951', '19 окт. 1951', 'day-month', [1951, 10, 19], null],
      ['5 сент. 51', '5 сент. 51', 'day-month', [1951, 9, 5], null],
      ['7 нояб. 1950', '7 нояб. 1950', 'day-month', [1950, 11, 7], null],
      ['3 мар 1953', '3 мар 1953', 'day-month', [1953, 3, 3], null],
    ]);
  });

  test('`г.` written onto the year ends the group at the year, as `г.` after a space does', () => {
    assertRows([
      ['19 октября 1951г. в Пекине', '19 октября 1951', 'day-month', [1951, 10, 19], null],
      ['19 октября 1951 г. в Пекине', '19 октября 1951', 'day-month', [1951, 10, 19], null],
      ['Октябрь 1951г.', 'Октябрь 1951', 'month-day', [1951, 10, undefined], null],
      ['19.10.1951г.', '19.10.1951', 'dotted', [1951, 10, 19], null],
      ['19.X.51г.', '19.X.51', 'dotted', [1951, 10, 19], null],
    ]);
    // Only a year takes it: a dotted day and month have none (`19.10г` is no date in prose or a field).
    assertNothing(['19.10г.'], FIELD);
  });

  test('in a field, a dotted clock time with a full date before or after it is that date\'s time', () => {
    assertRows([
      ['Федяев 12.05 19.10.51', '12.05 19.10.51', 'dotted', [1951, 10, 19], [12, 5]],
      ['11.35 19.10.51г.', '11.35 19.10.51', 'dotted', [1951, 10, 19], [11, 35]],
      ['19.10.51 11.35', '19.10.51 11.35', 'dotted', [1951, 10, 19], [11, 35]],
      ['Fedyaev 12.05 19 октября 1951', '12.05 19 октября 1951', 'day-month', [1951, 10, 19], [12, 5]],
      ['19 October 1951, 0.40', '19 October 1951, 0.40', 'day-month', [1951, 10, 19], [0, 40]],
    ], FIELD);
    // Alone, or beside a date without its year, it is still the two-part date the format reads.
    assertRows([
      ['12.05', '12.05', 'dotted', [undefined, 5, 12], null],
    ], FIELD);
    assert.deepEqual(groupTexts('12.05 19.10', FIELD), ['12.05', '19.10']);
    // A name or a number before a clock time and a yearless date is no date before it (the name's letters are no month).
    assertRows([['Федяев 1205 19.10', '1205 19.10', 'dotted', [undefined, 10, 19], [12, 5]]], FIELD);
    assertRows([['12.05 19 men', '12.05', 'dotted', [undefined, 5, 12], null]], FIELD);
    // Not a clock time: in prose, minutes past 59, or a dotted date with its year.
    assert.deepEqual(groupTexts('at 12.05 19.10.51', { strict: false, slashedDates: 'month-first' }), ['19.10.51']);
    assert.deepEqual(groupTexts('12.75 19.10.51', FIELD), ['19.10.51']);
    assertRows([['12.05.51', '12.05.51', 'dotted', [1951, 5, 12], null]], FIELD);
  });

  test('a month and a year: the nominative, and the prepositional after в, so the year is no time', () => {
    assertRows([
      ['Октябрь 1951', 'Октябрь 1951', 'month-day', [1951, 10, undefined], null],
      ['в октябре 1951 года', 'октябре 1951', 'month-day', [1951, 10, undefined], null],
      ['в мае 1952', 'мае 1952', 'month-day', [1952, 5, undefined], null],
    ]);
  });

  test('in a time field, after a date-time reading, the reading is the same as in English', () => {
    const group = only('Федяев 1205 19 октября 1951', FIELD);
    assert.equal(formatReading(group, 1951), formatReading(only('Fedyaev 1205 19 October 1951', FIELD), 1951));
  });

  test('words that are no month, and a year alone, are not read', () => {
    assertNothing(['на 19 октябрях', 'в 1951г.', '19 окт1951', 'в 1951 году', '5 марок', '19 Мао']);
    // A month word must be one script: Latin letters and Cyrillic ones mixed are no month.
    assert.deepEqual(groupTexts('19 oктября 1951'), []);
  });

  test('a day the month does not have is C211, the month named in English as every C211 does', () => {
    assert.deepEqual(problemsIn('31 апреля 1951'), ['C211/error:31 апреля 1951']);
    assert.match(scanTimeGroups('31 апреля 1951', 0, FIELD).problems[0].message, /April has 30 days/);
  });

  test('a genitive a letter off after a day is C212, with the month to put instead, in capitals on a page of capitals', () => {
    assert.deepEqual(problemsIn('19 октбря 1951'), ['C212/error:октбря']);
    assert.deepEqual(scanTimeGroups('19 октбря 1951', 0, FIELD).problems[0].suggestions, ['октября']);
    assert.deepEqual(problemsIn('Москва, 5 сентебря.'), ['C212/error:сентебря']);
    assert.deepEqual(problemsIn('2 ноябр 1950'), ['C212/error:ноябр']);
    assert.deepEqual(scanTimeGroups('19 ОКТБРЯ 1951', 0, FIELD).problems[0].suggestions, ['ОКТЯБРЯ']);
    assert.match(scanTimeGroups('20 январа', 0, FIELD).problems[0].message, /^"январа" is not a month\. Did you mean января\?$/);
  });

  test('no C212 for words a letter from a month that are words of their own, nor for the short months', () => {
    assertNothing(['5 марок', '3 марша', '2 марка', 'к 19 октябрю', '2 январям', '3 августом', '3 моя', '5 копий', '10 декабристов']);
  });

  test('the year passes on to a later group without one, and the order of events is checked (C301)', () => {
    const text = 'Cable: № 1\nReceived: 1135 8 ноября 1951\n\nТекст.\n-----\nDeciphered: Федяев 1035 8 ноября\n';
    assert.deepEqual(codesAt(text), ['C301@6']);
    assert.deepEqual(codesAt(text.replace('1035 8 ноября', '1035 9 ноября')), []);
  });
});

describe('completing a Russian month', () => {
  test('after a day and a Cyrillic letter: the genitives, replacing the word begun', () => {
    const result = complete('Cable: 1\n\nМосква, 19 ок|');
    assert.equal(labels(result).length, 12);
    assert.equal(accept(result, 'октября'), 'Cable: 1\n\nМосква, 19 октября');
    assert.equal(accept(complete('Cable: 1\n\nМосква, 19 ок|тбря 1951'), 'октября'), 'Cable: 1\n\nМосква, 19 октября 1951');
  });

  test('after the day alone on a line of Russian, in calendar order; on a line of English or none, the English names', () => {
    assert.deepEqual(sortedLabels(complete('Cable: 1\n\nМосква, 19 |')).slice(0, 3), ['января', 'февраля', 'марта']);
    assert.deepEqual(sortedLabels(complete('Cable: 1\n\nMoscow, 19 |')).slice(0, 3), ['January', 'February', 'March']);
    assert.deepEqual(sortedLabels(complete('Received: 19 |')).slice(0, 1), ['January']);
  });

  test('typed in capitals, offered in capitals', () => {
    assert.ok(labels(complete('Cable: 1\n\nМОСКВА 19 ОК|')).includes('ОКТЯБРЯ'));
  });
});
