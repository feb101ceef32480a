/**
 * Grammar tests: time groups (spec section 6).
 *
 * Run: npx tsc -b test && node --test out/test/grammar/
 */
import { describe, test } from 'node:test';
import { expectNoScope, expectScope, S, snippet } from './expect';
import { tokenize } from './tokenize';

describe('time groups', () => {
  const forms: [string, string][] = [
    ['day month', 'arrived on 18 October in Kaesong'],
    ['day month year', 'arrived on 19 October 1951 in Kaesong'],
    ['abbreviated', 'arrived on 19 Oct 51 in Kaesong'],
    ['abbreviated with a dot', 'arrived on 19 Sept. 1951 in Kaesong'],
    ['upper case', 'arrived on 19 OCTOBER 1951 in Kaesong'],
    ['month day, year', 'arrived on February 28, 1948 in Kaesong'],
    ['month day year', 'arrived on Jan 13 1950 in Kaesong'],
    ['month day', 'arrived on July 3 in Kaesong'],
    ['ordinal day month year', 'arrived on 14th June, 1950 in Kaesong'],
    ['month ordinal day', 'arrived on June 14th in Kaesong'],
    ['dotted', 'arrived on 13.10.50 in Kaesong'],
    ['dotted, four-digit year', 'arrived on 13.6.1951 in Kaesong'],
    ['dotted, roman month', 'arrived on 24.III.50 in Kaesong'],
    ['dotted, roman month with a Cyrillic Х', 'arrived on 26.Х.62 in Kaesong'],
    ['slashed', 'arrived on 10/14/50 in Kaesong'],
    ['24-hour with colon', 'arrived at 05:30 in Kaesong'],
    ['24-hour, one-digit hour', 'arrived at 6:36 in Kaesong'],
    ['hours and minutes', 'arrived at 20 hours 05 minutes in Kaesong'],
    ['12-hour', 'arrived at 8 a.m. in Kaesong'],
    ['12-hour with minutes', 'arrived at 3:15 p.m. in Kaesong'],
    ['noon', 'arrived at noon in Kaesong'],
    ['midnight', 'arrived at midnight in Kaesong'],
    ['date-time group', 'arrived 241100 Sep 45 in Kaesong'],
    ['date-time group with zone letter', 'arrived 290940Z November in Kaesong'],
    ['date-time group, compact', 'arrived 241100ZSEP45 in Kaesong'],
    ['time before date', 'arrived at 0530 18 October in Kaesong'],
    ['time after date', 'arrived on 18 October 0530 in Kaesong'],
    ['joined by at', 'arrived on 18 October at 05:30 in Kaesong'],
    ['joined by a comma', 'arrived on February 28, 1948, 6 p.m. in Kaesong'],
    ['with a zone', 'arrived on 27 October 1962 (Moscow time) in Kaesong'],
    ['with a zone abbreviation, dotted', 'arrived on 27 October 1962 (G.M.T.) in Kaesong'],
    ['with a zone abbreviation', 'arrived on 27 October 1962 (EST) in Kaesong'],
    ['with a Russian zone', 'arrived on 27 October 1962 (по московскому времени) in Kaesong'],
  ];
  for (const [name, line] of forms) test(name, () => expectGroupBetween(line, /^arrived (?:on |at )?/, 'arrived ', / in Kaesong$/, ' in Kaesong'));

  test('digits inside a time group are numeric', async () => {
    const d = await tokenize('on 19 October 1951');
    expectScope(d, '19', S.numeric);
    expectScope(d, '1951', S.numeric);
    expectNoScope(d, 'October', S.numeric);
  });

  test('a bare four-digit time counts in running text only next to a date', async () => {
    const d = await snippet(`
      the column left at 0530 and arrived.
      the column left at 0530 18 October.
    `);
    expectNoScope(d, '0530', S.timeGroup, 1);
    expectScope(d, '0530 18 October', S.timeGroup, 2);
  });

  test('in time fields a bare time and a two-part dotted date always count', async () => {
    const d = await snippet(`
      Sent: 0530
      Received: 31.8 1135
      Series: 31.8
      the report of 31.8 came.
    `);
    expectScope(d, '0530', S.timeGroup, 1);
    expectScope(d, '31.8 1135', S.timeGroup, 2);
    expectScope(d, '31.8', S.timeGroup, 3);
    expectNoScope(d, '31.8', S.timeGroup, 4);
  });

  test('numbers that are not time groups', async () => {
    const d = await snippet(`
      He joined in 1949 and left No. 1309 behind.
      No one came in March 1949.
      The rate was 3.5 per cent, version 1.2.3, about 12345 men.
      In the afternoon 4 men came; 254/3612/shs.
      Maybe Marchers met in May.
    `);
    for (let line = 1; line <= 5; line++) {
      expectNoScope(d, d.lines[line - 1].text, S.timeGroup, line);
    }
    expectScope(d, 'No.', S.numberSign, 1);
    expectScope(d, '1309', S.numeric, 1);
  });
});

describe('time groups with Russian month words (as the server reads them)', () => {
  const forms: [string, string][] = [
    ['day and genitive', 'прибыл 19 октября в Кэсон'],
    ['with a year', 'прибыл 19 октября 1951 в Кэсон'],
    ['with г. after a space, which stays out', 'прибыл 19 октября 1951 г. в Кэсон'],
    ['with г. written onto the year', 'прибыл 19 октября 1951г. в Кэсон'],
    ['abbreviated with its period', 'прибыл 19 окт. 1951 в Кэсон'],
    ['in capitals, a time before', 'прибыл 1205 19 ОКТЯБРЯ 1951 в Кэсон'],
    ['dotted with г. written onto the year', 'прибыл 19.10.1951г. в Кэсон'],
  ];
  for (const [name, line] of forms) test(name, () => expectGroupBetween(line, /^прибыл /, 'прибыл ', /(?: ?г\.)? в Кэсон$/, ' в Кэсон'));

  test('a word that only begins like a month, or a year alone, is no time group', async () => {
    const d = await snippet(`
      на 19 октябрях
      в 1951 году
      5 марок
    `);
    expectNoScope(d, '19 октябрях', S.timeGroup);
    expectNoScope(d, '1951', S.timeGroup);
    expectNoScope(d, '5 марок', S.timeGroup);
  });
});

/** The line's time group, what is left when the words before and after it are cut, is one; those words are not. */
async function expectGroupBetween(line: string, before: RegExp, beforeText: string, after: RegExp, afterText: string): Promise<void> {
  const d = await tokenize(line);
  expectScope(d, line.replace(before, '').replace(after, ''), S.timeGroup);
  expectNoScope(d, beforeText, S.timeGroup);
  expectNoScope(d, afterText, S.timeGroup);
}
