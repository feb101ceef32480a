/**
 * Checks in steps raced against typing, as the server runs them on a large
 * cable: keystrokes land between the steps of a check, some versions are
 * parsed ahead as soon as they arrive, and checks of one version overlap.
 * Every check that completes reports exactly what a fresh check of its
 * version's text finds (the version the document held once the settings
 * were read, which may be later than when it was asked); every other one
 * ends with DocumentChangedError, and only because the document changed
 * under it; and once typing stops, the last version is checked as a fresh
 * parse would be.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as fc from 'fast-check';
import type { CheckedDocument } from '../../server/src/lsp/checker';
import { DocumentChangedError } from '../../server/src/lsp/steps';
import { defaultSettings } from '../../server/src/service';
import { checkerFixture, freshDiagnostics, nextTurn } from '../support/checker';
import { generatedCable, splicedSample, typeInto, typing } from './arbitraries';
import { assertAsyncProperty } from './fuzz';

/** One keystroke, whether its version is parsed at once (parse-ahead), how many checks start, and how many turns pass before the next. */
const keystroke = fc.record({ splice: typing, parseAhead: fc.boolean(), checks: fc.integer({ min: 0, max: 2 }), turns: fc.integer({ min: 0, max: 30 }) });

interface Started {
  /** The version when the check was asked for. */
  version: number;
  outcome: Promise<CheckedDocument | Error>;
}

describe('checks in steps raced against typing', () => {
  for (const [kind, arbitrary] of Object.entries({ 'generated cables': generatedCable, 'spliced samples': splicedSample })) {
    it(`${kind}: each check completes with its version's diagnostics or ends because the document changed`, async () => {
      await assertAsyncProperty(
        fc.asyncProperty(arbitrary, fc.array(keystroke, { minLength: 1, maxLength: 12 }), async (text, keystrokes) => {
          const { checker, document, service } = checkerFixture(text, -1);
          await checker.check(document, { isCancellationRequested: false });
          const started: Started[] = [];
          const texts = new Map<number, string>();
          for (const { splice, parseAhead, checks, turns } of keystrokes) {
            typeInto(document, splice);
            texts.set(document.version, document.getText());
            if (parseAhead) service.parse(document, defaultSettings);
            for (let index = 0; index < checks; index++) {
              const outcome = checker.check(document, { isCancellationRequested: false }).catch((error: unknown) => error as Error);
              started.push({ version: document.version, outcome });
            }
            for (let turn = 0; turn < turns; turn++) await nextTurn();
          }
          for (const { version, outcome } of started) {
            const result = await outcome;
            if (result instanceof Error) {
              assert.ok(result instanceof DocumentChangedError, `a check of version ${version} failed: ${result.stack ?? result.message}`);
              assert.ok(document.version > version, `the check of version ${version} ended though it is the last`);
            } else {
              assert.ok(result.version >= version, `asked at version ${version}, answered for ${result.version}`);
              assert.deepEqual(result.diagnostics, freshDiagnostics(texts.get(result.version) ?? ''));
            }
          }
          const last = await checker.check(document, { isCancellationRequested: false });
          assert.equal(last.version, document.version);
          assert.deepEqual(last.diagnostics, freshDiagnostics(document.getText()));
        }),
        25,
      );
    });
  }
});
