/**
 * The language service: every feature as a function over a document, wired
 * into one object. Hosts (the language server, the CLI, a browser worker) give
 * it documents and settings; it parses each document version once and shares
 * the tree between features.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { neverCancelled, type Cancellation } from './cancellation';
import { checkTree } from './diagnostics/check';
import type { NameIndex } from './names/nameIndex';
import { parseCable } from './parser/parse';
import type { CableTree } from './parser/tree';
import type { CableSettings } from './settings';
import { TreeCache } from './treeCache';

export interface LanguageServiceOptions {
  /** Names used across the workspace, for C305; omit to compare within each document only. */
  names?: NameIndex;
  /** Base URL of the rules documentation; each diagnostic links to `#c101` etc. */
  rulesDocumentation?: string;
}

export interface CableLanguageService {
  /** The tree of this document version (parsed once, then cached). */
  parse(document: TextDocument, settings: CableSettings): CableTree;
  getDiagnostics(document: TextDocument, settings: CableSettings, token?: Cancellation): Diagnostic[];
  /** Forget a closed document. */
  forget(uri: string): void;
}

export const defaultRulesDocumentation = 'https://github.com/cable-markup/cable-vscode/blob/main/docs/rules.md';

export function createLanguageService(options: LanguageServiceOptions = {}): CableLanguageService {
  const trees = new TreeCache(parseCable);
  const rulesDocumentation = options.rulesDocumentation ?? defaultRulesDocumentation;
  const parse = (document: TextDocument, settings: CableSettings): CableTree => trees.get(document, { slashedDates: settings.slashedDates });
  return Object.freeze({
    parse,
    getDiagnostics: (document: TextDocument, settings: CableSettings, token: Cancellation = neverCancelled) =>
      checkTree(parse(document, settings), { settings, names: options.names, uri: document.uri, rulesDocumentation, token }),
    forget: (uri: string) => trees.delete(uri),
  });
}
