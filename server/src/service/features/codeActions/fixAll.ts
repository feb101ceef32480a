/**
 * `source.fixAll.cable`: every safe fix of the document in one edit. It runs
 * the checker itself rather than trusting the diagnostics the client sent,
 * which cover only part of the document. Safe means the result is fully
 * determined and nothing typed is removed or re-worded: the preferred number
 * sign, and did-you-means with a single suggestion. Name variants, repeats,
 * brackets, quotes and inserted lines all need the transcriber's eye.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import { checkTree } from '../../diagnostics/check';
import { throwIfCancelled } from '../../cancellation';
import type { FixEnv, FixFamily, OffsetEdit, Target } from './types';

export interface FixAllResult {
  edits: OffsetEdit[];
  diagnostics: Diagnostic[];
}

function overlaps(edit: OffsetEdit, kept: readonly OffsetEdit[]): boolean {
  // Two insertions at one offset would depend on their order: treat touching insertions as overlapping too.
  return kept.some((other) => (edit.start < other.end && other.start < edit.end) || (edit.start === other.start && (edit.start === edit.end || other.start === other.end)));
}

export function fixAll(env: FixEnv, families: Readonly<Record<string, FixFamily>>, toTarget: (diagnostic: Diagnostic) => Target | undefined): FixAllResult {
  const { tree, context } = env;
  const diagnostics = checkTree(tree, { settings: context.settings, names: context.names, uri: context.uri, rulesDocumentation: '', token: context.token });
  const kept: OffsetEdit[] = [];
  const fixed: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    throwIfCancelled(context.token);
    const target = toTarget(diagnostic);
    const family = target ? families[target.code] : undefined;
    const fix = target && family ? family(target, env).find((candidate) => candidate.safe) : undefined;
    if (!fix || fix.edits.some((edit) => overlaps(edit, kept))) continue;
    kept.push(...fix.edits);
    fixed.push(diagnostic);
  }
  kept.sort((a, b) => a.start - b.start);
  return { edits: kept, diagnostics: fixed };
}
