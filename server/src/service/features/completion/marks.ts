/**
 * Tags after `[` (format 4.1) and, in a document with notes, the markers of
 * its notes (4.2). A `]` is added only when the bracket is not closed yet on
 * the line, so an editor that auto-closes brackets does not end up with two.
 */
import { CompletionItemKind, type CompletionItem, type Range } from 'vscode-languageserver-types';
import type { CableTree } from '../../parser/tree';
import { textIn } from '../../parser/treeText';
import { item, snippetText, sortKey } from './items';
import { lineRange, type CompletionSite } from './site';
import { tagEntries, type TagEntry } from './vocabulary';

/** What may be typed after `[` while a tag is chosen: letters, `?`, `%`, or a group count (`3 gr`). */
const typedTag = /^(?:[A-Za-z?%]*|(\d+)(?:[ \t]+[A-Za-z]*)?)$/;

interface OpenBracket {
  /** Offset just after the `[`: where the replaced text starts. */
  contentStart: number;
  /** A group count typed after the bracket (`[3 gr`), kept in the items. */
  count: string | undefined;
  needsClose: boolean;
}

/** The unclosed `[` before the cursor on its line, when what follows it can be the start of a tag. */
export function openBracketAt(site: CompletionSite): OpenBracket | undefined {
  const at = lastUnclosedBracket(site.before);
  if (at < 0) return undefined;
  const typed = typedTag.exec(site.before.slice(at + 1));
  if (!typed) return undefined;
  return { contentStart: site.lineStart + at + 1, count: typed[1], needsClose: unmatchedClosers(site.after) < unclosedCount(site.before) };
}

function lastUnclosedBracket(before: string): number {
  let closers = 0;
  for (let index = before.length - 1; index >= 0; index--) {
    const character = before[index];
    if (character === ']') closers++;
    else if (character === '[') {
      if (closers === 0) return index;
      closers--;
    }
  }
  return -1;
}

function unclosedCount(before: string): number {
  let open = 0;
  for (const character of before) {
    if (character === '[') open++;
    else if (character === ']' && open > 0) open--;
  }
  return open;
}

/** `]` after the cursor that close brackets opened before it. */
function unmatchedClosers(after: string): number {
  let depth = 0;
  let closers = 0;
  for (const character of after) {
    if (character === '[') depth++;
    else if (character === ']') {
      if (depth > 0) depth--;
      else closers++;
    }
  }
  return closers;
}

export function tagItems(site: CompletionSite, bracket: OpenBracket): CompletionItem[] {
  const range = lineRange(site, bracket.contentStart, site.offset);
  const close = bracket.needsClose ? ']' : '';
  const markers = noteMarkerItems(site.tree, range, close);
  const tags = tagEntries.map((entry, index) => tagItem(entry, bracket.count, range, close, sortKey(1, index)));
  return [...markers, ...tags];
}

function tagItem(entry: TagEntry, count: string | undefined, range: Range, close: string, sortText: string): CompletionItem {
  const counted = count !== undefined && entry.kind === 'groups';
  const label = counted ? entry.label.replace('N', count) : entry.label;
  const body = counted ? entry.snippet.replace('${1:3}', count) : entry.snippet;
  return item({
    label,
    kind: CompletionItemKind.Keyword,
    range,
    insert: entry.takesText ? `${body}$0${close}` : `${body}${close}$0`,
    snippet: true,
    detail: 'editorial mark',
    documentation: entry.description,
    sortText,
    // `[gr` should find `N groups unrecovered` by its words, not by the N.
    filterText: entry.kind === 'groups' && !counted ? label.slice(2) : undefined,
  });
}

/** Markers of the document's notes: `[i` → `i]`. */
function noteMarkerItems(tree: CableTree, range: Range, close: string): CompletionItem[] {
  const items: CompletionItem[] = [];
  let index = 0;
  for (const block of tree.footer?.blocks ?? []) {
    if (block.type !== 'note') continue;
    const noteText = textIn(tree, block.text.start, block.text.end).replace(/\s+/g, ' ');
    items.push(
      item({
        label: block.marker,
        kind: CompletionItemKind.Reference,
        range,
        insert: `${snippetText(block.marker)}${close}$0`,
        snippet: true,
        detail: `reference to note [${block.marker}]`,
        documentation: noteText,
        sortText: sortKey(0, index++),
      }),
    );
  }
  return items;
}
