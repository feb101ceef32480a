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
import { groupYear } from '../analysis/groupYear';
import { throwIfCancelled } from '../cancellation';
import { leafBlocks } from '../parser/reuse';
import type { CableTree, TimeGroupNode } from '../parser/tree';
import { firstStartingAt, offsetAt, positionAt } from '../text/positions';
import { daysInMonth } from '../timegroups/months';
import { formatReading, type TimeGroupDate } from '../timegroups/index';
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
  const from = offsetAt(tree.lineStarts, tree.text.length, range.start);
  const to = offsetAt(tree.lineStarts, tree.text.length, range.end);
  const years = new InheritedYears(tree);
  const hints: InlayHint[] = [];
  // A group may start before `from` in the leaf that holds it.
  for (let leaf = Math.max(0, firstStartingAt(leaves, from + 1) - 1); leaf < leaves.length && leaves[leaf].start <= to; leaf++) {
    const inlines = leaves[leaf].inlines;
    for (let index = 0; index < inlines.length && inlines[index].start <= to; index++) {
      const node = inlines[index];
      if (node.type !== 'time-group') continue;
      if (node.end >= from) {
        const hint = hintFor(tree, node, years, context);
        if (hint) hints.push(hint);
      }
      years.passed(node);
    }
  }
  return hints;
}

/**
 * The year an undated group is read in (format section 6), followed forwards
 * through the range: the nearest earlier full date is looked up backwards
 * (`groupYear`) for the first group that needs it, and after that is the
 * last full date passed.
 */
class InheritedYears {
  private lastFullDate: TimeGroupNode | undefined;
  private known = false;
  /** The catalogue `date`'s year, once read; null before. */
  private fromCatalogue: number | undefined | null = null;

  constructor(private readonly tree: CableTree) {}

  /** Called for every group in order, hinted or not. */
  passed(node: TimeGroupNode): void {
    if (node.group.date?.year === undefined || node.group.date.day === undefined) return;
    this.lastFullDate = node;
    this.known = true;
  }

  sourceFor(node: TimeGroupNode): YearSource | undefined {
    if (!this.known) {
      this.lastFullDate = groupYear(this.tree, node)?.source;
      this.known = true;
    }
    if (this.lastFullDate) return this.lastFullDate;
    return this.catalogueYear() === undefined ? undefined : 'catalogue';
  }

  yearOf(source: YearSource): number | undefined {
    return source === 'catalogue' ? this.catalogueYear() : source.group.date?.year;
  }

  private catalogueYear(): number | undefined {
    if (this.fromCatalogue === null) this.fromCatalogue = catalogueYear(this.tree);
    return this.fromCatalogue;
  }
}

function hintFor(tree: CableTree, node: TimeGroupNode, years: InheritedYears, context: FeatureContext): InlayHint | undefined {
  const date = node.group.date;
  if (date === undefined) return undefined;
  if (date.year !== undefined) {
    if (node.group.form !== 'slashed' || !isDay(date, date.year)) return undefined;
    const order = context.settings.slashedDates === 'day-first' ? 'day first' : 'month first';
    return dateHint(tree, node, date.year, `${readingOf(tree, node, date.year)}: a slashed date, read ${order} (\`cable.slashedDates\`).`);
  }
  const source = years.sourceFor(node);
  const year = source === undefined ? undefined : years.yearOf(source);
  if (source === undefined || year === undefined || !isDay(date, year)) return undefined;
  return dateHint(tree, node, year, `${readingOf(tree, node, year)}: no year is written, so it takes ${year} from ${sourceText(tree, source)} (format section 6).`);
}

/** False for a day the month does not have in that year: C211 reports it, and a hint would read it as a date. */
function isDay(date: TimeGroupDate, year: number): boolean {
  return date.day === undefined || date.day <= daysInMonth(year, date.month);
}

function readingOf(tree: CableTree, node: TimeGroupNode, year: number): string {
  return `${code(textOf(tree, node))} is read as **${formatReading(node.group, year)}**`;
}

function sourceText(tree: CableTree, source: YearSource): string {
  if (source === 'catalogue') return 'the catalogue `date`';
  return `${code(textOf(tree, source))} on line ${lineNumber(tree, source.start)}, the nearest earlier full date`;
}

/** `1951-10-19`, or `1951-10` for a month alone, just after the group. */
function dateHint(tree: CableTree, node: TimeGroupNode, year: number, tooltip: string): InlayHint {
  const date = node.group.date;
  const day = date?.day === undefined ? '' : `-${twoDigits(date.day)}`;
  return {
    position: positionAt(tree.lineStarts, node.end),
    label: `${String(year).padStart(4, '0')}-${twoDigits(date?.month ?? 0)}${day}`,
    tooltip: { kind: MarkupKind.Markdown, value: tooltip },
    paddingLeft: true,
  };
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}
