/**
 * Rename a footnote marker (see renameFootnote.ts), or a name (format
 * section 7) everywhere it is used with the same key:
 * in this document and, when the host gives a workspace, in every other
 * document that uses it. Each use gets the smallest edit that turns it into
 * the new name, so the text around it (and unchanged letters) stay untouched.
 */
import type { Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { CableTree, NameNode } from '../parser/tree';
import type { FeatureContext } from './context';
import { offsetOf, rangeOf } from './definition';
import { forEachWorkspaceUse, nameAt, usesOf, type WorkspaceNames } from './references';
import { footnoteRenameEdits, prepareFootnoteRename } from './renameFootnote';
import { RenameError } from './renameError';
import { isHighSurrogate, isLowSurrogate } from '../text/surrogates';
import { leadingTitleLength } from '../names/titles';

/** What an edit of a document's names is worked out from: its text and line starts. */
type Placed = Pick<CableTree, 'text' | 'lineStarts'>;

export { RenameError };

export function prepareRename(tree: CableTree, position: Position, _context: FeatureContext): { range: Range; placeholder: string } | null {
  const offset = offsetOf(tree, position);
  const footnote = prepareFootnoteRename(tree, offset);
  if (footnote) return footnote;
  const name = nameAt(tree, offset);
  if (!name) return null;
  return { range: rangeOf(tree, name), placeholder: writtenText(tree, name) };
}

/**
 * The edits renaming the footnote marker or name under the cursor; null when
 * the cursor is on neither. Throws a `RenameError` for a new name that is
 * empty, spans lines or holds brackets, or a marker the format has no room for.
 */
export async function getRenameEdits(
  tree: CableTree,
  position: Position,
  newName: string,
  context: FeatureContext,
  workspace?: WorkspaceNames,
): Promise<WorkspaceEdit | null> {
  const offset = offsetOf(tree, position);
  const footnote = footnoteRenameEdits(tree, offset, newName, context.uri);
  if (footnote) return footnote;
  const name = nameAt(tree, offset);
  if (!name) return null;
  const replacement = checkedNewName(newName);
  const changes: Record<string, TextEdit[]> = {};
  const addEdits = (uri: string, target: Placed, uses: readonly NameNode[]): void => {
    const edits = uses.flatMap((use) => editFor(target, use, spellingFor(target, use, replacement)));
    if (edits.length > 0) changes[uri] = edits;
  };
  // This spelling alone: a Russian name's other cases keep their endings, which a new name need not take.
  const query = { key: name.key, inAnyCase: false };
  addEdits(context.uri, tree, usesOf(tree, query));
  if (workspace) await forEachWorkspaceUse(query, context, workspace, addEdits);
  return { changes };
}

export function checkedNewName(newName: string): string {
  if (/[\r\n\u2028\u2029]/.test(newName)) throw new RenameError('A name must stay on one line: the new name has a line break.');
  // A name's words are joined by one space (format section 7): a tab or a run of blanks typed between them is one.
  const trimmed = newName.trim().replace(/[ \t]+/g, ' ');
  if (trimmed === '') throw new RenameError('The new name is empty.');
  // brackets would turn part of the name into an editorial mark
  if (/[[\]]/.test(trimmed)) throw new RenameError('A name cannot hold [ or ]: square brackets are editorial marks.');
  // The title stays where it is written; typed again it would be doubled (`Cde. Cde. Li Kenong`).
  const title = leadingTitleLength(trimmed);
  if (title > 0 && title < trimmed.length) throw new RenameError(`A title is no part of a name: rename to the name alone, without ${JSON.stringify(trimmed.slice(0, title).trim())}.`);
  return trimmed;
}

function writtenText(tree: Placed, name: NameNode): string {
  return tree.text.slice(name.start, name.end);
}

/**
 * Cables write some uses of a name in capitals (signatures, `Cde. FILIPPOV`).
 * Such a use keeps its capitals, whichever use the rename starts from: a
 * signature is a line of capitals, and a name in mixed case would make it
 * none (its time then unchecked). Every other use gets the new name as typed.
 */
function spellingFor(tree: Placed, use: NameNode, replacement: string): string {
  return isAllCapitals(writtenText(tree, use)) ? replacement.toUpperCase() : replacement;
}

function isAllCapitals(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toUpperCase() && text !== text.toLowerCase();
}

/** One edit covering only the code units that differ between the written use and its new spelling; none when equal. */
function editFor(tree: Placed, use: NameNode, spelling: string): TextEdit[] {
  const written = writtenText(tree, use);
  if (written === spelling) return [];
  const prefix = commonPrefixLength(written, spelling);
  const suffix = commonSuffixLength(written, spelling, prefix);
  return [
    {
      range: rangeOf(tree, { start: use.start + prefix, end: use.end - suffix }),
      newText: spelling.slice(prefix, spelling.length - suffix),
    },
  ];
}

function commonPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let length = 0;
  while (length < limit && a.charCodeAt(length) === b.charCodeAt(length)) length++;
  // never split a surrogate pair: a shared high surrogate alone is not a shared character
  if (length > 0 && isHighSurrogate(a.charCodeAt(length - 1))) length--;
  return length;
}

/** The shared ending, not overlapping the shared beginning of either string. */
function commonSuffixLength(a: string, b: string, prefix: number): number {
  const limit = Math.min(a.length, b.length) - prefix;
  let length = 0;
  while (length < limit && a.charCodeAt(a.length - 1 - length) === b.charCodeAt(b.length - 1 - length)) length++;
  if (length > 0 && isLowSurrogate(a.charCodeAt(a.length - length))) length--;
  return length;
}
