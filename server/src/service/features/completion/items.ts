/** Small builders shared by the completion providers. */
import { InsertTextFormat, MarkupKind, type CompletionItem, type CompletionItemKind, type Range } from 'vscode-languageserver-types';

/**
 * A sort key: `group` puts whole families before others (0 first), `rank`
 * orders within a family. Clients sort by this text, so both are padded.
 */
export function sortKey(group: number, rank: number): string {
  return `${group}${String(rank).padStart(6, '0')}`;
}

export interface ItemSpec {
  label: string;
  kind: CompletionItemKind;
  range: Range;
  /** Inserted text; the label when not given. */
  insert?: string;
  /** True when `insert` uses snippet syntax (`${1:3}`, `$0`). */
  snippet?: boolean;
  detail: string;
  documentation?: string;
  sortText: string;
  filterText?: string;
}

export function item(spec: ItemSpec): CompletionItem {
  const completion: CompletionItem = {
    label: spec.label,
    kind: spec.kind,
    detail: spec.detail,
    sortText: spec.sortText,
    textEdit: { range: spec.range, newText: spec.insert ?? spec.label },
    insertTextFormat: spec.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
  };
  if (spec.documentation) completion.documentation = { kind: MarkupKind.Markdown, value: spec.documentation };
  if (spec.filterText !== undefined) completion.filterText = spec.filterText;
  return completion;
}

/** Text that goes into a snippet as it is: `$`, `}` and `\` escaped. */
export function snippetText(text: string): string {
  return text.replace(/[$}\\]/g, (character) => `\\${character}`);
}

/** Writes `typed`-like case: all capitals when the transcriber typed capitals (`OC` → `OCTOBER`). */
export function inCaseOf(typed: string, word: string): string {
  const letters = typed.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() ? word.toUpperCase() : word;
}
