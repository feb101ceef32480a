/**
 * Names (format section 7) already used in this document and across the
 * workspace: offered while a capitalised word is typed in running text, after
 * a title (`Cde. `), inside a supplied mark (`[Sta`), and as recipients in
 * `Copies to`, `To` and `From`.
 *
 * A name may have several words, so the typed text is matched by its word
 * suffixes, longest first: after `Cde. Li Ke`, `Li Kenong` replaces `Li Ke`
 * and `Kenong Li` would replace only `Ke`.
 */
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver-types';
import { documentNames } from '../../names/documentNames';
import { isNameTitle, leadingTitleLength } from '../../names/titles';
import type { NameIndex, NameUses } from '../../names/nameIndex';
import type { Inline } from '../../parser/tree';
import type { FeatureContext } from '../context';
import { item, sortKey } from './items';
import { lineRange, typedFrom, type CompletionSite } from './site';
import { FirstInOrder } from '../firstInOrder';

/** At most this many names are returned; the list is then marked incomplete so typing asks again. */
const maxNames = 100;

/** One way to read the typed text as the start of a name: from `start` on, lower-cased. */
interface TypedStart {
  start: number;
  lower: string;
}

export interface NamePrefix {
  /** Longest first. */
  starts: TypedStart[];
  /** Nothing typed yet (after a title or `; `): every name fits. */
  open: boolean;
  /** A title stands before the name (`Cde. Li Ke`): names written with titles come first. */
  afterTitle: boolean;
}

const partialWord = /[\p{L}][\p{L}\p{M}'’-]*$/u;
const previousWord = /(?:^|[^\p{L}\p{M}'’.-])([\p{L}][\p{L}\p{M}'’.-]*)[ \t]+$/du;
/** Words looked at before the one being typed: names longer than four words are rare. */
const maxRunWords = 3;

/**
 * The name being typed in running text: a capitalised word (`Kag`), words after
 * capitalised words (`Kim Il |`), or nothing yet after a title (`Cde. |`).
 */
export function namePrefixInText(site: CompletionSite): NamePrefix | undefined {
  const partial = partialWord.exec(site.before)?.[0] ?? '';
  if (partial !== '' && !isCapitalised(partial)) return undefined;
  let rest = site.before.slice(0, site.before.length - partial.length);
  const words: Array<{ start: number; text: string }> = [];
  let afterTitle = false;
  while (words.length < maxRunWords) {
    const found = previousWord.exec(rest);
    if (!found) break;
    const word = found[1];
    if (isNameTitle(word)) {
      afterTitle = true;
      break;
    }
    // A word ending a sentence (`Moscow.`) is not part of the name that follows; an initial (`P.`) is.
    if (!isCapitalised(word) || (word.endsWith('.') && word.length > 2)) break;
    const start = found.indices?.[1]?.[0] ?? found.index;
    words.unshift({ start, text: word });
    rest = rest.slice(0, start);
  }
  if (partial === '' && words.length === 0 && !afterTitle) return undefined;
  const partialStart = site.offset - partial.length;
  const starts = words.map((word) => ({ start: site.lineStart + word.start, lower: typedFrom(site, site.lineStart + word.start).toLowerCase().replace(/[ \t]+/g, ' ') }));
  if (partial !== '') starts.push({ start: partialStart, lower: partial.toLowerCase() });
  return { starts, open: partial === '' && words.length === 0, afterTitle };
}

/** The typed text from `start` (after `[` or `; `) as a name prefix; undefined when it cannot start a name. */
export function namePrefixFrom(site: CompletionSite, start: number, afterTitle = false): NamePrefix | undefined {
  const typed = typedFrom(site, start);
  if (typed === '') return { starts: [], open: true, afterTitle };
  if (!/^[\p{Lu}][\p{L}\p{M}'’.-]*(?:[ \t]+[\p{L}][\p{L}\p{M}'’.-]*)*[ \t]?$/u.test(typed)) return undefined;
  const starts: TypedStart[] = [];
  const wordStarts = /(?:^|[ \t])([\p{L}])/gu;
  for (let found = wordStarts.exec(typed); found; found = wordStarts.exec(typed)) {
    const at = start + found.index + found[0].length - found[1].length;
    starts.push({ start: at, lower: typedFrom(site, at).toLowerCase().replace(/[ \t]+/g, ' ') });
  }
  return { starts, open: false, afterTitle };
}

interface Candidate {
  key: string;
  text: string;
  inDocument: number;
  titled: number;
  /** Other documents of the workspace using the name. */
  elsewhere: number;
  start: number;
}

/**
 * Names fitting the prefix, from the document and the workspace index.
 * `exclude`: keys not to offer (recipients already listed). The name node at
 * the cursor is the half-typed text itself, so it does not count as a use.
 */
export function nameItems(site: CompletionSite, prefix: NamePrefix, context: FeatureContext, exclude: ReadonlySet<string> = new Set()): { items: CompletionItem[]; incomplete: boolean } {
  const best = new FirstInOrder<Candidate>(maxNames, byUse(prefix.afterTitle));
  let fitting = 0;
  const usedHere = new Set<string>();
  const typedNode = site.location.inline?.type === 'name' ? site.location.inline : undefined;
  for (const [key, use] of documentNames(site.tree)) {
    const count = use.count - (typedNode?.key === key ? 1 : 0);
    if (count <= 0) continue;
    usedHere.add(key);
    const start = startFor(prefix, key, site.offset);
    if (start === undefined || exclude.has(key)) continue;
    fitting++;
    const workspaceUses = context.names?.usesOf(key);
    const elsewhere = workspaceUses ? otherCables(workspaceUses, context.uri) : 0;
    best.offer({ key, text: use.text, inDocument: count, titled: use.titled, elsewhere, start });
  }
  // Most requests exclude nothing: then no look-up per workspace name (after `Cde. ` that is every name, 0.1 ms of 2.5 at 40,000).
  if (context.names) fitting += offerWorkspaceNames(best, prefix, site.offset, context.names, context.uri, (key) => usedHere.has(key) || (exclude.size > 0 && exclude.has(key)));
  const items = best.items.map((candidate, index) => nameItem(site, candidate, index));
  return { items, incomplete: fitting > maxNames };
}

/**
 * The workspace's names that fit and are not used in this document; returns
 * how many fit. After `Cde. ` that is every name of the workspace, so each is
 * read once from the index (its uses and documents together), compared as a
 * scratch record, and made a candidate of its own only if it makes the list.
 */
function offerWorkspaceNames(best: FirstInOrder<Candidate>, prefix: NamePrefix, offset: number, names: NameIndex, uri: string, skip: (key: string) => boolean): number {
  const probe: Candidate = { key: '', text: '', inDocument: 0, titled: 0, elsewhere: 0, start: 0 };
  let fitting = 0;
  const consider = (key: string, name: NameUses): void => {
    if (skip(key)) return;
    const here = name.documents.get(uri) ?? 0;
    // Used in this document only (as the index last saw it).
    if (name.uses === here) return;
    const start = startFor(prefix, key, offset);
    if (start === undefined) return;
    fitting++;
    probe.key = key;
    probe.elsewhere = otherCables(name, uri);
    if (best.takes(probe)) best.offer({ ...probe, text: name.text, start });
  };
  if (prefix.open) {
    for (const [key, name] of names.everyName()) consider(key, name);
    return fitting;
  }
  // With something typed, only keys starting with one of its readings can fit: the index finds those without a look at every key.
  for (const key of new Set(prefix.starts.flatMap((typed) => names.keysStartingWith(typed.lower)))) {
    const name = names.usesOf(key);
    if (name) consider(key, name);
  }
  return fitting;
}

/** Where the name would start replacing typed text, or undefined when it does not fit what was typed. */
function startFor(prefix: NamePrefix, key: string, offset: number): number | undefined {
  return prefix.open ? offset : prefix.starts.find((typed) => key.startsWith(typed.lower))?.start;
}

/** Other cables of the workspace using the name. */
function otherCables(name: NameUses, uri: string): number {
  return name.documents.size - (name.documents.has(uri) ? 1 : 0);
}

/**
 * Names of this document first, the most used first; then the workspace's,
 * the most widely used first. After a title, names this document writes with
 * a title go before all others (`Cde. ` → Stalin rather than MAO ZEDONG).
 * Equally used names come in the order of their keys (lower case, by code
 * unit: a collator's order would cost a microsecond a comparison, and after
 * `Cde. ` every name of the workspace is compared).
 */
function byUse(afterTitle: boolean): (a: Candidate, b: Candidate) => number {
  return (a, b) =>
    (afterTitle ? Number(b.titled > 0) - Number(a.titled > 0) : 0) || b.inDocument - a.inDocument || b.elsewhere - a.elsewhere || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

function nameItem(site: CompletionSite, candidate: Candidate, rank: number): CompletionItem {
  const uses: string[] = [];
  if (candidate.inDocument > 0) uses.push(`${candidate.inDocument}× in this document`);
  if (candidate.elsewhere > 0) uses.push(`in ${candidate.elsewhere} other ${candidate.elsewhere === 1 ? 'cable' : 'cables'}`);
  return item({
    label: candidate.text,
    kind: CompletionItemKind.Constant,
    range: lineRange(site, candidate.start, site.offset),
    detail: `name, ${uses.join(', ')}`,
    sortText: sortKey(candidate.inDocument > 0 ? 5 : 6, rank),
  });
}

// ---------------------------------------------------------------------------
// Recipients

const recipientFields = new Set(['Copies to', 'To', 'From']);

export interface RecipientSite {
  /** Where the recipient's name starts (after `; ` and a title). */
  nameStart: number;
  /** Keys of the other recipients already listed in the field. */
  listed: Set<string>;
  afterTitle: boolean;
}

/** The cursor in a recipient of `Copies to`, `To` or `From`, on the field's first line or a continuation line. */
export function recipientAt(site: CompletionSite): RecipientSite | undefined {
  const field = site.block;
  if (field?.type !== 'field' || !field.canonical || !recipientFields.has(field.canonical)) return undefined;
  // Read from the cursor's line alone (see treeText.ts).
  const line = site.before + site.after;
  // On the field's first line the value starts after the colon; a continuation line is all value.
  const colon = field.start === site.lineStart ? line.indexOf(':', field.nameRange.end - site.lineStart) : -1;
  if (field.start === site.lineStart && colon < 0) return undefined;
  const lineValueStart = colon >= 0 ? site.lineStart + colon + 1 : site.lineStart;
  if (site.offset < lineValueStart) return undefined;
  const valueBefore = typedFrom(site, lineValueStart);
  let segmentStart = lineValueStart + valueBefore.lastIndexOf(';') + 1;
  while (segmentStart < site.offset && (line[segmentStart - site.lineStart] === ' ' || line[segmentStart - site.lineStart] === '\t')) segmentStart++;
  const titleLength = leadingTitleLength(typedFrom(site, segmentStart));
  return { nameStart: segmentStart + titleLength, listed: listedRecipients(field.inlines, site.offset), afterTitle: titleLength > 0 };
}

function listedRecipients(inlines: readonly Inline[], offset: number): Set<string> {
  const listed = new Set<string>();
  for (const inline of inlines) {
    if (inline.type === 'name' && (offset < inline.start || offset > inline.end)) listed.add(inline.key);
  }
  return listed;
}

function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}
