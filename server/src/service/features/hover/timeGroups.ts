/**
 * Hover on a time group: its ISO reading with the weekday, and where its year
 * came from (format section 6: written, else the nearest earlier full date,
 * else the catalogue `date`).
 */
import { factsOf, timeGroupIndex, type TreeFacts } from '../../analysis/facts';
import type { CableTree, TimeGroupNode } from '../../parser/tree';
import type { CableSettings } from '../../settings';
import { formatReading } from '../../timegroups/index';
import type { TimeGroupForm } from '../../timegroups/index';
import { code, lineNumber, textOf } from './markdown';

export function timeGroupHover(tree: CableTree, node: TimeGroupNode, settings: CableSettings): string {
  const facts = factsOf(tree);
  const index = timeGroupIndex(facts, node);
  const year = readingYear(facts, index, node);
  const withTime = node.group.time !== undefined && node.group.form !== 'time' && node.group.form !== 'dtg' ? ', with a time' : '';
  const lines = [`**${formatReading(node.group, year)}**`, '', `Time group ${code(textOf(tree, node))}: ${formName(node.group.form, settings)}${withTime}.`];
  lines.push('', yearSource(tree, facts, index, node));
  return lines.join('\n');
}

/** The reading alone, for other hovers (a signature's time). */
export function readingOf(tree: CableTree, node: TimeGroupNode): string {
  const facts = factsOf(tree);
  return formatReading(node.group, readingYear(facts, timeGroupIndex(facts, node), node));
}

/** The year a group is read in: the resolved one for a group the facts list, the written one for the catalogue's. */
function readingYear(facts: TreeFacts, index: number, node: TimeGroupNode): number | undefined {
  return index >= 0 ? facts.years[index] : node.group.date?.year;
}

function formName(form: TimeGroupForm, settings: CableSettings): string {
  switch (form) {
    case 'day-month':
      return 'a date written day, month';
    case 'month-day':
      return 'a date written month, day';
    case 'dotted':
      return 'a dotted date, day first';
    case 'slashed':
      return settings.slashedDates === 'day-first' ? 'a slashed date, read day first (`cable.slashedDates`)' : 'a slashed date, read month first (`cable.slashedDates`)';
    case 'dtg':
      return 'a date-time group: day, hour and minute';
    case 'time':
      return 'a time alone';
  }
}

function yearSource(tree: CableTree, facts: TreeFacts, index: number, node: TimeGroupNode): string {
  const date = node.group.date;
  if (date === undefined) return 'It has no date, so no year.';
  if (date.year !== undefined) return `The year ${date.year} is written.`;
  const source = index >= 0 ? nearestEarlierFullDate(facts.timeGroups, index) : undefined;
  if (source) {
    return `No year is written: ${source.group.date?.year} comes from ${code(textOf(tree, source))} on line ${lineNumber(tree, source.start)}, the nearest earlier full date.`;
  }
  if (facts.catalogueYear !== undefined) return `No year is written and no earlier full date: ${facts.catalogueYear} comes from the catalogue \`date\`.`;
  return 'No year is written, there is no earlier full date and no catalogue `date`: the year is unknown.';
}

/** The group `resolveYears` took the year from: the nearest earlier one with day, month and year. */
function nearestEarlierFullDate(groups: readonly TimeGroupNode[], index: number): TimeGroupNode | undefined {
  for (let earlier = index - 1; earlier >= 0; earlier--) {
    const date = groups[earlier].group.date;
    if (date?.year !== undefined && date.day !== undefined) return groups[earlier];
  }
  return undefined;
}
