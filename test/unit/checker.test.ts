/**
 * The server's checker on a document whose checks are slow: it checks in
 * steps with turns of the event loop between them, so other work runs
 * meanwhile; a keystroke during such a check ends it without harm to the
 * next; callers asking about the same version share one check; and a check
 * ahead of the pause runs in steps rather than being skipped.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { describe, it } from 'node:test';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckedDocument, DocumentChecker } from '../../server/src/lsp/checker';
import { DocumentChangedError } from '../../server/src/lsp/steps';
import { CancelledError, defaultSettings, type EditableDocument } from '../../server/src/service';
import { checkerFixture, freshDiagnostics, nextTurn } from '../support/checker';
import { workedExample } from '../support/paths';

const example = fs.readFileSync(workedExample, 'utf8');
const uri = 'file:///slow.cable';

/** The checker over the worked example; `slowCheckMs` -1 makes every check after the first a check in steps. */
function setUp(slowCheckMs: number): ReturnType<typeof checkerFixture> {
  return checkerFixture(example, slowCheckMs, uri);
}

/** Types one character at the end of line `line` (0-based), as a didChange would. */
function type(document: EditableDocument, line: number, text: string): void {
  const end = document.getLineRange(line).end;
  document.update([{ range: { start: end, end }, text }], document.version + 1);
}

/** What a fresh service finds in the document's text as it is now. */
function fresh(document: TextDocument): unknown {
  return freshDiagnostics(document.getText(), uri);
}

/** A first check, a keystroke, and a check in steps of the new version two turns under way: its promise, wrapped so it is not awaited here. */
async function checkUnderWay(checker: DocumentChecker, document: EditableDocument): Promise<{ result: Promise<CheckedDocument> }> {
  await checker.check(document, { isCancellationRequested: false });
  type(document, 20, ' x');
  const result = checker.check(document, { isCancellationRequested: false });
  await nextTurn();
  await nextTurn();
  return { result };
}

/** Counts turns of the event loop until `promise` settles. */
async function turnsUntil<T>(promise: Promise<T>): Promise<{ value: T; turns: number }> {
  let settled = false;
  let turns = 0;
  const tick = (): void => {
    if (settled) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  try {
    return { value: await promise, turns };
  } finally {
    settled = true;
  }
}

describe('DocumentChecker on a slow document', () => {
  it('checks at once the first time, then in steps with turns of the event loop between them, finding the same diagnostics', async () => {
    const { checker, document } = setUp(-1);
    const first = await turnsUntil(checker.check(document, { isCancellationRequested: false }));
    assert.ok(first.turns <= 2, `the first check took ${first.turns} turns`);
    type(document, 20, ' x');
    const second = await turnsUntil(checker.check(document, { isCancellationRequested: false }));
    assert.ok(second.turns >= 20, `the check in steps took ${second.turns} turns`);
    assert.equal(second.value.version, document.version);
    assert.deepEqual(second.value.diagnostics, fresh(document));
  });

  it('a fast document is checked at once every time', async () => {
    const { checker, document } = setUp(Number.POSITIVE_INFINITY);
    await checker.check(document, { isCancellationRequested: false });
    type(document, 20, ' x');
    const second = await turnsUntil(checker.check(document, { isCancellationRequested: false }));
    assert.ok(second.turns <= 2, `the check took ${second.turns} turns`);
  });

  it('ends with DocumentChangedError when a keystroke comes between steps, and the next version is checked as a fresh parse would be', async () => {
    const { checker, document, service } = setUp(-1);
    const running = await checkUnderWay(checker, document);
    // The keystroke, and the parse-ahead of its version, which builds its tree out of the one being checked.
    type(document, 16, ' [sic]');
    service.parse(document, defaultSettings);
    await assert.rejects(running.result, DocumentChangedError);
    const next = await checker.check(document, { isCancellationRequested: false });
    assert.equal(next.version, document.version);
    assert.deepEqual(next.diagnostics, fresh(document));
    assert.equal(checker.needsSending(document), true);
  });

  it('ends with CancelledError, not DocumentChangedError, when the document is closed between steps', async () => {
    const { checker, document, open } = setUp(-1);
    const running = await checkUnderWay(checker, document);
    open.delete(uri);
    await assert.rejects(running.result, (error) => error instanceof CancelledError && !(error instanceof DocumentChangedError));
  });

  it('runs one check for callers asking about the same version meanwhile, and a caller whose token is cancelled stops waiting', async () => {
    const { checker, document, checksRun } = setUp(-1);
    await checker.check(document, { isCancellationRequested: false });
    type(document, 20, ' x');
    const before = checksRun();
    const cancelled = { isCancellationRequested: false };
    const [a, b, c] = [checker.check(document, { isCancellationRequested: false }), checker.check(document, cancelled), checker.check(document, { isCancellationRequested: false })];
    cancelled.isCancellationRequested = true;
    await assert.rejects(b, CancelledError);
    assert.equal(await a, await c);
    assert.equal(checksRun() - before, 1);
  });

  it('checks ahead of the pause in steps instead of skipping the document, and the check when the pause ends finds it done', async () => {
    const { checker, document, checksRun } = setUp(-1);
    const sent = await checker.check(document, { isCancellationRequested: false });
    checker.markSent(uri, sent);
    type(document, 20, ' x');
    assert.equal(checker.needsSending(document), true);
    const before = checksRun();
    await checker.checkAhead(document);
    assert.equal(checksRun() - before, 1);
    const due = await checker.check(document, { isCancellationRequested: false });
    assert.equal(checksRun() - before, 1);
    assert.equal(due.version, document.version);
    assert.deepEqual(due.diagnostics, fresh(document));
  });

  it('a check ahead that a keystroke ends leaves the new version unchecked, without an error', async () => {
    const { checker, document } = setUp(-1);
    await checker.check(document, { isCancellationRequested: false });
    type(document, 20, ' x');
    const ahead = checker.checkAhead(document);
    await nextTurn();
    type(document, 20, 'y');
    await ahead;
    assert.equal(checker.needsSending(document), true);
  });
});
