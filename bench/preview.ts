/**
 * Preview: rendering a 1 MB cable to the preview's HTML. The renderer is
 * loaded at run time, so the benchmark builds and runs while it is still
 * being written (then the figures are n/a).
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { wholeFragment, type RenderResult } from '../server/src/protocol';
import { createLanguageService, defaultSettings, parseCable, type CableTree } from '../server/src/service';
import { generateCableOfSize } from '../test/support/generate';
import type { BenchOptions } from './options';
import { repoRoot } from './options';
import type { Figure } from './report';
import { removeFolder, temporaryFolder } from './files';
import { pageFigures, type SentFragment } from './previewPage';
import { openAndWait, published, startServer } from './server';
import { best, median, now, percentile, timeRuns } from './stats';

const suite = 'preview';
const rendererModule = path.join(repoRoot, 'out', 'server', 'src', 'service', 'render', 'index.js');

type RenderBody = (tree: CableTree, options: { view: 'diplomatic' | 'reading'; diagnostics?: Diagnostic[] }) => string;

function loadRenderer(): RenderBody | { missing: string } {
  if (!fs.existsSync(rendererModule)) return { missing: 'renderer not built (server/src/service/render)' };
  try {
    const loaded = createRequire(__filename)(rendererModule) as { renderBody?: unknown };
    return typeof loaded.renderBody === 'function' ? (loaded.renderBody as RenderBody) : { missing: 'render/index.ts has no renderBody yet' };
  } catch (error) {
    return { missing: `renderer fails to load: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export async function previewRender(options: BenchOptions): Promise<Figure[]> {
  const renderBody = loadRenderer();
  const names = ['re-render after an edit (parse + diagnose + render), 1 MB', 'first render of a tree, nothing kept (tree and diagnostics ready), 1 MB'];
  if (typeof renderBody !== 'function') return names.map((name) => ({ suite, name, value: undefined, unit: 'ms', target: { op: '<=', value: 100 }, note: renderBody.missing }));
  const text = generateCableOfSize(options.seed + 7, 1e6);
  const service = createLanguageService();
  let version = 0;
  const runs = options.quick ? 3 : 9;
  options.log(`preview: ${(text.length / 1e6).toFixed(2)} M chars, ${runs} runs`);
  let html = '';
  // Each run is a new version, one character longer in the middle of the body: the tree of the one
  // before is reused as after typing, but the rules and the renderer run over the whole new version.
  const middle = text.indexOf('\n\n', text.length >> 1) + 2;
  let edited = text;
  const full = await timeRuns(2, runs, () => {
    edited = `${edited.slice(0, middle)}x${edited.slice(middle)}`;
    const document = TextDocument.create('file:///preview.cable', 'cable', ++version, edited);
    const diagnostics = service.getDiagnostics(document, defaultSettings);
    html = renderBody(service.parse(document, defaultSettings), { view: 'diplomatic', diagnostics });
  });
  const document = TextDocument.create('file:///preview.cable', 'cable', ++version, text);
  const diagnostics = service.getDiagnostics(document, defaultSettings);
  // Each run renders a tree parsed anew (outside the timing): the renderer has kept no block of it, as on a document's first render.
  const renderOnly: number[] = [];
  for (let run = -2; run < runs; run++) {
    const fresh = parseCable(text);
    const start = now();
    renderBody(fresh, { view: 'diplomatic', diagnostics });
    if (run >= 0) renderOnly.push(now() - start);
  }
  const note = (durations: number[]): string => `best ${best(durations).toFixed(0)} ms, median ${median(durations).toFixed(0)} ms; HTML ${(html.length / 1e6).toFixed(1)} M chars`;
  return [
    { suite, name: names[0], value: best(full), unit: 'ms', target: { op: '<=', value: 100 }, note: note(full) },
    { suite, name: names[1], value: best(renderOnly), unit: 'ms', target: { op: '<=', value: 100 }, note: note(renderOnly) },
    ...(await throughServer(options, text, runs * 2)),
  ];
}

/**
 * What the preview really waits for, through the server: the first
 * `cable/render` as the preview opens (nothing kept yet: the whole cable is
 * checked and rendered, the code still cold), then the round trip right
 * after each one-character edit in the middle of the body (the server parses
 * the new version, checks it and renders what changed). Like the preview,
 * each request names the fragment it holds, and the answer's patch is
 * applied to it.
 */
async function throughServer(options: BenchOptions, text: string, rounds: number): Promise<Figure[]> {
  const names = ['cable/render as the preview opens, 1 MB, through the server', 'cable/render right after an edit, 1 MB, through the server, p50'];
  const workspace = temporaryFolder('cable-bench-preview-');
  const server = await startServer(options.serverModule, workspace);
  try {
    const uri = pathToFileURL(path.join(workspace, 'preview.cable')).href;
    await openAndWait(server.client, uri, text);
    const openingStart = now();
    let held = await server.client.request<RenderResult>('cable/render', { uri, view: 'diplomatic' }, 30_000);
    const opening = now() - openingStart;
    const fragments: SentFragment[] = [{ html: held.html ?? '', lineCount: held.lineCount }];
    let patchChars = 0;
    // Typing at the start of a paragraph in the middle of the body: that paragraph is rendered again each time.
    const at = { line: text.slice(0, text.indexOf('\n\n', text.length >> 1) + 2).split('\n').length - 1, character: 0 };
    const durations: number[] = [];
    for (let version = 2; version < rounds + 2; version++) {
      const since = server.client.mark();
      server.client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: at, end: at }, text: 'x' }] });
      const start = now();
      const result = await server.client.request<RenderResult>('cable/render', { uri, view: 'diplomatic', base: held.id }, 30_000);
      held = { ...result, html: wholeHtml(held, result) };
      durations.push(now() - start);
      fragments.push({ html: held.html ?? '', lineCount: held.lineCount });
      patchChars += result.patch?.text.length ?? result.html?.length ?? 0;
      await published(server.client, uri, (params) => params.version === version, since);
    }
    return [
      { suite, name: names[0], value: opening, unit: 'ms', note: 'the whole cable checked and rendered, nothing kept yet' },
      { suite, name: names[1], value: median(durations), unit: 'ms', target: { op: '<=', value: 100 }, note: `p95 ${percentile(durations, 95).toFixed(0)} ms over ${rounds} edits; ${Math.round(patchChars / rounds)} characters of HTML sent per render, of ${held.html?.length ?? 0}` },
      ...(await pageFigures(fragments, durations)),
    ];
  } finally {
    await server.stop();
    removeFolder(workspace);
  }
}

/** The fragment a render answered with, whole; the bench holds every fragment it was sent, so a patch is always to the one held. */
function wholeHtml(held: RenderResult, result: RenderResult): string {
  const whole = held.id === undefined || held.html === undefined ? undefined : wholeFragment(result, { id: held.id, html: held.html });
  if (whole === undefined) throw new Error(`a patch to fragment ${String(result.patch?.base)}, but ${String(held.id)} is held`);
  return whole;
}
