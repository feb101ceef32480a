/**
 * A cable tree as an HTML fragment: the same tree the checker reads, so the
 * preview shows exactly what the tools understood. The fragment is one
 * `<article>`; the preview patches it into its page, the export wraps it in
 * a standalone document (see `document.ts`).
 */
import type { CableTree } from '../parser/tree';
import { writeBody, writeFooter, writeHeader } from './blocks';
import { writeCatalogueCard } from './catalogueCard';
import { createContext } from './context';
import type { DiagnosticPlacer } from './diagnostics';
import type { RenderOptions } from './options';

export function renderBody(tree: CableTree, options: RenderOptions): string {
  const context = createContext(tree, options);
  const out = context.out;
  out.push(`<article class="cable view-${context.view}" data-line="0">\n`);
  if (tree.catalogue) writeCatalogueCard(context, tree.catalogue);
  writeHeader(context, tree.header);
  writeBody(context, tree.body);
  if (tree.footer) writeFooter(context, tree.footer);
  const lastLine = Math.max(0, tree.lineStarts.length - 1);
  // Whatever found no block (a diagnostic past the end of the text) still shows, last.
  if (context.placer.nextStart(0, Number.POSITIVE_INFINITY) >= 0) {
    out.push(`<div class="diagnostic-line" data-line="${lastLine}">`);
    context.placer.take(0, Number.POSITIVE_INFINITY, out);
    out.push('</div>\n');
  }
  if (context.placer.marked < context.placer.total) writeUnmarkedNotice(context.placer, lastLine, out);
  out.push('</article>\n');
  return out.join('');
}

/** Says, last, that only some problems are marked, the most severe: `cable check` lists them all. */
function writeUnmarkedNotice(placer: DiagnosticPlacer, lastLine: number, out: string[]): void {
  const count = (value: number): string => value.toLocaleString('en-US');
  out.push(`<div class="diagnostic-line diagnostics-unmarked" role="note" data-line="${lastLine}">`);
  out.push(`Only ${count(placer.marked)} of the ${count(placer.total)} problems in this cable are marked here, errors first, as the Problems panel lists them; <code>cable check</code> lists them all.`);
  out.push('</div>\n');
}
