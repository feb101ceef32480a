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
import { firstStartingAt } from '../../text/positions';
import type { FixEnv, FixFamily, OffsetEdit, Target } from './types';

export interface FixAllResult {
  edits: OffsetEdit[];
  diagnostics: Diagnostic[];
}

/** Whether `edit` overlaps one of `kept` (sorted by start, and never overlapping each other). */
function overlaps(edit: OffsetEdit, kept: readonly OffsetEdit[]): boolean {
  // Only the kept edits around where `edit` would go can overlap it: the last one starting at or
  // before it, and those starting at or after it but before it ends.
  const at = firstStartingAfter(kept, edit.start);
  if (at > 0 && clashes(edit, kept[at - 1])) return true;
  for (let index = at; index < kept.length && kept[index].start <= edit.end; index++) if (clashes(edit, kept[index])) return true;
  return false;
}

function clashes(edit: OffsetEdit, other: OffsetEdit): boolean {
  // Two insertions at one offset would depend on their order: treat touching insertions as overlapping too.
  return (edit.start < other.end && other.start < edit.end) || (edit.start === other.start && (edit.start === edit.end || other.start === other.end));
}

/** The index of the first edit starting after `offset` (offsets are whole numbers). */
function firstStartingAfter(edits: readonly OffsetEdit[], offset: number): number {
  return firstStartingAt(edits, offset + 1);
}

/** Adds `edit` to `kept`, keeping it sorted: the diagnostics come in order, so it almost always goes last. */
function keep(edit: OffsetEdit, kept: OffsetEdit[]): void {
  const at = firstStartingAfter(kept, edit.start);
  if (at === kept.length) kept.push(edit);
  else kept.splice(at, 0, edit);
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
    for (const edit of fix.edits) keep(edit, kept);
    fixed.push(diagnostic);
  }
  return { edits: kept, diagnostics: fixed };
}
