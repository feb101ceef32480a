/** Child processes the benchmark times from start to exit, and their memory. */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { now } from './stats';

export interface ProcessRun {
  ms: number;
  code: number | null;
  stdoutBytes: number;
  stderr: string;
}

/** Runs `node ...args` and resolves when it exits; stdout is read (and counted) so a full pipe never stalls it. */
export function runNode(args: readonly string[], cwd: string): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const start = now();
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdoutBytes = 0;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdoutBytes += chunk.length));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: now() - start, code, stdoutBytes, stderr }));
  });
}

/** A process's memory from /proc (Linux): resident now and its peak, in MB (10^6 bytes); undefined elsewhere. */
export function memoryOf(pid: number): { rssMB: number; peakMB: number } | undefined {
  let status: string;
  try {
    status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined;
  }
  const kB = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rssMB: (kB('VmRSS') * 1024) / 1e6, peakMB: (kB('VmHWM') * 1024) / 1e6 };
}

/**
 * The pid of our child process whose command line contains `needle`.
 * `LspClient` keeps its process private, so the benchmark finds it in /proc
 * (Linux only; undefined elsewhere).
 */
export function childPid(needle: string): number | undefined {
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return undefined;
  }
  for (const entry of entries) {
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name in parentheses may hold spaces; the parent pid is the second field after it.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent !== process.pid) continue;
      if (fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(needle)) return Number(entry);
    } catch {
      // The process ended while we looked: not ours to measure.
    }
  }
  return undefined;
}
