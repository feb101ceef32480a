/**
 * Names (format section 7): a run of two or more capitalised or all-capital
 * words, or one capitalised word after a title (`Cde. Stalin`). Used by C303
 * and C305 and by the workspace name index.
 */
import type { NameNode } from '../parser/tree';

const titles = new Set(['cde.', 'cdes.', 'comrade', 'comrades', 'mr.', 'gen.', 'marshal', 'colonel']);

/**
 * Capitalised words that begin sentences or stand in headings but are not
 * names; they break a run, so `In Moscow` is not read as a two-word name.
 */
const stopWords = new Set(
  ('a an and as at but by for from he her his i if in into is it its my no not of on or our she so that the their them then there these they this ' +
    'those to we what when where which who why will with you your please however therefore also all after before since until upon via re copy copies ' +
    'top secret urgent immediate most priority cable telegram stamp note').split(' '),
);

const calendarWords = new Set(
  ('january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday').split(' '),
);

/** The longest word in the lists above (`september.`), so longer words need no look-up. */
const longestListedWord = 10;

const enum WordKind {
  Plain,
  /** `Cde.`, `Comrade`: the next word alone is a name. */
  Title,
  /** A stop word, month or weekday: it ends a run and is no part of a name. */
  Breaker,
}

function classify(word: string): WordKind {
  // Titles, stop words and calendar words are all short: longer words skip the look-ups.
  if (word.length > longestListedWord) return WordKind.Plain;
  const lower = word.toLowerCase();
  if (titles.has(lower)) return WordKind.Title;
  const bare = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  return stopWords.has(bare) || calendarWords.has(bare) ? WordKind.Breaker : WordKind.Plain;
}

/**
 * Each spelling's kind, remembered: prose repeats its capitalised words
 * (`The`, `Moscow`), and one look-up is cheaper than lower-casing and three.
 * Cleared when full, so a document of endless distinct words cannot grow it.
 */
const kindBySpelling = new Map<string, WordKind>();
const rememberedSpellings = 20_000;

function wordKind(word: string): WordKind {
  let kind = kindBySpelling.get(word);
  if (kind === undefined) {
    kind = classify(word);
    if (kindBySpelling.size >= rememberedSpellings) kindBySpelling.clear();
    kindBySpelling.set(word, kind);
  }
  return kind;
}

const nonAsciiLetter = /[\p{L}\p{M}]/u;

/** Letters, apostrophes and hyphens make up a word; ASCII is decided without a regex. */
function isWordChar(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 39 || code === 45;
  return code === 0x2019 || nonAsciiLetter.test(codePointAt(text, at));
}

/** The whole character at `at`, both halves of a surrogate pair included. */
function codePointAt(text: string, at: number): string {
  const code = text.charCodeAt(at);
  if (code >= 0xd800 && code <= 0xdbff) return text.slice(at, at + 2);
  if (code >= 0xdc00 && code <= 0xdfff && at > 0) return text.slice(at - 1, at + 1);
  return text[at];
}

function isUpperCaseLetter(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code >= 65 && code <= 90;
  const char = codePointAt(text, at);
  return char !== char.toLowerCase() && nonAsciiLetter.test(char);
}

/**
 * The next place at or after `from` (before `end`) where a capitalised word
 * may start: an ASCII capital or any non-ASCII character (checked after). A
 * plain loop: a regex search would allocate a match per word of prose.
 */
function nextCandidate(text: string, from: number, end: number): number {
  for (let at = from; at < end; at++) {
    const code = text.charCodeAt(at);
    if ((code >= 65 && code <= 90) || code >= 0xc0) return at;
  }
  return -1;
}

/** End of the word `nextCapitalisedWord` found last (a module slot, not an object per word: this runs per word of prose). */
let foundEnd = 0;

function nextCapitalisedWord(text: string, from: number, end: number): number {
  let at = from;
  while (at < end) {
    at = nextCandidate(text, at, end);
    if (at < 0) return -1;
    const startsWord = at === 0 || !isWordChar(text, at - 1);
    if (startsWord && isUpperCaseLetter(text, at)) {
      let stop = at + 1;
      while (stop < end && isWordChar(text, stop)) stop++;
      if (stop < end && text.charCodeAt(stop) === 46) stop++;
      foundEnd = stop;
      return at;
    }
    // a capital inside a word (`iPhone`) or a non-letter: go on after the word
    at++;
    while (at < end && isWordChar(text, at)) at++;
  }
  return -1;
}

interface Word {
  start: number;
  end: number;
  text: string;
}

/** Appends the names found in [start, end) of one line. */
export function scanNames(text: string, start: number, end: number, out: NameNode[]): void {
  let run: Word[] = [];
  let title: Word | undefined;
  let pendingTitle: Word | undefined;
  let previousEnd = -1;
  const flush = (): void => {
    if (run.length > 0) emitRun(run, title, out);
    run = [];
    title = undefined;
  };
  for (let found = nextCapitalisedWord(text, start, end); found >= 0; found = nextCapitalisedWord(text, foundEnd, end)) {
    const word: Word = { start: found, end: foundEnd, text: text.slice(found, foundEnd) };
    if (previousEnd >= 0 && !onlyBlanks(text, previousEnd, word.start)) {
      flush();
      pendingTitle = undefined;
    }
    previousEnd = word.end;
    const kind = wordKind(word.text);
    if (kind === WordKind.Title) {
      flush();
      pendingTitle = word;
      continue;
    }
    if (kind === WordKind.Breaker) {
      flush();
      pendingTitle = undefined;
      continue;
    }
    if (run.length === 0) {
      title = pendingTitle;
      pendingTitle = undefined;
    }
    run.push(word);
    // a word ending in a full stop ends the sentence, unless it is an initial (`P.`)
    if (word.text.endsWith('.') && word.text.length > 2) {
      flush();
      previousEnd = -1;
    }
  }
  flush();
}

/** True when [from, to) holds one or more spaces or tabs and nothing else. */
function onlyBlanks(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

function emitRun(run: Word[], title: Word | undefined, out: NameNode[]): void {
  if (run.length === 0) return;
  if (run.length === 1 && !title) return;
  // Initials alone (`V. M.`) are a signature's abbreviation, not a name to compare.
  if (run.every((word) => word.text.length === 2 && word.text[1] === '.')) return;
  const last = run[run.length - 1];
  const lastText = stripPossessive(stripStop(last.text));
  let text = '';
  for (let index = 0; index < run.length - 1; index++) text += `${stripStop(run[index].text)} `;
  text += lastText;
  if (letterCount(text) < 2) return;
  const node: NameNode = {
    type: 'name',
    start: run[0].start,
    end: last.start + lastText.length,
    text,
    key: text.toLowerCase(),
    wordCount: run.length,
  };
  if (title) node.title = title.text;
  out.push(node);
}

/** Letters in a name (a name of one letter, `T`, is not one): cheaper than a regex replace. */
function letterCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length && count < 2; i++) if (isWordChar(text, i) && text[i] !== '-' && text[i] !== "'" && text[i] !== '’') count++;
  return count;
}

/** `Kim Il Sung's` is the name `Kim Il Sung`. */
function stripPossessive(word: string): string {
  const isApostrophe = (code: number): boolean => code === 39 || code === 0x2019;
  const last = word.charCodeAt(word.length - 1);
  if (isApostrophe(last)) return word.slice(0, -1);
  if (last === 115 && word.length > 2 && isApostrophe(word.charCodeAt(word.length - 2))) return word.slice(0, -2);
  return word;
}

function stripStop(word: string): string {
  return word.endsWith('.') && word.length > 2 ? word.slice(0, -1) : word;
}
