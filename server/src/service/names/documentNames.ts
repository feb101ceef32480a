/**
 * How often each name is used in a document, per tree: what name completion
 * ranks by and hover counts. The first time a version is asked, one walk over
 * every inline of the tree. After that, an edit the parser reads in place (in
 * the body or the footer) carries the counts on to the next version through
 * the leaves it replaced: the first completion or hover after a keystroke
 * then costs what the edit changed, not a walk of the whole cable.
 */
import { forEachInlineOf } from '../analysis/facts';
import type { Block, CableTree, NameNode } from '../parser/tree';
import { treeSlot } from '../parser/treeSlot';

export interface NameUse {
  /** The spelling of the first use, in document order. */
  text: string;
  count: number;
  /** Uses written after a title (`Cde. Stalin`). */
  titled: number;
  /** The first use: carrying the counts over an edit must know whether the edit removed it. */
  readonly first: NameNode;
}

/**
 * A name's uses. The first is handed out through the block that holds it:
 * counts carried over edits keep it from version to version, and a
 * paragraph after an edit moves its inlines only when they are read (see
 * ParagraphNode), so reading the block first makes its offsets current.
 */
class Uses implements NameUse {
  text: string;
  count = 1;
  titled: number;
  #first: NameNode;
  #firstIn: Block;

  constructor(name: NameNode, block: Block) {
    this.text = name.text;
    this.titled = name.title === undefined ? 0 : 1;
    this.#first = name;
    this.#firstIn = block;
  }

  get first(): NameNode {
    void this.#firstIn.inlines;
    return this.#first;
  }

  /** The first use is now `name`, in `block`. */
  take(name: NameNode, block: Block): void {
    this.#first = name;
    this.#firstIn = block;
    this.text = name.text;
  }
}

const cache = treeSlot<Map<string, Uses>>();

/** Whole-tree walks made, for tests that check an edit's counts were carried rather than counted again. */
export const documentNameWalks = { count: 0 };

/** Each name key used in the document, with its uses. The map's order means nothing. */
export function documentNames(tree: CableTree): ReadonlyMap<string, NameUse> {
  let uses = cache.get(tree);
  if (!uses) {
    documentNameWalks.count++;
    const found = new Map<string, Uses>();
    forEachInlineOf(tree, 'name', (name, block) => addUse(found, name, block));
    cache.set(tree, (uses = found));
  }
  return uses;
}

/**
 * Moves the previous version's counts, when it has any, on to `tree`, made
 * from it by replacing the leaves `from` up to `to` of `leaves` (the old
 * tree's, in order) with `added`. Call it once every node of `tree` is at
 * its new offset and before `leaves` is spliced: its leaves from `to` on are
 * the new tree's after the edit. The previous tree is consumed by the parse,
 * so its map is taken over, not copied.
 *
 * A name whose first use was removed takes its first use in `added` when
 * there is one (nothing before the edit used it, and `added` comes before
 * anything after the edit), else the first after the edit, looked for from
 * the edit on.
 */
export function carryDocumentNames(previous: CableTree, tree: CableTree, leaves: readonly Block[], from: number, to: number, added: readonly Block[]): void {
  const uses = cache.get(previous);
  if (!uses) return;
  cache.delete(previous);
  const lostFirst = new Set<string>();
  for (let index = from; index < to; index++) if (!removeUses(uses, leaves[index], lostFirst)) return;
  for (let index = 0; index < added.length; index++) {
    const inlines = added[index].inlines;
    for (let at = 0; at < inlines.length; at++) {
      const inline = inlines[at];
      if (inline.type !== 'name') continue;
      const use = addUse(uses, inline, added[index]);
      if (lostFirst.delete(inline.key) || inline.start < use.first.start) use.take(inline, added[index]);
    }
  }
  if (lostFirst.size > 0 && !findFirstUses(uses, lostFirst, leaves, to)) return;
  cache.set(tree, uses);
}

/** Gives each name of `lost` its first use in `leaves` from `start` on; false if one has none there (the counts were not the tree's). */
function findFirstUses(uses: Map<string, Uses>, lost: Set<string>, leaves: readonly Block[], start: number): boolean {
  for (let index = start; index < leaves.length && lost.size > 0; index++) {
    const inlines = leaves[index].inlines;
    for (let at = 0; at < inlines.length; at++) {
      const inline = inlines[at];
      if (inline.type !== 'name' || !lost.delete(inline.key)) continue;
      uses.get(inline.key)?.take(inline, leaves[index]);
    }
  }
  return lost.size === 0;
}

/** Counts one use, in `block`; a name not seen before starts with it as its first. */
function addUse(uses: Map<string, Uses>, name: NameNode, block: Block): Uses {
  const use = uses.get(name.key);
  if (!use) {
    const first = new Uses(name, block);
    uses.set(name.key, first);
    return first;
  }
  use.count++;
  use.titled += name.title === undefined ? 0 : 1;
  return use;
}

/** Takes a removed leaf's uses off the counts; false if it has a use they never counted (they are then not the previous tree's). */
function removeUses(uses: Map<string, Uses>, block: Block, lostFirst: Set<string>): boolean {
  const inlines = block.inlines;
  for (let index = 0; index < inlines.length; index++) {
    const inline = inlines[index];
    if (inline.type !== 'name') continue;
    const use = uses.get(inline.key);
    if (!use) return false;
    use.count--;
    use.titled -= inline.title === undefined ? 0 : 1;
    if (use.count === 0) {
      // Gone altogether: a use in `added` starts it again as new.
      uses.delete(inline.key);
      lostFirst.delete(inline.key);
    } else if (use.first === inline) lostFirst.add(inline.key);
  }
  return true;
}
