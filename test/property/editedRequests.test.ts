/**
 * Requests right after a keystroke, as the server answers them: the document
 * is the server's editable one, its tree was parsed from the change alone,
 * and completion, hover, inlay hints and the rules read the text they need
 * from the version's pieces (parser/treeText.ts). They must answer exactly
 * what they answer for the same text opened afresh.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, mergeSettings } from '../../server/src/service/index';
import { EditableDocument } from '../../server/src/service/text/editableDocument';
import { generatedCable, splicedSample, typeInto, typing } from './arbitraries';
import { assertProperty } from './fuzz';

const settings = mergeSettings();

describe('completion, hover, inlay hints and diagnostics right after a keystroke answer as on the text opened afresh', () => {
  for (const [kind, arbitrary] of Object.entries({ 'generated cables': generatedCable, 'spliced samples': splicedSample })) {
    it(`${kind}: at the cursor and next to it, after every edit of a chain`, () => {
      assertProperty(
        fc.property(arbitrary, fc.array(fc.tuple(typing, fc.boolean()), { minLength: 1, maxLength: 15 }), (text, edits) => {
          const service = createLanguageService();
          const document = new EditableDocument('file:///typed.cable', 'cable', 1, text);
          service.getDiagnostics(document, settings);
          for (const [splice, check] of edits) {
            const start = typeInto(document, splice);
            const insert = splice.insert;
            service.parse(document, settings);
            const fresh = createLanguageService();
            const opened = TextDocument.create('file:///typed.cable', 'cable', 1, document.getText());
            const cursor = document.positionAt(start + insert.length);
            for (const position of [cursor, document.positionAt(Math.max(0, start - 3)), { line: cursor.line, character: 0 }]) {
              const label = `at ${JSON.stringify(position)} of ${JSON.stringify(document.getText().slice(Math.max(0, start - 40), start + 40))}`;
              assert.deepEqual(service.getCompletions(document, settings, position), fresh.getCompletions(opened, settings, position), `completion ${label}`);
              assert.deepEqual(service.getHover(document, settings, position), fresh.getHover(opened, settings, position), `hover ${label}`);
            }
            // The lines around the cursor, as the editor asks for the visible ones.
            const visible = { start: { line: Math.max(0, cursor.line - 20), character: 0 }, end: { line: cursor.line + 20, character: 0 } };
            assert.deepEqual(service.getInlayHints(document, settings, visible), fresh.getInlayHints(opened, settings, visible), 'inlay hints');
            // The check reads this version's pieces, some keystrokes apart as a pause in typing leaves it.
            if (check) assert.deepEqual(service.getDiagnostics(document, settings), fresh.getDiagnostics(opened, settings), 'diagnostics');
          }
        }),
        40,
      );
    });
  }
});
