/**
 * Completion fixtures shared by the completion tests: a document with a
 * cursor marker (`|`) completed as the editor would ask, the labels in the
 * order the client shows them, and the text after accepting an item.
 */
import assert from 'node:assert/strict';
import { InsertTextFormat, type CompletionItem, type CompletionList, type TextEdit } from 'vscode-languageserver-types';
import { getCompletions } from '../../server/src/service/features/completion';
import type { FeatureContext } from '../../server/src/service/features/context';
import { mergeSettings, namesOf, NameIndex, neverCancelled, parseCable, type CableSettings } from '../../server/src/service/index';
import { atCursor, type CursorFixture } from './cursor';

export const uri = 'file:///work/current.cable';

export interface Options {
  settings?: Partial<CableSettings>;
  names?: NameIndex;
}

export interface Result extends CompletionList {
  fixture: CursorFixture;
}

export function complete(marked: string, options: Options = {}): Result {
  const fixture = atCursor(marked);
  const context: FeatureContext = { settings: mergeSettings(options.settings), names: options.names, uri, token: neverCancelled };
  return { ...getCompletions(parseCable(fixture.text, { slashedDates: context.settings.slashedDates }), fixture.position, context), fixture };
}

export function labels(list: CompletionList): string[] {
  return list.items.map((item) => item.label);
}

/** Labels in the order the client shows them (by sortText, then label). */
export function sortedLabels(list: CompletionList): string[] {
  return [...list.items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label) || a.label.localeCompare(b.label)).map((item) => item.label);
}

export function find(list: CompletionList, label: string): CompletionItem {
  const found = list.items.find((item) => item.label === label);
  assert.ok(found, `no item ${JSON.stringify(label)} among ${JSON.stringify(labels(list))}`);
  return found;
}

/** Placeholders replaced by their defaults (`${1:3}` → 3, `${1|a,b|}` → a, `$0` → nothing), as accepting every default does. */
export function expandSnippet(snippet: string): string {
  return snippet
    .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, '')
    .replace(/\\([$}\\])/g, '$1');
}

/** The document after accepting an item, with its snippet defaults. */
export function accept(result: Result, label: string): string {
  const item = find(result, label);
  const edit = item.textEdit as TextEdit;
  assert.equal(edit.range.start.line, edit.range.end.line, 'a completion edit stays on one line');
  const lines = result.fixture.text.split('\n');
  const line = lines[edit.range.start.line];
  assert.ok(edit.range.start.character <= result.fixture.position.character && result.fixture.position.character <= edit.range.end.character, 'the edit range holds the cursor');
  const newText = item.insertTextFormat === InsertTextFormat.Snippet ? expandSnippet(edit.newText) : edit.newText;
  lines[edit.range.start.line] = line.slice(0, edit.range.start.character) + newText + line.slice(edit.range.end.character);
  return lines.join('\n');
}

export function workspaceWith(documents: Record<string, string>): NameIndex {
  const index = new NameIndex();
  for (const [documentUri, text] of Object.entries(documents)) index.setDocument(documentUri, namesOf(parseCable(text)));
  return index;
}
