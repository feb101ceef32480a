/**
 * The shapes shared by the quick-fix families. A family turns one diagnostic
 * into fixes expressed in offsets of the tree's text; `codeActions.ts` turns
 * them into LSP code actions. Families check the diagnostic against the
 * current tree first, so a stale diagnostic (sent by the client for an older
 * version) yields no fix rather than an edit in the wrong place.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { TreeFacts } from '../../analysis/facts';
import type { CableTree } from '../../parser/tree';
import type { FeatureContext } from '../context';
import type { Lookups } from './lookups';

/** A change to the text, in UTF-16 offsets; an insertion has `start === end`. */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: OffsetEdit[];
  /** The one fix to apply when the user asks for "the" fix: the only one offered, or clearly the best. */
  preferred: boolean;
  /**
   * Safe to apply unattended in "fix all": the result is fully determined by the
   * checker (the configured number sign, the one spelling it suggests) and
   * nothing the transcriber typed is removed or re-worded.
   */
  safe: boolean;
}

/** One of our diagnostics, with its range in offsets and its `data` read defensively. */
export interface Target {
  diagnostic: Diagnostic;
  code: string;
  start: number;
  end: number;
  /** `data.suggestions`, when it is a list of strings. */
  suggestions: string[];
  /** `data.sicOffset`, when it is a whole number. */
  sicOffset: number | undefined;
  /** `data.kind`, when it is a string. */
  kind: string | undefined;
}

export interface FixEnv {
  tree: CableTree;
  facts: TreeFacts;
  context: FeatureContext;
  /** The line ending of the document (its majority), for lines a fix inserts. */
  eol: string;
  /** Nodes by offset and document-wide results, found once per request (see lookups.ts). */
  lookups: Lookups;
}

export type FixFamily = (target: Target, env: FixEnv) => Fix[];
