/**
 * The names of workspace documents for references and rename across files:
 * the open version's (from its parsed tree) when a document is open, else
 * the file's on disk, read for its names alone, once per request (a request
 * that visits many files must not keep them all).
 */
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { namedText, namesOf, type CableLanguageService, type CableSettings, type NamedText } from '../service';
import type { WorkspaceNames } from '../service/features/references';
import type { WorkspaceIndex } from './workspaceIndex';
import { documentKey, fsPathOf, type WorkspaceFiles } from './workspaceFiles';

export function workspaceNames(
  documents: TextDocuments<TextDocument>,
  service: CableLanguageService,
  index: WorkspaceIndex,
  files: WorkspaceFiles,
  settings: CableSettings,
  maxFileSize: number,
): WorkspaceNames {
  const open = new Map(documents.all().map((document) => [documentKey(document.uri), document]));
  return {
    uris: () => index.names.documentUris(),
    async names(uri: string): Promise<NamedText | undefined> {
      const document = open.get(documentKey(uri));
      if (document) {
        const tree = service.parse(document, settings);
        return { text: tree.text, lineStarts: tree.lineStarts, names: namesOf(tree) };
      }
      const file = fsPathOf(uri);
      if (file === undefined) return undefined;
      try {
        const text = await files.readText(file, maxFileSize);
        return text === undefined ? undefined : namedText(text);
      } catch {
        return undefined; // deleted or unreadable since it was indexed: nothing to find there
      }
    },
  };
}
