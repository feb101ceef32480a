/**
 * Typing as VS Code does it: its language client pulls diagnostics right
 * after every change, and the completion request an editor sends as you
 * type follows at once. Through the real server announcing pull
 * diagnostics: the completion's round trip right after each edit, and when
 * the pull is answered, less the pause in typing it waits for. The first
 * edits, on a server just started, are timed apart, as in typing.ts.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FullDocumentDiagnosticReport } from 'vscode-languageserver';
import { typingDelayMs } from '../server/src/lsp/diagnosticsScheduler';
import { Random } from '../test/support/generate';
import { removeFolder, temporaryFolder } from './files';
import { LineBuffer } from './lineBuffer';
import type { BenchOptions } from './options';
import type { Figure } from './report';
import { startServer, waitReady } from './server';
import { median, now, percentile } from './stats';
import { firstRequests, nextEdit, type Editor } from './typing';

const suite = 'typing';

export async function pullTyping(options: BenchOptions, text: string): Promise<Figure[]> {
  const edits = options.quick ? 25 : 100;
  const workspace = temporaryFolder('cable-bench-pull-');
  const server = await startServer(options.serverModule, workspace, { pull: true });
  try {
    await waitReady(server.client, 30_000);
    const uri = pathToFileURL(path.join(workspace, 'typing.cable')).href;
    const editor: Editor = { server, uri, document: new LineBuffer(text), random: new Random(options.seed + 2) };
    server.client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'cable', version: 1, text } });
    await pullDiagnostics(editor);
    const completions: number[] = [];
    const pulls: number[] = [];
    // The first edits' completions run code V8 has not compiled yet (see featureLatency in typing.ts): timed apart.
    const firstEdits = firstRequests(edits);
    for (let edit = 0; edit < firstEdits + edits; edit++) {
      const { at, didChange } = nextEdit(editor);
      const changed = now();
      server.client.notify('textDocument/didChange', didChange);
      const pulled = pullDiagnostics(editor).then(() => pulls.push(now() - changed - typingDelayMs));
      const start = now();
      await server.client.request('textDocument/completion', { textDocument: { uri }, position: at }, 30_000);
      completions.push(now() - start);
      await pulled;
    }
    const first = completions.splice(0, firstEdits);
    pulls.splice(0, firstEdits);
    return [
      { suite, name: `pulled as VS Code pulls: completion right after each of the first ${firstEdits} edits since the server started, max`, value: Math.max(...first), unit: 'ms', note: `p50 ${median(first).toFixed(2)} ms; not in the p99 below` },
      { suite, name: 'pulled as VS Code pulls: completion right after an edit, behind the pull, p99', value: percentile(completions, 99), unit: 'ms', note: `p50 ${median(completions).toFixed(2)} ms over ${edits} edits` },
      { suite, name: `pulled as VS Code pulls: didChange → pull answered − ${typingDelayMs} ms pause, p95`, value: percentile(pulls, 95), unit: 'ms', note: `p50 ${median(pulls).toFixed(2)} ms over ${edits} edits` },
    ];
  } finally {
    await server.stop();
    removeFolder(workspace);
  }
}

function pullDiagnostics(editor: Editor): Promise<FullDocumentDiagnosticReport> {
  return editor.server.client.request<FullDocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: editor.uri } }, 30_000);
}
