/**
 * The language service: every feature as a function over a document, wired
 * into one object. Hosts (the language server, the CLI, a browser worker) give
 * it documents and settings; it parses each document version once and shares
 * the tree between features.
 */
import type {
  CodeAction,
  CompletionList,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  FormattingOptions,
  Hover,
  InlayHint,
  Location,
  Position,
  Range,
  SelectionRange,
  TextEdit,
  WorkspaceEdit,
  WorkspaceSymbol,
} from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { neverCancelled, type Cancellation } from './cancellation';
import { checkTree, checkTreeInSteps, type CheckOptions } from './diagnostics/check';
import { getCodeActions } from './features/codeActions';
import { getCompletions } from './features/completion';
import type { FeatureContext } from './features/context';
import { getDefinition } from './features/definition';
import { foldingRangesInSteps, getFoldingRanges } from './features/folding';
import { getFormattingEdits } from './features/formatting';
import { getHover } from './features/hover';
import { getInlayHints } from './features/inlayHints';
import { getDocumentReferences, getReferences, type WorkspaceNames } from './features/references';
import { getRenameEdits, prepareRename } from './features/rename';
import { getSelectionRanges } from './features/selectionRanges';
import { documentSymbolsInSteps, getDocumentSymbols } from './features/symbols';
import { getWorkspaceSymbols, resolveWorkspaceSymbol } from './features/workspaceSymbols';
import type { NameIndex } from './names/nameIndex';
import type { NamedText } from './parser/namesPass';
import { parseCable } from './parser/parse';
import type { CableTree } from './parser/tree';
import { renderBody, renderStandalone } from './render/index';
import type { CableSettings } from './settings';
import { TreeCache } from './treeCache';
import type { Steps } from './steps';

export interface LanguageServiceOptions {
  /** Names used across the workspace, for C305; omit to compare within each document only. */
  names?: NameIndex;
  /** Base URL of the rules documentation; each diagnostic links to `#c101` etc. */
  rulesDocumentation?: string;
}

export type PreviewView = 'diplomatic' | 'reading';

export interface CableLanguageService {
  /**
   * The tree of this document version (parsed once, then cached). It stays
   * valid until a later version of the same document is parsed: that tree is
   * built out of this one (its nodes are moved, not copied), so take what you
   * need from a tree before asking about a newer version.
   */
  parse(document: TextDocument, settings: CableSettings): CableTree;
  getDiagnostics(document: TextDocument, settings: CableSettings, token?: Cancellation): Diagnostic[];
  /**
   * The same diagnostics, computed a step at a time (each rule, then the
   * list; the tree's facts at the first step unless gathered before, see
   * `namesInSteps`): the returned value of the last `next()`. Between steps
   * the host may do other work, but not parse a later version of the document.
   */
  getDiagnosticsInSteps(document: TextDocument, settings: CableSettings, token?: Cancellation): Steps<Diagnostic[]>;
  getCompletions(document: TextDocument, settings: CableSettings, position: Position, token?: Cancellation): CompletionList;
  getHover(document: TextDocument, settings: CableSettings, position: Position, token?: Cancellation): Hover | null;
  /** The dates time groups in `range` are read as, where the page does not write them out: an inherited year, a slashed date's order. */
  getInlayHints(document: TextDocument, settings: CableSettings, range: Range, token?: Cancellation): InlayHint[];
  getDocumentSymbols(document: TextDocument, settings: CableSettings, token?: Cancellation): DocumentSymbol[];
  getFoldingRanges(document: TextDocument, settings: CableSettings, token?: Cancellation): FoldingRange[];
  /** The outline and the folds a step at a time, as `getDiagnosticsInSteps`: what the editor asks for whenever typing pauses. */
  getDocumentSymbolsInSteps(document: TextDocument, settings: CableSettings, token?: Cancellation): Steps<DocumentSymbol[]>;
  getFoldingRangesInSteps(document: TextDocument, settings: CableSettings, token?: Cancellation): Steps<FoldingRange[]>;
  getSelectionRanges(document: TextDocument, settings: CableSettings, positions: Position[], token?: Cancellation): SelectionRange[];
  getDefinition(document: TextDocument, settings: CableSettings, position: Position, token?: Cancellation): Location[] | null;
  /** This document's references (footnotes, names): also what document highlights show. */
  getDocumentReferences(document: TextDocument, settings: CableSettings, position: Position, includeDeclaration: boolean, token?: Cancellation): Location[];
  getReferences(document: TextDocument, settings: CableSettings, position: Position, includeDeclaration: boolean, workspace: WorkspaceNames | undefined, token?: Cancellation): Promise<Location[]>;
  prepareRename(document: TextDocument, settings: CableSettings, position: Position, token?: Cancellation): { range: Range; placeholder: string } | null;
  getRenameEdits(document: TextDocument, settings: CableSettings, position: Position, newName: string, workspace: WorkspaceNames | undefined, token?: Cancellation): Promise<WorkspaceEdit | null>;
  getCodeActions(document: TextDocument, settings: CableSettings, range: Range, diagnostics: Diagnostic[], only: string[] | undefined, token?: Cancellation): CodeAction[];
  getFormattingEdits(document: TextDocument, settings: CableSettings, options: FormattingOptions, range?: Range, token?: Cancellation): TextEdit[];
  /** The preview's HTML fragment, with the document's diagnostics shown at their place. */
  renderPreview(document: TextDocument, settings: CableSettings, view: PreviewView, token?: Cancellation): string;
  /** A standalone, self-contained HTML page (export); `css` is the preview stylesheet's text. */
  renderStandalone(document: TextDocument, settings: CableSettings, view: PreviewView, css: string, token?: Cancellation): string;
  /** Names of the workspace's cables matching a Go to Symbol in Workspace query, one entry per cable using each; none without a name index. */
  getWorkspaceSymbols(query: string, token?: Cancellation): WorkspaceSymbol[];
  /** One of those entries with the range of its name's first use, from the names of its cable. */
  resolveWorkspaceSymbol(symbol: WorkspaceSymbol, named: NamedText): WorkspaceSymbol;
  /** Forget a closed document. */
  forget(uri: string): void;
}

export const defaultRulesDocumentation = 'https://github.com/cable-markup/cable-vscode/blob/main/docs/rules.md';

export function createLanguageService(options: LanguageServiceOptions = {}): CableLanguageService {
  const trees = new TreeCache(parseCable);
  const rulesDocumentation = options.rulesDocumentation ?? defaultRulesDocumentation;
  const parse = (document: TextDocument, settings: CableSettings): CableTree => trees.get(document, { slashedDates: settings.slashedDates });
  const contextOf = (document: TextDocument, settings: CableSettings, token: Cancellation = neverCancelled): FeatureContext => ({ settings, names: options.names, uri: document.uri, token });
  const checkOptions = (document: TextDocument, settings: CableSettings, token: Cancellation): CheckOptions => ({ settings, names: options.names, uri: document.uri, rulesDocumentation, token });
  const diagnose = (document: TextDocument, settings: CableSettings, token: Cancellation = neverCancelled): Diagnostic[] =>
    checkTree(parse(document, settings), checkOptions(document, settings, token));

  return Object.freeze({
    parse,
    getDiagnostics: diagnose,
    getDiagnosticsInSteps: (document, settings, token = neverCancelled) => checkTreeInSteps(parse(document, settings), checkOptions(document, settings, token)),
    getCompletions: (document, settings, position, token) => getCompletions(parse(document, settings), position, contextOf(document, settings, token)),
    getHover: (document, settings, position, token) => getHover(parse(document, settings), position, contextOf(document, settings, token)),
    getInlayHints: (document, settings, range, token) => getInlayHints(parse(document, settings), range, contextOf(document, settings, token)),
    getDocumentSymbols: (document, settings, token) => getDocumentSymbols(parse(document, settings), contextOf(document, settings, token)),
    getFoldingRanges: (document, settings, token) => getFoldingRanges(parse(document, settings), contextOf(document, settings, token)),
    getDocumentSymbolsInSteps: (document, settings, token) => documentSymbolsInSteps(parse(document, settings), contextOf(document, settings, token)),
    getFoldingRangesInSteps: (document, settings, token) => foldingRangesInSteps(parse(document, settings), contextOf(document, settings, token)),
    getSelectionRanges: (document, settings, positions, token) => getSelectionRanges(parse(document, settings), positions, contextOf(document, settings, token)),
    getDefinition: (document, settings, position, token) => getDefinition(parse(document, settings), position, contextOf(document, settings, token)),
    getDocumentReferences: (document, settings, position, includeDeclaration, token) =>
      getDocumentReferences(parse(document, settings), position, contextOf(document, settings, token), includeDeclaration),
    getReferences: (document, settings, position, includeDeclaration, workspace, token) =>
      getReferences(parse(document, settings), position, contextOf(document, settings, token), includeDeclaration, workspace),
    prepareRename: (document, settings, position, token) => prepareRename(parse(document, settings), position, contextOf(document, settings, token)),
    getRenameEdits: (document, settings, position, newName, workspace, token) =>
      getRenameEdits(parse(document, settings), position, newName, contextOf(document, settings, token), workspace),
    getCodeActions: (document, settings, range, diagnostics, only, token) => getCodeActions(parse(document, settings), range, diagnostics, only, contextOf(document, settings, token)),
    getFormattingEdits: (document, settings, formatting, range, token) => getFormattingEdits(parse(document, settings), formatting, contextOf(document, settings, token), range),
    renderPreview: (document, settings, view, token) => renderBody(parse(document, settings), { view, diagnostics: diagnose(document, settings, token) }),
    renderStandalone: (document, settings, view, css, token) => {
      const tree = parse(document, settings);
      return renderStandalone(tree, { view, diagnostics: diagnose(document, settings, token), css, title: titleOf(tree, document.uri) });
    },
    getWorkspaceSymbols: (query, token = neverCancelled) => (options.names ? getWorkspaceSymbols(query, options.names, token) : []),
    resolveWorkspaceSymbol,
    forget: (uri: string) => trees.delete(uri),
  } satisfies CableLanguageService);
}

/** The export's title: the catalogue title, else the file name. */
function titleOf(tree: CableTree, uri: string): string {
  return tree.catalogue?.entries.find((entry) => entry.key === 'title')?.value ?? decodeURIComponent(uri.split('/').pop() ?? 'cable');
}
