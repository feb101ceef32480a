/**
 * Find all references: for a footnote, its references (and its note); for a
 * name, every use of the same name (same key, or a Russian name in another
 * grammatical case) in this document and, when the host gives a workspace,
 * in every other document that uses it.
 */
import type { Location, Position } from 'vscode-languageserver-types';
import { locate } from '../analysis/locate';
import { throwIfCancelled } from '../cancellation';
import { areNameForms, formsPrefix } from '../names/inflection';
import type { NameIndex } from '../names/nameIndex';
import { namesOf } from '../names/namesOf';
import type { NamedText } from '../parser/namesPass';
import type { CableTree, NameNode, TextRange } from '../parser/tree';
import { isCyrillic } from '../text/cyrillic';
import type { FeatureContext } from './context';
import { footnoteAt, footnoteMarkers, locationOf, offsetOf, touches } from './definition';

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

/**
 * Which names are uses of the one asked about: the same key (rename, which
 * must not change `Сталина` when `Сталин` is renamed), or also the key in
 * the other grammatical cases of a Russian name (references: `Сталин`,
 * `Сталина`, `Сталину` are one man).
 */
export interface NameQuery {
  key: string;
  inAnyCase: boolean;
}

/** Whether other keys than the query's own can be uses: its case forms, which only a Cyrillic name has. */
function seeksForms(query: NameQuery): boolean {
  return query.inAnyCase && isCyrillic(query.key.charCodeAt(0));
}

/** Every use of a name in one tree, in document order. */
export function usesOf(tree: CableTree, query: NameQuery): NameNode[] {
  return usesAmong(namesOf(tree), query);
}

function usesAmong(names: readonly NameNode[], query: NameQuery): NameNode[] {
  const forms = seeksForms(query);
  return names.filter((name) => name.key === query.key || (forms && areNameForms(name.key, query.key)));
}

/** The keys of the name index that are uses of the name: its case forms are found among the keys sharing their stem's start. */
function keysInIndex(query: NameQuery, names: NameIndex): string[] {
  if (!seeksForms(query)) return [query.key];
  return [query.key, ...names.keysStartingWith(formsPrefix(query.key)).filter((key) => areNameForms(key, query.key))];
}

/**
 * The other documents that use a name: those the name index lists, or, with
 * no index, every document of the workspace. Sorted so results are stable.
 */
export function documentsToVisit(query: NameQuery, context: FeatureContext, workspace: WorkspaceNames): string[] {
  const index = context.names;
  const candidates = index ? keysInIndex(query, index).flatMap((key) => [...index.documentsUsing(key).keys()]) : workspace.uris();
  return [...new Set(candidates)].filter((uri) => uri !== context.uri).sort();
}

/** Visits the uses of a name in the other documents, checking for cancellation before each. */
export async function forEachWorkspaceUse(
  query: NameQuery,
  context: FeatureContext,
  workspace: WorkspaceNames,
  visit: (uri: string, named: NamedText, uses: NameNode[]) => void,
): Promise<void> {
  for (const uri of documentsToVisit(query, context, workspace)) {
    throwIfCancelled(context.token);
    const named = await workspace.names(uri);
    if (!named) continue;
    const uses = usesAmong(named.names, query);
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
  await forEachWorkspaceUse({ key: local.name.key, inAnyCase: true }, context, workspace, (uri, other, uses) => found.push(...locationsIn(other, uri, uses)));
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
  return { locations: locationsIn(tree, context.uri, usesOf(tree, { key: name.key, inAnyCase: true })), name };
}

function footnoteLocations(tree: CableTree, marker: string, uri: string, includeDeclaration: boolean): Location[] {
  return locationsIn(tree, uri, footnoteMarkers(tree, marker, includeDeclaration));
}

function locationsIn(tree: Pick<CableTree, 'lineStarts'>, uri: string, ranges: readonly TextRange[]): Location[] {
  return ranges.map((range) => locationOf(tree, uri, range));
}
