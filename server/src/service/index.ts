/** The public surface of the Cable Markup language service (browser-safe: no Node built-ins). */
export { createLanguageService, defaultRulesDocumentation, type CableLanguageService, type LanguageServiceOptions } from './languageService';
export { parseCable, printTree, type ParseOptions } from './parser/parse';
export { namedText, namesOfCable, type NamedText } from './parser/namesPass';
export type * from './parser/tree';
export { defaultSettings, mergeSettings, readSettings, type CableSettings, type RuleSeverity } from './settings';
export { NameIndex } from './names/nameIndex';
export { codeDefinitions } from './diagnostics/codes';
export { defaultMaxProblems, limitDiagnostics, type NotListedData } from './diagnostics/limit';
export { CancelledError, neverCancelled, type Cancellation } from './cancellation';
export { namesInSteps, namesOf } from './names/namesOf';
export { fixAllKind } from './features/codeActions';
export { EditableDocument } from './text/editableDocument';
export { renderBody, renderStandalone, escapeHtml, escapeAttribute } from './render/index';
export type { PreviewView } from './languageService';
