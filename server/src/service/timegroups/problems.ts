/**
 * The messages of C210, C211 and C212, written for transcribers. Ranges are
 * local to the scanned text until the scanner adds its base offset.
 */
import { daysInMonth, MONTH_NAMES, nearestMonths, nearestRomanMonths } from './months';
import type { TimeGroupProblemCode } from './types';
import { isCyrillic } from '../text/cyrillic';

export interface PendingProblem {
  code: TimeGroupProblemCode;
  severity: 'error' | 'warning';
  start: number;
  end: number;
  message: string;
  suggestions: string[];
}

function listOr(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

export function timeProblem(text: string, start: number, end: number, hour: number, minute: number): PendingProblem {
  const written = text.slice(start, end);
  let message: string;
  if (hour > 24) message = `No such time: "${written}" has hour ${hour}; hours run from 00 to 23 (24:00 is the end of the day).`;
  else if (minute > 59) message = `No such time: "${written}" has ${minute} minutes; minutes run from 00 to 59.`;
  else message = `No such time: "${written}"; after 23:59 only 24:00 exists.`;
  return { code: 'C210', severity: 'error', start, end, message, suggestions: [] };
}

export function dayProblem(
  text: string,
  start: number,
  end: number,
  date: { year: number | undefined; month: number; day: number },
): PendingProblem {
  const written = text.slice(start, end);
  const name = MONTH_NAMES[date.month - 1];
  const days = daysInMonth(date.year, date.month);
  let message: string;
  if (date.day < 1) message = `No such day: "${written}"; days are numbered from 1.`;
  else if (date.month !== 2) message = `No such day: "${written}"; ${name} has ${days} days.`;
  else if (date.year === undefined) message = `No such day: "${written}"; February has at most 29 days.`;
  else if (days === 28) message = `No such day: "${written}"; February ${date.year} has 28 days (${date.year} is not a leap year).`;
  else message = `No such day: "${written}"; February ${date.year} has 29 days.`;
  return { code: 'C211', severity: 'error', start, end, message, suggestions: [] };
}

/**
 * A suggested month in the form the word was written in: an abbreviation
 * (a full stop after it, or four letters at most) is replaced by the
 * month's abbreviation, `Novmbr.` by `Nov.`, `Spe` by `Sep`, so the fix
 * corrects the slip and keeps what the page abbreviates; a word the month
 * begins (`Oc`) is offered the full name, as completion offers it.
 */
function inWrittenForm(letters: string, month: string, periodAfter: boolean): string {
  const abbreviated = periodAfter || (letters.length <= 4 && month.length > 4);
  if (!abbreviated || month.toLowerCase().startsWith(letters.toLowerCase()) || isCyrillic(month.charCodeAt(0))) return month;
  // The full stop after the word stays where it is: the fix replaces the letters alone.
  return month === 'September' && letters.length >= 4 ? 'Sept' : month.slice(0, 3);
}

/**
 * Whether a full stop right after the word marks it as abbreviated: a year
 * follows it (`2 Novmbr. 1951`). Before anything else it may end the
 * sentence (`of 19 Octobr.`), and the full name is suggested.
 */
function abbreviationStopAt(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 46) return false;
  let at = end + 1;
  while (at < text.length && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  const next = text.charCodeAt(at);
  return next >= 48 && next <= 57;
}

export function monthProblem(text: string, start: number, end: number): PendingProblem {
  const word = text.slice(start, end);
  // A quick fix replaces the word: keep an all-capitals page in capitals.
  const upper = word.length > 1 && word === word.toUpperCase();
  const periodAfter = abbreviationStopAt(text, end);
  const suggestions = nearestMonths(word).map((name) => inWrittenForm(word, name, periodAfter)).map((name) => (upper ? name.toUpperCase() : name));
  const hint = suggestions.length > 0 ? ` Did you mean ${listOr(suggestions)}?` : '';
  return { code: 'C212', severity: 'error', start, end, message: `"${word}" is not a month.${hint}`, suggestions };
}

export function romanProblem(text: string, start: number, end: number): PendingProblem {
  const numeral = text.slice(start, end);
  const suggestions = nearestRomanMonths(numeral);
  const hint = suggestions.length > 0 ? ` Did you mean ${listOr(suggestions)}?` : '';
  return {
    code: 'C212',
    severity: 'error',
    start,
    end,
    message: `"${numeral}" is not a month: roman months run from I to XII.${hint}`,
    suggestions,
  };
}

/**
 * A numeric month outside 1–12 in a dotted or slashed date (`19.13.51`). For a
 * slashed date the hint names the reading order, which may be the real mistake.
 */
export function numericMonthProblem(text: string, start: number, end: number, slashed: 'month-first' | 'day-first' | undefined): PendingProblem {
  const written = text.slice(start, end);
  let message = `"${written}" is not a month: months run from 1 to 12.`;
  if (slashed !== undefined) message += ` Slashed dates are read ${slashed === 'month-first' ? 'month first' : 'day first'} here (setting cable.slashedDates).`;
  return { code: 'C212', severity: 'error', start, end, message, suggestions: [] };
}
