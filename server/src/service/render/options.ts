/** What a caller chooses when rendering a cable. */
import type { Diagnostic } from 'vscode-languageserver-types';

/**
 * - `diplomatic`: everything as typed; editorial marks keep their brackets and are styled by kind.
 * - `reading`: editorial marks resolved: supplied text plain, `[sic]` hidden, gaps drawn as
 *   gaps, annotations as margin notes, recoveries as the recovered text marked doubtful.
 * Comments are hidden in both: they are not part of the transcription.
 */
export type RenderView = 'diplomatic' | 'reading';

export interface RenderOptions {
  view: RenderView;
  /** Shown at their place as markers; omit for a clean copy. */
  diagnostics?: Diagnostic[];
}

/** The view to use for any value a caller sends (a custom request carries untyped JSON). */
export function normalView(view: unknown): RenderView {
  return view === 'reading' ? 'reading' : 'diplomatic';
}
