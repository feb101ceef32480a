/**
 * Typing into a large cable, whose checks are slow enough to run in steps
 * (see DocumentChecker): keystrokes land while a check of the version before
 * is under way, hovers are answered meanwhile, and the diagnostics the editor
 * gets in the end, pushed or pulled, are those of the last version. Its
 * folding ranges and outline, also answered in steps, are the service's, and
 * a keystroke ends a request for them as cancelled.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { LSPErrorCodes, MessageType, type DocumentSymbol, type FoldingRange, type FullDocumentDiagnosticReport, type Hover, type LogMessageParams, type PublishDiagnosticsParams, type Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, defaultSettings, limitDiagnostics } from '../../server/src/service';
import { generateCableOfLines } from '../support/generate';
import { LspError } from './lspClient';
import { startSession, type Session } from './session';
import { freshDiagnostics } from '../support/checker';

/** About 5 MB: its first checks take tens of milliseconds on the machines this runs on. */
const text = generateCableOfLines(20261128, 100_000);
/**
 * The typing's pace, not a wait for an outcome (the assertions wait on
 * messages): longer than the check ahead waits (50 ms), shorter than the
 * pause diagnostics wait for (150 ms), so each keystroke lands in a check.
 */
const keystrokeGapMs = 60;

/** One keystroke per step: an unclosed bracket, then some letters, each at the end of a line far apart. */
function keystrokes(document: TextDocument): Array<{ range: Range; text: string }> {
  const lines = [200, 30_000, 30_000, 61_000, 90_000, 90_000, 45_000, 12_345];
  return lines.map((line, index) => {
    const end = document.positionAt(document.offsetAt({ line: line + 1, character: 0 }) - 1);
    return { range: { start: end, end }, text: index % 2 === 0 ? ' [' : 'x' };
  });
}

/** What a fresh service finds in the text, as many as the server sends by default. */
function freshLimited(document: TextDocument): unknown {
  return limitDiagnostics(freshDiagnostics(document.getText(), document.uri), 1000);
}

/** Types the keystrokes a little apart, asking for a hover right after each; resolves with the client's copy of the text and the hovers. */
async function typeInto(session: Session, uri: string, afterEach?: () => void): Promise<{ document: TextDocument; hovers: Array<Hover | null> }> {
  let document = TextDocument.create(uri, 'cable', 1, text);
  const hovers: Array<Promise<Hover | null>> = [];
  for (const change of keystrokes(document)) {
    document = TextDocument.update(document, [change], document.version + 1);
    session.change(uri, document.version, [change]);
    afterEach?.();
    hovers.push(session.client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: change.range.start }));
    await sleep(keystrokeGapMs);
  }
  return { document, hovers: await Promise.all(hovers) };
}

/** A server with the large cable open and its first diagnostics in, pushed or pulled. */
async function openLargeCable(pull: boolean): Promise<{ session: Session; uri: string }> {
  const session = await startSession({ pull });
  const uri = session.open('large.cable', text);
  if (pull) await session.client.request('textDocument/diagnostic', { textDocument: { uri } });
  else await session.diagnostics(uri, (params) => params.version === 1, 0);
  return { session, uri };
}

/** The large cable opened before the tests of the `describe` calling this, and its server closed after them. */
function openedForTheseTests(pull: boolean): { session: Session; uri: string } {
  const opened = {} as { session: Session; uri: string };
  before(async () => {
    Object.assign(opened, await openLargeCable(pull));
  });
  after(() => opened.session.close());
  return opened;
}

describe('typing into a large cable (pushed diagnostics)', () => {
  const large = openedForTheseTests(false);

  it('publishes the diagnostics of the last version typed, as a fresh check finds them, and none of the versions typed over', async () => {
    const { session, uri } = large;
    const since = session.client.mark();
    const publishedBefore = session.client.notifications('textDocument/publishDiagnostics').length;
    const loggedBefore = session.client.notifications('window/logMessage').length;
    const { document, hovers } = await typeInto(session, uri);
    assert.equal(hovers.length, 8);
    const published = await session.diagnostics(uri, (params) => params.version === document.version, since);
    assert.deepEqual(published.diagnostics, freshLimited(document));
    assert.ok(published.diagnostics.some((diagnostic) => diagnostic.code === 'C102'), 'the brackets typed are reported');
    // Keystrokes came faster than the pause: no version before the last was published.
    const versions = session.client.notifications<PublishDiagnosticsParams>('textDocument/publishDiagnostics').slice(publishedBefore).map((params) => params.version);
    assert.deepEqual(versions, [document.version]);
    // The checks the keystrokes cut short ended quietly: nothing was logged as a failure.
    const errors = session.client.notifications<LogMessageParams>('window/logMessage').slice(loggedBefore).filter((params) => params.type === MessageType.Error);
    assert.deepEqual(errors, []);
  });
});

describe('folding ranges and the outline of a large cable (answered in steps)', () => {
  const large = openedForTheseTests(false);

  const service = createLanguageService();
  const params = () => ({ textDocument: { uri: large.uri } });

  it('answers both as the service does at once', async () => {
    const { session, uri } = large;
    const [folds, symbols] = await Promise.all([session.client.request<FoldingRange[]>('textDocument/foldingRange', params()), session.client.request<DocumentSymbol[]>('textDocument/documentSymbol', params())]);
    const opened = TextDocument.create(uri, 'cable', 1, text);
    assert.deepEqual(folds, service.getFoldingRanges(opened, defaultSettings));
    assert.deepEqual(symbols, service.getDocumentSymbols(opened, defaultSettings));
  });

  it('ends a request as cancelled when a keystroke follows it, then answers for the new version', async () => {
    const { session, uri } = large;
    let document = TextDocument.create(uri, 'cable', 1, text);
    const [change] = keystrokes(document);
    document = TextDocument.update(document, [change], 2);
    let folds: Promise<FoldingRange[]> | undefined;
    // In one chunk: the keystroke is read while the folds are under way.
    session.client.batch(() => {
      folds = session.client.request<FoldingRange[]>('textDocument/foldingRange', params());
      session.change(uri, 2, [change]);
    });
    await assert.rejects(folds as Promise<FoldingRange[]>, (error: unknown) => error instanceof LspError && error.code === LSPErrorCodes.RequestCancelled);
    const again = await session.client.request<FoldingRange[]>('textDocument/foldingRange', params());
    assert.deepEqual(again, createLanguageService().getFoldingRanges(document, defaultSettings));
  });
});

describe('typing into a large cable (pulled diagnostics)', () => {
  const large = openedForTheseTests(true);

  it('answers a pull sent after each keystroke, the last with the diagnostics of the last version', async () => {
    const { session, uri } = large;
    const pulls: Array<Promise<FullDocumentDiagnosticReport>> = [];
    const { document } = await typeInto(session, uri, () => pulls.push(session.client.request<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } })));
    const reports = await Promise.all(pulls);
    assert.equal(reports.length, 8);
    assert.deepEqual(reports.at(-1)?.items, freshLimited(document));
  });
});
