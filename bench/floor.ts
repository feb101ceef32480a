/**
 * The floor for archive throughput, run as its own process like `cable
 * check`: the least any checker must do — start Node, find the files, read
 * them, split them into lines and look at each line once (one regex). The
 * CLI is measured against this in the same run, so the ratio does not depend
 * on the machine.
 *
 * Usage: node out/bench/floor.js FOLDER — prints how many lines matched.
 * `countFieldLines` is the same work, for timing in a process already running.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const fieldLine = /^[A-Z][A-Za-z ]{1,20}:[ \t]/;

function cableFiles(folder: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...cableFiles(full));
    else if (entry.name.endsWith('.cable')) found.push(full);
  }
  return found.sort();
}

/** The floor's work: how many lines of the folder's cables match. */
export function countFieldLines(folder: string): number {
  let matched = 0;
  for (const file of cableFiles(folder)) {
    for (const line of fs.readFileSync(file, 'utf8').split(/\r\n|\r|\n/)) if (fieldLine.test(line)) matched++;
  }
  return matched;
}

// Run as a script by the archive suite; imported by it for the same work timed in its own process.
if (require.main === module) process.stdout.write(`${countFieldLines(process.argv[2] ?? '.')}\n`);
