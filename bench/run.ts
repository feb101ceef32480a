/**
 * `npm run bench`: measures the tools on generated cables and prints each
 * figure with its target. Exits 0 when targets are missed (the table says
 * FAIL), unless `--strict`; exits 1 when a suite itself breaks. Each suite
 * starts once the one before has settled (see `settle`).
 *
 *   node out/bench/run.js [--strict] [--quick] [--only=archive,large,typing,workspace,preview]
 *                         [--seed=N] [--server=PATH] [--out=results.json]
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { archiveThroughput } from './archive';
import { largeDocument } from './largeDocument';
import { cliEntry, defaultServerModule, repoRoot, type BenchOptions } from './options';
import { previewRender } from './preview';
import { results, statusOf, table, type Figure } from './report';
import { sleep } from './server';
import { typingLatency } from './typing';
import { workspaceIndex } from './workspace';

const suites: ReadonlyArray<[name: string, title: string, run: (options: BenchOptions) => Promise<Figure[]>]> = [
  ['archive', 'archive', archiveThroughput],
  ['large', 'large document', largeDocument],
  ['typing', 'typing', typingLatency],
  ['workspace', 'workspace', workspaceIndex],
  ['preview', 'preview', previewRender],
];

/** How long the machine is left alone between suites. */
const settleMs = 3000;

/**
 * Lets the suite before finish with the machine: the archive and workspace
 * suites write and delete thousands of files and start processes, and the
 * kernel writes those files out for seconds after. Measured: the large
 * document, run right after the archive, came out 5–8% slower than alone;
 * after a sync and this pause, within 2%.
 */
async function settle(): Promise<void> {
  if (process.platform !== 'win32') execFileSync('sync');
  await sleep(settleMs);
}

/** The figures assume the machine is otherwise idle; say so when it is not. */
function warnIfBusy(): void {
  const load = os.loadavg()[0];
  if (load > os.cpus().length / 2) console.error(`warning: load average ${load.toFixed(2)} on ${os.cpus().length} cores: other processes are running, figures will be slower and noisier`);
}

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}

async function main(): Promise<number> {
  const strict = process.argv.includes('--strict');
  const only = option('only')?.split(',');
  const unknown = only?.filter((name) => !suites.some(([known]) => known === name)) ?? [];
  if (unknown.length > 0) {
    console.error(`unknown suite ${unknown.join(', ')} (suites: ${suites.map(([name]) => name).join(', ')})`);
    return 2;
  }
  const options: BenchOptions = {
    seed: Number(option('seed') ?? 20251127),
    quick: process.argv.includes('--quick'),
    serverModule: path.resolve(option('server') ?? defaultServerModule()),
    cli: cliEntry,
    log: (message) => console.error(`  ${message}`),
  };
  console.error(`bench: seed ${options.seed}${options.quick ? ', quick (figures not comparable)' : ''}; server ${path.relative(repoRoot, options.serverModule)}`);
  warnIfBusy();
  const figures: Figure[] = [];
  let broken = false;
  let first = true;
  for (const [name, title, run] of suites) {
    if (only && !only.includes(name)) continue;
    if (!first) await settle();
    first = false;
    console.error(`${title}…`);
    try {
      figures.push(...(await run(options)));
    } catch (error) {
      broken = true;
      console.error(`${title} broke: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      figures.push({ suite: title, name: 'suite', value: undefined, unit: '', note: `broke: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` });
    }
  }
  console.log(table(figures));
  const output = path.resolve(option('out') ?? path.join(repoRoot, 'bench', 'results.json'));
  const written = results(figures, { seed: options.seed, quick: options.quick, serverModule: path.relative(repoRoot, options.serverModule), only: only ?? 'all' });
  fs.writeFileSync(output, `${JSON.stringify(written, null, 2)}\n`);
  const { machine } = written;
  console.log(`\n${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}, load ${machine.loadAverage}, ${machine.date}; written to ${path.relative(process.cwd(), output)}`);
  warnIfBusy();
  const failed = figures.filter((figure) => statusOf(figure) === 'FAIL');
  if (failed.length > 0) console.log(`${failed.length} target(s) missed${strict ? '' : ' (exit 0 without --strict)'}`);
  if (broken) return 1;
  return strict && failed.length > 0 ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
