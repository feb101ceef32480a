/**
 * Formatting: on the user's request only, never on its own. It tidies what
 * carries no meaning and leaves every character of the transcription alone:
 *
 * - trailing spaces and tabs at the end of a line go (the page cannot show
 *   them, and no rule reads them). The one exception is a note line with
 *   nothing after its marker, `[iii] `: the blank after the marker is what
 *   makes the line a note, so it stays. Only spaces and tabs are trimmed; a
 *   no-break space may be deliberate and is kept. Line endings, a BOM, a
 *   final line ending or its absence are never touched, whatever the editor's
 *   `insertFinalNewline` / `trimFinalNewlines` say;
 * - a header or footer field name takes its standard spelling
 *   (`received:` → `Received:`; an alias keeps being the alias, `telegram:`
 *   → `Telegram:`), and `Name : value` takes one `: ` (`Received :  1135` →
 *   `Received: 1135`). A misspelt name (C201) is left to its quick fix;
 * - a catalogue entry takes one `: ` between key and value (`date:1951` →
 *   `date: 1951`); key spelling is left to C204's quick fix.
 *
 * Body text, quotes, marks, comments and field values are never changed,
 * except for the trailing blanks above. Edits are minimal (only where the text
 * changes), and with a range only edits wholly inside it are returned.
 */
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver-types';
import { throwIfCancelled } from '../cancellation';
import { fieldByName } from '../parser/fields';
import { isFootnoteMarker } from '../parser/marks';
import type { CableTree, FieldBlock, SourceLine, TextRange } from '../parser/tree';
import { positionAt } from '../text/positions';
import { offsetIn } from '../parser/treeText';
import { endOfInk, lineAt, lineIndexAt } from './codeActions/lines';
import type { FeatureContext } from './context';

interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

export function getFormattingEdits(tree: CableTree, options: FormattingOptions, context: FeatureContext, range?: Range): TextEdit[] {
  throwIfCancelled(context.token);
  const edits = [...catalogueSpacingEdits(tree), ...fieldEdits(tree)];
  if (options.trimTrailingWhitespace !== false) edits.push(...trailingBlankEdits(tree, context));
  edits.sort((a, b) => a.start - b.start);
  const limit = range ? { start: offsetIn(tree, range.start), end: offsetIn(tree, range.end) } : undefined;
  return edits
    .filter((edit) => !limit || (edit.start >= limit.start && edit.end <= limit.end))
    .map((edit) => ({ range: { start: positionAt(tree.lineStarts, edit.start), end: positionAt(tree.lineStarts, edit.end) }, newText: edit.newText }));
}

/** An edit only where the text differs: formatting a formatted document gives no edits. */
function editIfChanged(text: string, start: number, end: number, newText: string): OffsetEdit[] {
  return text.slice(start, end) === newText ? [] : [{ start, end, newText }];
}

/**
 * The blanks and colon between a name and its value, as one `: `; with no
 * value on the line, just `:` (what follows it is trailing blanks, trimmed
 * separately). Left alone when anything else stands there (a no-break space).
 */
function colonSpacing(text: string, nameEnd: number, line: SourceLine, valueRanges: readonly TextRange[]): OffsetEdit[] {
  const firstValue = valueRanges[0];
  const hasValueOnLine = firstValue !== undefined && firstValue.start <= line.contentEnd;
  const gapEnd = hasValueOnLine ? firstValue.start : text.indexOf(':', nameEnd) + 1;
  if (gapEnd <= nameEnd || !/^[ \t]*:[ \t]*$/.test(text.slice(nameEnd, gapEnd))) return [];
  return editIfChanged(text, nameEnd, gapEnd, hasValueOnLine ? ': ' : ':');
}

function catalogueSpacingEdits(tree: CableTree): OffsetEdit[] {
  return (tree.catalogue?.entries ?? []).flatMap((entry) => colonSpacing(tree.text, entry.keyRange.end, lineAt(tree, lineIndexAt(tree, entry.start)), entry.valueRanges));
}

/** The standard spelling of a known field name as written: the canonical name, or the alias used. */
function standardSpelling(written: string): string | undefined {
  const definition = fieldByName(written);
  if (!definition) return undefined;
  const lower = written.toLowerCase();
  return [definition.name, ...definition.aliases].find((spelling) => spelling.toLowerCase() === lower);
}

function fieldEdits(tree: CableTree): OffsetEdit[] {
  const fields = [...tree.header.blocks, ...(tree.footer?.blocks ?? [])].filter((block): block is FieldBlock => block.type === 'field' && block.canonical !== undefined);
  return fields.flatMap((field) => {
    const spelling = standardSpelling(field.name);
    const nameEdits = spelling ? editIfChanged(tree.text, field.nameRange.start, field.nameRange.end, spelling) : [];
    return [...nameEdits, ...colonSpacing(tree.text, field.nameRange.end, lineAt(tree, lineIndexAt(tree, field.start)), field.valueRanges)];
  });
}

/** `[iii] ` alone on a footer line: without the blank it would no longer be a note. */
function isEmptyNote(tree: CableTree, line: SourceLine): boolean {
  if (!tree.footer || line.start < tree.footer.start) return false;
  const marker = /^\[([a-z0-9]{1,4})\][ \t]+$/.exec(tree.text.slice(line.start, line.contentEnd))?.[1];
  return marker !== undefined && isFootnoteMarker(marker);
}

function trailingBlankEdits(tree: CableTree, context: FeatureContext): OffsetEdit[] {
  const edits: OffsetEdit[] = [];
  for (let index = 0; index < tree.lineStarts.length; index++) {
    if (index % 8192 === 0) throwIfCancelled(context.token);
    const line = lineAt(tree, index);
    const inkEnd = endOfInk(tree.text, line.start, line.contentEnd);
    if (inkEnd < line.contentEnd && !isEmptyNote(tree, line)) edits.push({ start: inkEnd, end: line.contentEnd, newText: '' });
  }
  return edits;
}
