/** C302 (copy numbers) and C303 (a recipient listed twice). */
import { followedBySic } from '../../analysis/facts';
import { textIn } from '../../parser/treeText';
import type { CableTree, FieldBlock, TextRange } from '../../parser/tree';
import { parseCount } from '../../text/numberWords';
import { leadingTitleLength, titleClass } from '../../names/titles';
import { quoted, type Rule, type RuleContext } from './types';

export interface Recipient {
  range: TextRange;
  /** Case-folded text without its count, for comparison. */
  key: string;
  count: number | undefined;
  /** Where the count's digits stand (`2` of `Cde. Stalin (2)`), when it has one. */
  countDigits: TextRange | undefined;
}

/** The `;`-separated items of a recipient list, trimmed, counts included (`Cde. Stalin (2)`). */
export function recipientItems(tree: CableTree, field: FieldBlock): TextRange[] {
  const items: TextRange[] = [];
  // The field's own text, its offsets from `base`: the cable's whole text is not read (see treeText.ts).
  const base = field.start;
  const text = textIn(tree, base, field.end);
  for (const range of field.valueRanges) {
    let start = range.start;
    while (start <= range.end) {
      const semicolon = text.indexOf(';', start - base);
      let end = semicolon === -1 ? -1 : semicolon + base;
      if (end === -1 || end > range.end) end = range.end;
      const raw = text.slice(start - base, end - base);
      const itemStart = start + (raw.length - raw.trimStart().length);
      const itemEnd = end - (raw.length - raw.trimEnd().length);
      if (itemEnd > itemStart) items.push({ start: itemStart, end: itemEnd });
      start = end + 1;
    }
  }
  return items;
}

/** The recipients of a `Copies to` value, with their counts (`Cde. Stalin (2)`) read off. */
export function recipientsOf(tree: CableTree, field: FieldBlock): Recipient[] {
  const recipients: Recipient[] = [];
  for (const item of recipientItems(tree, field)) {
    const body = textIn(tree, item.start, item.end);
    const countMatch = /\((\d+)\)\s*$/.exec(body);
    const withoutCount = countMatch ? body.slice(0, countMatch.index) : body;
    const written = withoutCount.replace(/\[sic\]/gi, '').replace(/\s+/g, ' ').trim();
    // A title is no part of a name (format section 7), and two that say the same name one recipient:
    // `Comrade Stalin` and `Cde. Stalin`; `Mr. Harriman` and `Mrs. Harriman` are two.
    const titleLength = leadingTitleLength(written);
    const name = written.slice(titleLength);
    const key = (titleLength > 0 && name !== '' ? `${titleClass(written.slice(0, titleLength).trim())} ${name}` : written).toLowerCase();
    if (key === '') continue;
    const countDigits = countMatch ? { start: item.start + countMatch.index + 1, end: item.start + countMatch.index + 1 + countMatch[1].length } : undefined;
    recipients.push({ range: { start: item.start, end: item.start + withoutCount.trimEnd().length }, key, count: countMatch ? Number(countMatch[1]) : undefined, countDigits });
  }
  return recipients;
}

export const duplicateRecipient: Rule = (context) => {
  const { tree, facts, reporter } = context;
  for (const field of facts.fields) {
    if (field.canonical !== 'Copies to') continue;
    const seen = new Set<string>();
    for (const recipient of recipientsOf(tree, field)) {
      if (!seen.has(recipient.key)) {
        seen.add(recipient.key);
        continue;
      }
      const name = textIn(tree, recipient.range.start, recipient.range.end);
      if (followedBySic(tree, facts, recipient.range.end) || name.toLowerCase().includes('[sic]')) continue;
      reporter.report({ code: 'C303', range: recipient.range, message: `${quoted(name)} is already listed in ${field.name}: remove the repeat, or add [sic] if the original lists it twice.`, data: { sicOffset: recipient.range.end } });
    }
  }
};

export const copyNumbersDisagree: Rule = (context) => {
  const printedField = context.facts.fields.find((field) => field.canonical === 'Copies printed');
  const printed = printedField ? parseCount(printedField.value) : undefined;
  if (!printedField || printed === undefined) return;
  copyAbovePrinted(context, printed);
  recipientCountsDiffer(context, printedField, printed);
};

function copyAbovePrinted({ facts, reporter }: RuleContext, printed: number): void {
  const copy = facts.fields.find((field) => field.canonical === 'Copy');
  const number = copy ? /(\d+)/.exec(copy.value) : null;
  if (!copy || !number || Number(number[1]) <= printed) return;
  reporter.report({ code: 'C302', range: copy.valueRanges[0], message: `This is copy ${number[1]}, but only ${printed} copies were printed (Copies printed).` });
}

/** Only when some recipient carries an explicit count: without counts, a list of names says nothing about how many copies went out. */
function recipientCountsDiffer({ tree, facts, reporter }: RuleContext, printedField: FieldBlock, printed: number): void {
  const copiesTo = facts.fields.find((field) => field.canonical === 'Copies to');
  if (!copiesTo) return;
  const recipients = recipientsOf(tree, copiesTo);
  if (!recipients.some((recipient) => recipient.count !== undefined)) return;
  const sum = recipients.reduce((total, recipient) => total + (recipient.count ?? 1), 0);
  if (sum === printed) return;
  reporter.report({
    code: 'C302',
    severity: 'information',
    range: printedField.valueRanges[0],
    message: `The counts in ${copiesTo.name} add up to ${sum}, but Copies printed says ${printed}.`,
  });
}
