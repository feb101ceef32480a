/** Checks the properties share: where a diagnostic may point, and how to check a text the way the server does. */
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Position } from 'vscode-languageserver-types';
import { createLanguageService, defaultSettings, namesOf, type CableLanguageService, type NameIndex } from '../../server/src/service/index';

/** The document's lines without their line endings, split where the parser and LSP split: LF, CRLF, lone CR. */
export function linesOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** A position lies on one of the lines, at most at its end. */
export function assertInside(position: Position, lines: readonly string[], what: string): void {
  assert.ok(Number.isInteger(position.line) && Number.isInteger(position.character), `${what} is not whole numbers: ${JSON.stringify(position)}`);
  assert.ok(position.line >= 0 && position.line < lines.length, `${what} is on line ${position.line}, but the document has ${lines.length}`);
  const length = lines[position.line].length;
  assert.ok(position.character >= 0 && position.character <= length, `${what} is at character ${position.character}, but line ${position.line} has ${length}`);
}

/** Every range lies inside the document and starts no later than it ends. */
export function assertRangesInside(text: string, diagnostics: readonly Diagnostic[]): void {
  const lines = linesOf(text);
  for (const diagnostic of diagnostics) {
    const what = `${String(diagnostic.code)} (${JSON.stringify(diagnostic.range)})`;
    assertInside(diagnostic.range.start, lines, `the start of ${what}`);
    assertInside(diagnostic.range.end, lines, `the end of ${what}`);
    const { start, end } = diagnostic.range;
    assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character), `${what} ends before it starts`);
  }
}

let version = 0;

/** Diagnostics of a text from a service that has never seen it. */
export function diagnose(text: string, uri = 'file:///fuzz.cable'): Diagnostic[] {
  return createLanguageService().getDiagnostics(TextDocument.create(uri, 'cable', ++version, text), defaultSettings);
}

/** As the server checks an open document: its names go into the workspace index first, then the rules run. */
export function checkLikeServer(service: CableLanguageService, names: NameIndex, document: TextDocument): Diagnostic[] {
  names.setDocument(document.uri, namesOf(service.parse(document, defaultSettings)));
  return service.getDiagnostics(document, defaultSettings);
}
