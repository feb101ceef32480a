import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { NameIndex } from '../../server/src/service/index';
import { createLanguageService, mergeSettings, type CableSettings } from '../../server/src/service/index';

let version = 0;

/** Diagnostics of a text with the default settings (or the given overrides). */
export function check(text: string, overrides: Partial<CableSettings> = {}, names?: NameIndex, uri = 'file:///test.cable'): Diagnostic[] {
  const service = createLanguageService({ names });
  return service.getDiagnostics(TextDocument.create(uri, 'cable', ++version, text), mergeSettings(overrides));
}

/** `C303@17` for each diagnostic (1-based line), in order. */
export function codesAt(text: string, overrides: Partial<CableSettings> = {}): string[] {
  return check(text, overrides).map((diagnostic) => `${String(diagnostic.code)}@${diagnostic.range.start.line + 1}`);
}

/** Only the codes. */
export function codes(text: string, overrides: Partial<CableSettings> = {}): string[] {
  return check(text, overrides).map((diagnostic) => String(diagnostic.code));
}

/** A minimal valid cable around a body, so one rule can be tested alone. */
export function cable(body: string, header = 'Cable: № 1', footer?: string): string {
  return `${header}\n\n${body}\n${footer !== undefined ? `-----\n${footer}\n` : ''}`;
}
