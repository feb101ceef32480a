/**
 * What several rules and features need from a tree, gathered in one walk:
 * fields, every inline node in order, `[sic]` positions, time groups with
 * their resolved years.
 */
import type { BodyBlock, CableTree, FieldBlock, FooterBlock, HeaderBlock, Inline, Mark, NameNode, NoteBlock, NumberSignNode, ParagraphBlock, QuoteBlock, TimeGroupNode } from '../parser/tree';
import { textIn } from '../parser/treeText';
import { treeSlot } from '../parser/treeSlot';
import { firstStartingAt } from '../text/positions';
import { resolveYears } from '../timegroups/index';
import { givesRecordYear, isRecordGroup, recordGroupsOf, signatureRolesOf, type RecordGroups } from './recordGroups';
import { runToEnd, type Steps } from '../steps';

export interface TreeFacts {
  fields: FieldBlock[];
  /** Every inline node outside the catalogue, in document order. */
  inlines: Inline[];
  /** The marks among them (`[...]`), the names and the number signs: the lists several rules and features read. */
  marks: Mark[];
  names: NameNode[];
  numberSigns: NumberSignNode[];
  timeGroups: TimeGroupNode[];
  /** Resolved year of each entry of `timeGroups` (by node: `resolvedYear`). */
  years: Array<number | undefined>;
  /** Whether each entry of `timeGroups` takes its year from the cable's own record first (see recordGroups.ts). */
  recordGroups: boolean[];
  /** Whether each entry of `timeGroups`, written in full, gives the record its year. */
  recordSources: boolean[];
  /** The signatures' groups and their roles in the record (`signatureRolesOf`). */
  signatureRoles: ReadonlyMap<TimeGroupNode, boolean>;
  sicMarks: Mark[];
  notes: NoteBlock[];
  /** Paragraphs of the body and of quotes; the header's and the footer's own are not listed. */
  bodyParagraphs: ParagraphBlock[];
  quotes: QuoteBlock[];
  catalogueYear: number | undefined;
}

const cache = treeSlot<TreeFacts>();

export function factsOf(tree: CableTree): TreeFacts {
  return cache.get(tree) ?? runToEnd(factsInSteps(tree));
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

/**
 * Every inline of one kind in the header, body and footer, in document
 * order, with the leaf block holding it: for a feature that needs that one
 * list right after a keystroke, before the rules have gathered the facts.
 */
export function forEachInlineOf<K extends Inline['type']>(tree: CableTree, type: K, visit: (inline: Extract<Inline, { type: K }>, block: LeafBlock) => void): void {
  forEachLeafBlock(tree, (block) => {
    // Indexed: this runs over every inline of the document.
    const inlines = block.inlines;
    for (let index = 0; index < inlines.length; index++) {
      const inline = inlines[index];
      if (inline.type === type) visit(inline as Extract<Inline, { type: K }>, block);
    }
  });
}

/** Leaf blocks, and then inlines, whose facts `factsInSteps` gathers in one step: a millisecond's work or two. */
const leavesPerStep = 10_000;
const inlinesPerStep = 25_000;

/**
 * The tree's facts gathered a few thousand blocks at a time, for a host that
 * must stay responsive in between (the server checking a large cable in
 * steps; `factsOf` runs the steps at once); the tree must not change until
 * the last step. They are then the tree's facts; facts already gathered
 * meanwhile are returned instead.
 */
export function* factsInSteps(tree: CableTree): Steps<TreeFacts> {
  const cached = cache.get(tree);
  if (cached) return cached;
  const facts = emptyFacts(tree);
  const counter = { leaves: 0 };
  yield* addBlocksInSteps(facts, tree.header.blocks, 'header', counter);
  yield* addBlocksInSteps(facts, tree.body.blocks, 'body', counter);
  if (tree.footer) yield* addBlocksInSteps(facts, tree.footer.blocks, 'footer', counter);
  for (let from = 0; from < facts.inlines.length; from += inlinesPerStep) {
    yield;
    listByKind(facts, from, Math.min(facts.inlines.length, from + inlinesPerStep));
  }
  yield;
  // A feature may have asked for them between the steps: the tree keeps one set of facts.
  const gathered = cache.get(tree) ?? finished(facts);
  cache.set(tree, gathered);
  return gathered;
}

/** `forEachLeafBlock`'s walk over one zone's blocks, each leaf into the facts, stopping every `leavesPerStep` leaves. */
function* addBlocksInSteps(facts: TreeFacts, blocks: ReadonlyArray<HeaderBlock | BodyBlock | FooterBlock>, zone: LeafZone, counter: { leaves: number }): Steps<void> {
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    if (block.type === 'quote') {
      facts.quotes.push(block);
      yield* addBlocksInSteps(facts, block.blocks, 'quote', counter);
      continue;
    }
    addLeaf(facts, block, zone);
    if (++counter.leaves % leavesPerStep === 0) yield;
  }
}

function emptyFacts(tree: CableTree): TreeFacts {
  return { fields: [], inlines: [], marks: [], names: [], numberSigns: [], timeGroups: [], years: [], recordGroups: [], recordSources: [], signatureRoles: signatureRolesOf(tree), sicMarks: [], notes: [], bodyParagraphs: [], quotes: [], catalogueYear: catalogueYear(tree) };
}

/** One leaf block's part of the facts: the block itself where a list holds blocks of its kind, and its inlines. */
function addLeaf(facts: TreeFacts, block: LeafBlock, zone: LeafZone): void {
  if (block.type === 'field') facts.fields.push(block);
  else if (block.type === 'note') facts.notes.push(block);
  else if (block.type === 'paragraph' && (zone === 'body' || zone === 'quote')) facts.bodyParagraphs.push(block);
  let record: RecordGroups | undefined;
  for (let index = 0; index < block.inlines.length; index++) {
    const inline = block.inlines[index];
    facts.inlines.push(inline);
    // In the order `listByKind` lists the time groups.
    if (inline.type !== 'time-group') continue;
    record ??= recordGroupsOf(block, facts.signatureRoles);
    facts.recordGroups.push(isRecordGroup(record, inline));
    facts.recordSources.push(givesRecordYear(record, inline));
  }
}

/**
 * The inlines from `from` to `to` into the list of their kind. A pass of its
 * own after the blocks' (rather than in `addLeaf`): one loop pushing to six
 * lists was slower in one comparison (10 MB cable: 11.1–11.6 ms against
 * 9.7 for the facts), and this is what the facts always did.
 */
function listByKind(facts: TreeFacts, from: number, to: number): void {
  for (let index = from; index < to; index++) {
    const inline = facts.inlines[index];
    if (inline.type === 'time-group') facts.timeGroups.push(inline);
    else if (inline.type === 'name') facts.names.push(inline);
    else if (inline.type === 'number-sign') facts.numberSigns.push(inline);
    else if (inline.type === 'mark') {
      facts.marks.push(inline);
      if (inline.kind === 'sic') facts.sicMarks.push(inline);
    }
  }
}

/** The years the time groups are read in, once every group is listed. */
function finished(facts: TreeFacts): TreeFacts {
  facts.years = resolveYears(
    facts.timeGroups.map((node) => node.group),
    facts.catalogueYear,
    facts.recordGroups,
    facts.recordSources,
  );
  return facts;
}

/**
 * Where a time group stands in `facts.timeGroups`, or -1 for one that is not
 * there (the catalogue's): found by its start, since the groups are in
 * document order and do not overlap. Facts are gathered once per version, and
 * a map by node would be built on every keystroke for the few lookups made.
 */
export function timeGroupIndex(facts: TreeFacts, node: TimeGroupNode): number {
  const index = firstStartingAt(facts.timeGroups, node.start);
  return facts.timeGroups[index] === node ? index : -1;
}

/** The year a time group of the header, body or footer is read in (format section 6); undefined when none can be told. */
export function resolvedYear(facts: TreeFacts, node: TimeGroupNode): number | undefined {
  const index = timeGroupIndex(facts, node);
  return index >= 0 ? facts.years[index] : undefined;
}

export function catalogueYear(tree: CableTree): number | undefined {
  const date = tree.catalogue?.entries.find((entry) => entry.key === 'date');
  const match = date ? /^(\d{4})\b/.exec(date.value) : null;
  return match ? Number(match[1]) : undefined;
}

/** True when a `[sic]` follows `end` with only blanks between: "as in the original". */
export function followedBySic(tree: CableTree, facts: TreeFacts, end: number): boolean {
  // The marks are in document order: the first at or after `end` is found by halving, as C305 asks for every use it reports.
  const sic = facts.sicMarks[firstStartingAt(facts.sicMarks, end)] as Mark | undefined;
  return sic !== undefined && textIn(tree, end, sic.start).trim() === '';
}
