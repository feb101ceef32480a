/**
 * Writes the text of a block's runs (its lines, or the value parts of a
 * field) as escaped HTML: a `<br>` where one run ends and the next begins, so
 * the page's line breaks are kept, and diagnostic markers at their offsets.
 * Writing only moves forward, so a block's text is read exactly once.
 */
import type { TextRange } from '../parser/tree';
import { isSpaceOrTab } from '../text/blanks';
import type { DiagnosticPlacer } from './diagnostics';
import { escapeHtml } from './escape';

export class TextWriter {
  private run = 0;
  private position: number;

  constructor(
    private readonly text: string,
    private readonly runs: readonly TextRange[],
    private readonly out: string[],
    private readonly placer: DiagnosticPlacer,
  ) {
    this.position = runs.length > 0 ? runs[0].start : 0;
  }

  /** Writes the text from the current position up to `to`, crossing into later runs as needed. */
  write(to: number): void {
    const runs = this.runs;
    while (this.run < runs.length) {
      const run = runs[this.run];
      const stop = Math.min(to, run.end);
      if (stop > this.position) {
        this.piece(this.position, stop);
        this.position = stop;
      }
      const next = runs[this.run + 1];
      if (next === undefined || to < next.start) return;
      // Diagnostics on the line ending (an unclosed mark at the end of a line) go before the break.
      this.placer.take(run.end, next.start, this.out);
      this.out.push('<br>');
      this.run++;
      this.position = next.start;
    }
  }

  /**
   * Hides [start, end) that stands between words (`[sic]` in the reading
   * view): the blanks before it go too, so "Kenong [sic], the" reads
   * "Kenong, the" and "Kenong [sic] said" reads "Kenong said".
   */
  hide(start: number, end: number): void {
    // The run holding `start`: the writer may still stand at the end of an earlier line.
    let index = this.run;
    while (index + 1 < this.runs.length && start >= this.runs[index + 1].start) index++;
    const run = this.runs[index];
    let cut = start;
    if (run !== undefined && start <= run.end) {
      const floor = index === this.run ? Math.max(this.position, run.start) : run.start;
      while (cut > floor && isSpaceOrTab(this.text.charCodeAt(cut - 1))) cut--;
    }
    this.write(cut);
    this.skip(end);
  }

  /** Moves to `to` without writing: text a view hides (brackets and tags in the reading view). */
  skip(to: number): void {
    const runs = this.runs;
    let crossed = false;
    while (this.run + 1 < runs.length && to >= runs[this.run + 1].start) {
      this.run++;
      crossed = true;
    }
    const run = runs[this.run];
    if (run === undefined) return;
    const clamped = Math.min(Math.max(to, run.start), run.end);
    if (crossed || clamped > this.position) this.position = clamped;
  }

  /** One piece of a single run, split where a diagnostic starts so its marker stands at its place. */
  private piece(start: number, end: number): void {
    let from = start;
    for (let at = this.placer.nextStart(from, end); at >= 0; at = this.placer.nextStart(at, end)) {
      if (at > from) this.out.push(escapeHtml(this.text.slice(from, at)));
      this.placer.take(at, at + 1, this.out);
      from = at;
    }
    if (end > from) this.out.push(escapeHtml(this.text.slice(from, end)));
  }
}

/** The lines of [start, end) without their line endings: the runs of a stamp or a note. */
export function lineRuns(text: string, start: number, end: number): TextRange[] {
  const runs: TextRange[] = [];
  let lineStart = start;
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code !== 10 && code !== 13) continue;
    runs.push({ start: lineStart, end: at });
    if (code === 13 && text.charCodeAt(at + 1) === 10) at++;
    lineStart = at + 1;
  }
  if (lineStart < end) runs.push({ start: lineStart, end });
  return runs;
}
