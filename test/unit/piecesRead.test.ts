/**
 * A cable open in the server is held as pieces (text/editableDocument.ts),
 * and its tree's joined text is a rope that the first read would copy whole
 * (parser/treeText.ts). The features an editor asks for after every
 * keystroke or cursor move must read the pieces instead: the outline (VS
 * Code's breadcrumbs), folding, inlay hints, the check, hover, completion,
 * highlights and the light bulb's actions; and smart select. Checked by giving the tree a
 * joined text of the same length that says nothing: the answers must still
 * be those of the same text opened afresh. What a user asks for now and
 * then (a quick fix for a structural problem, formatting, the preview) may
 * read the whole text.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';
import { createLanguageService, EditableDocument, mergeSettings } from '../../server/src/service/index';
import { samplesDir } from '../support/paths';

// A preferred sign other than the samples' gives the light bulb a C304 on every number sign too.
const settings = mergeSettings({ numberSign: 'No.' });
const uri = 'file:///typed.cable';

/** A keystroke in the middle of a sample, as the server takes it; the tree of that version, and its answers' reference. */
function typedSample(name: string) {
  const text = fs.readFileSync(path.join(samplesDir, name), 'utf8');
  const service = createLanguageService();
  const document = new EditableDocument(uri, 'cable', 1, text);
  service.getDiagnostics(document, settings);
  const at = document.positionAt(Math.floor(text.length / 2));
  document.update([{ range: { start: at, end: at }, text: 'e' }], 2);
  const tree = service.parse(document, settings);
  const opened = TextDocument.create(uri, 'cable', 2, document.getText());
  // The joined text replaced by blanks of the same length: whatever reads it answers differently.
  (tree as { text: string }).text = ' '.repeat(tree.text.length);
  return { service, document, fresh: createLanguageService(), opened };
}

for (const name of ['cable-25025.cable', 'decrypt-venona.cable', 'quoted-multipara.cable', 'stamps-and-comments.cable']) {
  test(`${name}, typed into: what the editor asks for on every keystroke reads the pieces`, () => {
    const { service, document, fresh, opened } = typedSample(name);
    assert.deepEqual(service.getDocumentSymbols(document, settings), fresh.getDocumentSymbols(opened, settings), 'outline');
    assert.deepEqual(service.getFoldingRanges(document, settings), fresh.getFoldingRanges(opened, settings), 'folding');
    const everything = { start: { line: 0, character: 0 }, end: { line: document.lineCount, character: 0 } };
    assert.deepEqual(service.getInlayHints(document, settings, everything), fresh.getInlayHints(opened, settings, everything), 'inlay hints');
    const diagnostics = service.getDiagnostics(document, settings);
    assert.deepEqual(diagnostics, fresh.getDiagnostics(opened, settings), 'diagnostics');
    for (let line = 0; line < document.lineCount; line++) {
      const position: Position = { line, character: 4 };
      assert.deepEqual(service.getHover(document, settings, position), fresh.getHover(opened, settings, position), `hover on line ${line + 1}`);
      assert.deepEqual(service.getCompletions(document, settings, position), fresh.getCompletions(opened, settings, position), `completion on line ${line + 1}`);
      assert.deepEqual(service.getDocumentReferences(document, settings, position, true), fresh.getDocumentReferences(opened, settings, position, true), `highlights on line ${line + 1}`);
      assert.deepEqual(service.getSelectionRanges(document, settings, [position]), fresh.getSelectionRanges(opened, settings, [position]), `smart select on line ${line + 1}`);
      // The light bulb asks with the problems under the cursor: the names, recipients and number signs of the samples.
      const under = diagnostics.filter((diagnostic) => diagnostic.range.start.line === line);
      const wholeLine = { start: { line, character: 0 }, end: { line: line + 1, character: 0 } };
      assert.deepEqual(service.getCodeActions(document, settings, wholeLine, under, undefined), fresh.getCodeActions(opened, settings, wholeLine, under, undefined), `light bulb on line ${line + 1}`);
    }
  });
}
