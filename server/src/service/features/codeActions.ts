/**
 * Quick fixes (code actions) for the diagnostics of section 7, and the
 * `source.fixAll.cable` action. Pure: a tree, the client's diagnostics and
 * settings in, LSP code actions out. Every fix is a minimal edit: only the
 * characters it is about change, and line endings, a BOM and the text around
 * stay byte for byte. One fix family per file under `codeActions/`.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import { factsOf } from '../analysis/facts';
import { throwIfCancelled } from '../cancellation';
import type { CableTree } from '../parser/tree';
import { offsetAt, positionAt } from '../text/positions';
import { offsetIn } from '../parser/treeText';
import type { FeatureContext } from './context';
import { pairBracket } from './codeActions/brackets';
import { replaceCatalogueKey, replaceFieldName, replaceMonth, replaceTag } from './codeActions/didYouMean';
import { fixAll } from './codeActions/fixAll';
import { Lookups } from './codeActions/lookups';
import { insertFooterSeparator } from './codeActions/footerSeparator';
import { documentEol } from './codeActions/lines';
import { nameVariantFixes } from './codeActions/nameVariants';
import { selectionMarkIds, selectionMarks } from './codeActions/markSelection';
import { addNoteStub } from './codeActions/noteStub';
import { normaliseNumberSign } from './codeActions/numberSigns';
import { closeQuote } from './codeActions/quotes';
import { repeatedRecipientFixes } from './codeActions/recipients';
import { addRequiredField } from './codeActions/requiredField';
import type { Fix, FixEnv, FixFamily, OffsetEdit, Target } from './codeActions/types';

export const fixAllKind = `${CodeActionKind.SourceFixAll}.cable`;
/** The kinds of the editorial marks put around a selection: `refactor.rewrite.cable.unclear`, `….sic`. */
export const markKindPrefix = `${CodeActionKind.RefactorRewrite}.cable`;

const families: Readonly<Record<string, FixFamily>> = {
  C101: closeQuote,
  C102: pairBracket,
  C104: insertFooterSeparator,
  C201: replaceFieldName,
  C203: addRequiredField,
  C204: replaceCatalogueKey,
  C206: replaceTag,
  C212: replaceMonth,
  C213: addNoteStub,
  C303: repeatedRecipientFixes,
  C304: normaliseNumberSign,
  C305: nameVariantFixes,
};

/** The codes that have at least one quick fix. */
export const fixableCodes: readonly string[] = Object.keys(families);

export function getCodeActions(tree: CableTree, range: Range, diagnostics: Diagnostic[], only: string[] | undefined, context: FeatureContext): CodeAction[] {
  const env: FixEnv = { tree, facts: factsOf(tree), context, eol: documentEol(tree), lookups: new Lookups() };
  const actions: CodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix)) actions.push(...quickFixes(env, range, diagnostics));
  actions.push(...markActions(env, range, only));
  // Fix-all runs the whole checker, so it is made only when asked for by kind (on save, or the Source Action menu).
  if (only !== undefined && wants(only, fixAllKind)) {
    const action = fixAllAction(env);
    if (action) actions.push(action);
  }
  return actions;
}

/** LSP kinds are hierarchical: asking for `source` includes `source.fixAll.cable`. */
function wants(only: readonly string[] | undefined, kind: string): boolean {
  return only === undefined || only.some((asked) => asked === '' || kind === asked || kind.startsWith(`${asked}.`));
}

function quickFixes(env: FixEnv, range: Range, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const { tree, context } = env;
  const rangeStart = offsetIn(tree, range.start);
  const rangeEnd = offsetIn(tree, range.end);
  const byKey = new Map<string, CodeAction>();
  for (const diagnostic of diagnostics) {
    throwIfCancelled(context.token);
    const target = targetOf(tree, diagnostic);
    if (!target || target.start > rangeEnd || target.end < rangeStart) continue;
    for (const fix of families[target.code]?.(target, env) ?? []) addAction(byKey, env, fix, diagnostic);
  }
  return [...byKey.values()];
}

/** One action per distinct fix: the same fix reached from several diagnostics (all number signs) lists them all. */
function addAction(byKey: Map<string, CodeAction>, env: FixEnv, fix: Fix, diagnostic: Diagnostic): void {
  const key = fixKey(fix);
  const existing = byKey.get(key);
  if (existing) {
    existing.diagnostics?.push(diagnostic);
    return;
  }
  const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: workspaceEdit(env, fix.edits) };
  if (fix.preferred) action.isPreferred = true;
  byKey.set(key, action);
}

/**
 * What makes two fixes the same, kept per fix: a document-wide fix is one
 * object offered by every diagnostic it covers (see `Lookups.once`), and
 * writing out its thousands of edits once per diagnostic was quadratic.
 */
const fixKeys = new WeakMap<Fix, string>();

function fixKey(fix: Fix): string {
  let key = fixKeys.get(fix);
  if (key === undefined) {
    key = `${fix.title}\u0000${JSON.stringify(fix.edits)}`;
    fixKeys.set(fix, key);
  }
  return key;
}

/** Editorial marks around the selection, each of the kind `refactor.rewrite.cable.<mark>` (see markSelection.ts). */
function markActions(env: FixEnv, range: Range, only: readonly string[] | undefined): CodeAction[] {
  const { tree } = env;
  const from = offsetIn(tree, range.start);
  const to = offsetIn(tree, range.end);
  if (from === to || !selectionMarkIds.some((id) => wants(only, `${markKindPrefix}.${id}`))) return [];
  return selectionMarks(tree, from, to)
    .filter((mark) => wants(only, `${markKindPrefix}.${mark.id}`))
    .map((mark) => ({ title: mark.title, kind: `${markKindPrefix}.${mark.id}`, edit: workspaceEdit(env, mark.edits) }));
}

function fixAllAction(env: FixEnv): CodeAction | undefined {
  const result = fixAll(env, families, (diagnostic) => targetOf(env.tree, diagnostic));
  if (result.edits.length === 0) return undefined;
  return { title: 'Fix all safe Cable Markup problems (number signs, misspelt names)', kind: fixAllKind, diagnostics: result.diagnostics, edit: workspaceEdit(env, result.edits) };
}

function workspaceEdit({ tree, context }: FixEnv, edits: readonly OffsetEdit[]): CodeAction['edit'] {
  const textEdits: TextEdit[] = edits.map((edit) => ({
    range: { start: positionAt(tree.lineStarts, edit.start), end: positionAt(tree.lineStarts, edit.end) },
    newText: edit.newText,
  }));
  return { changes: { [context.uri]: textEdits } };
}

/** Our diagnostic (source `cable`, a code we fix) with offsets and its data; undefined for anything else. */
function targetOf(tree: CableTree, diagnostic: Diagnostic): Target | undefined {
  const code = typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
  if (diagnostic.source !== 'cable' || !code || !families[code]) return undefined;
  const data: Record<string, unknown> = typeof diagnostic.data === 'object' && diagnostic.data !== null ? (diagnostic.data as Record<string, unknown>) : {};
  const suggestions = Array.isArray(data.suggestions) ? data.suggestions.filter((item): item is string => typeof item === 'string') : [];
  const sicOffset = typeof data.sicOffset === 'number' && Number.isInteger(data.sicOffset) ? data.sicOffset : undefined;
  return {
    diagnostic,
    code,
    start: offsetAt(tree.lineStarts, tree.text.length, diagnostic.range.start),
    end: offsetAt(tree.lineStarts, tree.text.length, diagnostic.range.end),
    suggestions,
    sicOffset,
    kind: typeof data.kind === 'string' ? data.kind : undefined,
  };
}
