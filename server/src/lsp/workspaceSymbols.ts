/**
 * Go to Symbol in Workspace: the service finds the names in the index; here
 * a picked entry's cable is read for where the name is first used (the open
 * version when the cable is open, else its file). A client that cannot have
 * entries resolved later gets the first ones resolved at once.
 */
import { ErrorCodes, ResponseError, type Connection, type TextDocuments, type WorkspaceSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { NamedText } from '../service';
import { throwIfCancelled, type Cancellation } from '../service/cancellation';
import type { Session } from './session';
import { workspaceNames } from './workspaceNames';
import { needs } from './params';

/** Entries resolved at once for a client that cannot resolve them later: each may mean reading a file. */
const resolvedAtOnce = 100;

export function registerWorkspaceSymbols(connection: Connection, documents: TextDocuments<TextDocument>, session: Session): void {
  const { runner, service } = session;
  const namesIn = async (uri: string): Promise<NamedText | undefined> => {
    const { settings, maxFileSize } = await session.settings.forDocument(uri);
    return workspaceNames(documents, service, session.index, session.files, settings, maxFileSize).names(uri);
  };
  const resolve = async (symbol: WorkspaceSymbol): Promise<WorkspaceSymbol> => {
    const named = await namesIn(symbol.location.uri);
    return named ? service.resolveWorkspaceSymbol(symbol, named) : symbol;
  };

  connection.onWorkspaceSymbol((params, token) => {
    const problem = needs.query(params);
    if (problem) return new ResponseError(ErrorCodes.InvalidParams, `workspace/symbol: ${problem}`);
    return runner.request('workspace/symbol', token, async () => {
      const symbols = service.getWorkspaceSymbols(params.query, token);
      return session.client.workspaceSymbolResolve ? symbols : resolveEach(symbols.slice(0, resolvedAtOnce), resolve, token);
    });
  });
  connection.onWorkspaceSymbolResolve((symbol, token) => runner.request('workspaceSymbol/resolve', token, () => resolve(symbol)));
}

/** The entries with their ranges, less those whose cable no longer has the name. */
async function resolveEach(symbols: readonly WorkspaceSymbol[], resolve: (symbol: WorkspaceSymbol) => Promise<WorkspaceSymbol>, token: Cancellation): Promise<WorkspaceSymbol[]> {
  const resolved: WorkspaceSymbol[] = [];
  for (const symbol of symbols) {
    throwIfCancelled(token);
    const withRange = await resolve(symbol);
    if ('range' in withRange.location) resolved.push(withRange);
  }
  return resolved;
}
