import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParseOptions, TextChangeHint } from './parser/parse';
import type { CableTree } from './parser/tree';
import { keepTextSource } from './parser/treeText';
import { EditableDocument } from './text/editableDocument';

/**
 * One parse per document version: features share the tree of the version
 * they are asked about. The reading of slashed dates is part of the key,
 * since it changes which time groups the tree holds.
 */
export class TreeCache {
  private readonly entries = new Map<string, { version: number; options: ParseOptions; tree: CableTree }>();

  constructor(private readonly parse: (text: string, options: ParseOptions, previous?: CableTree, change?: TextChangeHint) => CableTree) {}

  get(document: TextDocument, options: ParseOptions): CableTree {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version && cached.options.slashedDates === options.slashedDates) return cached.tree;
    // The previous version's tree lets the parser keep the blocks an edit did not touch. The parse
    // consumes it (moving its nodes into the new tree), so it leaves the cache first: should the parse
    // fail half-way, no half-moved tree is left behind for the next one.
    const previous = cached && cached.options.slashedDates === options.slashedDates ? cached.tree : undefined;
    this.entries.delete(document.uri);
    const tree = this.parse(document.getText(), options, previous, previous && cached ? changeSince(document, cached.version) : undefined);
    // The rules and features read this version's pieces, so its joined text need not be made (see treeText.ts).
    if (document instanceof EditableDocument) keepTextSource(tree, document.source());
    this.entries.set(document.uri, { version: document.version, options, tree });
    return tree;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}

/** What the server's document says changed since the cached version, so the parser need not compare the texts. */
function changeSince(document: TextDocument, version: number): TextChangeHint | undefined {
  if (!(document instanceof EditableDocument)) return undefined;
  const change = document.changeSince(version);
  if (!change) return undefined;
  return {
    edit: { prefix: change.start, oldEnd: change.end, delta: change.inserted.length - (change.end - change.start) },
    removed: change.removed,
    inserted: change.inserted,
    between: (start, end) => document.textBetween(start, end),
  };
}
