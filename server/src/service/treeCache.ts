import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParseOptions } from './parser/parse';
import type { CableTree } from './parser/tree';

/**
 * One parse per document version: features share the tree of the version
 * they are asked about. The reading of slashed dates is part of the key,
 * since it changes which time groups the tree holds.
 */
export class TreeCache {
  private readonly entries = new Map<string, { version: number; options: ParseOptions; tree: CableTree }>();

  constructor(private readonly parse: (text: string, options: ParseOptions, previous?: CableTree) => CableTree) {}

  get(document: TextDocument, options: ParseOptions): CableTree {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version && cached.options.slashedDates === options.slashedDates) return cached.tree;
    // The previous version's tree lets the parser keep the blocks an edit did not touch. The parse
    // consumes it (moving its nodes into the new tree), so it leaves the cache first: should the parse
    // fail half-way, no half-moved tree is left behind for the next one.
    const previous = cached && cached.options.slashedDates === options.slashedDates ? cached.tree : undefined;
    this.entries.delete(document.uri);
    const tree = this.parse(document.getText(), options, previous);
    this.entries.set(document.uri, { version: document.version, options, tree });
    return tree;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
