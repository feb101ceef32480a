/**
 * The check in steps (`getDiagnosticsInSteps`): the same diagnostics as the
 * check at once, a step per rule that a host can yield between, and a token
 * cancelled between steps ends it.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CancelledError, createLanguageService, defaultSettings } from '../../server/src/service';
import { generateCableOfLines } from '../support/generate';
import { workedExample } from '../support/paths';
import { runCountingStops } from '../support/steps';

const example = fs.readFileSync(workedExample, 'utf8');

function documentOf(text: string): TextDocument {
  return TextDocument.create('file:///steps.cable', 'cable', 1, text);
}

describe('getDiagnosticsInSteps', () => {
  for (const [label, text] of [
    ['the worked example', example],
    ['a generated 2,000-line cable', generateCableOfLines(20261128, 2000)],
    ['settings that turn rules off', example],
  ] as const) {
    it(`gives what getDiagnostics gives, stopping between the rules: ${label}`, () => {
      const settings = label.startsWith('settings') ? { ...defaultSettings, rules: { C304: 'off', C305: 'off' } as const } : defaultSettings;
      const atOnce = createLanguageService().getDiagnostics(documentOf(text), settings);
      const { value, stops } = runCountingStops(createLanguageService().getDiagnosticsInSteps(documentOf(text), settings));
      assert.deepEqual(value, atOnce);
      // One stop before each of the 21 rules and one before the list is made.
      assert.equal(stops, 22);
    });
  }

  it('the worked example in steps still finds its four diagnostics', () => {
    const { value } = runCountingStops(createLanguageService().getDiagnosticsInSteps(documentOf(example), defaultSettings));
    assert.equal((value as unknown[]).length, 4);
  });

  it('ends with CancelledError at the step after its token is cancelled, running no rule after', () => {
    const token = { isCancellationRequested: false };
    const steps = createLanguageService().getDiagnosticsInSteps(documentOf(example), defaultSettings, token);
    steps.next();
    steps.next();
    token.isCancellationRequested = true;
    assert.throws(() => steps.next(), CancelledError);
    assert.equal(steps.next().done, true);
  });
});
