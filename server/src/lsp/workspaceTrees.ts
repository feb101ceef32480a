/**
 * Trees of workspace documents for references and rename across files: the
 * open version when a document is open, else the file on disk, parsed once
 * per request (a request that visits many files must not keep them all).
 */
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseCable, type CableLanguageService, type CableSettings, type CableTree } from '../service';
import type { WorkspaceTrees } from '../service/features/references';
import type { WorkspaceIndex } from './workspaceIndex';
import { documentKey, fsPathOf, type WorkspaceFiles } from './workspaceFiles';

export function workspaceTrees(
  documents: TextDocuments<TextDocument>,
  service: CableLanguageService,
  index: WorkspaceIndex,
  files: WorkspaceFiles,
  settings: CableSettings,
  maxFileSize: number,
): WorkspaceTrees {
  const open = new Map(documents.all().map((document) => [documentKey(document.uri), document]));
  return {
    uris: () => index.names.documentUris(),
    async tree(uri: string): Promise<CableTree | undefined> {
      const document = open.get(documentKey(uri));
      if (document) return service.parse(document, settings);
      const file = fsPathOf(uri);
      if (file === undefined) return undefined;
      try {
        const text = await files.readText(file, maxFileSize);
        return text === undefined ? undefined : parseCable(text, { slashedDates: settings.slashedDates });
      } catch {
        return undefined; // deleted or unreadable since it was indexed: nothing to find there
      }
    },
  };
}
