/** Small constructors for fixes and their edits, so the families read as what they do. */
import type { TextRange } from '../../parser/tree';
import type { OffsetEdit } from './types';

export function replace(range: TextRange, newText: string): OffsetEdit {
  return { start: range.start, end: range.end, newText };
}

export function insert(at: number, newText: string): OffsetEdit {
  return { start: at, end: at, newText };
}

export function remove(start: number, end: number): OffsetEdit {
  return { start, end, newText: '' };
}

/** `[sic]` follows what it confirms after one space (format 4.1): `Le Kenong [sic]`. */
export function sicInsertion(at: number): OffsetEdit {
  return insert(at, ' [sic]');
}

export function sameRange(a: TextRange, b: TextRange): boolean {
  return a.start === b.start && a.end === b.end;
}

/** `“text”`, as the diagnostics quote what they name. */
export function quoted(text: string): string {
  return `“${text}”`;
}
