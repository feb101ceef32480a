/**
 * The real server under random use: edits (ranged, several per message,
 * whole-text, positions past the end) mixed with every request it offers at
 * random positions. Afterwards it must still answer, must not have logged a
 * failure, and must publish for the last version exactly what the checker
 * says about that text in-process.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, LogMessageParams, Position, Range } from 'vscode-languageserver';
import type { StatusParams } from '../../server/src/protocol';
import { generateCable, Random } from '../support/generate';
import { LspError } from '../protocol/lspClient';
import { startSession } from '../protocol/session';
import { tokens } from './arbitraries';
import { fuzzSeed, runs } from './fuzz';
import { diagnose } from './invariants';

/** Errors a well-behaved server may answer with: not offered, a name rename refuses, overtaken by an edit. */
const acceptableErrors = new Set([-32601, -32602, -32800, -32801]);

type Change = { range: Range; text: string } | { text: string };

function randomPosition(random: Random, document: TextDocument): Position {
  // One in ten lies past the end of its line or of the document: clients send those, and LSP says to clamp them.
  if (random.chance(0.1)) return { line: random.int(0, document.lineCount + 5), character: random.int(0, 500) };
  return document.positionAt(random.int(0, document.getText().length));
}

function randomChange(random: Random, document: TextDocument): Change {
  if (random.chance(0.03)) return { text: generateCable(random.int(0, 1e6), { slips: 1, paragraphs: 2 }) };
  const start = randomPosition(random, document);
  const end = random.chance(0.4) ? document.positionAt(document.offsetAt(start) + random.int(0, 30)) : start;
  const text = Array.from({ length: random.int(0, 3) }, () => random.pick(tokens)).join('');
  return { range: { start, end }, text };
}

function requestOf(random: Random, document: TextDocument): [method: string, params: unknown] {
  const textDocument = { uri: document.uri };
  const position = randomPosition(random, document);
  const requests: Array<[string, unknown]> = [
    ['textDocument/hover', { textDocument, position }],
    ['textDocument/completion', { textDocument, position }],
    ['textDocument/documentSymbol', { textDocument }],
    ['textDocument/foldingRange', { textDocument }],
    ['textDocument/selectionRange', { textDocument, positions: [position] }],
    ['textDocument/definition', { textDocument, position }],
    ['textDocument/references', { textDocument, position, context: { includeDeclaration: true } }],
    ['textDocument/documentHighlight', { textDocument, position }],
    ['textDocument/prepareRename', { textDocument, position }],
    // A name, a footnote marker (free, taken, or one the format cannot read), or nothing.
    ['textDocument/rename', { textDocument, position, newName: random.pick(['Li Kenong', 'X', '', 'ii', '[iv]', 'first']) }],
    ['textDocument/inlayHint', { textDocument, range: { start: { line: Math.max(0, position.line - 20), character: 0 }, end: { line: position.line + 20, character: 0 } } }],
    ['textDocument/diagnostic', { textDocument }],
    ['textDocument/codeAction', { textDocument, range: { start: position, end: position }, context: { diagnostics: [] } }],
    ['textDocument/formatting', { textDocument, options: { tabSize: 2, insertSpaces: true } }],
    // A base that may or may not be the last fragment sent: the answer is then a patch or the whole.
    ['cable/render', { uri: document.uri, view: random.pick(['diplomatic', 'reading']), base: random.int(0, 60) }],
  ];
  return random.pick(requests);
}

/** What must agree between the server and the in-process checker. */
function essentials(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => `${String(diagnostic.code)} ${JSON.stringify(diagnostic.range)} ${diagnostic.message}`);
}

describe('the server under random edits and requests', () => {
  it('keeps answering, logs no failure, and publishes what the checker says about the final text', async () => {
    const session = await startSession();
    try {
      const random = new Random(fuzzSeed);
      const text = generateCable(fuzzSeed, { slips: 1, paragraphs: 8 });
      const uri = session.open('fuzz.cable', text);
      let document = TextDocument.create(uri, 'cable', 1, text);
      await session.diagnostics(uri, (params) => params.version === 1);
      const failures: string[] = [];
      const answers: Array<Promise<unknown>> = [];
      for (let i = 0; i < runs(150); i++) {
        if (random.chance(0.55)) {
          const changes = Array.from({ length: random.int(1, 3) }, () => randomChange(random, document));
          // Each change applies to the text the previous one left, on the server as here.
          for (const change of changes) document = TextDocument.update(document, [change], document.version);
          document = TextDocument.update(document, [], document.version + 1);
          session.change(uri, document.version, changes as Array<{ range: Range; text: string }>);
        } else {
          const [method, params] = requestOf(random, document);
          answers.push(
            session.client.request(method, params).catch((error: unknown) => {
              if (!(error instanceof LspError && acceptableErrors.has(error.code))) failures.push(`${method} ${JSON.stringify(params)}: ${String(error)}`);
            }),
          );
        }
      }
      await Promise.all(answers);
      assert.ok(Array.isArray(await session.client.request('textDocument/documentSymbol', { textDocument: { uri } })));
      const published = await session.diagnostics(uri, (params) => params.version === document.version);
      assert.deepEqual(failures, []);
      assert.deepEqual(essentials(published.diagnostics), essentials(diagnose(document.getText(), uri)));
      const errors = session.client.notifications<LogMessageParams>('window/logMessage').filter((message) => message.type === 1);
      assert.deepEqual(errors.map((message) => message.message), []);
      assert.ok(!session.client.notifications<StatusParams>('cable/status').some((status) => status.health === 'error'));
    } finally {
      await session.close();
    }
  });
});
