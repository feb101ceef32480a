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

function isMonthOrWeekday(word: string): boolean {
  return calendarWords.has(word);
}

/**
 * Capitalised words only: lower-case words never belong to a name, so they
 * are skipped by the search itself and only the gaps between capitalised
 * words are inspected. This keeps the scan cheap on long prose.
 */
const capitalisedWord = /(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}'’-]*\.?/gu;

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
  capitalisedWord.lastIndex = start;
  for (let match = capitalisedWord.exec(text); match && match.index < end; match = capitalisedWord.exec(text)) {
    const word: Word = { start: match.index, end: Math.min(end, match.index + match[0].length), text: match[0] };
    if (previousEnd >= 0 && !onlyBlanks(text, previousEnd, word.start)) {
      flush();
      pendingTitle = undefined;
    }
    previousEnd = word.end;
    const bare = (word.text.endsWith('.') ? word.text.slice(0, -1) : word.text).toLowerCase();
    if (titles.has(word.text.toLowerCase())) {
      flush();
      pendingTitle = word;
      continue;
    }
    if (stopWords.has(bare) || isMonthOrWeekday(bare)) {
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
  const last = run[run.length - 1];
  const words = run.map((word) => stripStop(word.text));
  const text = words.join(' ');
  if (text.replace(/[^\p{L}]/gu, '').length < 2) return;
  const node: NameNode = {
    type: 'name',
    start: run[0].start,
    end: last.end - (last.text.endsWith('.') && last.text.length > 2 ? 1 : 0),
    text,
    key: text.toLowerCase(),
    wordCount: run.length,
  };
  if (title) node.title = title.text;
  out.push(node);
}

function stripStop(word: string): string {
  return word.endsWith('.') && word.length > 2 ? word.slice(0, -1) : word;
}
