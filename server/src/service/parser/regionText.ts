/**
 * The text of the region an edit in the body was read from, kept with the
 * tree that edit made. A request right after a keystroke (completion at the
 * cursor, hover) reads its line from here: read from the tree's whole text,
 * V8 would first join the server document's pieces into one new string of
 * the whole cable (see text/editableDocument.ts), which the diagnostics do
 * anyway once typing pauses.
 */
import type { CableTree } from './tree';

interface RegionText {
  start: number;
  text: string;
}

const regions = new WeakMap<CableTree, RegionText>();

export function keepRegionText(tree: CableTree, start: number, text: string): void {
  regions.set(tree, { start, text });
}

/** The tree's text from `start` to `end`: from the edited region when it holds them, else from the whole text. */
export function textIn(tree: CableTree, start: number, end: number): string {
  const region = regions.get(tree);
  if (region && start >= region.start && end <= region.start + region.text.length) return region.text.slice(start - region.start, end - region.start);
  return tree.text.slice(start, end);
}

/** The code unit at `offset` (NaN outside the text), read as `textIn` reads. */
export function codeIn(tree: CableTree, offset: number): number {
  return textIn(tree, offset, offset + 1).charCodeAt(0);
}
