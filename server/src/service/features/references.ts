/**
 * Find all references: for a footnote, its references (and its note); for a
 * name, every use of the same name (same key) in this document and, when the
 * host gives a workspace, in every other document that uses it.
 */
import type { Location, Position } from 'vscode-languageserver-types';
import { locate } from '../analysis/locate';
import { throwIfCancelled } from '../cancellation';
import { namesOf } from '../names/namesOf';
import type { NamedText } from '../parser/namesPass';
import type { CableTree, NameNode, TextRange } from '../parser/tree';
import type { FeatureContext } from './context';
import { footnoteAt, footnoteReferences, locationOf, noteFor, offsetOf, touches } from './definition';

/** The other documents of the workspace, read on demand by the host for their names (nothing else of them is needed). */
export interface WorkspaceNames {
  uris(): Iterable<string>;
  names(uri: string): Promise<NamedText | undefined>;
}

/** The name written at an offset, if any (names lie in header, body and footer, never in the catalogue). */
export function nameAt(tree: CableTree, offset: number): NameNode | undefined {
  const block = locate(tree, offset).block;
  if (!block) return undefined;
  // Not `locate(…).inline`: at `VIKTOR[i]` the cursor between them should still find the name.
  return block.inlines.find((inline): inline is NameNode => inline.type === 'name' && touches(inline, offset));
}

/** Every use of a name key in one tree, in document order. */
export function usesOf(tree: CableTree, key: string): NameNode[] {
  return usesAmong(namesOf(tree), key);
}

function usesAmong(names: readonly NameNode[], key: string): NameNode[] {
  return names.filter((name) => name.key === key);
}

/**
 * The other documents that use a name: those the name index lists, or, with
 * no index, every document of the workspace. Sorted so results are stable.
 */
export function documentsToVisit(key: string, context: FeatureContext, workspace: WorkspaceNames): string[] {
  const candidates = context.names ? context.names.documentsUsing(key).keys() : workspace.uris();
  return [...new Set(candidates)].filter((uri) => uri !== context.uri).sort();
}

/** Visits the uses of a name in the other documents, checking for cancellation before each. */
export async function forEachWorkspaceUse(
  key: string,
  context: FeatureContext,
  workspace: WorkspaceNames,
  visit: (uri: string, named: NamedText, uses: NameNode[]) => void,
): Promise<void> {
  for (const uri of documentsToVisit(key, context, workspace)) {
    throwIfCancelled(context.token);
    const named = await workspace.names(uri);
    if (!named) continue;
    const uses = usesAmong(named.names, key);
    if (uses.length > 0) visit(uri, named, uses);
  }
  throwIfCancelled(context.token);
}

/** References within this document only: footnotes, and the uses of a name here. */
export function getDocumentReferences(tree: CableTree, position: Position, context: FeatureContext, includeDeclaration: boolean): Location[] {
  return localReferences(tree, offsetOf(tree, position), context, includeDeclaration).locations;
}

/**
 * All references. A name has no declaration, so `includeDeclaration` only
 * matters for footnotes (it adds the note's marker). Footnotes are local to
 * their document; names are looked up across the workspace when one is given.
 */
export async function getReferences(
  tree: CableTree,
  position: Position,
  context: FeatureContext,
  includeDeclaration: boolean,
  workspace?: WorkspaceNames,
): Promise<Location[]> {
  const local = localReferences(tree, offsetOf(tree, position), context, includeDeclaration);
  if (!workspace || !local.name) return local.locations;
  const found = [...local.locations];
  await forEachWorkspaceUse(local.name.key, context, workspace, (uri, other, uses) => found.push(...locationsIn(other, uri, uses)));
  return found;
}

interface LocalReferences {
  locations: Location[];
  /** The name under the cursor, when the references are a name's uses. */
  name: NameNode | undefined;
}

function localReferences(tree: CableTree, offset: number, context: FeatureContext, includeDeclaration: boolean): LocalReferences {
  const footnote = footnoteAt(tree, offset);
  if (footnote) return { locations: footnoteLocations(tree, footnote.marker, context.uri, includeDeclaration), name: undefined };
  const name = nameAt(tree, offset);
  if (!name) return { locations: [], name: undefined };
  return { locations: locationsIn(tree, context.uri, usesOf(tree, name.key)), name };
}

function footnoteLocations(tree: CableTree, marker: string, uri: string, includeDeclaration: boolean): Location[] {
  const ranges: TextRange[] = footnoteReferences(tree, marker);
  const note = includeDeclaration ? noteFor(tree, marker) : undefined;
  if (note) ranges.push(note.markerRange);
  // a note may be referred to from a later note, so order by place in the text
  return locationsIn(tree, uri, ranges.sort((a, b) => a.start - b.start));
}

function locationsIn(tree: Pick<CableTree, 'lineStarts'>, uri: string, ranges: readonly TextRange[]): Location[] {
  return ranges.map((range) => locationOf(tree, uri, range));
}
