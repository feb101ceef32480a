/**
 * Month and weekday knowledge for time groups (format section 6): which words
 * name a month, roman months, days per month, weekdays, and the near misses
 * behind C212. Pure functions, no allocation on the hot path except the one
 * lower-cased word a lookup needs.
 */
import { isCyrillic } from '../text/cyrillic';
import { boundedDistance } from '../text/distance';

export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const WEEKDAY_NAMES: readonly string[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const ROMAN_MONTHS: readonly string[] = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** Lower-case full names → month. */
const FULL = new Map<string, number>();
/** Lower-case 3-letter abbreviations and `sept` → month (`may` is a full name, not here). */
const ABBREVIATIONS = new Map<string, number>();
/**
 * Proper prefixes of 4+ letters (`febr`, `octob`, `septem`) → month. They only
 * count as a month when a period marks them as abbreviations (`19 Febr. 1951`):
 * that is a deliberate shortening, not a misspelling, so C212 must not fire on it.
 */
const LONG_PREFIXES = new Map<string, number>();

for (let index = 0; index < MONTH_NAMES.length; index++) {
  const lower = MONTH_NAMES[index].toLowerCase();
  FULL.set(lower, index + 1);
  if (lower.length > 3) ABBREVIATIONS.set(lower.slice(0, 3), index + 1);
  for (let length = 4; length < lower.length; length++) LONG_PREFIXES.set(lower.slice(0, length), index + 1);
}
ABBREVIATIONS.set('sept', 9);
LONG_PREFIXES.delete('sept');

/**
 * Russian month names, for cables transcribed from Russian originals (`19
 * октября 1951 г.`): the genitive a date writes after its day, in the order of
 * the calendar. The format lists English forms only; these are read the same
 * way (see docs/format.md).
 */
export const RUSSIAN_MONTH_NAMES: readonly string[] = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

/**
 * Lower-case Russian month words → month: the genitive of a date (`19
 * октября`), the nominative of a month and year (`Октябрь 1951`) and the
 * prepositional after `в` (`в октябре 1951`).
 */
const RUSSIAN_FULL = new Map<string, number>();
const russianNominative = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
const russianPrepositional = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'];
for (const forms of [RUSSIAN_MONTH_NAMES, russianNominative, russianPrepositional]) forms.forEach((form, index) => RUSSIAN_FULL.set(form, index + 1));

/** Lower-case Russian abbreviations (`окт.`, `сент.`, `нояб.`), with or without their period as the English ones. */
const RUSSIAN_ABBREVIATIONS = new Map<string, number>(
  [
    ['янв', 1], ['фев', 2], ['февр', 2], ['мар', 3], ['апр', 4], ['июн', 6], ['июл', 7],
    ['авг', 8], ['сен', 9], ['сент', 9], ['окт', 10], ['ноя', 11], ['нояб', 11], ['дек', 12],
  ],
);

export type MonthWordKind = 'full' | 'abbreviation';

export interface MonthWord {
  month: number;
  kind: MonthWordKind;
}

/**
 * The month a word names: a full name or a 3-letter abbreviation (or `Sept`), any
 * case. `followedByPeriod` tells whether a `.` follows the word; with it a longer
 * prefix (`Febr.`) also counts, as an abbreviation.
 */
export function lookupMonthWord(word: string, followedByPeriod: boolean): MonthWord | undefined {
  const lower = word.toLowerCase();
  if (isCyrillic(lower.charCodeAt(0))) return lookupRussianMonthWord(lower);
  const full = FULL.get(lower);
  if (full !== undefined) return { month: full, kind: 'full' };
  const abbreviation = ABBREVIATIONS.get(lower);
  if (abbreviation !== undefined) return { month: abbreviation, kind: 'abbreviation' };
  if (followedByPeriod) {
    const long = LONG_PREFIXES.get(lower);
    if (long !== undefined) return { month: long, kind: 'abbreviation' };
  }
  return undefined;
}

function lookupRussianMonthWord(lower: string): MonthWord | undefined {
  const full = RUSSIAN_FULL.get(lower);
  if (full !== undefined) return { month: full, kind: 'full' };
  const abbreviation = RUSSIAN_ABBREVIATIONS.get(lower);
  return abbreviation === undefined ? undefined : { month: abbreviation, kind: 'abbreviation' };
}

/** The month of a month word with an optional trailing period (`October`, `oct.`, `SEPT`), else undefined. */
export function monthNumber(word: string): number | undefined {
  const period = word.endsWith('.');
  const bare = period ? word.slice(0, -1) : word;
  return lookupMonthWord(bare, period)?.month;
}

/**
 * The value of a roman numeral up to XXXIX in one case (`XIII`, `iv`), else
 * undefined. Only well-formed numerals: `IIII` or `VX` are not numerals, so a
 * dotted group holding them is not a date at all (never reported).
 */
export function romanValue(written: string): number | undefined {
  if (written.length === 0 || written.length > 8) return undefined;
  const text = latinRoman(written);
  const upper = text.toUpperCase();
  if (upper !== text && text.toLowerCase() !== text) return undefined;
  const match = /^(X{0,3})(IX|IV|V?I{0,3})$/.exec(upper);
  if (match === null) return undefined;
  const tens = match[1].length * 10;
  const units = match[2];
  let value: number;
  if (units === 'IX') value = 9;
  else if (units === 'IV') value = 4;
  else value = (units.startsWith('V') ? 5 : 0) + (units.length - (units.startsWith('V') ? 1 : 0));
  const total = tens + value;
  return total === 0 ? undefined : total;
}

/**
 * Russian typists write the ten of a roman month with the Cyrillic Х on their
 * keyboard (`26.Х.62`, `3.ХI.51`): it reads as the Latin X.
 */
function latinRoman(text: string): string {
  return text.replace(/[Хх]/g, (cyrillic) => (cyrillic === 'Х' ? 'X' : 'x'));
}

/** Month 1–12 of a roman month (`III`, `xii`), else undefined. */
export function romanMonth(text: string): number | undefined {
  const value = romanValue(text);
  return value !== undefined && value <= 12 ? value : undefined;
}

/** Gregorian leap years: every 4th, but not centuries, except every 400th. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month; without a year February has 29 (it may be a leap year). */
export function daysInMonth(year: number | undefined, month: number): number {
  if (month === 2) return year === undefined || isLeapYear(year) ? 29 : 28;
  return DAYS[month - 1];
}

const WEEKDAY_OFFSETS = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];

/**
 * Day of the week, 0 = Sunday, by Sakamoto's method on the proleptic Gregorian
 * calendar: pure arithmetic, so no `Date` (whose two-digit-year quirks we do not want).
 */
export function weekdayIndex(year: number, month: number, day: number): number {
  const y = month < 3 ? year - 1 : year;
  const value = y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + WEEKDAY_OFFSETS[month - 1] + day;
  return ((value % 7) + 7) % 7;
}


/**
 * Capitalised words that are prefixes of, or one letter from, a month name but are
 * ordinary in cables: `No` is a number sign, `De` a name particle (De Gaulle), `Ma`
 * a surname (and March or May?), `Marc` a given name, `Nos` a number sign.
 */
const NOT_MONTHS = new Set(['no', 'de', 'ma', 'marc', 'nos']);

/** Lower-case short forms a 3- or 4-letter misspelling is measured against in field values. */
const SHORT_FORMS: readonly string[] = [...ABBREVIATIONS.keys(), ...[...FULL.keys()].filter((name) => name.length <= 4)];

/** Names one or two letters from `August` that stand before numbers in prose (`the cruiser Augusta 5.`). */
const PROSE_NOT_MONTHS = new Set(['augusta', 'augustus', 'augustin']);

/**
 * Whether a word standing where a time group has its month looks like a misspelt
 * month (C212). The spec says "within two letters of a month name"; taken
 * literally that flags ordinary prose (`3 main issues` ~ May, `5 men` ~ Mar,
 * `1 DAY` ~ May), so the rule is narrower and false alarms are avoided first:
 * - the word starts with a capital letter (months are read in any case, but a
 *   misspelling is only suspected for capitalised words);
 * - it is not a month, an abbreviation, or in `NOT_MONTHS`;
 * - and either (a) it is a proper prefix of a month name of 2+ letters (`Oc`,
 *   `Octo`, `Septem`), a 2-letter prefix only when not all capitals (`AP`, `SE`
 *   are acronyms and compass points), or (b) it has 4+ letters and is within
 *   distance 1 of a full month name, or 2 when both have 6+ letters (`Octobr`,
 *   `Febuary`, `Setpember`; see `isMisspeltMonthName`). Three-letter words are
 *   left out of (b): too many ordinary words (`Day`, `Way`, `Man`, `Map`, `Mao`)
 *   are one letter from `May`.
 * - `short` (for the word after a day number in a time field's value, where a
 *   month is all but certain) adds (c): a word of 3 or 4 letters within
 *   distance 1 of an abbreviation, `Sept`, or a short full name, with the same
 *   first letter (`Mya` → May, `Otc` → Oct, `Spet` → Sept; not `Day`, `Way`).
 * The context (a day number before it, or a day and year after it) is the caller's.
 */
export function isSuspectedMonth(word: string, short = false): boolean {
  const first = word.charCodeAt(0);
  if (!(first >= 65 && first <= 90) || word.length < 2) return false;
  const lower = word.toLowerCase();
  if (FULL.has(lower) || ABBREVIATIONS.has(lower) || NOT_MONTHS.has(lower)) return false;
  for (const name of MONTH_NAMES) {
    const full = name.toLowerCase();
    if (full.length > lower.length && full.startsWith(lower)) {
      return lower.length > 2 || word !== word.toUpperCase();
    }
  }
  if (short && lower.length >= 3 && lower.length <= 4) {
    for (const form of SHORT_FORMS) if (form.charCodeAt(0) === lower.charCodeAt(0) && boundedDistance(lower, form, 1) <= 1) return true;
  }
  return lower.length >= 4 && nearFullName(lower);
}

/** Rule (b) of `isSuspectedMonth` on a lower-case word. */
function nearFullName(lower: string): boolean {
  for (const name of MONTH_NAMES) {
    const full = name.toLowerCase();
    const limit = lower.length >= 6 && full.length >= 6 ? 2 : 1;
    if (boundedDistance(lower, full, limit) <= limit) return true;
  }
  return false;
}

/** Whether two words of one length hold the same letters (`mrach`, `march`). */
function sameLetters(a: string, b: string): boolean {
  return a.length === b.length && [...a].sort().join('') === [...b].sort().join('');
}

/**
 * A stricter test for a misspelt month standing before a day in prose with no
 * year after it (`of Febuary 5.`), where the word is as likely a name: a
 * capitalised word of 5+ letters that is a suspected month by rule (b) alone,
 * i.e. a misspelt full name (`Febuary`, `Mrach`), not a cut-short one (`Septem`)
 * nor a short word (`Mach 3`). A five-letter word one letter from `March` or
 * `April` counts only with the month's own letters (`Mrach`, `Apirl`): changing a
 * letter gives other words and names (`Marsh`, `Match`, `Marco`). Names such as
 * `Augusta` are left out.
 */
export function isMisspeltMonthName(word: string): boolean {
  if (word.length < 5 || !isSuspectedMonth(word)) return false;
  const lower = word.toLowerCase();
  if (PROSE_NOT_MONTHS.has(lower)) return false;
  for (const name of MONTH_NAMES) if (name.toLowerCase().startsWith(lower)) return false;
  if (lower.length === 5) {
    for (const name of MONTH_NAMES) {
      const full = name.toLowerCase();
      if (full.length === 5 && boundedDistance(lower, full, 1) <= 1 && !sameLetters(lower, full)) return false;
    }
  }
  return nearFullName(lower);
}

/**
 * A misspelt Russian month after a day (C212): a Cyrillic word that is no
 * month form but one letter from a genitive of five letters or more with the
 * same first letter (`19 октбря`, `5 сентебря`, `2 ноябр`). Russian writes
 * its months in lower case, so unlike the English test no capital is asked
 * for; the short genitives (`мая`, `июня`, `июля`) are left out, as `May` is,
 * since too many words are a letter from them.
 */
export function isMisspeltRussianMonth(word: string): boolean {
  const lower = word.toLowerCase();
  if (lower.length < 5 || !isCyrillic(lower.charCodeAt(0)) || lookupRussianMonthWord(lower) !== undefined) return false;
  if (RUSSIAN_NOT_MONTHS.has(lower) || isOtherFormOfRussianMonth(lower)) return false;
  return nearestRussianMonths(lower).some((name) => name.charCodeAt(0) === lower.charCodeAt(0));
}

/** Words a letter from a genitive that are words of their own. */
const RUSSIAN_NOT_MONTHS = new Set(['марша', 'марка']);

/** Endings of a month word's other cases and numbers: a soft stem's (`октябрь`) and a hard one's (`март`). */
const SOFT_ENDINGS = new Set(['ь', 'я', 'ю', 'е', 'ём', 'ем', 'и', 'ей', 'ям', 'ями', 'ях']);
const HARD_ENDINGS = new Set(['', 'а', 'у', 'е', 'ом', 'ы', 'ов', 'ам', 'ами', 'ах']);

/** Each month's stem and endings, from its nominative: `октябрь` → `октябр` and the soft endings, `март` the hard ones. */
const RUSSIAN_MONTH_STEMS = russianNominative.map((nominative) =>
  nominative.endsWith('ь') ? { stem: nominative.slice(0, -1), endings: SOFT_ENDINGS } : { stem: nominative, endings: HARD_ENDINGS },
);

/**
 * The month words' other cases and numbers, a letter from the genitive too
 * (`октябр-ю`, `октябр-ях`, `январ-и`, `март-у`, `август-ом`): words of their
 * own, not misspellings. A soft stem alone (`ноябр`) is a month cut short,
 * and is one.
 */
function isOtherFormOfRussianMonth(lower: string): boolean {
  return RUSSIAN_MONTH_STEMS.some(({ stem, endings }) => lower.startsWith(stem) && endings.has(lower.slice(stem.length)));
}

/** The genitives of five letters or more one letter from a Russian word, in calendar order, for C212 suggestions. */
function nearestRussianMonths(lower: string): string[] {
  return RUSSIAN_MONTH_NAMES.filter((name) => name.length >= 5 && boundedDistance(lower, name, 1) <= 1);
}

/**
 * Full month names nearest to a word, nearest first, for C212 suggestions: months
 * the word begins (`Ju` → June, July), then months within two edits of the name or
 * its abbreviation (`Sept` too), by distance then calendar order. Empty when nothing is close.
 */
export function nearestMonths(word: string): string[] {
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (lower.length === 0) return [];
  if (isCyrillic(lower.charCodeAt(0))) return nearestRussianMonths(lower);
  const scored: Array<{ index: number; score: number }> = [];
  for (let index = 0; index < MONTH_NAMES.length; index++) {
    const full = MONTH_NAMES[index].toLowerCase();
    if (full === lower) return [MONTH_NAMES[index]];
    if (lower.length >= 2 && full.startsWith(lower)) {
      scored.push({ index, score: 0 });
      continue;
    }
    let distance = Math.min(boundedDistance(lower, full, 2), full.length > 3 ? boundedDistance(lower, full.slice(0, 3), 2) + 1 : 3);
    if (index === 8) distance = Math.min(distance, boundedDistance(lower, 'sept', 2) + 1); // `Spet` → September
    if (distance <= 2) scored.push({ index, score: distance });
  }
  scored.sort((x, y) => x.score - y.score || x.index - y.index);
  return scored.map((entry) => MONTH_NAMES[entry.index]);
}

/** Roman months I–XII nearest to an out-of-range numeral (`XIII` → XII, VIII, III), in its case. */
export function nearestRomanMonths(numeral: string): string[] {
  const upper = numeral.toUpperCase();
  const lowerCase = numeral === numeral.toLowerCase();
  const value = romanValue(upper) ?? 0;
  // Only the numerals one edit away (a letter too many, too few or wrong), the
  // closest in value first: `XIII` → XII, VIII, III.
  const scored: Array<{ roman: string; gap: number }> = [];
  for (let index = 0; index < ROMAN_MONTHS.length; index++) {
    const roman = ROMAN_MONTHS[index];
    if (boundedDistance(upper, roman, 1) <= 1) scored.push({ roman, gap: Math.abs(value - (index + 1)) });
  }
  scored.sort((x, y) => x.gap - y.gap);
  return scored.map((entry) => (lowerCase ? entry.roman.toLowerCase() : entry.roman));
}
