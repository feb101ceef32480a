/**
 * Inlay hints: the date a time group is read as, shown after the group where
 * the page does not say it outright. That is a date whose year is not written
 * (format section 6 gives it the year of the nearest earlier full date, else
 * the catalogue `date`; the hint shows which), and a slashed date, whose
 * order of day and month comes from `cable.slashedDates`. A full date written
 * out, a time alone and a group whose year cannot be told get no hint; nor
 * does a day the month does not have, which C211 reports instead.
 */
import { MarkupKind, type InlayHint, type Range } from 'vscode-languageserver-types';
import { catalogueYear } from '../analysis/facts';
import { fullDateAbove, recordSource } from '../analysis/groupYear';
import { givesRecordYear, isRecordGroup, recordGroupsOf, signatureRolesOf, type RecordGroups } from '../analysis/recordGroups';
import { throwIfCancelled } from '../cancellation';
import { leafBlocks } from '../parser/reuse';
import type { CableTree, TimeGroupNode } from '../parser/tree';
import { firstStartingAt, positionAt } from '../text/positions';
import { offsetIn } from '../parser/treeText';
import { daysInMonth } from '../timegroups/months';
import { formatReading, isFullDate, isoDate, type TimeGroupDate } from '../timegroups/index';
import type { FeatureContext } from './context';
import { code, lineNumber, textOf } from './hover/markdown';

/** Where an inherited year came from: a full date earlier in the cable, or the catalogue. */
type YearSource = TimeGroupNode | 'catalogue';

/**
 * Reads the leaves in range, not the facts of the whole cable: VS Code asks
 * for hints after nearly every keystroke, and gathering every inline then
 * would cost each keystroke what the check costs after the pause.
 */
export function getInlayHints(tree: CableTree, range: Range, context: FeatureContext): InlayHint[] {
  throwIfCancelled(context.token);
  const leaves = leafBlocks.get(tree)?.blocks ?? [];
  const from = offsetIn(tree, range.start);
  const to = offsetIn(tree, range.end);
  const years = new InheritedYears(tree);
  const signatures = signatureRolesOf(tree);
  const hints: InlayHint[] = [];
  // A group may start before `from` in the leaf that holds it.
  for (let leaf = Math.max(0, firstStartingAt(leaves, from + 1) - 1); leaf < leaves.length && leaves[leaf].start <= to; leaf++) {
    const inlines = leaves[leaf].inlines;
    let record: RecordGroups | undefined;
    for (let index = 0; index < inlines.length && inlines[index].start <= to; index++) {
      const node = inlines[index];
      if (node.type !== 'time-group') continue;
      record ??= recordGroupsOf(leaves[leaf], signatures);
      const ofRecord = isRecordGroup(record, node);
      if (node.end >= from) {
        const hint = hintFor(tree, node, ofRecord, years, context);
        if (hint) hints.push(hint);
      }
      years.passed(node, givesRecordYear(record, node));
    }
  }
  return hints;
}

/**
 * Where the undated groups of the range take their year from (format
 * section 6), followed forwards: the nearest earlier full date is looked up
 * backwards (`groupYear`) for the first group that needs it, and after that
 * is the last full date passed; with none, the catalogue `date`.
 */
class InheritedYears {
  private lastFullDate: TimeGroupNode | undefined;
  private known = false;
  /** The same for the groups of the record (see analysis/recordGroups.ts). */
  private lastRecordDate: TimeGroupNode | undefined;
  private recordKnown = false;

  constructor(private readonly tree: CableTree) {}

  /** Called for every group in order, hinted or not; `givesRecord`: it gives the record its year (see recordGroups.ts). */
  passed(node: TimeGroupNode, givesRecord: boolean): void {
    if (!isFullDate(node.group)) return;
    this.lastFullDate = node;
    this.known = true;
    if (!givesRecord) return;
    this.lastRecordDate = node;
    this.recordKnown = true;
  }

  /** The source and the year of a group without its own year; undefined when no year can be told. */
  of(node: TimeGroupNode, record: boolean): { source: YearSource; year: number; passedOver: TimeGroupNode | undefined } | undefined {
    const catalogue = catalogueYear(this.tree);
    const nearest = this.fullDate(node);
    const { source, passedOver } = record ? recordSource(nearest, this.recordDate(node), catalogue) : { source: nearest, passedOver: undefined };
    const year = source ? source.group.date?.year : catalogue;
    return year === undefined ? undefined : { source: source ?? 'catalogue', year, passedOver };
  }

  private fullDate(node: TimeGroupNode): TimeGroupNode | undefined {
    if (!this.known) {
      this.lastFullDate = fullDateAbove(this.tree, node, false);
      this.known = true;
    }
    return this.lastFullDate;
  }

  private recordDate(node: TimeGroupNode): TimeGroupNode | undefined {
    if (!this.recordKnown) {
      this.lastRecordDate = fullDateAbove(this.tree, node, true);
      this.recordKnown = true;
    }
    return this.lastRecordDate;
  }
}

function hintFor(tree: CableTree, node: TimeGroupNode, ofRecord: boolean, years: InheritedYears, context: FeatureContext): InlayHint | undefined {
  const date = node.group.date;
  if (date === undefined) return undefined;
  if (date.year !== undefined) {
    if (node.group.form !== 'slashed' || !isDay(date, date.year)) return undefined;
    const order = context.settings.slashedDates === 'day-first' ? 'day first' : 'month first';
    return dateHint(tree, node, isoDate(date, date.year), `${readingOf(tree, node, date.year)}: a slashed date, read ${order} (\`cable.slashedDates\`).`);
  }
  const inherited = years.of(node, ofRecord);
  if (!inherited || !isDay(date, inherited.year)) return undefined;
  const { source, year, passedOver } = inherited;
  return dateHint(tree, node, isoDate(date, year), `${readingOf(tree, node, year)}: no year is written, so it takes ${year} from ${sourceText(tree, source, passedOver)} (format section 6).`);
}

/** False for a day the month does not have in that year: C211 reports it, and a hint would read it as a date. */
function isDay(date: TimeGroupDate, year: number): boolean {
  return date.day === undefined || date.day <= daysInMonth(year, date.month);
}

function readingOf(tree: CableTree, node: TimeGroupNode, year: number): string {
  return `${code(textOf(tree, node))} is read as **${formatReading(node.group, year)}**`;
}

function sourceText(tree: CableTree, source: YearSource, passedOver: TimeGroupNode | undefined): string {
  // A group of the record passes over a nearer date of the text (see analysis/recordGroups.ts).
  const over = passedOver ? `, not from ${code(textOf(tree, passedOver))} on line ${lineNumber(tree, passedOver.start)}, a date of the text rather than of the cable's own record` : '';
  if (source === 'catalogue') return `the catalogue \`date\`${over}`;
  return `${code(textOf(tree, source))} on line ${lineNumber(tree, source.start)}, the nearest earlier full date${passedOver ? ' in a time field or the signature' : ''}${over}`;
}

/** The date a group is read as (`1951-10-19`), just after the group. */
function dateHint(tree: CableTree, node: TimeGroupNode, label: string, tooltip: string): InlayHint {
  return {
    position: positionAt(tree.lineStarts, node.end),
    label,
    tooltip: { kind: MarkupKind.Markdown, value: tooltip },
    paddingLeft: true,
  };
}
