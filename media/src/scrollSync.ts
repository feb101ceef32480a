/**
 * Scroll sync from the page's side: scrolls to a line the extension names,
 * and reports the line at the top when the user scrolls, at most once a
 * frame, never for a scroll of its own.
 */
import type { Anchors } from './anchors';

/** Swallows the scroll event our own scrollTo causes, so it is not reported as the user's. */
const echoWindowMs = 250;

export class ScrollSync {
  private ignoreScrollUntil = 0;
  private lastReportedLine = -1;
  private scrollPending = false;

  constructor(
    private readonly anchors: Anchors,
    /** Reports the line at the top of the page (`revealLine`). */
    private readonly report: (line: number) => void,
    /** Remembers the line for a reload. */
    private readonly remember: (line: number) => void,
  ) {}

  scrollToLine(line: number): void {
    this.remember(line);
    if (this.anchors.isEmpty) return;
    this.ignoreScrollUntil = performance.now() + echoWindowMs;
    this.lastReportedLine = line;
    // 'instant': a smooth scroll would outlast the echo window and bounce back to the editor.
    window.scrollTo({ top: Math.max(0, this.anchors.offsetOfLine(line)), behavior: 'instant' });
  }

  onScroll(): void {
    if (performance.now() < this.ignoreScrollUntil || this.scrollPending) return;
    // One report per frame: scroll events arrive far more often than the editor can follow.
    this.scrollPending = true;
    requestAnimationFrame(() => {
      this.scrollPending = false;
      const line = window.scrollY <= 0 ? 0 : this.anchors.lineAtOffset(window.scrollY);
      this.remember(line);
      if (line === this.lastReportedLine) return;
      this.lastReportedLine = line;
      this.report(line);
    });
  }
}
