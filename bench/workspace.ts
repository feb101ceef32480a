/**
 * The workspace index: 10,000 generated cables on disk. Through the real
 * server: time from start until `cable/status` says `ready`, the server's
 * memory then, and how long one changed file takes to reach an open
 * document's diagnostics (a C305 that appears and disappears). In process:
 * the same index class alone, for the cost without the protocol.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FileChangeType } from 'vscode-languageserver';
import { nodeWorkspaceFiles } from '../server/src/lsp/workspaceFiles';
import { WorkspaceIndex } from '../server/src/lsp/workspaceIndex';
import { formatMB, removeFolder, temporaryFolder, writeArchive } from './files';
import { floorScript, repoRoot, type BenchOptions } from './options';
import { memoryOf, runNode } from './processes';
import type { Figure } from './report';
import { openAndWait, published, sleep, startServer, waitReady, type BenchServer } from './server';
import { best, median, now } from './stats';

const suite = 'workspace';
/** A name only the open document and the changed file use: the file's spelling, used twice, makes the document's the rarer (C305). */
const openText = 'Cable: № 1\n\nI met Vasily Kuznetsov at the station.\n';
const variantParagraph = 'Vasily Kuznetsow and Vasily Kuznetsow agreed.\n\n';

export async function workspaceIndex(options: BenchOptions): Promise<Figure[]> {
  const count = options.quick ? 1000 : 10_000;
  const rounds = options.quick ? 4 : 10;
  const folder = temporaryFolder('cable-bench-workspace-');
  try {
    const archive = writeArchive(folder, count, options.seed + 1);
    fs.writeFileSync(path.join(folder, 'open.cable'), openText);
    options.log(`workspace: ${count} cables, ${formatMB(archive.bytes)}`);
    await runNode([floorScript, folder], repoRoot); // warms the file cache for both measurements
    const floorMs = best([(await runNode([floorScript, folder], repoRoot)).ms, (await runNode([floorScript, folder], repoRoot)).ms]);
    const changed = archive.files[Math.floor(count / 2)];
    const figures = await throughServer(options, folder, changed, rounds, `floor (read + scan all files) ${floorMs.toFixed(0)} ms`);
    figures.push(...(await inProcess(folder, changed, rounds)));
    return figures.map((figure) => ({ ...figure, name: figure.name.replace('{count}', count.toLocaleString('en-US')) }));
  } finally {
    removeFolder(folder);
  }
}

async function throughServer(options: BenchOptions, folder: string, changed: string, rounds: number, floor: string): Promise<Figure[]> {
  const start = now();
  const server = await startServer(options.serverModule, folder);
  try {
    const status = await waitReady(server.client, 120_000);
    const readyMs = now() - start;
    const memory = server.pid === undefined ? undefined : memoryOf(server.pid);
    const reindex = await reindexLatency(server, folder, changed, rounds);
    const debounce = recheckDelayMs();
    const memoryNote = server.pid === undefined ? 'no /proc here' : `peak ${memory?.peakMB.toFixed(0)} MB`;
    return [
      { suite, name: 'start → cable/status ready ({count} files)', value: readyMs, unit: 'ms', target: { op: '<=', value: 5000 }, baseline: floor, note: `${status.indexedFiles} files indexed` },
      { suite, name: 'server RSS at ready', value: memory?.rssMB, unit: 'MB', target: { op: '<=', value: 200 }, note: memoryNote },
      {
        suite,
        name: `file changed → open document rechecked − ${debounce} ms recheck delay, median`,
        value: median(reindex) - debounce,
        unit: 'ms',
        target: { op: '<=', value: 20 },
        note: `max ${(Math.max(...reindex) - debounce).toFixed(1)} ms over ${rounds} changes`,
      },
    ];
  } finally {
    await server.stop();
  }
}

/** Rewrites one file on disk, alternately with and without a variant of the open document's name, and times each round. */
async function reindexLatency(server: BenchServer, folder: string, changed: string, rounds: number): Promise<number[]> {
  const original = fs.readFileSync(changed, 'utf8');
  const withVariant = original.replace('\n-----\n', `\n${variantParagraph}-----\n`);
  const uri = pathToFileURL(path.join(folder, 'open.cable')).href;
  await openAndWait(server.client, uri, openText);
  await sleep(1000); // lets the recheck that follows indexing pass, so each round below starts quiet
  const durations: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const variant = round % 2 === 0;
    fs.writeFileSync(changed, variant ? withVariant : original);
    const since = server.client.mark();
    const start = now();
    server.client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(changed).href, type: FileChangeType.Changed }] });
    await published(server.client, uri, (params) => params.diagnostics.some((diagnostic) => diagnostic.code === 'C305') === variant, since);
    durations.push(now() - start);
  }
  fs.writeFileSync(changed, original);
  return durations;
}

/**
 * The server waits this long after names change before checking open
 * documents again (`recheckDelayMs` in server/src/lsp/session.ts, not
 * exported, so read from the source).
 */
function recheckDelayMs(): number {
  const source = fs.readFileSync(path.join(repoRoot, 'server', 'src', 'lsp', 'session.ts'), 'utf8');
  return Number(/const recheckDelayMs = (\d+)/.exec(source)?.[1] ?? 300);
}

/** The index class alone: bulk read, then one changed file until the name counts show it. */
async function inProcess(folder: string, changed: string, rounds: number): Promise<Figure[]> {
  const index = new WorkspaceIndex(nodeWorkspaceFiles, { namesChanged: () => undefined, indexing: () => undefined, failed: (what, error) => console.error(what, error) }, () => 50_000_000);
  const heapBefore = process.memoryUsage().heapUsed;
  const start = now();
  index.addFolders([pathToFileURL(folder).href]);
  await index.ready;
  const bulkMs = now() - start;
  const heapMB = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
  const original = fs.readFileSync(changed, 'utf8');
  const withVariant = original.replace('\n-----\n', `\n${variantParagraph}-----\n`);
  const durations: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const variant = round % 2 === 0;
    fs.writeFileSync(changed, variant ? withVariant : original);
    const begin = now();
    await index.filesChanged([{ uri: pathToFileURL(changed).href, type: FileChangeType.Changed }]);
    if ((index.names.usesOutside('vasily kuznetsow', 'none:') > 0) !== variant) throw new Error('the in-process index did not take the change');
    durations.push(now() - begin);
  }
  fs.writeFileSync(changed, original);
  index.dispose();
  return [
    { suite, name: 'in-process WorkspaceIndex bulk read ({count} files)', value: bulkMs, unit: 'ms', note: `heap +${heapMB.toFixed(0)} MB` },
    { suite, name: 'in-process WorkspaceIndex.filesChanged, one file, median', value: median(durations), unit: 'ms', note: `max ${Math.max(...durations).toFixed(2)} ms` },
  ];
}
