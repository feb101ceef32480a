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

const wordPattern = /[\p{Lu}\p{Ll}][\p{L}\p{M}'’-]*\.?/uy;

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
  let i = start;
  const flush = (): void => {
    emitRun(run, title, out);
    run = [];
    title = undefined;
  };
  while (i < end) {
    const code = text.charCodeAt(i);
    if (!isLetterStart(code)) {
      if (code !== 32 && code !== 9) {
        flush();
        pendingTitle = undefined;
      }
      i++;
      continue;
    }
    wordPattern.lastIndex = i;
    const match = wordPattern.exec(text);
    if (!match || match.index + match[0].length > end) {
      flush();
      pendingTitle = undefined;
      i++;
      continue;
    }
    const word: Word = { start: i, end: i + match[0].length, text: match[0] };
    i = word.end;
    const lower = word.text.toLowerCase();
    if (titles.has(lower)) {
      flush();
      pendingTitle = word;
      continue;
    }
    if (!isCapitalised(word.text) || stopWords.has(lower.replace(/\.$/, '')) || isMonthOrWeekday(lower.replace(/\.$/, ''))) {
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
    if (word.text.endsWith('.') && word.text.length > 2) flush();
  }
  flush();
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

function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

function isLetterStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code >= 0xc0;
}
