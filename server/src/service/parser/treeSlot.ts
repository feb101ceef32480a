/**
 * What other modules work out from one tree and keep with it (its facts, its
 * names, its leaf blocks for the next version's parse, its version's text
 * pieces), each in a slot of the tree's own `kept` list.
 *
 * Not in WeakMaps keyed by the tree, as they were: V8's young-generation
 * collector (Node 20) keeps a WeakMap entry's value alive while its key is
 * young, whether or not anything else holds the key, so each tree's cached
 * results outlived the tree through every minor collection and were copied
 * into the old generation, until a full collection. Checking 2,000 cables,
 * every minor collection copied about 2.2 MB of trees already let go (4.5 ms
 * a collection); kept on the tree, they die with it (0.5 ms a collection).
 */
import type { CableTree } from './tree';

export interface TreeSlot<T> {
  get(tree: CableTree): T | undefined;
  set(tree: CableTree, value: T): void;
  /** Empties the slot, so what it held goes with the next collection even while the tree lives on. */
  delete(tree: CableTree): void;
}

let slotsMade = 0;

/** A slot of its own in every tree: made once, at a module's top level. */
export function treeSlot<T>(): TreeSlot<T> {
  const index = slotsMade++;
  return {
    get: (tree) => tree.kept[index] as T | undefined,
    set: (tree, value) => {
      tree.kept[index] = value;
    },
    delete: (tree) => {
      tree.kept[index] = undefined;
    },
  };
}
