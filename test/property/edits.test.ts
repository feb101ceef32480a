/**
 * Incremental editing: a document checked after every edit, by one service
 * and one name index kept across versions (as the server keeps them), gets
 * the same diagnostics as its final text checked from scratch. A stale
 * cached tree or a stale entry in the name index's variant cache would show
 * up here.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, NameIndex, namesOf, parseCable } from '../../server/src/service/index';
import { generateCable } from '../support/generate';
import { generatedCable, splice, splicedSample, type Splice } from './arbitraries';
import { assertProperty } from './fuzz';
import { assertRangesInside, checkLikeServer } from './invariants';

const uri = 'file:///edited.cable';
const otherUri = 'file:///other.cable';
/** Another cable of the workspace, using names the edits can make variants of (`Le Kenong` next to its `Li Kenong`). */
const other = `${generateCable(7, { paragraphs: 3 })}\nCde. Li Kenong met Kim Il Sung and Peng Dehuai.\n`;
const otherNames = namesOf(parseCable(other));

function workspace(): { names: NameIndex; service: ReturnType<typeof createLanguageService> } {
  const names = new NameIndex();
  names.setDocument(otherUri, otherNames);
  return { names, service: createLanguageService({ names }) };
}

/** One or two changes per `didChange`, as editors send them (each applies to the text the previous left). */
const step = fc.array(splice, { minLength: 1, maxLength: 2 });

function changesOf(document: TextDocument, splices: readonly Splice[]): Array<{ range: { start: ReturnType<TextDocument['positionAt']>; end: ReturnType<TextDocument['positionAt']> }; text: string }> {
  let text = document.getText();
  let scratch = document;
  const changes = [];
  for (const { at, remove, insert } of splices) {
    const start = at % (text.length + 1);
    const range = { start: scratch.positionAt(start), end: scratch.positionAt(Math.min(text.length, start + remove)) };
    changes.push({ range, text: insert });
    scratch = TextDocument.update(scratch, [{ range, text: insert }], scratch.version + 1);
    text = scratch.getText();
  }
  return changes;
}

describe('incremental edits', () => {
  it('after every edit, the diagnostics equal those of the same text checked from scratch', () => {
    assertProperty(
      fc.property(fc.oneof(generatedCable, splicedSample), fc.array(step, { minLength: 1, maxLength: 10 }), (text, steps) => {
        const live = workspace();
        let document = TextDocument.create(uri, 'cable', 1, text);
        checkLikeServer(live.service, live.names, document);
        for (const splices of steps) {
          document = TextDocument.update(document, changesOf(document, splices), document.version + 1);
          const incremental = checkLikeServer(live.service, live.names, document);
          const fresh = workspace();
          const fromScratch = checkLikeServer(fresh.service, fresh.names, TextDocument.create(uri, 'cable', 1, document.getText()));
          assert.deepEqual(incremental, fromScratch);
          assertRangesInside(document.getText(), incremental);
        }
      }),
      60,
    );
  });

  it('closing and reopening (forget) gives the same diagnostics as a first check', () => {
    assertProperty(
      fc.property(generatedCable, (text) => {
        const live = workspace();
        const document = TextDocument.create(uri, 'cable', 1, text);
        const first = checkLikeServer(live.service, live.names, document);
        live.service.forget(uri);
        live.names.removeDocument(uri);
        assert.deepEqual(checkLikeServer(live.service, live.names, TextDocument.create(uri, 'cable', 1, text)), first);
      }),
      50,
    );
  });
});
