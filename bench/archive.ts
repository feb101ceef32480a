/**
 * Archive throughput: the real `cable check --format json` process over a
 * generated archive, against the floor (a bare Node script that reads the
 * same files and looks at each line once), both timed from spawn to exit.
 */
import { formatMB, removeFolder, temporaryFolder, writeArchive } from './files';
import { floorScript, repoRoot, type BenchOptions } from './options';
import { runNode, type ProcessRun } from './processes';
import type { Figure } from './report';
import { best, mbPerSecond } from './stats';

const suite = 'archive';

export async function archiveThroughput(options: BenchOptions): Promise<Figure[]> {
  const count = options.quick ? 300 : 2000;
  const runs = options.quick ? 2 : 3;
  const folder = temporaryFolder('cable-bench-archive-');
  try {
    const archive = writeArchive(folder, count, options.seed);
    options.log(`archive: ${count} cables, ${formatMB(archive.bytes)} in ${folder}`);
    // One unmeasured run of each warms the file cache, so both read from memory.
    await checked(runNode([floorScript, folder], repoRoot));
    await checked(runNode([options.cli, 'check', '--format', 'json', folder], repoRoot));
    const floor: number[] = [];
    const cli: number[] = [];
    for (let i = 0; i < runs; i++) {
      floor.push((await checked(runNode([floorScript, folder], repoRoot))).ms);
      cli.push((await checked(runNode([options.cli, 'check', '--format', 'json', folder], repoRoot))).ms);
    }
    const floorMs = best(floor);
    const cliMs = best(cli);
    const size = `${count} cables, ${formatMB(archive.bytes)}`;
    return [
      { suite, name: `cable check --format json (${size})`, value: cliMs, unit: 'ms', baseline: `floor ${floorMs.toFixed(0)} ms`, note: `${mbPerSecond(archive.bytes, cliMs).toFixed(1)} MB/s, best of ${runs}` },
      { suite, name: 'cable check / floor', value: cliMs / floorMs, unit: '×', target: { op: '<=', value: 3 }, baseline: `floor ${mbPerSecond(archive.bytes, floorMs).toFixed(1)} MB/s` },
    ];
  } finally {
    removeFolder(folder);
  }
}

/** Exit 0 (clean) and 1 (findings) are both a completed check; anything else is a broken run. */
async function checked(run: Promise<ProcessRun>): Promise<ProcessRun> {
  const result = await run;
  if (result.code !== 0 && result.code !== 1) throw new Error(`a timed process failed with exit code ${String(result.code)}:\n${result.stderr}`);
  return result;
}
