import { factsOf } from '../analysis/facts';
import type { CableTree, NameNode } from '../parser/tree';

/** Every name in a document, in order: what the workspace index stores for it. */
export function namesOf(tree: CableTree): NameNode[] {
  return factsOf(tree).inlines.filter((inline): inline is NameNode => inline.type === 'name');
}
