/** C210–C212 (impossible times, days and months) and C301 (events out of order). */
import { followedBySic, resolvedYear } from '../../analysis/facts';
import type { FieldBlock, SignatureLine, TimeGroupNode } from '../../parser/tree';
import type { TimeGroup } from '../../timegroups/types';
import { quoted, type Rule, type RuleContext } from './types';

export const impossibleTimeGroup: Rule = ({ tree, facts, reporter }) => {
  for (const problem of tree.timeGroupProblems) {
    reporter.report({ code: problem.code, range: problem, message: problem.message, severity: problem.severity, data: problem.suggestions.length > 0 ? { suggestions: problem.suggestions } : undefined });
  }
  // 29 February without a written year: only the inherited year tells whether the day exists.
  facts.timeGroups.forEach((node, index) => {
    const date = node.group.date;
    const year = facts.years[index];
    if (!date || date.year !== undefined || date.month !== 2 || date.day !== 29 || year === undefined || isLeap(year)) return;
    reporter.report({ code: 'C211', range: node, message: `29 February does not exist in ${year}, the year this date takes from the dates before it.` });
  });
};

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

interface Instant {
  node: TimeGroupNode;
  day: number; // yyyymmdd
  minutes: number | undefined;
  /** The year was not written but taken from an earlier date (format section 6). */
  yearInherited: boolean;
  zone: string | undefined;
}

export const eventsOutOfOrder: Rule = (context) => {
  const received = fieldInstant(context, 'Received');
  const deciphered = fieldInstant(context, 'Deciphered');
  const signatures = [...context.facts.quotes.map((quote) => quote.signature), context.tree.body.signature];
  for (const signature of signatures) {
    const signed = signatureInstant(context, signature);
    if (signed && received && isBefore(received, signed)) {
      report(context, signed, `This signature time (${describe(signed)}) is later than Received (${describe(received)}): a telegram cannot be signed after it arrived.`);
    }
  }
  if (deciphered && received && isBefore(deciphered, received)) {
    report(context, deciphered, `Deciphered (${describe(deciphered)}) is earlier than Received (${describe(received)}).`);
  }
  for (const name of ['Printed', 'Typed']) {
    const later = fieldInstant(context, name);
    if (later && deciphered && isBefore(later, deciphered)) {
      report(context, later, `${name} (${describe(later)}) is earlier than Deciphered (${describe(deciphered)}).`);
    }
  }
};

function report(context: RuleContext, instant: Instant, message: string): void {
  if (followedBySic(context.tree, context.facts, instant.node.end)) return;
  context.reporter.report({ code: 'C301', range: instant.node, message });
}

function fieldInstant(context: RuleContext, canonical: string): Instant | undefined {
  const field: FieldBlock | undefined = context.facts.fields.find((candidate) => candidate.canonical === canonical);
  const node = field?.inlines.find((inline): inline is TimeGroupNode => inline.type === 'time-group');
  return node ? instantOf(context, node) : undefined;
}

function signatureInstant(context: RuleContext, signature: SignatureLine | undefined): Instant | undefined {
  return signature?.timeGroup ? instantOf(context, signature.timeGroup) : undefined;
}

function instantOf(context: RuleContext, node: TimeGroupNode): Instant | undefined {
  const group: TimeGroup = node.group;
  const year = group.date?.year ?? resolvedYear(context.facts, node);
  if (!group.date || group.date.day === undefined || year === undefined) return undefined;
  return {
    node,
    day: year * 10000 + group.date.month * 100 + group.date.day,
    minutes: group.time ? group.time.hour * 60 + group.time.minute : undefined,
    yearInherited: group.date.year === undefined,
    zone: group.zone?.toLowerCase().replace(/\s+/g, ' '),
  };
}

/**
 * True when `a` is strictly earlier than `b`. Only groups in the same zone, or
 * both without one, are compared: a signature is usually in local time while
 * `Received` is often Moscow time, so a zoned and an unzoned group may differ
 * by hours without anything being out of order.
 */
function isBefore(a: Instant, b: Instant): boolean {
  if (a.zone !== b.zone) return false;
  if (a.day !== b.day) return a.day < b.day && !acrossNewYear(a, b);
  if (a.minutes === undefined || b.minutes === undefined) return false;
  return a.minutes < b.minutes;
}

/**
 * A year taken from an earlier date can be one too many or too few across New
 * Year (`MAO ZEDONG 2300 31 December` above `Received: 0130 1 January 1951`).
 * Events of one cable lie days apart, not most of a year: when an inherited
 * year puts them more than 300 days apart, the order is not judged.
 */
function acrossNewYear(a: Instant, b: Instant): boolean {
  if (!a.yearInherited && !b.yearInherited) return false;
  return Math.abs(dayNumber(b.day) - dayNumber(a.day)) > 300;
}

/** Days since 1970 of a yyyymmdd number. */
function dayNumber(yyyymmdd: number): number {
  return Date.UTC(Math.floor(yyyymmdd / 10000), (Math.floor(yyyymmdd / 100) % 100) - 1, yyyymmdd % 100) / 86_400_000;
}

function describe(instant: Instant): string {
  const day = String(instant.day);
  const date = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`;
  if (instant.minutes === undefined) return date;
  const hours = String(Math.floor(instant.minutes / 60)).padStart(2, '0');
  const minutes = String(instant.minutes % 60).padStart(2, '0');
  return `${date} ${hours}:${minutes}`;
}

export { quoted };
