/**
 * Typing in a 10 MB cable (200,000 lines) through the real server: what a
 * transcriber who keeps a whole collection in one file meets. No target is
 * set for it (the typing targets are on a 10,000-line cable); the figures
 * show how the server's per-keystroke and per-pause work grows with the
 * document: the parse after each edit moves every node after it, and the
 * check reads the whole tree. Two ways of typing: an edit after each
 * diagnostics (as the typing suite does), and a burst of edits 40–220 ms
 * apart, so that edits land while the check of the one before runs (in
 * steps, see DocumentChecker), once more with the folding ranges and the
 * outline asked for as VS Code asks (also in steps, see lsp/steps.ts).
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { typingDelayMs } from '../server/src/lsp/diagnosticsScheduler';
import { generateCableOfLines, Random } from '../test/support/generate';
import { removeFolder, temporaryFolder } from './files';
import { LineBuffer } from './lineBuffer';
import type { BenchOptions } from './options';
import type { Figure } from './report';
import { openAndWait, sleep, startServer, timedRequest, waitReady } from './server';
import { median, percentile } from './stats';
import { editAndWait, nextEdit, type Editor } from './typing';

const suite = 'large document';
const lineCount = 200_000;
const edits = 40;
const burstEdits = 100;

/** After a pause this long, VS Code asks for the folding ranges and the outline (about what its own debounces come to). */
const outlineDelayMs = 100;

/**
 * Edits sent 40–220 ms apart without waiting for diagnostics, a hover right
 * after each; its round trips. With `outline`, as VS Code does, the folding
 * ranges and the outline are asked for once typing has paused 100 ms (their
 * answers, or their ends as cancelled, are not waited for).
 */
async function typeInBurst(editor: Editor, seed: number, outline: boolean): Promise<number[]> {
  const { client } = editor.server;
  const textDocument = { uri: editor.uri };
  const gaps = new Random(seed);
  const hovers: number[] = [];
  for (let i = 0; i < burstEdits; i++) {
    const { at, didChange } = nextEdit(editor);
    client.notify('textDocument/didChange', didChange);
    const ms = await timedRequest(client, 'textDocument/hover', { textDocument, position: at });
    if (ms !== undefined) hovers.push(ms);
    const gap = gaps.int(40, 220);
    if (outline && gap > outlineDelayMs) {
      await sleep(outlineDelayMs);
      for (const method of ['textDocument/foldingRange', 'textDocument/documentSymbol']) client.request(method, { textDocument }).catch(() => undefined);
      await sleep(gap - outlineDelayMs);
    } else {
      await sleep(gap);
    }
  }
  return hovers;
}

export async function largeCableTyping(options: BenchOptions): Promise<Figure[]> {
  const workspace = temporaryFolder('cable-bench-large-typing-');
  const server = await startServer(options.serverModule, workspace);
  try {
    await waitReady(server.client, 30_000);
    const text = generateCableOfLines(options.seed + 3, lineCount);
    const uri = pathToFileURL(path.join(workspace, 'large.cable')).href;
    const label = `${(text.length / 1e6).toFixed(1)} M chars`;
    options.log(`large document: typing in a ${lineCount}-line cable (${label}), ${edits} edits`);
    const openMs = await openAndWait(server.client, uri, text, 120_000);
    const editor: Editor = { server, uri, document: new LineBuffer(text), random: new Random(options.seed + 3) };
    const diagnostics: number[] = [];
    const hovers: number[] = [];
    for (let i = 0; i < edits; i++) {
      const { diagnosticsMs } = await editAndWait(editor, async (at) => {
        const ms = await timedRequest(server.client, 'textDocument/hover', { textDocument: { uri }, position: at });
        if (ms !== undefined) hovers.push(ms);
      });
      diagnostics.push(diagnosticsMs - typingDelayMs);
    }
    const burst = await typeInBurst(editor, options.seed + 4, false);
    const burstWithOutline = await typeInBurst(editor, options.seed + 5, true);
    const name = `typing in a ${lineCount.toLocaleString('en')}-line cable (${label}) through the server`;
    return [
      { suite, name: `${name}: open → first diagnostics`, value: openMs, unit: 'ms' },
      { suite, name: `${name}: didChange → diagnostics − ${typingDelayMs} ms debounce, p95`, value: percentile(diagnostics, 95), unit: 'ms', note: `p50 ${median(diagnostics).toFixed(1)} ms over ${edits} edits` },
      { suite, name: `${name}: hover right after an edit, p95`, value: percentile(hovers, 95), unit: 'ms', note: `p50 ${median(hovers).toFixed(1)} ms over ${hovers.length} edits` },
      { suite, name: `${name}: hover right after an edit, edits 40–220 ms apart, p95`, value: percentile(burst, 95), unit: 'ms', note: `p50 ${median(burst).toFixed(1)}, p99 ${percentile(burst, 99).toFixed(1)} ms over ${burst.length} edits` },
      {
        suite,
        name: `${name}: the same, folding ranges and outline asked for after each pause of ${outlineDelayMs} ms, p95`,
        value: percentile(burstWithOutline, 95),
        unit: 'ms',
        note: `p50 ${median(burstWithOutline).toFixed(1)}, p99 ${percentile(burstWithOutline, 99).toFixed(1)} ms over ${burstWithOutline.length} edits`,
      },
    ];
  } finally {
    await server.stop();
    removeFolder(workspace);
  }
}
