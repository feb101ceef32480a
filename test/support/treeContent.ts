import type { CableTree } from '../../server/src/service/parser/tree';

/**
 * What a tree holds of its own, for comparing trees: everything but what
 * other modules keep with it (`kept`, see parser/treeSlot.ts), which depends
 * on what was asked of it, and on whether the server parsed it (a tree of the
 * server's document keeps its version's text pieces there).
 */
export function treeContent(tree: CableTree): Omit<CableTree, 'kept'> {
  const content: Partial<CableTree> = { ...tree };
  delete content.kept;
  return content as Omit<CableTree, 'kept'>;
}
