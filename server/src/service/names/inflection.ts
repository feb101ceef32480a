/**
 * Names in Russian change their ending with grammatical case: a
 * transcription of a Russian original writes `Сталин`, `Сталина`,
 * `Сталину`, `Сталиным` for one man, a letter or two apart. These are forms
 * of one name, not misprints, so C305 must not report them. The endings are
 * Russian ones (other languages in Cyrillic share many, not all). The check
 * is for Cyrillic words only: in the Latin script of the translations, a
 * changed ending (`Kenong`/`Kenang`) is the misprint C305 is there to find.
 */
import { isCyrillic } from '../text/cyrillic';

/**
 * Case endings of nouns, adjectives and surnames (lower case): `Сталин-а`,
 * `Молотов-ым`, `Анн-ой`, `Бери-ю`, `Игор-ь`/`Игор-я`, `Андре-й`/`Андре-я`.
 * `о` is left out on purpose: no case ends in it alone, and the names that
 * do (`Громыко`) do not decline.
 */
const caseEndings = new Set([
  'а', 'я', 'у', 'ю', 'е', 'и', 'ы', 'ь', 'й',
  'ом', 'ем', 'ём', 'ой', 'ей', 'ою', 'ею', 'ам', 'ям', 'ах', 'ях', 'ов', 'ев', 'ым', 'им', 'ую', 'юю', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ых', 'их',
  'ами', 'ями', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими',
]);
const longestEnding = 3;

/** A shorter common stem would let unrelated short words (`Ли`, `Лю`) pass as forms of one another. */
const shortestStem = 3;

function isCyrillicWord(word: string): boolean {
  for (let index = 0; index < word.length; index++) if (!isCyrillic(word.charCodeAt(index))) return false;
  return word.length > 0;
}

/** True when a lower-case word is `stem` itself or `stem` with a case ending (`товарищу` of `товарищ`). */
export function isCaseFormOfStem(word: string, stem: string): boolean {
  return word.startsWith(stem) && (word.length === stem.length || caseEndings.has(word.slice(stem.length)));
}

/**
 * True when two different lower-case words are case forms of one Cyrillic
 * word: a common stem of three letters or more, and each word's rest either
 * nothing or a case ending (`сталин`/`сталина`, `молотова`/`молотовым`).
 */
export function areCaseForms(a: string, b: string): boolean {
  if (!isCyrillicWord(a) || !isCyrillicWord(b)) return false;
  for (let cut = 0; cut <= longestEnding && a.length - cut >= shortestStem; cut++) {
    if (cut > 0 && !caseEndings.has(a.slice(a.length - cut))) continue;
    if (isCaseFormOfStem(b, a.slice(0, a.length - cut))) return true;
  }
  return false;
}

/**
 * True when two different name keys are one name in other grammatical
 * cases: as many words, each the same or a case form of the other
 * (`иосиф сталин` / `иосифа сталина`). Never for Latin letters.
 */
export function areNameForms(a: string, b: string): boolean {
  return a !== b && areFormsWordByWord(a.split(' '), b.split(' '));
}

/** `areNameForms` on keys already split into words. */
export function areFormsWordByWord(wordsA: readonly string[], wordsB: readonly string[]): boolean {
  return wordsA.length === wordsB.length && wordsA.every((word, index) => word === wordsB[index] || areCaseForms(word, wordsB[index]));
}

/**
 * The start every case form of a name key shares: its first word's first
 * letters, as many as a stem must have (a shorter first word is never
 * inflected, so all of it). Used to look the forms up among sorted keys.
 */
export function formsPrefix(key: string): string {
  const firstWord = key.indexOf(' ') < 0 ? key.length : key.indexOf(' ');
  return key.slice(0, Math.min(shortestStem, firstWord));
}
