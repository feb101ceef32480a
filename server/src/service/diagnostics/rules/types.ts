import type { Cancellation } from '../../cancellation';
import type { NameIndex } from '../../names/nameIndex';
import type { CableTree } from '../../parser/tree';
import type { CableSettings } from '../../settings';
import type { TreeFacts } from '../../analysis/facts';
import type { Reporter } from '../report';

export interface RuleContext {
  tree: CableTree;
  facts: TreeFacts;
  settings: CableSettings;
  reporter: Reporter;
  names: NameIndex | undefined;
  uri: string;
  token: Cancellation;
}

export type Rule = (context: RuleContext) => void;

/** `“text”` for messages: quoted so stray spaces and punctuation show. */
export function quoted(text: string): string {
  return `“${text}”`;
}

export function lineNumberOf(tree: CableTree, offset: number): number {
  let low = 0;
  let high = tree.lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (tree.lineStarts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}
