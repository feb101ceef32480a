import { boundedDistance } from '../text/distance';
import { areFormsWordByWord } from './inflection';

/**
 * Two names are variants when they have the same number of words and differ
 * by one letter (names up to 8 letters) or at most two (longer names),
 * ignoring case (format section 7). Keys are already lower-case.
 */
export function variantLimit(a: string, b: string): number {
  return Math.max(letterCount(a), letterCount(b)) <= 8 ? 1 : 2;
}

export function areVariants(a: string, b: string): boolean {
  if (a === b) return false;
  const limit = variantLimit(a, b);
  if (Math.abs(a.length - b.length) > limit) return false;
  if (wordCount(a) !== wordCount(b)) return false;
  if (boundedDistance(a, b, limit) > limit) return false;
  return !differOnlyInForm(a, b);
}

/**
 * Pairs that differ by a letter or two but are different words, or forms of
 * one, not misspellings: an ending (`Foreign Minister`/`Ministers`, `South
 * Korea`/`South Korean`), a compass point (`North Korea`/`South Korea`), or
 * a Cyrillic name in another grammatical case (`Иосиф Сталин`/`Иосифа
 * Сталина`, see inflection.ts).
 */
function differOnlyInForm(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (longer.startsWith(shorter) && /^(?:s|es|n|an|ns)$/.test(longer.slice(shorter.length))) return true;
  const wordsA = a.split(' ');
  const wordsB = b.split(' ');
  if (wordsA.some((word, index) => word !== wordsB[index] && isDistinctPair(word, wordsB[index]))) return true;
  return areFormsWordByWord(wordsA, wordsB);
}

/** Two different words of one kind, which no slip of the pen turns into each other: compass points, or countries and their peoples. */
function isDistinctPair(a: string, b: string): boolean {
  return (compassWords.has(a) && compassWords.has(b)) || (countryWords.has(a) && countryWords.has(b));
}

const compassWords = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western']);

/**
 * Countries and the adjectives of their peoples a letter or two apart, as an
 * embassy's report names them side by side (`the Hungarian Embassy` and
 * `the Bulgarian Embassy`, `Austrian` and `Australian`). Spellings of one
 * country (`Romanian`, `Rumanian`) are not here: those stay variants.
 */
const countryWords = new Set([
  'hungarian', 'bulgarian', 'algeria', 'nigeria', 'algerian', 'nigerian', 'austria', 'australia', 'austrian', 'australian',
  'slovakia', 'slovenia', 'slovakian', 'slovenian', 'danish', 'spanish', 'gambia', 'zambia', 'guinea', 'guyana',
  'iran', 'iraq', 'pakistan', 'pakistani',
]);

export function letterCount(key: string): number {
  let count = 0;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== 32) count++;
  return count;
}

export function wordCount(key: string): number {
  let count = 1;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 32) count++;
  return count;
}
