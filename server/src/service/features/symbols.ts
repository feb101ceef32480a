/**
 * The outline: one symbol per zone (catalogue, header, body, footer) holding
 * what a reader looks for in it — catalogue entries, fields, stamps, quoted
 * telegrams named by their signatures, signatures and footnotes.
 */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type {
  BodyBlock,
  CableTree,
  CatalogueBlock,
  CatalogueEntry,
  FieldBlock,
  FooterBlock,
  HeaderBlock,
  Inline,
  Mark,
  NoteBlock,
  QuoteBlock,
  SignatureLine,
  TextRange,
} from '../parser/tree';
import { firstLineIn, shownTextIn, textIn, trimmedIn } from '../parser/treeText';
import type { FeatureContext } from './context';
import { blocksPerStep, runToEnd, type Steps } from '../steps';
import { rangeOf } from './definition';

/** Longest name or detail shown, in characters; the outline is a list, not a reader. */
const maxLabelLength = 48;

export function getDocumentSymbols(tree: CableTree, context: FeatureContext): DocumentSymbol[] {
  return runToEnd(documentSymbolsInSteps(tree, context));
}

/**
 * The same outline, stopping every few thousand body blocks: the editor
 * asks for it whenever typing pauses, and a large cable's takes long enough
 * to hold up the next keystroke (see lsp/steps.ts).
 */
export function* documentSymbolsInSteps(tree: CableTree, _context: FeatureContext): Steps<DocumentSymbol[]> {
  const catalogue = tree.catalogue && catalogueSymbol(tree, tree.catalogue);
  const header = zoneSymbol(tree, 'Header', tree.header, tree.header.blocks.flatMap((block) => headerChildren(tree, block)));
  const body = zoneSymbol(tree, 'Body', tree.body, yield* bodyChildren(tree, tree.body.blocks, tree.body.signature));
  const footer = tree.footer && zoneSymbol(tree, 'Footer', tree.footer, tree.footer.blocks.flatMap((block) => footerChildren(tree, block)));
  return [catalogue, header, body, footer].filter((zone): zone is DocumentSymbol => zone !== undefined);
}

function symbol(tree: CableTree, name: string, kind: SymbolKind, range: TextRange, selection: TextRange, children: DocumentSymbol[] = [], detail?: string): DocumentSymbol {
  const made: DocumentSymbol = { name, kind, range: rangeOf(tree, range), selectionRange: rangeOf(tree, selection), children };
  if (detail) made.detail = detail;
  return made;
}

function catalogueSymbol(tree: CableTree, catalogue: CatalogueBlock): DocumentSymbol {
  const entries = catalogue.entries.map((entry) => catalogueEntrySymbol(tree, entry));
  const title = catalogue.entries.find((entry) => entry.key === 'title')?.value;
  const openLine = { start: catalogue.open.start, end: catalogue.open.contentEnd };
  return symbol(tree, 'Catalogue', SymbolKind.Namespace, trimmedIn(tree, catalogue), openLine, entries, title && shortened(title));
}

function catalogueEntrySymbol(tree: CableTree, entry: CatalogueEntry): DocumentSymbol {
  return symbol(tree, entry.key, SymbolKind.Key, trimmedIn(tree, entry), entry.keyRange, [], shortened(entry.value));
}

/** A zone of blank lines only (a body between header and footer) is left out. */
function zoneSymbol(tree: CableTree, name: string, zone: TextRange, children: DocumentSymbol[]): DocumentSymbol | undefined {
  const range = trimmedIn(tree, zone);
  if (range.start === range.end) return undefined;
  return symbol(tree, name, SymbolKind.Module, range, firstLineIn(tree, range), children);
}

function headerChildren(tree: CableTree, block: HeaderBlock): DocumentSymbol[] {
  if (block.type === 'field') return [fieldSymbol(tree, block)];
  if (block.type === 'stamp') return [stampSymbol(tree, block.mark)];
  return [];
}

function footerChildren(tree: CableTree, block: FooterBlock): DocumentSymbol[] {
  switch (block.type) {
    case 'field':
      return [fieldSymbol(tree, block)];
    case 'stamp':
      return [stampSymbol(tree, block.mark)];
    case 'note':
      return [noteSymbol(tree, block)];
    case 'paragraph': {
      const stamps: DocumentSymbol[] = [];
      pushInlineStamps(tree, block.inlines, stamps);
      return stamps;
    }
    default:
      return [];
  }
}

/**
 * Quotes, stamps standing in paragraphs, and the signature that closes the
 * part. Pushed into one list, indexed: this runs over every block of the
 * body each time the editor asks for the outline, and a list per block was
 * a good part of a large cable's outline's time.
 */
function* bodyChildren(tree: CableTree, blocks: readonly BodyBlock[], signature: SignatureLine | undefined): Steps<DocumentSymbol[]> {
  const children: DocumentSymbol[] = [];
  for (let index = 0; index < blocks.length; index++) {
    if (index > 0 && index % blocksPerStep === 0) yield;
    const block = blocks[index];
    if (block.type === 'quote') children.push(quoteSymbol(tree, block));
    else if (block.type === 'paragraph') pushInlineStamps(tree, block.inlines, children);
  }
  if (signature) children.push(signatureSymbol(tree, signature));
  return children;
}

function fieldSymbol(tree: CableTree, field: FieldBlock): DocumentSymbol {
  return symbol(tree, field.name, SymbolKind.Field, trimmedIn(tree, field), field.nameRange, [], shortened(field.value));
}

function stampSymbol(tree: CableTree, stamp: Mark): DocumentSymbol {
  const words = shortened(shownTextIn(tree, stamp.content.start, stamp.content.end));
  // Annotations standing on their own lines share the stamp's block: name them by their own tag.
  const tag = stamp.kind === 'stamp' ? 'Stamp' : (stamp.tag ?? 'Note');
  const name = words ? `${tag}: ${words}` : tag;
  return symbol(tree, name, SymbolKind.Event, stamp, stamp.tagRange ?? { start: stamp.start, end: stamp.start + 1 });
}

function quoteSymbol(tree: CableTree, quote: QuoteBlock): DocumentSymbol {
  const name = quote.signature ? `Quoted telegram — ${quote.signature.nameText}` : 'Quoted telegram (unsigned)';
  const range = trimmedIn(tree, quote);
  const opening = firstLineIn(tree, range);
  // A quote's blocks are few: read at once.
  const children = runToEnd(bodyChildren(tree, quote.blocks, quote.signature));
  return symbol(tree, name, SymbolKind.String, range, opening, children, shortened(textIn(tree, quote.openQuote.end, opening.end)));
}

function signatureSymbol(tree: CableTree, signature: SignatureLine): DocumentSymbol {
  const when = signature.timeGroup && textIn(tree, signature.timeGroup.start, signature.timeGroup.end);
  return symbol(tree, `Signature — ${signature.nameText}`, SymbolKind.Constant, signature, signature.name, [], when);
}

/** A footnote is one of a fixed set of markers, hence EnumMember. */
function noteSymbol(tree: CableTree, note: NoteBlock): DocumentSymbol {
  const marker = textIn(tree, note.markerRange.start, note.markerRange.end);
  return symbol(tree, marker, SymbolKind.EnumMember, trimmedIn(tree, note), note.markerRange, [], shortened(textIn(tree, note.text.start, note.text.end)));
}

/** The stamps written inside a paragraph, outermost only (`inlines` also lists nested marks), onto `symbols`. */
function pushInlineStamps(tree: CableTree, inlines: readonly Inline[], symbols: DocumentSymbol[]): void {
  let outerEnd = -1;
  for (let index = 0; index < inlines.length; index++) {
    const inline = inlines[index];
    if (inline.type !== 'mark' || inline.kind !== 'stamp' || inline.start < outerEnd) continue;
    outerEnd = inline.end;
    symbols.push(stampSymbol(tree, inline));
  }
}

/** Whitespace collapsed and cut at a word boundary, so a label fits on one outline row. */
function shortened(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLabelLength) return flat;
  const cut = flat.lastIndexOf(' ', maxLabelLength - 1);
  return `${flat.slice(0, cut > maxLabelLength / 2 ? cut : maxLabelLength - 1)}…`;
}
