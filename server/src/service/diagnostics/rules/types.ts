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

export { lineNumberOf } from '../../text/positions';
