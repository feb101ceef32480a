import type { Cancellation } from '../../cancellation';
import type { NameIndex } from '../../names/nameIndex';
import type { CableTree } from '../../parser/tree';
import type { CableSettings } from '../../settings';
import type { TreeFacts } from '../../analysis/facts';
import type { Reporter } from '../report';
import { isHighSurrogate } from '../../text/surrogates';

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

/** Longest text a message quotes whole: a value of a megabyte would make every copy of the message (the editor's list, the preview's marker) a megabyte too. */
const maxQuoted = 120;

/** `“text”` for messages: quoted so stray spaces and punctuation show; a long text cut short. */
export function quoted(text: string): string {
  if (text.length <= maxQuoted) return `“${text}”`;
  // Not between the two halves of a character past the Basic Multilingual Plane.
  const cut = isHighSurrogate(text.charCodeAt(maxQuoted - 2)) ? maxQuoted - 2 : maxQuoted - 1;
  return `“${text.slice(0, cut)}…”`;
}

export { lineNumberOf } from '../../text/positions';
