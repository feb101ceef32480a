import { factsOf } from '../analysis/facts';
import type { CableTree, NameNode } from '../parser/tree';

/** Every name in a document, in order: what the workspace index stores for it. The list is the tree's facts' own: read it, do not change it. */
export function namesOf(tree: CableTree): readonly NameNode[] {
  return factsOf(tree).names;
}
