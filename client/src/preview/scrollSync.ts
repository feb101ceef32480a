/**
 * Editor ↔ preview scrolling without echo. Scrolling one side moves the
 * other, which reports a scroll of its own; without a guard the two chase
 * each other (and jitter, since lines do not map exactly). Whichever side
 * moves the other holds a guard for a moment and ignores the echo. The
 * webview script keeps its own guard for the other direction.
 */

/** Long enough to swallow the echo of one programmatic scroll, short enough not to eat the user's next one. */
export const echoWindowMs = 250;

export class ScrollGuard {
  private until = 0;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly windowMs: number = echoWindowMs,
  ) {}

  /** Call just before scrolling the other side. */
  hold(): void {
    this.until = this.now() + this.windowMs;
  }

  get held(): boolean {
    return this.now() < this.until;
  }
}

interface LineRange {
  start: { line: number };
}

/** The first line the editor shows (its visible ranges may be split by folding), or undefined when none. */
export function topVisibleLine(ranges: readonly LineRange[]): number | undefined {
  let top: number | undefined;
  for (const range of ranges) {
    if (top === undefined || range.start.line < top) top = range.start.line;
  }
  return top;
}

/** A line from the webview, kept inside the document (it may have shrunk since the render). */
export function clampLine(line: number, lineCount: number): number {
  if (!Number.isFinite(line) || lineCount <= 0) return 0;
  return Math.min(Math.max(0, Math.floor(line)), lineCount - 1);
}
