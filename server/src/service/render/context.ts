/** The state one rendering shares between the block and inline writers. */
import type { CableTree, TextRange } from '../parser/tree';
import { positionAt } from '../text/positions';
import { DiagnosticPlacer } from './diagnostics';
import { normalView, type RenderOptions, type RenderView } from './options';
import { TextWriter } from './writer';

export interface RenderContext {
  readonly tree: CableTree;
  readonly view: RenderView;
  /** The HTML so far, in pieces: joined once at the end, so a large cable costs no string copying. */
  readonly out: string[];
  readonly placer: DiagnosticPlacer;
  /** Notes given an `id` so far: a second note with the same marker must not repeat it. */
  readonly noteIds: Set<string>;
}

export function createContext(tree: CableTree, options: RenderOptions): RenderContext {
  return {
    tree,
    view: normalView(options.view),
    out: [],
    placer: new DiagnosticPlacer(options.diagnostics ?? [], tree.lineStarts, tree.text.length),
    noteIds: new Set<string>(),
  };
}

/** 0-based source line of an offset, for `data-line`. */
export function lineOf(context: RenderContext, offset: number): number {
  return positionAt(context.tree.lineStarts, offset).line;
}

/** ` data-line="N"`: on every block element, for scroll sync and click-to-source. */
export function dataLine(context: RenderContext, offset: number): string {
  return ` data-line="${lineOf(context, offset)}"`;
}

export function writerFor(context: RenderContext, runs: readonly TextRange[]): TextWriter {
  return new TextWriter(context.tree.text, runs, context.out, context.placer);
}

/**
 * Markers for the diagnostics in a block that found no place in its rendered
 * text (they were on hidden text, or on a line ending); written inside the
 * block's element, at its end.
 */
export function placeRemaining(context: RenderContext, range: TextRange): void {
  context.placer.take(range.start, range.end, context.out);
}

/** For a block that is not rendered (blank line, comment): its diagnostics on a line of their own, if any. */
export function placeOnOwnLine(context: RenderContext, range: TextRange): boolean {
  if (context.placer.nextStart(range.start, range.end) < 0) return false;
  context.out.push(`<div class="diagnostic-line"${dataLine(context, range.start)}>`);
  context.placer.take(range.start, range.end, context.out);
  context.out.push('</div>\n');
  return true;
}
