/**
 * Reading a tree's text without making it one string. A tree parsed from the
 * server's document holds a text of pieces joined with `+` (see
 * text/editableDocument.ts), which V8 keeps as a rope until something reads
 * it; the first read would copy the whole cable into one new string. So the
 * features and rules that run on every keystroke read through here: first
 * the region the last edit read (completion at the cursor, hover), then the
 * document's pieces for that version, and only for a tree without them (a
 * cable on disk, the CLI) the tree's own text.
 */
import type { TextSource } from '../text/editableDocument';
import type { CableTree } from './tree';

interface RegionText {
  start: number;
  text: string;
}

const regions = new WeakMap<CableTree, RegionText>();
const sources = new WeakMap<CableTree, TextSource>();

export function keepRegionText(tree: CableTree, start: number, text: string): void {
  regions.set(tree, { start, text });
}

/** The pieces of the tree's version, to read from instead of its joined text. */
export function keepTextSource(tree: CableTree, source: TextSource): void {
  sources.set(tree, source);
}

/** The tree's text from `start` to `end`: from the edited region when it holds them, else from the pieces or the whole text. */
export function textIn(tree: CableTree, start: number, end: number): string {
  const region = regions.get(tree);
  if (region && start >= region.start && end <= region.start + region.text.length) return region.text.slice(start - region.start, end - region.start);
  return textSourceOf(tree).slice(start, end);
}

/** The code unit at `offset` (NaN outside the text), read as `textIn` reads. */
export function codeIn(tree: CableTree, offset: number): number {
  return textIn(tree, offset, offset + 1).charCodeAt(0);
}

/** What to read the tree's text from in a loop: the pieces of its version, or its text when it has none. */
export function textSourceOf(tree: CableTree): TextSource {
  return sources.get(tree) ?? new StringSource(tree.text);
}

class StringSource implements TextSource {
  constructor(private readonly text: string) {}

  slice(start: number, end: number): string {
    return this.text.slice(start, end);
  }

  code(offset: number): number {
    return this.text.charCodeAt(offset);
  }
}
