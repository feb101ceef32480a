/**
 * The words a name may follow that are no part of it (format section 7):
 * after one, a single capitalised word is a name (`Cde. Stalin`), and the
 * name is the same one as without it, so `President Paasikivi` and
 * `Paasikivi`, `Foreign Minister Zhou Enlai` and `Zhou Enlai` are found,
 * compared and renamed together. The format lists the titles of Soviet
 * cables (`Cde.` to `Colonel`); the ranks, offices and forms of address
 * after them are the ones the cables of other services put before names.
 * These are all lower case and ASCII, as the name scanner looks them up;
 * Russian ones are matched by stem (`isCyrillicTitle`).
 */
import { isCaseFormOfStem } from './inflection';
import { isCyrillic } from '../text/cyrillic';

const formatTitles = ['cde.', 'cdes.', 'comrade', 'comrades', 'mr.', 'gen.', 'marshal', 'colonel'];

/**
 * Not `General` nor `Major`: both are as often the first word of a body's
 * name (`GENERAL STAFF`, `Major Powers`), and the format's `Gen.` stays.
 */
const moreTitles = [
  'admiral', 'captain', 'lieutenant', 'col.', 'lt.', 'capt.', 'adm.',
  'president', 'premier', 'chairman', 'minister', 'ambassador', 'secretary', 'consul', 'senator',
  'mrs.', 'ms.', 'miss', 'dr.', 'sir',
];

export const nameTitles: ReadonlySet<string> = new Set([...formatTitles, ...moreTitles]);

/** True when `word` (as written, with its full stop) is a title, English or Russian. */
export function isNameTitle(word: string): boolean {
  const lower = word.toLowerCase();
  return nameTitles.has(lower) || isCyrillicTitle(lower);
}

const leadingWord = /^([\p{L}][\p{L}.-]*)[ \t]+/u;

/** The length of the title and the blanks after it at the start of `text` (`Cde. ` of `Cde. Stalin`, `тов. ` of `тов. Сталину`); 0 for none. */
export function leadingTitleLength(text: string): number {
  const found = leadingWord.exec(text);
  return found && isNameTitle(found[1]) ? found[0].length : 0;
}

/**
 * Titles of Russian texts, which write them in lower case (`тов. Сталину`,
 * `товарищ Молотов`) and decline them: the abbreviations as written, the
 * words by their stem, in any case (see inflection.ts). `посол` is left out:
 * its prepositional `после` is also the word for "after".
 */
const cyrillicAbbreviations = new Set(['тов.', 'тт.', 'г-н', 'г-на', 'г-ну', 'ген.']);
const cyrillicTitleStems = ['товарищ', 'господин', 'генерал', 'маршал', 'полковник', 'министр', 'председател', 'премьер'];

/** True when a lower-case word (with its full stop) is a Russian title in any case. */
export function isCyrillicTitle(word: string): boolean {
  return cyrillicAbbreviations.has(word) || cyrillicTitleStems.some((stem) => isCaseFormOfStem(word, stem));
}

/**
 * One spelling for the titles that say the same (`Cde.` and `Comrade`,
 * `Col.` and `Colonel`, `тов.` and `товарищу`), for telling whether two
 * listings name one person: the others stay as written, since `Mr.`,
 * `Mrs.` and `Miss` before one surname are different people.
 */
export function titleClass(title: string): string {
  const lower = title.toLowerCase();
  const same = sameTitles.get(lower);
  if (same !== undefined) return same;
  if (isCyrillic(lower.charCodeAt(0))) {
    const stem = cyrillicTitleStems.find((candidate) => isCaseFormOfStem(lower, candidate));
    if (stem !== undefined) return cyrillicStemTitles.get(stem) ?? stem;
  }
  return lower;
}

const sameTitles = new Map([
  ['cde.', 'comrade'], ['comrade', 'comrade'], ['тов.', 'comrade'],
  ['cdes.', 'comrades'], ['comrades', 'comrades'], ['тт.', 'comrades'],
  ['col.', 'colonel'], ['colonel', 'colonel'], ['lt.', 'lieutenant'], ['lieutenant', 'lieutenant'],
  ['capt.', 'captain'], ['captain', 'captain'], ['adm.', 'admiral'], ['admiral', 'admiral'],
  ['gen.', 'general'], ['ген.', 'general'], ['г-н', 'mr.'], ['г-на', 'mr.'], ['г-ну', 'mr.'],
]);

const cyrillicStemTitles = new Map([
  ['товарищ', 'comrade'], ['господин', 'mr.'], ['генерал', 'general'], ['маршал', 'marshal'], ['полковник', 'colonel'], ['министр', 'minister'], ['председател', 'chairman'], ['премьер', 'premier'],
]);
