/**
 * The preview's render after edits: body blocks an edit left alone are taken
 * from the last render of the document (render/blockCache.ts), so along a
 * chain of edits, each version rendered from its incremental tree must give
 * exactly the HTML of a tree parsed from scratch, whose blocks nothing was
 * kept for. Each version also gets a few made-up diagnostics at random
 * places, so kept blocks meet markers that come, go and move.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService, defaultSettings, parseCable } from '../../server/src/service/index';
import { renderBody, type RenderView } from '../../server/src/service/render/index';
import { applySplices, generatedCable, splicedSample, tokenSoup, typing } from './arbitraries';
import { assertProperty } from './fuzz';

/** A made-up diagnostic at a fraction of the way through the text. */
const madeUp = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), severity: fc.constantFrom(1, 2, 3, 4), message: fc.constantFrom('first', 'second', 'a "quoted" <one>') });

function placed(text: string, made: ReadonlyArray<{ at: number; severity: number; message: string }>): Diagnostic[] {
  const document = TextDocument.create('file:///made-up.cable', 'cable', 1, text);
  return made.map(({ at, severity, message }) => {
    const position = document.positionAt(Math.floor(at * text.length));
    return { range: { start: position, end: position }, severity: severity as Diagnostic['severity'], code: 'T1', message };
  });
}

const version = fc.record({ edit: typing, view: fc.constantFrom<RenderView>('diplomatic', 'reading'), diagnostics: fc.array(madeUp, { maxLength: 3 }) });

const documents = { 'generated cables': generatedCable, 'spliced samples': splicedSample, 'token soup': tokenSoup };

describe('rendering after edits gives the HTML of a tree parsed from scratch', () => {
  for (const [kind, arbitrary] of Object.entries(documents)) {
    it(`${kind}: after every edit of a chain`, () => {
      assertProperty(
        fc.property(arbitrary, fc.array(version, { minLength: 1, maxLength: 12 }), (text, versions) => {
          const service = createLanguageService();
          let current = text;
          let number = 1;
          const render = (view: RenderView, made: Diagnostic[]): string => {
            const document = TextDocument.create('file:///edited.cable', 'cable', number, current);
            const diagnostics = [...service.getDiagnostics(document, defaultSettings), ...made];
            const html = renderBody(service.parse(document, defaultSettings), { view, diagnostics });
            assert.equal(html, renderBody(parseCable(current), { view, diagnostics }), `version ${number}`);
            return html;
          };
          render('diplomatic', []);
          for (const { edit, view, diagnostics } of versions) {
            current = applySplices(current, [edit]);
            number++;
            render(view, placed(current, diagnostics));
          }
        }),
        40,
      );
    });
  }
});
