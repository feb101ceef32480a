/** What every suite is given: sizes, the seed, where the built tools are, and a progress log. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../test/support/paths';

export interface BenchOptions {
  seed: number;
  /** Smaller inputs and fewer runs, for trying the benchmark itself; figures are then not comparable. */
  quick: boolean;
  /** The language server the protocol suites start. */
  serverModule: string;
  /** The CLI entry `cable check` runs through. */
  cli: string;
  log(message: string): void;
}

/** The shipped bundle when it has been built (what users run); else the tsc output. */
export function defaultServerModule(): string {
  const bundle = path.join(repoRoot, 'dist', 'server.js');
  return fs.existsSync(bundle) ? bundle : path.join(repoRoot, 'out', 'server', 'src', 'node', 'main.js');
}

export const cliEntry = path.join(repoRoot, 'bin', 'cable.js');
export const floorScript = path.join(__dirname, 'floor.js');
export { repoRoot };
