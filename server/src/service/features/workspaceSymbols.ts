/**
 * Go to Symbol in Workspace (Ctrl+T): the names of the workspace's cables,
 * found in the name index as they are typed (`peng` → `Peng Dehuai`), one
 * entry per cable that uses the name. The index knows which cables use a
 * name, not where in them, so an entry names its cable alone and is
 * resolved to the name's first use when it is picked (`resolveWorkspaceSymbol`).
 */
import { SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver-types';
import { throwIfCancelled, type Cancellation } from '../cancellation';
import type { NameIndex, NameUses } from '../names/nameIndex';
import type { NamedText } from '../parser/namesPass';
import { positionAt } from '../text/positions';

/** Entries answered at most: a name every cable uses must not send the whole archive on each keystroke. */
export const maxWorkspaceSymbols = 500;

/** What an entry carries to be resolved: the name's key. */
export interface WorkspaceSymbolData {
  key: string;
}

/** How well a key matches what was typed; lower is better, undefined is no match. */
function matchRank(key: string, query: string): number | undefined {
  const at = key.indexOf(query);
  if (at === 0) return 0;
  if (at > 0) return key.charCodeAt(at - 1) === 32 ? 1 : 2;
  // The letters typed, in order, anywhere in the name (`pdh` for `peng dehuai`), as editors match symbols.
  let from = 0;
  for (let index = 0; index < query.length; index++) {
    if (query.charCodeAt(index) === 32) continue;
    from = key.indexOf(query[index], from) + 1;
    if (from === 0) return undefined;
  }
  return 3;
}

/**
 * The names matching `query` (case and runs of blanks ignored), best first:
 * names that start with it, then names with a word that does, then those
 * that hold it, then those that hold its letters in order; within each, the
 * more used first. Empty for an empty query: every name would be too many.
 */
export function getWorkspaceSymbols(query: string, names: NameIndex, token: Cancellation): WorkspaceSymbol[] {
  const wanted = query.trim().toLowerCase().replace(/\s+/g, ' ');
  if (wanted === '') return [];
  const byRank = matchesByRank(wanted, names, token);
  const symbols: WorkspaceSymbol[] = [];
  // Each rank is sorted only when reached: a first letter matches most names, but the limit is met among the best few.
  for (const matches of byRank) {
    matches.sort((a, b) => b.uses.uses - a.uses.uses || (a.key < b.key ? -1 : 1));
    for (const { key, uses } of matches) {
      if (addEntries(symbols, key, uses)) return symbols;
    }
  }
  return symbols;
}

interface Match {
  key: string;
  uses: NameUses;
}

/** The matching names, in one list per rank (see matchRank). */
function matchesByRank(wanted: string, names: NameIndex, token: Cancellation): Match[][] {
  const byRank: Match[][] = [[], [], [], []];
  let looked = 0;
  for (const [key, uses] of names.everyName()) {
    if (++looked % 4096 === 0) throwIfCancelled(token);
    const rank = matchRank(key, wanted);
    if (rank !== undefined) byRank[rank].push({ key, uses });
  }
  return byRank;
}

/** An entry for each cable using the name, the cable using it most first; true once the limit is reached. */
function addEntries(symbols: WorkspaceSymbol[], key: string, uses: NameUses): boolean {
  const documents = [...uses.documents].sort(([uriA, a], [uriB, b]) => b - a || (uriA < uriB ? -1 : 1));
  for (const [uri, count] of documents) {
    const data: WorkspaceSymbolData = { key };
    symbols.push({ name: uses.text, kind: SymbolKind.String, containerName: `${fileName(uri)} (${count === 1 ? 'once' : `${count} times`})`, location: { uri }, data });
    if (symbols.length === maxWorkspaceSymbols) return true;
  }
  return false;
}

/** The last part of a URI's path, as the file is called: `cable-25025.cable`. */
function fileName(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** The entry with the range of the name's first use in its cable; as it was when the cable no longer uses the name. */
export function resolveWorkspaceSymbol(symbol: WorkspaceSymbol, named: NamedText): WorkspaceSymbol {
  const key = (symbol.data as Partial<WorkspaceSymbolData> | undefined)?.key;
  const first = key === undefined ? undefined : named.names.find((name) => name.key === key);
  if (!first) return symbol;
  const range = { start: positionAt(named.lineStarts, first.start), end: positionAt(named.lineStarts, first.end) };
  return { ...symbol, location: { uri: symbol.location.uri, range } };
}
