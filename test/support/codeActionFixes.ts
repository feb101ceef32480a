/**
 * Quick-fix fixtures shared by the code-action tests: a checked document with
 * the actions offered for chosen diagnostics, the sample and worked-example
 * texts, the LF/CRLF/BOM variants every fix must behave the same in, and
 * `assertFix`, which checks a fix's text, its effect and its locality.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { createLanguageService, mergeSettings, neverCancelled, type CableSettings } from '../../server/src/service/index';
import { getCodeActions } from '../../server/src/service/features/codeActions';
import type { FeatureContext } from '../../server/src/service/features/context';
import { actionEdits, applyEdits, editSpans } from './applyEdits';
import { samplesDir, workedExample } from './paths';

export const uri = 'file:///fixes/test.cable';

export interface Checked {
  text: string;
  diagnostics: Diagnostic[];
  /**
   * The actions for these diagnostics over the range they cover. Without
   * `only`, the fixes: the editorial marks a range that is a selection gets
   * too (refactorings, see markSelection.test.ts) are left out.
   */
  actionsFor(diagnostics: Diagnostic[], only?: string[]): CodeAction[];
}

export function checked(text: string, overrides: Partial<CableSettings> = {}): Checked {
  const settings = mergeSettings(overrides);
  // A service of its own: a later version of the same uri would be parsed out of this tree, which `actionsFor` keeps.
  const service = createLanguageService();
  const document = TextDocument.create(uri, 'cable', 1, text);
  const diagnostics = service.getDiagnostics(document, settings);
  const tree = service.parse(document, settings);
  const context: FeatureContext = { settings, names: undefined, uri, token: neverCancelled };
  return {
    text,
    diagnostics,
    actionsFor: (chosen, only) => {
      const range = chosen.length > 0 ? { start: chosen[0].range.start, end: chosen[chosen.length - 1].range.end } : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      const actions = getCodeActions(tree, range, chosen, only, context);
      return only === undefined ? actions.filter((action) => !action.kind?.startsWith('refactor.')) : actions;
    },
  };
}

/** `C304@66` for each diagnostic (1-based line). */
export function codesAt(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => `${String(diagnostic.code)}@${diagnostic.range.start.line + 1}`);
}

export const sample = (name: string): string => fs.readFileSync(path.join(samplesDir, 'errors', name), 'utf8');
export const worked = fs.readFileSync(workedExample, 'utf8');

/** The same document with CRLF line endings, with a BOM, and with both: every fix must behave the same. */
export const variants: ReadonlyArray<{ name: string; make: (lf: string) => string }> = [
  { name: 'LF', make: (text) => text },
  { name: 'CRLF', make: (text) => text.replace(/\n/g, '\r\n') },
  { name: 'BOM', make: (text) => `\uFEFF${text}` },
  { name: 'BOM+CRLF', make: (text) => `\uFEFF${text.replace(/\n/g, '\r\n')}` },
];

/** Replaces the one occurrence of `from` (which must occur exactly once). */
export function edit(text: string, from: string, to: string): string {
  assert.equal(text.split(from).length, 2, `${JSON.stringify(from)} must occur exactly once`);
  return text.replace(from, () => to);
}

export interface FixCase {
  /** The document, with LF line endings; the CRLF and BOM variants are derived. */
  text: string;
  code: string;
  /** Which of the diagnostics with this code (default: the first). */
  occurrence?: number;
  title: string | RegExp;
  expected: string;
  /** What the checker reports after the fix, `code@line`. */
  remaining: string[];
  preferred: boolean;
  overrides?: Partial<CableSettings>;
  /** The fix may replace a line break (removing a wrapped recipient). */
  mayJoinLines?: boolean;
}

/**
 * (a) the exact text after the fix, (b) the diagnostic gone when checked
 * again, (c) every byte outside the edited span unchanged and the edits local
 * (no edit rewrites a line break or more than a word) — in all four variants.
 */
export function assertFix(fixCase: FixCase): void {
  for (const variant of variants) {
    const label = `${variant.name}: ${String(fixCase.title)}`;
    const before = variant.make(fixCase.text);
    const document = checked(before, fixCase.overrides);
    const diagnostic = document.diagnostics.filter((candidate) => candidate.code === fixCase.code)[fixCase.occurrence ?? 0];
    assert.ok(diagnostic, `${label}: no ${fixCase.code} in ${codesAt(document.diagnostics).join(' ')}`);
    const actions = document.actionsFor([diagnostic]);
    const action = actions.find((candidate) => (typeof fixCase.title === 'string' ? candidate.title === fixCase.title : fixCase.title.test(candidate.title)));
    assert.ok(action, `${label}: offered ${JSON.stringify(actions.map((candidate) => candidate.title))}`);
    assert.equal(action.kind, 'quickfix', label);
    assert.ok(action.diagnostics?.includes(diagnostic), `${label}: the action names its diagnostic`);
    assert.equal(action.isPreferred === true, fixCase.preferred, `${label}: isPreferred`);
    const edits = actionEdits(action, uri);
    const after = applyEdits(before, edits);
    assert.equal(after, variant.make(fixCase.expected), label);
    assert.deepEqual(codesAt(checked(after, fixCase.overrides).diagnostics), fixCase.remaining, `${label}: checked again`);
    assertOnlyEditedSpanChanged(before, after, edits, fixCase.mayJoinLines ?? false, label);
  }
}

function assertOnlyEditedSpanChanged(before: string, after: string, edits: readonly TextEdit[], mayJoinLines: boolean, label: string): void {
  const spans = editSpans(before, edits);
  const start = Math.min(...spans.map((span) => span.start));
  const end = Math.max(...spans.map((span) => span.end));
  const tail = before.length - end;
  assert.ok(Buffer.from(after.slice(0, start)).equals(Buffer.from(before.slice(0, start))), `${label}: bytes before the edit changed`);
  assert.ok(Buffer.from(after.slice(after.length - tail)).equals(Buffer.from(before.slice(end))), `${label}: bytes after the edit changed`);
  for (const span of spans) {
    const replaced = before.slice(span.start, span.end);
    assert.ok(replaced.length <= 24, `${label}: an edit replaces ${JSON.stringify(replaced)}, more than a word`);
    if (!mayJoinLines) assert.ok(!/[\r\n]/.test(replaced), `${label}: an edit replaces a line break`);
  }
}

/** The titles offered for one diagnostic. */
export function titlesFor(text: string, code: string, occurrence = 0, overrides: Partial<CableSettings> = {}): string[] {
  const document = checked(text, overrides);
  const diagnostic = document.diagnostics.filter((candidate) => candidate.code === code)[occurrence];
  assert.ok(diagnostic, `no ${code} in ${codesAt(document.diagnostics).join(' ')}`);
  return document.actionsFor([diagnostic]).map((action) => action.title);
}
