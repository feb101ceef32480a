/**
 * C303: the same recipient twice in `Copies to`. Either confirm the repeat
 * with `[sic]` or remove it together with exactly one `;` separator. Neither
 * is preferred: the worked example's original really lists Stalin twice.
 */
import type { CableTree, FieldBlock, TextRange } from '../../parser/tree';
import { textIn } from '../../parser/treeText';
import { recipientItems, recipientsOf, type Recipient } from '../../diagnostics/rules/copies';
import { insert, quoted, remove, replace, sameRange, sicInsertion } from './edits';
import type { FixEnv, Fix, FixFamily, OffsetEdit } from './types';

function hasLineBreak(tree: CableTree, start: number, end: number): boolean {
  const between = textIn(tree, start, end);
  return between.includes('\n') || between.includes('\r');
}

/**
 * Removes the item and one separator: the one after it when the next item is
 * on the same line (`A; B; C` → `A; C`), else the one before it, so a list
 * wrapped over lines keeps its line breaks (`B; A;⏎  C` → `B;⏎  C`).
 */
function removalOf(tree: CableTree, items: TextRange[], index: number): OffsetEdit | undefined {
  const item = items[index];
  const next = items[index + 1];
  const previous = items[index - 1];
  if (next && !hasLineBreak(tree, item.end, next.start)) return remove(item.start, next.start);
  if (previous) return remove(previous.end, item.end);
  return undefined;
}

/** A `Copies to` field's recipients and items, read once per request: each C303 of a long list asks. */
interface CopiesList {
  recipients: Recipient[];
  /** Each key's first recipient: any other with the key is a repeat. */
  firstOfKey: Map<string, Recipient>;
  items: TextRange[];
  itemIndexByStart: Map<number, number>;
}

const recipientStart = (recipient: Recipient): number => recipient.range.start;

function copiesList(env: FixEnv, field: FieldBlock): CopiesList {
  return env.lookups.once(field, () => {
    const recipients = recipientsOf(env.tree, field);
    const firstOfKey = new Map<string, Recipient>();
    for (const recipient of recipients) if (!firstOfKey.has(recipient.key)) firstOfKey.set(recipient.key, recipient);
    const items = recipientItems(env.tree, field);
    return { recipients, firstOfKey, items, itemIndexByStart: new Map(items.map((item, index) => [item.start, index])) };
  });
}

function repeatedRecipient(env: FixEnv, range: TextRange): { list: CopiesList; recipient: Recipient; name: string } | undefined {
  const { tree, facts } = env;
  for (const field of facts.fields) {
    if (field.canonical !== 'Copies to') continue;
    const list = copiesList(env, field);
    const recipient = env.lookups.find(list.recipients, recipientStart, range.start, (candidate) => sameRange(candidate.range, range));
    if (!recipient) continue;
    if (list.firstOfKey.get(recipient.key) === recipient) return undefined;
    return { list, recipient, name: textIn(tree, range.start, range.end) };
  }
  return undefined;
}

export const repeatedRecipientFixes: FixFamily = (target, env) => {
  const found = repeatedRecipient(env, target);
  if (!found) return [];
  const fixes: Fix[] = [];
  const sicAt = target.sicOffset ?? target.end;
  if (sicAt === target.end) {
    fixes.push({ title: `Mark the repeated ${quoted(found.name)} [sic] (listed twice in the original)`, edits: [sicInsertion(sicAt)], preferred: false, safe: false });
  }
  const { items, itemIndexByStart } = found.list;
  const index = itemIndexByStart.get(target.start) ?? -1;
  const removal = index > 0 ? removalOf(env.tree, items, index) : undefined;
  if (removal) fixes.push({ title: `Remove the repeated ${quoted(found.name)}`, edits: [removal], preferred: false, safe: false });
  const merge = removal && mergeFix(env, found.list, found.recipient, removal);
  if (merge) fixes.push(merge);
  return fixes;
};

/**
 * Where the list counts copies (`Cde. Stalin (2); …; Cde. Stalin (1)`), the
 * repeat removed alone would leave its copies out of the sum C302 checks:
 * its count can go to the first listing instead (`Cde. Stalin (3)`).
 */
function mergeFix(env: FixEnv, list: CopiesList, repeat: Recipient, removal: OffsetEdit): Fix | undefined {
  const first = list.firstOfKey.get(repeat.key);
  // C302 sums the counts as soon as any recipient carries one.
  if (!first || !list.recipients.some((recipient) => recipient.count !== undefined)) return undefined;
  const total = (first.count ?? 1) + (repeat.count ?? 1);
  const countEdit = first.countDigits ? replace(first.countDigits, String(total)) : insert(first.range.end, ` (${total})`);
  // An insertion where the removal begins would share its edge: one edit does both.
  const edits = countEdit.start === removal.start && countEdit.end === countEdit.start ? [replace({ start: removal.start, end: removal.end }, countEdit.newText)] : [countEdit, removal];
  const name = textIn(env.tree, first.range.start, first.range.end);
  return { title: `Merge the repeated listing into the first: ${quoted(`${name} (${total})`)}`, edits, preferred: false, safe: false };
}
