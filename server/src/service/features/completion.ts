/**
 * Completion (the "editor" feature): what may be typed at the cursor, from the
 * tree alone — never a re-parse, and only binary searches over it (`locate`),
 * so a keystroke in a 10,000-line cable costs about what it costs in a short one.
 *
 * The first context that fits the cursor decides the list:
 *   comment → nothing; empty document → the new-cable skeleton and header fields;
 *   catalogue line start → keys; after `[` → tags (and names, note markers);
 *   after a day number → months; line start in header/footer → field names;
 *   field value → number signs, classification/priority words, recipients;
 *   running text → names.
 */
import { CompletionItemKind, type CompletionItem, type CompletionList, type Position } from 'vscode-languageserver-types';
import type { CableTree, FieldZone } from '../parser/tree';
import { catalogueKeyItems, fieldNameItems, typingFieldName } from './completion/fields';
import { item, sortKey } from './completion/items';
import { openBracketAt, tagItems } from './completion/marks';
import { nameItems, namePrefixFrom, namePrefixInText, recipientAt } from './completion/names';
import { inCatalogue, inFooterPosition, inHeaderPosition, isCommentLine, lineRange, onlyBlanks, readSite, type CompletionSite } from './completion/site';
import { fieldValueAt, fixedValueItems, monthItems, monthWordAt, numberSignItems } from './completion/values';
import type { FeatureContext } from './context';
import { newCableSnippet, stampSnippet } from './snippets';

export function getCompletions(tree: CableTree, position: Position, context: FeatureContext): CompletionList {
  const site = readSite(tree, position);
  const { items, incomplete } = completionsAt(site, context);
  return { isIncomplete: incomplete, items };
}

interface Completions {
  items: CompletionItem[];
  incomplete: boolean;
}

const none: Completions = { items: [], incomplete: false };

function complete(items: CompletionItem[]): Completions {
  return { items, incomplete: false };
}

function completionsAt(site: CompletionSite, context: FeatureContext): Completions {
  if (isCommentLine(site)) return none;
  if (isEmptyButTyping(site)) return complete([newCableItem(site), ...fieldNameItems(site, 'header'), ...stampItems(site)]);
  if (inCatalogue(site) && !startsHeaderAfterOpenRecord(site)) return complete(catalogueKeyItems(site));
  const bracket = openBracketAt(site);
  if (bracket) {
    const names = namePrefixFrom(site, bracket.contentStart);
    const named = names && !names.open ? nameItems(site, names, context) : none;
    return { items: [...tagItems(site, bracket), ...named.items], incomplete: named.incomplete };
  }
  const month = monthWordAt(site);
  if (month) return complete(monthItems(site, month));
  if (typingFieldName(site)) {
    if (inHeaderPosition(site)) return withFieldNames(site, context, 'header');
    if (inFooterPosition(site)) return withFieldNames(site, context, 'footer');
  }
  if (site.block?.type === 'field') return fieldValueCompletions(site, context);
  return runningTextCompletions(site, context);
}

/**
 * Field names first; on the first line of the body (where the header may be
 * going on) or a free footer line, the word may as well begin a name.
 */
function withFieldNames(site: CompletionSite, context: FeatureContext, zone: FieldZone): Completions {
  const names = site.block?.type === 'field' ? none : namesInText(site, context);
  return { items: [...fieldNameItems(site, zone), ...names.items, ...stampItems(site)], incomplete: names.incomplete };
}

function fieldValueCompletions(site: CompletionSite, context: FeatureContext): Completions {
  const value = fieldValueAt(site);
  const fixed = value && (numberSignItems(site, value, context.settings) ?? fixedValueItems(site, value));
  if (fixed) return complete(fixed);
  const recipient = recipientAt(site);
  if (!recipient) return none;
  const prefix = namePrefixFrom(site, recipient.nameStart, recipient.afterTitle);
  return prefix ? nameItems(site, prefix, context, recipient.listed) : none;
}

/** Body text, quotes, stamps, notes and free footer lines: names, and a stamp at a line start. */
function runningTextCompletions(site: CompletionSite, context: FeatureContext): Completions {
  if (!inRunningText(site)) return none;
  const names = namesInText(site, context);
  return { items: [...names.items, ...stampItems(site)], incomplete: names.incomplete };
}

function inRunningText(site: CompletionSite): boolean {
  if (site.block?.type === 'separator') return false;
  return site.location.zone === 'body' || site.location.zone === 'footer' || site.block?.type === 'stamp';
}

function namesInText(site: CompletionSite, context: FeatureContext): Completions {
  const prefix = inRunningText(site) ? namePrefixInText(site) : undefined;
  return prefix ? nameItems(site, prefix, context) : none;
}

/**
 * With no closing `---` yet, a capitalised word on the line after the record
 * is a header field being typed (`Cable:` ends such a record), not a key.
 */
function startsHeaderAfterOpenRecord(site: CompletionSite): boolean {
  return site.location.zone !== 'catalogue' && /^[A-Z]/.test(site.before);
}

/** The document holds nothing but blanks and the word being typed. */
function isEmptyButTyping(site: CompletionSite): boolean {
  // Two blocks with text answer it without reading the text (see treeText.ts).
  if (blocksWithText(site.tree) > 1) return false;
  const typed = /[A-Za-z-]*$/.exec(site.before)?.[0] ?? '';
  const text = site.tree.text;
  return onlyBlanks(text, 0, site.offset - typed.length) && onlyBlanks(text, site.offset, text.length);
}

/** How many top-level blocks hold more than blanks, counted up to two. */
function blocksWithText(tree: CableTree): number {
  let count = tree.catalogue ? 1 : 0;
  for (const zone of [tree.header.blocks, tree.body.blocks, tree.footer?.blocks ?? []]) {
    for (let index = 0; index < zone.length && count < 2; index++) if (zone[index].type !== 'blank') count++;
  }
  return count;
}

function newCableItem(site: CompletionSite): CompletionItem {
  const typed = /[A-Za-z-]*$/.exec(site.before)?.[0] ?? '';
  return item({
    label: 'New cable',
    kind: CompletionItemKind.Snippet,
    range: lineRange(site, site.offset - typed.length, site.offset),
    insert: newCableSnippet,
    snippet: true,
    detail: 'catalogue record, header, body and footer',
    documentation: 'A skeleton of a new cable: the catalogue record, header fields, the body with its signature, and the footer.',
    sortText: sortKey(0, 0),
    // Whatever word is typed first, the skeleton stays on offer: the document is still empty.
    filterText: `${typed}New cable`,
  });
}

/**
 * `[Stamp: …]`, when the cursor is at a line start or after one word there
 * (`St`), which it replaces, and nothing follows on the line: put before a
 * field or the footer's separator, the stamp would make that line stamp text.
 */
function stampItems(site: CompletionSite): CompletionItem[] {
  if (!/^[A-Za-z]*$/.test(site.before) || !/^[ \t]*$/.test(site.after)) return [];
  const stamp = item({
    label: '[Stamp: …]',
    kind: CompletionItemKind.Snippet,
    range: lineRange(site, site.lineStart, site.offset),
    insert: stampSnippet,
    snippet: true,
    detail: 'stamp',
    documentation: 'A stamp on the document: `[Stamp: text]`. It may span lines and hold time groups.',
    sortText: sortKey(8, 0),
    filterText: 'Stamp',
  });
  return [stamp];
}
