/**
 * Runs the VS Code integration suite (test/vscode) from `npm test`: once with
 * the repository folder as the extension, once with the packaged .vsix
 * installed. It needs code-server (scripts/vscode/install-code-server.sh, run
 * here when missing) and Chromium. Without them the tests skip and say why;
 * with CABLE_REQUIRE_VSCODE=1 (set by .ci/run) they fail instead.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { mochaSummary, runMochaSuite } from './mochaRun';
import { buildVsix, repoRoot } from './vsix';

const required = process.env.CABLE_REQUIRE_VSCODE === '1';
const chromium = process.env.CABLE_CHROMIUM || '/usr/bin/chromium';
// The same folder the installer and the launcher use (scripts/vscode/code-server.mjs).
const codeServerHome = join(process.env.CABLE_VSCODE_CACHE || join(homedir(), '.cache', 'cable-vscode'), 'code-server-4.100.3');
const installer = join(repoRoot, 'scripts', 'vscode', 'install-code-server.sh');
const runner = join(repoRoot, 'out', 'test', 'vscode', 'run.js');

let availability: string | undefined | null = null;

/** Why VS Code cannot run here, or undefined when it can (installing code-server if need be, once per process). */
function whyUnavailable(): string | undefined {
  if (availability !== null) return availability;
  availability = probe();
  return availability;
}

function probe(): string | undefined {
  if (process.platform !== 'linux') return `the code-server harness is written for Linux, this is ${process.platform}`;
  if (!existsSync(chromium)) return `Chromium is not installed at ${chromium} (apt-get install -y chromium)`;
  if (existsSync(join(codeServerHome, '.install-complete'))) return undefined;
  // Installable: about a minute, from the npm registry and Debian's packages.
  const install = spawnSync('bash', [installer], { encoding: 'utf8', timeout: 10 * 60_000 });
  if (install.status === 0) return undefined;
  const lastLines = `${install.stderr ?? ''}`.trim().split('\n').slice(-5).join('\n');
  return `code-server is not installed and ${installer} failed:\n${lastLines || install.error?.message}`;
}

/** Skips with the reason, or fails with it when the suite is required. */
function skipOrFail(t: TestContext, reason: string): void {
  if (required) assert.fail(`CABLE_REQUIRE_VSCODE=1 but VS Code cannot run: ${reason}`);
  t.skip(reason);
}

/** Runs test/vscode/run.js; fails with the end of its output unless mocha reports passes and no failures. */
async function runSuite(t: TestContext, args: readonly string[]): Promise<void> {
  assert.ok(existsSync(runner), `${runner} is missing: the test/vscode project was not built (npm run build)`);
  const output = await runMochaSuite('the VS Code suite', [runner, ...args], 150);
  t.diagnostic(`mocha: ${mochaSummary(output)}`);
}

const timeout = 15 * 60_000;

test('VS Code integration suite, extension from the repository folder', { timeout }, async (t) => {
  const reason = whyUnavailable();
  if (reason) return skipOrFail(t, reason);
  await runSuite(t, []);
});

test('VS Code integration suite, extension installed from the .vsix', { timeout }, async (t) => {
  const reason = whyUnavailable();
  if (reason) return skipOrFail(t, reason);
  await runSuite(t, ['--vsix', buildVsix()]);
});
