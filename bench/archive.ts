/**
 * Archive throughput: the real `cable check --format json` process over a
 * generated archive, against the floor (a bare Node script that reads the
 * same files and looks at each line once), both timed from spawn to exit.
 */
import { checkWith } from '../server/src/cli/check';
import { formatMB, removeFolder, temporaryFolder, writeArchive } from './files';
import { countFieldLines } from './floor';
import { floorScript, repoRoot, type BenchOptions } from './options';
import { runNode, type ProcessRun } from './processes';
import type { Figure } from './report';
import { best, mbPerSecond, timed } from './stats';

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
    await checked(runNode([options.cli, 'check', ...checkArguments(folder)], repoRoot));
    const floor: number[] = [];
    const cli: number[] = [];
    for (let i = 0; i < runs; i++) {
      floor.push((await checked(runNode([floorScript, folder], repoRoot))).ms);
      cli.push((await checked(runNode([options.cli, 'check', ...checkArguments(folder)], repoRoot))).ms);
    }
    const floorMs = best(floor);
    const cliMs = best(cli);
    const size = `${count} cables, ${formatMB(archive.bytes)}`;
    return [
      { suite, name: `cable check --format json (${size})`, value: cliMs, unit: 'ms', baseline: `floor ${floorMs.toFixed(0)} ms`, note: `${mbPerSecond(archive.bytes, cliMs).toFixed(1)} MB/s, best of ${runs}` },
      { suite, name: 'cable check / floor', value: cliMs / floorMs, unit: '×', target: { op: '<=', value: 3 }, baseline: `floor ${mbPerSecond(archive.bytes, floorMs).toFixed(1)} MB/s` },
      inProcessFigure(folder, runs),
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

/**
 * Where the ratio comes from: the same check and the floor's loop, each run
 * in this process, the first time (as in its own process, less Node's start)
 * and then again once V8 has optimised the code (best of `runs`). The check
 * run again is its own cost per byte, apart from start-up and cold code.
 * The archive suite runs first, so the first check here is the process's.
 */
function inProcessFigure(folder: string, runs: number): Figure {
  const check = (): number => timed(() => checkInProcess(folder));
  const floor = (): number => timed(() => countFieldLines(folder));
  const firstCheck = check();
  const firstFloor = floor();
  const warmCheck = best(Array.from({ length: runs }, check));
  const warmFloor = best(Array.from({ length: runs }, floor));
  return {
    suite,
    name: 'the same check in one process, run again / the floor\'s loop run again',
    value: warmCheck / warmFloor,
    unit: '×',
    note: `check ${warmCheck.toFixed(0)} ms (first run ${firstCheck.toFixed(0)}), floor's loop ${warmFloor.toFixed(0)} ms (first run ${firstFloor.toFixed(0)}); best of ${runs}`,
  };
}

/** The output goes nowhere: the process's run does not time the terminal either (its output is piped). */
const discarded = { out: (): void => undefined, err: (): void => undefined };

/** What the timed `cable check` is given. */
function checkArguments(folder: string): string[] {
  return ['--format', 'json', folder];
}

/** The timed `cable check`, run in this process. */
function checkInProcess(folder: string): number {
  return checkWith(checkArguments(folder), discarded, repoRoot);
}
