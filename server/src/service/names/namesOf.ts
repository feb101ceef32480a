import { factsInSteps, factsOf } from '../analysis/facts';
import type { CableTree, NameNode } from '../parser/tree';
import type { Steps } from '../steps';

/** Every name in a document, in order: what the workspace index stores for it. The list is the tree's facts' own: read it, do not change it. */
export function namesOf(tree: CableTree): readonly NameNode[] {
  return factsOf(tree).names;
}

/** The same list, the tree's facts gathered a step at a time (see `factsInSteps`). */
export function* namesInSteps(tree: CableTree): Steps<readonly NameNode[]> {
  return (yield* factsInSteps(tree)).names;
}
