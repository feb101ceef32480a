/**
 * Typing latency through the real server over stdio: a 10,000-line cable is
 * open and one-character edits land at random (seeded) places. For each
 * edit we time `didChange` → the `publishDiagnostics` of that version, minus
 * the server's typing debounce: what is left is the server's own work. Then
 * completion and hover round trips on the same document, both on a settled
 * version (tree cached) and right after an edit (the tree must be rebuilt),
 * which is when an editor asks for completion. Both processes' garbage-
 * collection pauses are recorded, and the requests right after an edit that
 * took longer than the target are counted by which pauses they met. Last,
 * with the server gone, floors under those requests: a fixed loop, and making
 * the next version of the text, each right after the same pause.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DidChangeTextDocumentParams, Position, Range } from 'vscode-languageserver';
import { typingDelayMs } from '../server/src/lsp/diagnosticsScheduler';
import { generateCableOfLines, Random } from '../test/support/generate';
import { LineBuffer } from './lineBuffer';
import { removeFolder, temporaryFolder } from './files';
import { recordPauses, slowRequestCauses, wallClock, type Pause, type TimedRequest } from './gcPauses';
import type { BenchOptions } from './options';
import type { Figure } from './report';
import { openAndWait, pingRoundTrip, published, startServer, timedRequest, waitReady, type BenchServer } from './server';
import { afterPauseFloors } from './afterPauseFloors';
import { pullTyping } from './pullTyping';
import { typingBreakdown } from './typingBreakdown';
import { median, now, percentile } from './stats';

const suite = 'typing';
/** Runs the server under test with its GC pauses recorded (see gcRecordingServer.ts). */
const gcRecordingServer = path.join(__dirname, 'gcRecordingServer.js');
const targetMs = 5;

/** A figure of requests right after an edit, with the requests, whose slow ones are explained once both processes' pauses are known. */
interface AfterEditSamples {
  figure: Figure;
  requests: TimedRequest[];
}
/** Mostly letters and spaces; now and then a character that changes the structure (a mark, a quote, a field colon). */
const typed = 'etaoinshrdlucmfwypvbgk     ETAOINS.,[]":';

export interface Editor {
  server: BenchServer;
  uri: string;
  document: LineBuffer;
  random: Random;
}

export async function typingLatency(options: BenchOptions): Promise<Figure[]> {
  const gcFolder = temporaryFolder('cable-bench-gc-');
  try {
    const gcLog = path.join(gcFolder, 'server-gc.json');
    const clientPauses = recordPauses();
    const afterEdit: AfterEditSamples[] = [];
    const { figures, text } = await throughServer(options, gcLog, afterEdit).finally(() => clientPauses.stop());
    // The server has exited and written its pauses.
    explainSlowRequests(afterEdit, readPauses(gcLog), clientPauses.pauses);
    // Taken with the server gone, so nothing else runs beside it.
    const floors = await afterPauseFloors(text, typingDelayMs, options.quick ? 25 : 100, targetMs);
    return [...figures, ...(await pullTyping(options, text)), ...floors, ...(await typingBreakdown(text))];
  } finally {
    removeFolder(gcFolder);
  }
}

/** The figures taken through the server, which records its GC pauses to `gcLog` and has exited when this returns. */
async function throughServer(options: BenchOptions, gcLog: string, afterEdit: AfterEditSamples[]): Promise<{ figures: Figure[]; text: string }> {
  const lineCount = options.quick ? 2000 : 10_000;
  const edits = options.quick ? 40 : 200;
  const requests = options.quick ? 50 : 200;
  const workspace = temporaryFolder('cable-bench-typing-');
  process.env.CABLE_GC_LOG = gcLog;
  process.env.CABLE_GC_SERVER = options.serverModule;
  const server = await startServer(gcRecordingServer, workspace);
  try {
    await waitReady(server.client, 30_000);
    const text = generateCableOfLines(options.seed, lineCount);
    const uri = pathToFileURL(path.join(workspace, 'typing.cable')).href;
    const editor: Editor = { server, uri, document: new LineBuffer(text), random: new Random(options.seed) };
    options.log(`typing: ${lineCount} lines (${(text.length / 1e6).toFixed(2)} M chars), ${edits} edits, debounce ${typingDelayMs} ms`);
    const openMs = await openAndWait(server.client, uri, text);

    const pings: number[] = [];
    for (let i = 0; i < 50; i++) pings.push(await pingRoundTrip(server.client));
    const ping = `JSON-RPC round trip p50 ${median(pings).toFixed(2)} ms`;

    const latencies: number[] = [];
    for (let i = 0; i < edits; i++) latencies.push((await editAndWait(editor)).diagnosticsMs - typingDelayMs);
    const figures: Figure[] = [
      { suite, name: `open ${lineCount}-line cable → first diagnostics`, value: openMs, unit: 'ms', baseline: ping },
      { suite, name: `didChange → diagnostics − ${typingDelayMs} ms debounce, p50`, value: median(latencies), unit: 'ms', baseline: ping },
      { suite, name: `didChange → diagnostics − ${typingDelayMs} ms debounce, p95`, value: percentile(latencies, 95), unit: 'ms', target: { op: '<=', value: 15 }, baseline: ping, note: `max ${Math.max(...latencies).toFixed(1)} ms over ${edits} edits` },
    ];
    for (const [method, feature] of [['textDocument/completion', 'completion'], ['textDocument/hover', 'hover']] as const) {
      figures.push(...(await featureLatency(editor, method, feature, requests, ping, afterEdit)));
    }
    return { figures, text };
  } finally {
    await server.stop();
    removeFolder(workspace);
  }
}

/** The server's pauses, written when it exited; undefined if it never wrote them. */
function readPauses(file: string): Pause[] | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Pause[];
  } catch {
    return undefined;
  }
}

function explainSlowRequests(samples: readonly AfterEditSamples[], server: readonly Pause[] | undefined, client: readonly Pause[]): void {
  for (const { figure, requests } of samples) {
    if (figure.value === undefined) continue;
    figure.note = `${figure.note ?? ''}; ${server ? slowRequestCauses(requests, targetMs, server, client) : 'the server wrote no GC log'}`;
  }
}

/** One random one-character edit, sent; resolves when its diagnostics are published. */
export async function editAndWait(editor: Editor, afterSend?: (at: Position) => Promise<void>): Promise<{ diagnosticsMs: number }> {
  const { at, version, didChange } = nextEdit(editor);
  const since = editor.server.client.mark();
  const start = now();
  editor.server.client.notify('textDocument/didChange', didChange);
  if (afterSend) await afterSend(at);
  await published(editor.server.client, editor.uri, (params) => params.version === version, since);
  // Nothing before this edit is waited for again: the client need not keep hundreds of diagnostics lists.
  editor.server.client.forgetBefore(since);
  return { diagnosticsMs: now() - start };
}

/**
 * The next random edit, made in the editor's copy of the text under a new
 * version: where the cursor ends up, and the `didChange` parameters to send
 * (the caller sends them, so that what it times starts where it should).
 */
export function nextEdit(editor: Editor): { at: Position; version: number; didChange: DidChangeTextDocumentParams } {
  const { change, at } = randomEdit(editor);
  editor.document.apply(change);
  const version = ++editor.document.version;
  return { at, version, didChange: { textDocument: { uri: editor.uri, version }, contentChanges: [change] } };
}

/** Inserts a character (70%) or deletes one (30%) at a random offset; `at` is where the cursor ends up. */
function randomEdit(editor: Editor): { change: { range: Range; text: string }; at: Position } {
  const { document, random } = editor;
  const length = document.length;
  const offset = random.int(0, Math.max(0, length - 1));
  const start = document.positionAt(offset);
  if (random.chance(0.7) || length === 0) {
    // No line breaks are typed, so the cursor simply moves one character right.
    return { change: { range: { start, end: start }, text: random.pick([...typed]) }, at: { line: start.line, character: start.character + 1 } };
  }
  return { change: { range: { start, end: document.positionAt(offset + 1) }, text: '' }, at: start };
}

/** How many of a feature's requests go first, timed apart: a quarter of those timed after them (the pull suite's edits too). */
export function firstRequests(requests: number): number {
  return Math.ceil(requests / 4);
}

function randomPosition(editor: Editor): Position {
  return editor.document.positionAt(editor.random.int(0, editor.document.length));
}

/**
 * p99 of a feature's round trip on a settled version, and right after an
 * edit (the request follows the `didChange` at once, as an editor's
 * completion does). n/a when the server does not offer the feature yet.
 *
 * The first requests of a kind are timed apart, as their own figure: each
 * kind of place they land on runs code V8 has not compiled yet, a few ms the
 * first time (1–3 ms in process). Counted in the p99, those once-per-start
 * costs decided it; the settled figure is of the server after them.
 */
async function featureLatency(editor: Editor, method: string, feature: string, requests: number, ping: string, afterEditSamples: AfterEditSamples[]): Promise<Figure[]> {
  const params = (position: Position): unknown => ({ textDocument: { uri: editor.uri }, position });
  const timeRequests = async (count: number): Promise<number[]> => {
    const times: number[] = [];
    for (let i = 0; i < count && times.length === i; i++) {
      const ms = await timedRequest(editor.server.client, method, params(randomPosition(editor)));
      if (ms !== undefined) times.push(ms);
    }
    return times;
  };
  const first = await timeRequests(firstRequests(requests));
  const settled = first.length > 0 ? await timeRequests(requests) : [];
  const afterEdit: TimedRequest[] = [];
  if (settled.length > 0) {
    for (let i = 0; i < Math.ceil(requests / 2); i++) {
      await editAndWait(editor, async (at) => {
        const start = wallClock();
        const ms = await timedRequest(editor.server.client, method, params(at));
        if (ms !== undefined) afterEdit.push({ start, ms });
      });
    }
  }
  const afterEditMs = afterEdit.map((request) => request.ms);
  const missing = settled.length === 0 ? (editor.server.capabilities[`${feature}Provider` as 'hoverProvider'] ? 'MethodNotFound' : 'not offered by the server yet') : undefined;
  const target = { op: '<=', value: targetMs } as const;
  const rightAfterEdit: Figure = { suite, name: `${feature} p99, right after an edit`, value: missing ? undefined : percentile(afterEditMs, 99), unit: 'ms', target, baseline: ping, note: missing ?? `p50 ${median(afterEditMs).toFixed(2)} ms, ${afterEdit.length} requests` };
  afterEditSamples.push({ figure: rightAfterEdit, requests: afterEdit });
  return [
    { suite, name: `${feature}, the first ${firstRequests(requests)} requests since the server started, max`, value: missing ? undefined : Math.max(...first), unit: 'ms', baseline: ping, note: missing ?? `p50 ${median(first).toFixed(2)} ms; not in the p99 below` },
    { suite, name: `${feature} p99, settled document`, value: missing ? undefined : percentile(settled, 99), unit: 'ms', target, baseline: ping, note: missing ?? `p50 ${median(settled).toFixed(2)} ms, ${settled.length} requests` },
    rightAfterEdit,
  ];
}
