/** Hover on a name (format section 7) and on a signature line (4.5). */
import { documentNames } from '../../names/documentNames';
import { areNameForms } from '../../names/inflection';
import { areVariants } from '../../names/variants';
import type { NameIndex } from '../../names/nameIndex';
import type { CableTree, NameNode, SignatureLine } from '../../parser/tree';
import { isCyrillic } from '../../text/cyrillic';
import type { FeatureContext } from '../context';
import { FirstInOrder } from '../firstInOrder';
import { code, plain, times } from './markdown';
import { readingOf } from './timeGroups';

/** Other documents listed at most; the rest are counted. */
const maxDocumentsListed = 5;
/** Near spellings listed at most (a cable of names a letter apart has hundreds); the rest are counted. */
const maxVariantsListed = 8;

export function nameHover(tree: CableTree, name: NameNode, context: FeatureContext): string {
  const inDocument = documentNames(tree).get(name.key)?.count ?? 1;
  const lines = [`**${plain(name.text)}** — name`, '', `Used ${times(inDocument)} in this document.`];
  if (context.names) lines.push('', elsewhere(context.names, name.key, context.uri));
  const forms = otherCases(tree, name.key);
  if (forms.length > 0) lines.push('', `In other grammatical cases here: ${listed(forms.map(code), maxVariantsListed)} (references find them too).`);
  const variants = variantsOf(tree, name.key, context.names);
  if (variants.length > 0) lines.push('', `Near spellings (C305): ${listed(variants.map(code), maxVariantsListed)}.`);
  return lines.join('\n');
}

/** The cables using a name most first, then by URI (code units: a collator would be slow over thousands). */
const byUses = ([a, countA]: [string, number], [b, countB]: [string, number]): number => countB - countA || (a < b ? -1 : a > b ? 1 : 0);

function elsewhere(names: NameIndex, key: string, uri: string): string {
  const first = new FirstInOrder<[string, number]>(maxDocumentsListed, byUses);
  let others = 0;
  for (const entry of names.documentsUsing(key)) {
    if (entry[0] === uri) continue;
    others++;
    first.offer(entry);
  }
  if (others === 0) return 'Not used in the other cables of the workspace.';
  const shown = first.items.map(([document, count]) => `${code(fileName(document))} (${count}×)`);
  const rest = others - shown.length;
  const more = rest > 0 ? `, and ${rest} more ${rest === 1 ? 'cable' : 'cables'}` : '';
  return `Also in ${shown.join(', ')}${more}.`;
}

/** The first `limit` items, and how many more there are. */
function listed(items: readonly string[], limit: number): string {
  const rest = items.length - limit;
  return rest > 0 ? `${items.slice(0, limit).join(', ')}, and ${rest} more` : items.join(', ');
}

/** The last segment of a URI, decoded: `file:///a/b/cable%2025.cable` → `cable 25.cable`. */
export function fileName(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  const last = path.slice(path.lastIndexOf('/') + 1) || path;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/**
 * Spellings one or two letters away, from the workspace when there is one,
 * else from this document: this document's in the order it first uses them,
 * then the other cables' in code-unit order. Sorted, so the list does not
 * depend on the order the names were counted in (afresh, or carried over
 * the edits since).
 */
function variantsOf(tree: CableTree, key: string, names: NameIndex | undefined): string[] {
  const firstUse = new Map<string, number>();
  const inDocument = documentNames(tree);
  for (const [other, use] of inDocument) if (areVariants(key, other)) firstUse.set(use.text, use.first.start);
  for (const other of names?.variantsOf(key) ?? []) {
    const spelling = inDocument.get(other)?.text ?? names?.spelling(other) ?? other;
    if (!firstUse.has(spelling)) firstUse.set(spelling, inDocument.get(other)?.first.start ?? Infinity);
  }
  return [...firstUse].sort(byFirstUse).map(([spelling]) => spelling);
}

/** The spellings this document gives a Russian name in its other cases (`Сталина` for `Сталин`), in the order it first uses them. */
function otherCases(tree: CableTree, key: string): string[] {
  if (!isCyrillic(key.charCodeAt(0))) return [];
  const found: Array<[string, number]> = [];
  for (const [other, use] of documentNames(tree)) if (areNameForms(other, key)) found.push([use.text, use.first.start]);
  return found.sort(byFirstUse).map(([spelling]) => spelling);
}

const byFirstUse = ([a, atA]: [string, number], [b, atB]: [string, number]): number => atA - atB || (a < b ? -1 : a > b ? 1 : 0);

export type SignatureRole = 'cable' | 'quote' | undefined;

export function signatureHover(tree: CableTree, signature: SignatureLine, role: SignatureRole): string {
  const lines = [`**Signature: ${plain(signature.nameText)}**`, ''];
  if (role === 'cable') lines.push('Signs the cable: it is the last line of the body.');
  else if (role === 'quote') lines.push('Signs the quoted telegram: it is the quote’s last line.');
  else lines.push('A signature line that is not the last line of the body or of a quote, so it signs neither.');
  if (signature.timeGroup) lines.push('', `Sent: **${readingOf(tree, signature.timeGroup)}**`);
  return lines.join('\n');
}
