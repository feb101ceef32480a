/**
 * Time groups as `<time datetime="…">`: the ISO form a browser and a reader
 * can rely on, from the group and the year the document gives it (format
 * section 6). A group that cannot be stated exactly in HTML's date and time
 * syntax (no year but a time, 24:00, 31 April) keeps a plain span.
 */
import { analysisYear } from './treeData';
import type { CableTree, TimeGroupNode } from '../parser/tree';
import { daysInMonth, formatReading } from '../timegroups/index';
import type { TimeGroup } from '../timegroups/types';
import { escapeAttribute } from './escape';

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The HTML `datetime` value of a group, or undefined when it has none. */
export function isoDateTime(group: TimeGroup, resolvedYear: number | undefined): string | undefined {
  const time = group.time === undefined ? '' : isoTime(group.time.hour, group.time.minute);
  if (time === undefined) return undefined;
  const date = group.date;
  if (date === undefined) return time === '' ? undefined : time;
  const year = date.year ?? resolvedYear;
  if (date.month < 1 || date.month > 12 || (year !== undefined && year < 1)) return undefined;
  if (date.day === undefined) {
    // A month alone: `1951-10`. HTML has no month-and-time form.
    return year === undefined || time !== '' ? undefined : `${pad(year, 4)}-${pad(date.month, 2)}`;
  }
  if (date.day < 1 || date.day > daysInMonth(year, date.month)) return undefined;
  // A day without a year is HTML's year-less date, `--10-19`; with a time it has no form.
  if (year === undefined) return time === '' ? `--${pad(date.month, 2)}-${pad(date.day, 2)}` : undefined;
  const day = `${pad(year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
  if (time === '') return day;
  // Only `Z` names a zone HTML knows; `(Moscow time)` stays a local time.
  const zone = group.zone !== undefined && group.zone.toUpperCase() === 'Z' ? 'Z' : '';
  return `${day}T${time}${zone}`;
}

function isoTime(hour: number, minute: number): string | undefined {
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return undefined;
  return `${pad(hour, 2)}:${pad(minute, 2)}`;
}

/** Opening tag of a time group; `</time>` or `</span>` closes it (see `timeGroupClose`). */
export function timeGroupOpen(tree: CableTree, node: TimeGroupNode): { html: string; close: string } {
  const year = analysisYear(tree, node);
  const reading = escapeAttribute(formatReading(node.group, year));
  const datetime = isoDateTime(node.group, year);
  if (datetime === undefined) return { html: `<span class="time-group" title="${reading}">`, close: '</span>' };
  return { html: `<time class="time-group" datetime="${escapeAttribute(datetime)}" title="${reading}">`, close: '</time>' };
}
