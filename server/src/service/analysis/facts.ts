/**
 * What several rules and features need from a tree, gathered in one walk:
 * fields, every inline node in order, `[sic]` positions, time groups with
 * their resolved years.
 */
import type { BodyBlock, CableTree, FieldBlock, FooterBlock, HeaderBlock, Inline, Mark, NoteBlock, ParagraphBlock, QuoteBlock, TimeGroupNode } from '../parser/tree';
import { resolveYears } from '../timegroups/index';

export interface TreeFacts {
  fields: FieldBlock[];
  /** Every inline node outside the catalogue, in document order. */
  inlines: Inline[];
  timeGroups: TimeGroupNode[];
  /** Resolved year of each entry of `timeGroups`. */
  years: Array<number | undefined>;
  /** The same years by node, for rules that start from a node. */
  yearOf: Map<TimeGroupNode, number | undefined>;
  sicMarks: Mark[];
  notes: NoteBlock[];
  paragraphs: Array<{ block: ParagraphBlock; zone: 'body' | 'quote' | 'footer' }>;
  quotes: QuoteBlock[];
  catalogueYear: number | undefined;
}

const cache = new WeakMap<CableTree, TreeFacts>();

export function factsOf(tree: CableTree): TreeFacts {
  let facts = cache.get(tree);
  if (!facts) {
    facts = gatherFacts(tree);
    cache.set(tree, facts);
  }
  return facts;
}

type LeafBlock = Exclude<HeaderBlock | BodyBlock | FooterBlock, QuoteBlock>;
type LeafZone = 'header' | 'body' | 'quote' | 'footer';

/**
 * Every block of the header, body and footer that is not a quote, in
 * document order, with its zone; a quote is passed to `onQuote` and its
 * blocks are visited as in the zone `quote`.
 */
export function forEachLeafBlock(tree: CableTree, visit: (block: LeafBlock, zone: LeafZone) => void, onQuote?: (quote: QuoteBlock) => void): void {
  const walk = (block: HeaderBlock | BodyBlock | FooterBlock, zone: LeafZone): void => {
    if (block.type !== 'quote') return visit(block, zone);
    onQuote?.(block);
    walkAll(block.blocks, 'quote');
  };
  const walkAll = (blocks: ReadonlyArray<HeaderBlock | BodyBlock | FooterBlock>, zone: LeafZone): void => {
    for (let index = 0; index < blocks.length; index++) walk(blocks[index], zone);
  };
  walkAll(tree.header.blocks, 'header');
  walkAll(tree.body.blocks, 'body');
  if (tree.footer) walkAll(tree.footer.blocks, 'footer');
}

function gatherFacts(tree: CableTree): TreeFacts {
  const facts: TreeFacts = { fields: [], inlines: [], timeGroups: [], years: [], yearOf: new Map(), sicMarks: [], notes: [], paragraphs: [], quotes: [], catalogueYear: catalogueYear(tree) };
  forEachLeafBlock(
    tree,
    (block, zone) => {
      if (block.type === 'field') facts.fields.push(block);
      else if (block.type === 'note') facts.notes.push(block);
      else if (block.type === 'paragraph' && zone !== 'header') facts.paragraphs.push({ block, zone });
      for (let index = 0; index < block.inlines.length; index++) facts.inlines.push(block.inlines[index]);
    },
    (quote) => facts.quotes.push(quote),
  );
  for (let index = 0; index < facts.inlines.length; index++) {
    const inline = facts.inlines[index];
    if (inline.type === 'time-group') facts.timeGroups.push(inline);
    else if (inline.type === 'mark' && inline.kind === 'sic') facts.sicMarks.push(inline);
  }
  facts.years = resolveYears(
    facts.timeGroups.map((node) => node.group),
    facts.catalogueYear,
  );
  facts.timeGroups.forEach((node, index) => facts.yearOf.set(node, facts.years[index]));
  return facts;
}

function catalogueYear(tree: CableTree): number | undefined {
  const date = tree.catalogue?.entries.find((entry) => entry.key === 'date');
  const match = date ? /^(\d{4})\b/.exec(date.value) : null;
  return match ? Number(match[1]) : undefined;
}

/** True when a `[sic]` follows `end` with only blanks between: "as in the original". */
export function followedBySic(tree: CableTree, facts: TreeFacts, end: number): boolean {
  for (const sic of facts.sicMarks) {
    if (sic.start < end) continue;
    return tree.text.slice(end, sic.start).trim() === '';
  }
  return false;
}
