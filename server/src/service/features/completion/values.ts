/**
 * Values: month names after a day number (format section 6), number signs in
 * `Cable:`/`Copy:`/`Incoming:`, and the words of `Classification:` and
 * `Priority:` (section 3).
 */
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver-types';
import { forEachInlineOf } from '../../analysis/facts';
import { preferredNumberSign } from '../../diagnostics/rules/numberSigns';
import type { CableTree, FieldBlock, NumberSign, NumberSignNode } from '../../parser/tree';
import { treeSlot } from '../../parser/treeSlot';
import { numberSigns, type CableSettings } from '../../settings';
import { isCyrillic } from '../../text/cyrillic';
import { MONTH_NAMES, RUSSIAN_MONTH_NAMES } from '../../timegroups/index';
import { inCaseOf, item, sortKey } from './items';
import { lineRange, typedFrom, type CompletionSite } from './site';
import { classificationValues, priorityValues } from './vocabulary';

// ---------------------------------------------------------------------------
// Months

/**
 * A day (`19 `, `0530 19 Oc`) or a date-time group (`241100Z Se`) and the
 * month word being typed after it. The number must stand alone, as the
 * time-group scanner wants it: not part of `13.10`, `254/3612`, `1,15`.
 */
const dayThenWord = /(?:^|[^\p{L}\p{N}.,/:#№+-])(\d{1,2}|\d{6}[A-Za-z]?)[ \t\u00a0]+([A-Za-z]*|[\u0400-\u04FF]+)$/du;
/** A number sign just before the number: `No. 19 ` is a number, not a day. */
const signBefore = /(?:№|N[º°]|(?<![\p{L}\p{N}])No\.|#)[ \t\u00a0]*$/u;

export interface MonthWord {
  /** Offset where the month word starts. */
  start: number;
  typed: string;
}

/** The month word being typed after a day number, if the cursor is there. */
export function monthWordAt(site: CompletionSite): MonthWord | undefined {
  const found = dayThenWord.exec(site.before);
  if (!found) return undefined;
  const day = Number(found[1].slice(0, 2));
  if (day < 1 || day > 31) return undefined;
  const numberAt = found.indices?.[1]?.[0] ?? 0;
  if (signBefore.test(site.before.slice(0, numberAt))) return undefined;
  const typed = found[2];
  return { start: site.offset - typed.length, typed };
}

/**
 * The months, in the script of the word begun: Russian genitives (`19 ок` →
 * `октября`) after a Cyrillic letter, or after the day alone on a line of
 * Russian; English otherwise.
 */
export function monthItems(site: CompletionSite, word: MonthWord): CompletionItem[] {
  const russian = word.typed === '' ? cyrillicLetter.test(site.before) && !latinLetter.test(site.before) : isCyrillic(word.typed.charCodeAt(0));
  const restOfWord = (russian ? /^[\u0400-\u04FF]*/ : /^[A-Za-z]*/).exec(site.after)?.[0].length ?? 0;
  const range = lineRange(site, word.start, site.offset + restOfWord);
  return (russian ? RUSSIAN_MONTH_NAMES : MONTH_NAMES).map((month, index) =>
    item({ label: inCaseOf(word.typed, month), kind: CompletionItemKind.EnumMember, range, detail: russian ? `month (${MONTH_NAMES[index]})` : 'month', sortText: sortKey(0, index) }),
  );
}

const cyrillicLetter = /[\u0400-\u04FF]/;
const latinLetter = /[A-Za-z]/;

// ---------------------------------------------------------------------------
// Field values

/** The first line of a field's value, as far as the cursor has it. */
export interface FieldValueSite {
  field: FieldBlock;
  /** Offset just after the colon. */
  afterColon: number;
  /** Offset of the first non-blank character of the value before the cursor (the cursor when there is none). */
  valueStart: number;
  typed: string;
}

/** The cursor on a field's first line after its colon; continuation lines give undefined. */
export function fieldValueAt(site: CompletionSite): FieldValueSite | undefined {
  const field = site.block;
  if (field?.type !== 'field' || field.start !== site.lineStart) return undefined;
  // The field's first line is the cursor's: its colon is read there (see treeText.ts).
  const onLine = (site.before + site.after).indexOf(':', field.nameRange.end - site.lineStart);
  const colon = onLine < 0 ? -1 : site.lineStart + onLine;
  if (colon < 0 || site.offset <= colon) return undefined;
  const afterColon = colon + 1;
  const written = typedFrom(site, afterColon);
  const typed = written.replace(/^[ \t]+/, '');
  return { field, afterColon, valueStart: site.offset - typed.length, typed };
}

/** A leading space when the value is typed right after the colon (`Cable:|`). */
function spaceAfterColon(value: FieldValueSite): string {
  return value.valueStart === value.afterColon ? ' ' : '';
}

const numberFields = new Set(['Cable', 'Copy', 'Incoming']);
const typedSign = /^(?:№|N[º°o]?\.?|#)?$/;

export function numberSignItems(site: CompletionSite, value: FieldValueSite, settings: CableSettings): CompletionItem[] | undefined {
  if (!value.field.canonical || !numberFields.has(value.field.canonical) || !typedSign.test(value.typed)) return undefined;
  const signs = signsOf(site.tree);
  const preferred = preferredNumberSign(signs, settings.numberSign);
  const counts = countSigns(signs);
  const range = lineRange(site, value.valueStart, site.offset);
  const ordered = preferred ? [preferred, ...numberSigns.filter((sign) => sign !== preferred)] : [...numberSigns];
  const spaceAfter = /^[ \t\u00a0]/.test(site.after) ? '' : ' ';
  return ordered.map((sign, index) =>
    item({
      label: sign,
      kind: CompletionItemKind.Operator,
      range,
      insert: `${spaceAfterColon(value)}${sign}${sign === '#' ? '' : spaceAfter}`,
      detail: signDetail(sign, preferred, settings, counts.get(sign) ?? 0),
      sortText: sortKey(0, index),
    }),
  );
}

function signDetail(sign: NumberSign, preferred: NumberSign | undefined, settings: CableSettings, count: number): string {
  const used = count > 0 ? `, used ${count}× in this document` : '';
  if (sign !== preferred) return `number sign${used}`;
  return settings.numberSign === sign ? `number sign, preferred by the cable.numberSign setting${used}` : `number sign, the one this document uses most${used}`;
}

const signsCache = treeSlot<readonly NumberSignNode[]>();

/**
 * Every number sign of the document, in order, read off its blocks once per
 * tree: the same list the facts gather, without gathering everything else
 * the rules want, which a hover or completion right after a keystroke would
 * otherwise wait for.
 */
export function signsOf(tree: CableTree): readonly NumberSignNode[] {
  let signs = signsCache.get(tree);
  if (!signs) {
    const found: NumberSignNode[] = [];
    forEachInlineOf(tree, 'number-sign', (sign) => found.push(sign));
    signsCache.set(tree, (signs = found));
  }
  return signs;
}

export function countSigns(signs: readonly NumberSignNode[]): Map<NumberSign, number> {
  const counts = new Map<NumberSign, number>();
  for (const node of signs) counts.set(node.sign, (counts.get(node.sign) ?? 0) + 1);
  return counts;
}

const typedWords = /^[A-Za-z ]*$/;

export function fixedValueItems(site: CompletionSite, value: FieldValueSite): CompletionItem[] | undefined {
  const canonical = value.field.canonical;
  const values = canonical === 'Classification' ? classificationValues : canonical === 'Priority' ? priorityValues : undefined;
  if (!values || !typedWords.test(value.typed)) return undefined;
  const range = lineRange(site, value.valueStart, site.offset);
  return values.map((word, index) =>
    item({
      label: word,
      kind: CompletionItemKind.EnumMember,
      range,
      insert: `${spaceAfterColon(value)}${word}`,
      filterText: word,
      detail: canonical === 'Classification' ? 'classification' : 'priority',
      sortText: sortKey(0, index),
    }),
  );
}
