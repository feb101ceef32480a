/**
 * C203: a required field is missing. The fix inserts `Name: ` as the first
 * line of the header — after the catalogue record and after any comments and
 * blank lines that open the header, before its first field — with an empty
 * value for the transcriber to fill in (an empty value is not C208).
 */
import { fieldByName, gluedFieldOf } from '../../parser/fields';
import { commentStart, isBlank, startsWithWhitespace } from '../../parser/lines';
import type { CableTree } from '../../parser/tree';
import { insert, quoted } from './edits';
import { lineAt, lineIndexAt } from './lines';
import type { FixEnv, FixFamily, OffsetEdit } from './types';

/** The index of the first line from the header's start on that is neither blank nor a comment. */
function firstTextLine(tree: CableTree): number | undefined {
  for (let index = lineIndexAt(tree, tree.header.start); index < tree.lineStarts.length; index++) {
    const line = lineAt(tree, index);
    if (line.start < tree.header.start) continue;
    if (line.start === line.end) return undefined;
    if (!isBlank(tree.text, line) && commentStart(tree.text, line) < 0) return index;
  }
  return undefined;
}

function fieldLineInsertion({ tree, eol }: FixEnv, fieldLine: string): OffsetEdit {
  const index = firstTextLine(tree);
  if (index !== undefined) {
    const line = lineAt(tree, index);
    // A line that starts with a blank would read as the new field's continuation: keep it apart.
    const separation = startsWithWhitespace(tree.text, line) ? eol + eol : eol;
    return insert(line.start, fieldLine + separation);
  }
  // No text line to go before: the field goes at the end, on a line of its own, and the
  // document keeps ending with a line ending, or without one, as it did.
  const end = tree.text.length;
  if (end === (tree.bom?.end ?? 0)) return insert(end, fieldLine);
  if (/[\r\n]$/.test(tree.text)) return insert(end, fieldLine + eol);
  return insert(end, eol + fieldLine);
}

/** The space that makes the body's first line the missing field, when that line glues its value to the colon (`Cable:25025`, which ended the header). */
function gluedFieldSpace(tree: CableTree, name: string): OffsetEdit | undefined {
  if (tree.body.start >= tree.body.end) return undefined;
  const line = lineAt(tree, lineIndexAt(tree, tree.body.start));
  const glued = gluedFieldOf(tree.text.slice(line.start, line.contentEnd));
  return glued?.name === name ? insert(line.start + glued.spaceAt, ' ') : undefined;
}

export const addRequiredField: FixFamily = (target, env) => {
  const definition = fieldByName(target.suggestions[0] ?? '');
  // An unknown name would not be read as a field: it would start the body and push the header into it.
  if (!definition || env.facts.fields.some((field) => field.canonical === definition.name)) return [];
  const space = gluedFieldSpace(env.tree, definition.name);
  if (space) return [{ title: `Put a space after ${quoted(definition.name + ':')}`, edits: [space], preferred: true, safe: true }];
  const fieldLine = `${definition.name}: `;
  return [{ title: `Add the missing field ${quoted(definition.name + ':')} to the header`, edits: [fieldLineInsertion(env, fieldLine)], preferred: true, safe: false }];
};
