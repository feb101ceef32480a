/**
 * Hover on a time group: its ISO reading with the weekday, and where its year
 * came from (format section 6: written, else the nearest earlier full date,
 * else the catalogue `date`).
 */
import { groupYear, type GroupYear } from '../../analysis/groupYear';
import type { CableTree, TimeGroupNode } from '../../parser/tree';
import type { CableSettings } from '../../settings';
import { formatReading } from '../../timegroups/index';
import type { TimeGroupForm } from '../../timegroups/index';
import { code, lineNumber, textOf } from './markdown';

export function timeGroupHover(tree: CableTree, node: TimeGroupNode, settings: CableSettings): string {
  const year = yearOf(tree, node);
  const withTime = node.group.time !== undefined && node.group.form !== 'time' && node.group.form !== 'dtg' ? ', with a time' : '';
  const lines = [`**${formatReading(node.group, year.year)}**`, '', `Time group ${code(textOf(tree, node))}: ${formOf(node, settings)}${withTime}.`];
  lines.push('', yearSource(tree, year, node));
  return lines.join('\n');
}

/** The reading alone, for other hovers (a signature's time). */
export function readingOf(tree: CableTree, node: TimeGroupNode): string {
  return formatReading(node.group, yearOf(tree, node).year);
}

/**
 * The year a group is read in and where it came from: resolved for a group
 * of the header, body or footer; its own for any other (the catalogue's, which
 * hover shows as the catalogue entry instead).
 */
function yearOf(tree: CableTree, node: TimeGroupNode): GroupYear {
  return groupYear(tree, node) ?? { year: node.group.date?.year, source: undefined, fromCatalogue: false };
}

/** How the group is written; a month with its year alone (`October 1950`) has no day to come first or second. */
function formOf(node: TimeGroupNode, settings: CableSettings): string {
  return node.group.date !== undefined && node.group.date.day === undefined ? 'a month and a year' : formName(node.group.form, settings);
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

function yearSource(tree: CableTree, year: GroupYear, node: TimeGroupNode): string {
  const date = node.group.date;
  // A group whose date does not exist (`31 April`, C211) keeps only its time.
  if (date === undefined) return node.group.form === 'time' ? 'It has no date, so no year.' : 'Its date does not exist (see the problem on it), so only the time is read.';
  if (date.year !== undefined) return `The year ${date.year} is written.`;
  const source = year.source;
  if (source) {
    return `No year is written: ${source.group.date?.year} comes from ${code(textOf(tree, source))} on line ${lineNumber(tree, source.start)}, the nearest earlier full date${passedOver(tree, year)}.`;
  }
  if (year.fromCatalogue) return `No year is written and no earlier full date${passedOver(tree, year)}: ${year.year} comes from the catalogue \`date\`.`;
  return 'No year is written, there is no earlier full date and no catalogue `date`: the year is unknown.';
}

/** Why a group of the cable's own record did not take its year from a nearer date of the text (see analysis/recordGroups.ts). */
function passedOver(tree: CableTree, year: GroupYear): string {
  const other = year.passedOver;
  if (!other) return '';
  return ` in a time field or the signature (as this group is; ${code(textOf(tree, other))} on line ${lineNumber(tree, other.start)} is a date of the text, not of the cable's own record)`;
}
