/**
 * Diagnostics shown where they are: each one becomes a small marker element
 * at its start offset in the rendered text, or, when that place is not
 * rendered (a comment, a blank line, brackets the reading view hides), at the
 * end of the block that holds it. Every diagnostic is placed exactly once.
 */
import { firstStartingAt } from '../text/positions';
import type { Diagnostic } from 'vscode-languageserver-types';
import { offsetAt } from '../text/positions';
import { escapeAttribute } from './escape';
import { defaultMaxProblems, mostSevere } from '../diagnostics/limit';

export type SeverityName = 'error' | 'warning' | 'info' | 'hint';

interface Placed {
  start: number;
  /** Its label (see `labelOf`) is made only for the diagnostics marked, which past the limit are a few of all. */
  diagnostic: Diagnostic;
}

/** LSP severities are 1–4; a diagnostic without one is shown as an error, as clients do. */
const severityNames: readonly SeverityName[] = ['error', 'error', 'warning', 'info', 'hint'];

/** What a screen reader says before the message, since colour alone must not carry the severity. */
const severityWords: Readonly<Record<SeverityName, string>> = { error: 'Error', warning: 'Warning', info: 'Information', hint: 'Hint' };

/**
 * Markers shown at most: the ones the Problems panel lists at the default
 * `cable.maxProblems` (errors first, see mostSevere). A cable with more
 * problems than this is not being read but repaired, in the Problems panel;
 * marking 100,000 unclosed brackets made 37 MB of HTML, which took the
 * preview page three seconds to take in on every keystroke.
 */
export const maxMarkedDiagnostics = defaultMaxProblems;

export class DiagnosticPlacer {
  private readonly items: Placed[];
  private readonly placed: boolean[];
  /** How many diagnostics were given in all; past `maxMarkedDiagnostics`, only that many are placed. */
  readonly total: number;

  constructor(diagnostics: readonly Diagnostic[], lineStarts: readonly number[], textLength: number, limit = maxMarkedDiagnostics) {
    this.items = mostSevere(diagnostics, limit)
      .map((diagnostic) => toPlaced(diagnostic, lineStarts, textLength))
      .sort((a, b) => a.start - b.start);
    this.placed = new Array<boolean>(this.items.length).fill(false);
    this.total = diagnostics.length;
  }

  /** How many of the diagnostics get a marker: all of them, up to the limit. */
  get marked(): number {
    return this.items.length;
  }

  get isEmpty(): boolean {
    return this.items.length === 0;
  }

  /**
   * Markers for the diagnostics starting in [start, end) not placed yet, in
   * order; they count as placed from now on. Diagnostics usually number a few,
   * so a binary search per text piece keeps this cheap on a large cable.
   */
  take(start: number, end: number, out: string[]): void {
    if (this.items.length === 0) return;
    for (let index = firstStartingAt(this.items, start); index < this.items.length && this.items[index].start < end; index++) {
      if (this.placed[index]) continue;
      this.placed[index] = true;
      out.push(markerHtml(this.items[index]));
    }
  }

  /** Counts the diagnostics starting in [start, end) as placed, without their markers (written before, and kept). */
  skip(start: number, end: number): void {
    if (this.items.length === 0) return;
    for (let index = firstStartingAt(this.items, start); index < this.items.length && this.items[index].start < end; index++) this.placed[index] = true;
  }

  /** The unplaced diagnostics starting in [start, end) as one string (where in the range, severity, label): '' for none. */
  describe(start: number, end: number): string {
    if (this.items.length === 0) return '';
    let description = '';
    for (let index = firstStartingAt(this.items, start); index < this.items.length && this.items[index].start < end; index++) {
      const item = this.items[index];
      if (!this.placed[index]) description += `${item.start - start}:${severityOf(item.diagnostic)}:${labelOf(item.diagnostic)}\n`;
    }
    return description;
  }

  /** The start of the first unplaced diagnostic in [start, end), or -1: where a text piece must be split. */
  nextStart(start: number, end: number): number {
    if (this.items.length === 0) return -1;
    for (let index = firstStartingAt(this.items, start); index < this.items.length && this.items[index].start < end; index++) {
      if (!this.placed[index]) return this.items[index].start;
    }
    return -1;
  }

}

function toPlaced(diagnostic: Diagnostic, lineStarts: readonly number[], textLength: number): Placed {
  return { start: offsetAt(lineStarts, textLength, diagnostic.range.start), diagnostic };
}

function severityOf(diagnostic: Diagnostic): SeverityName {
  return severityNames[diagnostic.severity ?? 1] ?? 'error';
}

/** What the marker says on hover: code and message. */
function labelOf(diagnostic: Diagnostic): string {
  const code = diagnostic.code === undefined ? '' : `${String(diagnostic.code)}: `;
  return `${code}${String(diagnostic.message)}`;
}

/** The marker: a fixed tag whose only document-derived parts are escaped attribute values. */
function markerHtml(item: Placed): string {
  const severity = severityOf(item.diagnostic);
  const label = escapeAttribute(labelOf(item.diagnostic));
  return `<span class="diagnostic diagnostic-${severity}" role="note" title="${label}" aria-label="${severityWords[severity]}: ${label}"></span>`;
}
