/**
 * Names (format section 7): a run of two or more capitalised or all-capital
 * words, or one capitalised word after a title (`Cde. Stalin`). Used by C303
 * and C305 and by the workspace name index.
 */
import type { NameNode } from '../parser/tree';
import { isSpaceOrTab } from '../text/blanks';
import { detached, ownCopy } from '../text/ownCopy';
import { isCyrillic } from '../text/cyrillic';
import { isCyrillicTitle, nameTitles } from './titles';

/**
 * Capitalised words that begin sentences or stand in headings but are not
 * names; they break a run, so `In Moscow` is not read as a two-word name.
 * The second line on holds the words a cable's sentences open with before a
 * name: an instruction (`Visit Zhou Enlai and tell him`), a time or a link
 * (`Yesterday Kim Il Sung`), or a sentence adverb (`Apparently Kim Il Sung`,
 * `Finally Zhou Enlai`), none of them part of a name.
 */
const stopWords = new Set(
  ('a an and as at but by for from he her his i if in into is it its my no not of on or our she so that the their them then there these they this ' +
    'those to we what when where which who why will with you your please however therefore also all after before since until upon via re copy copies ' +
    'top secret urgent immediate most priority cable telegram stamp note ' +
    'visit tell inform transmit deliver convey advise instruct ask request send give yesterday today tonight tomorrow later earlier ' +
    'meanwhile moreover furthermore according regarding concerning during following although though while because unless both each every only ' +
    'apparently reportedly allegedly evidently obviously presumably probably perhaps certainly clearly naturally unfortunately fortunately ' +
    'finally firstly secondly thirdly lastly consequently accordingly subsequently simultaneously additionally nevertheless nonetheless ' +
    'otherwise hence thus instead likewise similarly besides immediately urgently personally confidentially').split(' '),
);

/**
 * The same for Russian: prepositions, conjunctions and pronouns that open a
 * sentence, and the words a cable's sentences open with before a name
 * (`Передайте Ким Ир Сену`, `Вчера Молотов`), none of them part of a name.
 */
const russianStopWords = new Set(
  ('в во на по для при с со к ко о об от до из за под над у и а но или как что это этот эта эти так также когда если после перед ' +
    'я мы вы он она они его её их мой наш ваш ваше прошу просим передайте передать передаю сообщите сообщаю сообщаем посетите ' +
    'вчера сегодня завтра согласно однако поэтому кроме ввиду срочно совершенно секретно копия ' +
    'затем далее наконец вероятно видимо очевидно впоследствии одновременно лично немедленно').split(' '),
);

const calendarWords = new Set(
  ('january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday').split(' '),
);

/** The longest word in the lists, with a full stop after it, so longer words need no look-up. */
const longestListedWord = 1 + Math.max(...[...nameTitles, ...stopWords, ...calendarWords].map((word) => word.length));

const enum WordKind {
  Plain,
  /** `Cde.`, `Comrade`: the next word alone is a name. */
  Title,
  /** A stop word, month or weekday: it ends a run and is no part of a name. */
  Breaker,
}

function classify(word: string): WordKind {
  const lower = word.toLowerCase();
  if (isCyrillic(lower.charCodeAt(0))) return classifyRussian(lower);
  if (nameTitles.has(lower)) return WordKind.Title;
  const bare = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  return stopWords.has(bare) || calendarWords.has(bare) ? WordKind.Breaker : WordKind.Plain;
}

function classifyRussian(lower: string): WordKind {
  if (isCyrillicTitle(lower)) return WordKind.Title;
  return russianStopWords.has(lower.endsWith('.') ? lower.slice(0, -1) : lower) ? WordKind.Breaker : WordKind.Plain;
}

/**
 * Each spelling's kind, remembered: prose repeats its capitalised words
 * (`The`, `Moscow`), and one look-up is cheaper than lower-casing and three.
 * Cleared when full, so a document of endless distinct words cannot grow it.
 */
const kindBySpelling = new Map<string, WordKind>();
const rememberedSpellings = 20_000;

/** The kind of a word no longer than `longestListedWord` (the caller passes longer ones by). */
function wordKind(word: string): WordKind {
  let kind = kindBySpelling.get(word);
  if (kind === undefined) {
    kind = classify(word);
    if (kindBySpelling.size >= rememberedSpellings) kindBySpelling.clear();
    // Detached: the word may be a view into the whole text (13 characters and
    // more), which the map would then keep alive long after its cable closed.
    kindBySpelling.set(detached(word), kind);
  }
  return kind;
}

/**
 * False when the word cannot be one of the lists' words, which are all ASCII:
 * it holds a character past ASCII that does not lower-case to ASCII (only the
 * Kelvin sign, U+212A, lower-cases to one, `k`). Prose past Latin, and a
 * binary file opened by mistake, then spend no look-up on each word.
 */
export function mayBeListed(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code >= 128 && code !== 0x212a) return false;
  }
  return true;
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
    if (startsWordAt(text, at) && isUpperCaseLetter(text, at)) {
      let stop = at + 1;
      while (stop < end && isWordChar(text, stop)) stop++;
      if (stop < end && text.charCodeAt(stop) === 46) stop++;
      foundEnd = stop;
      return at;
    }
    // A capital inside a word (`iPhone`) or a lower-case letter beyond ASCII: go on after the word.
    // Anything else (`“`, `«`, a dash) stands alone: the word right after it is looked at next.
    const inWord = isWordChar(text, at);
    at++;
    if (inWord) while (at < end && isWordChar(text, at)) at++;
  }
  return -1;
}

/** A word starts after a character that is no part of one, or after an apostrophe used as a quote mark (`'Kim`, not `O'Neil`). */
function startsWordAt(text: string, at: number): boolean {
  if (at === 0 || !isWordChar(text, at - 1)) return true;
  return isApostrophe(text.charCodeAt(at - 1)) && (at === 1 || !isWordChar(text, at - 2));
}

/**
 * The words of the run being gathered, as [start, end) pairs, and the title
 * before it: one record reused by every scan (this runs per block of prose,
 * and a word object per capitalised word was a good part of a parse's garbage).
 */
const run = {
  starts: [] as number[],
  ends: [] as number[],
  length: 0,
  /** The title before the run (`Cde.`), as [start, end), or -1. */
  titleStart: -1,
  titleEnd: -1,
};

/** Appends the names found in [start, end), a line or a whole block: a line break always ends a run. */
export function scanNames(text: string, start: number, end: number, out: NameNode[]): void {
  run.length = 0;
  run.titleStart = -1;
  let pendingTitleStart = -1;
  let pendingTitleEnd = -1;
  let previousEnd = -1;
  for (let found = nextCapitalisedWord(text, start, end); found >= 0; found = nextCapitalisedWord(text, foundEnd, end)) {
    const wordEnd = foundEnd;
    if (previousEnd >= 0 && !onlyBlanks(text, previousEnd, found)) {
      flushRun(text, out);
      pendingTitleStart = -1;
    }
    previousEnd = wordEnd;
    const kind = kindOfWord(text, found, wordEnd);
    if (kind === WordKind.Title) {
      flushRun(text, out);
      pendingTitleStart = found;
      pendingTitleEnd = wordEnd;
      continue;
    }
    if (kind === WordKind.Breaker) {
      flushRun(text, out);
      pendingTitleStart = -1;
      continue;
    }
    if (run.length === 0) {
      run.titleStart = pendingTitleStart;
      run.titleEnd = pendingTitleEnd;
      if (pendingTitleStart < 0) lowerCaseTitleBefore(text, start, found);
      pendingTitleStart = -1;
    }
    run.starts[run.length] = found;
    run.ends[run.length] = wordEnd;
    run.length++;
    // a word ending in a full stop ends the sentence, unless it is an initial (`P.`)
    if (text.charCodeAt(wordEnd - 1) === 46 && wordEnd - found > 2) {
      flushRun(text, out);
      previousEnd = -1;
    }
  }
  flushRun(text, out);
}

/**
 * The kind of the capitalised word at [found, wordEnd). English listed words
 * are short and ASCII: any other word is plain without the slice its look-up
 * needs. A Cyrillic word may be a Russian title (`Товарищ Сталин`).
 */
function kindOfWord(text: string, found: number, wordEnd: number): WordKind {
  if (isCyrillic(text.charCodeAt(found))) return wordKind(text.slice(found, wordEnd));
  return wordEnd - found > longestListedWord || !mayBeListed(text, found, wordEnd) ? WordKind.Plain : wordKind(text.slice(found, wordEnd));
}

/**
 * Russian writes titles in lower case (`тов. Сталину`), where the scanner,
 * which looks at capitalised words, does not see them: when the word before
 * a run's first word, blanks between, is one, it becomes the run's title.
 */
function lowerCaseTitleBefore(text: string, from: number, at: number): void {
  let end = at;
  while (end > from && isSpaceOrTab(text.charCodeAt(end - 1))) end--;
  if (end === at) return;
  // Most words before a name are not Cyrillic: they are turned away by their last letter.
  const lastLetter = text.charCodeAt(end - 1) === 46 ? end - 2 : end - 1;
  if (lastLetter < from || !isCyrillic(text.charCodeAt(lastLetter))) return;
  let begin = lastLetter;
  while (begin > from && (isCyrillic(text.charCodeAt(begin - 1)) || text.charCodeAt(begin - 1) === 45)) begin--;
  if (begin > from && isWordChar(text, begin - 1)) return;
  // Through the same remembered kinds as the capitalised words: prose repeats its `тов.`.
  if (wordKind(text.slice(begin, end)) !== WordKind.Title) return;
  run.titleStart = begin;
  run.titleEnd = end;
}

/** True when [from, to) holds one or more spaces or tabs and nothing else. */
function onlyBlanks(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!isSpaceOrTab(text.charCodeAt(i))) return false;
  return true;
}

/** Emits the run gathered so far as a name, if it is one, and starts a new run. */
function flushRun(text: string, out: NameNode[]): void {
  if (run.length > 0) {
    const node = nameOfRun(text);
    if (node) out.push(node);
  }
  run.length = 0;
  run.titleStart = -1;
}

function nameOfRun(text: string): NameNode | undefined {
  const count = run.length;
  const hasTitle = run.titleStart >= 0;
  if (count === 1 && !hasTitle) return undefined;
  // Initials alone (`V. M.`) are a signature's abbreviation, not a name to compare.
  if (onlyInitials(text)) return undefined;
  const lastStart = run.starts[count - 1];
  const lastEnd = possessiveEnd(text, lastStart, stopEnd(text, lastStart, run.ends[count - 1]));
  const written = joinedWords(text, lastEnd);
  if (letterCount(written) < 2) return undefined;
  const { spelling, key } = spellingOf(written);
  const node: NameNode = { type: 'name', start: run.starts[0], end: lastEnd, text: spelling, key, wordCount: count };
  if (hasTitle) node.title = detached(text.slice(run.titleStart, run.titleEnd));
  return node;
}

interface Spelling {
  /** The name as written, a string of its own. */
  spelling: string;
  key: string;
}

/**
 * Each spelling met, with its key: a cable names the same people again and
 * again. A node takes the remembered copy, never the string cut from the
 * text: V8 may keep a cut string as a view into the whole text, and a node
 * outlives its version of the text when an edit elsewhere moves it into the
 * next tree, so a cut string would keep every version typed alive. The key is
 * made once per spelling too (lower-casing a string cut from a text with any
 * character past Latin-1, curly quotes are enough, takes V8's slow path).
 * Cleared when full, so a document of endless distinct names cannot grow it.
 */
const spellings = new Map<string, Spelling>();
const rememberedNames = 20_000;

function spellingOf(written: string): Spelling {
  let known = spellings.get(written);
  if (known === undefined) {
    const spelling = ownCopy(written);
    known = { spelling, key: spelling.toLowerCase() };
    if (spellings.size >= rememberedNames) spellings.clear();
    spellings.set(spelling, known);
  }
  return known;
}

function onlyInitials(text: string): boolean {
  for (let index = 0; index < run.length; index++) {
    if (run.ends[index] - run.starts[index] !== 2 || text.charCodeAt(run.starts[index] + 1) !== 46) return false;
  }
  return true;
}

/**
 * The run's words joined by one space, each without its full stop, the last
 * ending at `lastEnd`. Usually the words already stand so in the text (one
 * space apart, no stops), and one slice is the name.
 */
function joinedWords(text: string, lastEnd: number): string {
  const last = run.length - 1;
  let asWritten = true;
  for (let index = 0; index < last && asWritten; index++) {
    const end = run.ends[index];
    asWritten = stopEnd(text, run.starts[index], end) === end && run.starts[index + 1] === end + 1 && text.charCodeAt(end) === 32;
  }
  if (asWritten) return text.slice(run.starts[0], lastEnd);
  let joined = '';
  for (let index = 0; index < last; index++) joined += `${text.slice(run.starts[index], stopEnd(text, run.starts[index], run.ends[index]))} `;
  return joined + text.slice(run.starts[last], lastEnd);
}

/** Letters in a name (a name of one letter, `T`, is not one): cheaper than a regex replace. */
function letterCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length && count < 2; i++) if (isWordChar(text, i) && text[i] !== '-' && text[i] !== "'" && text[i] !== '’') count++;
  return count;
}

/** End of a word without its possessive: `Kim Il Sung's` is the name `Kim Il Sung`. */
function possessiveEnd(text: string, start: number, end: number): number {
  const last = text.charCodeAt(end - 1);
  if (isApostrophe(last)) return end - 1;
  if (last === 115 && end - start > 2 && isApostrophe(text.charCodeAt(end - 2))) return end - 2;
  return end;
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** End of a word without its full stop, which a word of three or more characters may end with (`Moscow.`; `P.` keeps it). */
function stopEnd(text: string, start: number, end: number): number {
  return text.charCodeAt(end - 1) === 46 && end - start > 2 ? end - 1 : end;
}
