/**
 * Runs a child process that drives a mocha suite (inside VS Code, or VS Code
 * for the Web) and judges it by its output: a clean pass needs exit 0, a
 * reported number of passing tests above 0, and no failures. A run that
 * reported nothing (no spec loaded, a crash before mocha) is no pass.
 */
import { spawn } from 'node:child_process';
import { repoRoot } from './vsix';

/** Resolves with the whole output on a clean pass; rejects with its last `tailLines` lines otherwise. */
export function runMochaSuite(label: string, args: readonly string[], tailLines: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const passing = /(\d+) passing/.exec(output);
      const tail = output.trim().split('\n').slice(-tailLines).join('\n');
      if (code !== 0) reject(new Error(`${label} failed (exit ${code ?? signal}):\n${tail}`));
      else if (!passing || Number(passing[1]) === 0 || /\d+ failing/.test(output)) reject(new Error(`${label} reported no clean pass:\n${tail}`));
      else resolve(output);
    });
  });
}

/** `12 passing, 1 failing`, for a test's diagnostic line. */
export function mochaSummary(output: string): string {
  const passing = /(\d+) passing/.exec(output);
  const failing = /(\d+) failing/.exec(output);
  return `${passing?.[0] ?? 'no passes'}${failing ? `, ${failing[0]}` : ''}`;
}
