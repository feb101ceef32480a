/**
 * Runs the integration suite (test/vscode/suite) in a real VS Code through
 * `@vscode/test-electron`'s runTests, the standard runner.
 *
 *   node out/test/vscode/run.js              the repository folder is the extension
 *   node out/test/vscode/run.js --vsix FILE  the packaged extension, installed first
 *
 * Which VS Code, by CABLE_VSCODE:
 *   unset or `code-server`   code-server in headless Chromium, offline, through
 *                            scripts/vscode/code-server-launcher.mjs (install it
 *                            with scripts/vscode/install-code-server.sh)
 *   `stable`, `insiders`, `1.100.0` …
 *                            a desktop VS Code downloaded by @vscode/test-electron
 *                            (needs internet, and a display on Linux: xvfb-run)
 *   an absolute path         that VS Code executable
 *
 * Before VS Code starts, the samples are copied to a scratch workspace (the
 * suite edits files and settings; the repository stays untouched) and the CLI
 * checks that copy: its findings are what the editor must show.
 * CABLE_E2E_GREP=pattern runs only matching tests; CABLE_E2E_KEEP=1 keeps the scratch folder.
 */
import { runTests, resolveCliArgsFromVSCodeExecutablePath, TestRunFailedError } from '@vscode/test-electron';
import { spawnSync } from 'node:child_process';
import { accessSync, constants, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import type { Expectations, Finding } from './suite/helpers';

const repository = resolve(__dirname, '..', '..', '..');
const launcher = join(repository, 'scripts', 'vscode', 'code-server-launcher.mjs');

function parseArguments(argv: readonly string[]): { vsix?: string } {
  const index = argv.indexOf('--vsix');
  if (index < 0) return {};
  const vsix = argv[index + 1];
  if (!vsix) throw new Error('--vsix needs a file');
  return { vsix: resolve(vsix) };
}

function cableFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.cable'))
    .map((entry) => toPosix(relative(folder, join(entry.parentPath, entry.name))))
    .sort();
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

/** What `cable check --format json` says of the workspace copy, files relative to it. */
function cliFindings(workspace: string): Finding[] {
  const result = spawnSync(process.execPath, [join(repository, 'bin', 'cable.js'), 'check', '--format', 'json', '.'], { cwd: workspace, encoding: 'utf8' });
  // 0: no errors, 1: errors found (the error samples have some); anything else is the CLI failing.
  if (result.status !== 0 && result.status !== 1) throw new Error(`cable check failed (${result.status ?? result.signal}): ${result.stderr}`);
  const findings = JSON.parse(result.stdout) as Finding[];
  return findings.map((finding) => ({ ...finding, file: toPosix(relative(workspace, resolve(workspace, finding.file))) }));
}

/** A do-nothing extension to develop, for runs against the installed .vsix: runTests always passes one, and the real one must not shadow the installed copy. */
function stubExtension(folder: string): string {
  mkdirSync(folder, { recursive: true });
  const manifest = { name: 'cable-e2e-host', publisher: 'cable-markup-tests', version: '0.0.0', engines: { vscode: '^1.100.0' } };
  writeFileSync(join(folder, 'package.json'), JSON.stringify(manifest, null, 2));
  return folder;
}

function checkBuilt(): void {
  const needed = ['dist/client.js', 'dist/server.js', 'out/test/vscode/suite/index.js'];
  const missing = needed.filter((file) => !existsSync(join(repository, file)));
  if (missing.length > 0) throw new Error(`not built: ${missing.join(', ')} (run npm run build)`);
}

interface VSCodeChoice {
  executable: string;
  codeServer: boolean;
  description: string;
}

async function chooseVSCode(): Promise<VSCodeChoice> {
  const wanted = process.env.CABLE_VSCODE || 'code-server';
  if (wanted === 'code-server') {
    try {
      accessSync(launcher, constants.X_OK);
    } catch {
      throw new Error(`${launcher} is not executable (chmod +x it): runTests starts it as the VS Code executable`);
    }
    return { executable: launcher, codeServer: true, description: 'code-server in headless Chromium' };
  }
  if (wanted.startsWith('/')) return { executable: wanted, codeServer: false, description: wanted };
  // Imported here so the offline default never touches the download code.
  const { downloadAndUnzipVSCode } = await import('@vscode/test-electron');
  return { executable: await downloadAndUnzipVSCode(wanted), codeServer: false, description: `desktop VS Code ${wanted}` };
}

async function main(): Promise<number> {
  const { vsix } = parseArguments(process.argv.slice(2));
  checkBuilt();
  if (vsix && !existsSync(vsix)) throw new Error(`${vsix} does not exist (npm run package)`);

  const scratch = mkdtempSync(join(tmpdir(), 'cable-e2e-'));
  try {
    const workspace = join(scratch, 'workspace');
    cpSync(join(repository, 'samples'), workspace, { recursive: true });
    const expectations: Expectations = {
      mode: vsix ? 'installed' : 'development',
      repository,
      files: cableFiles(workspace),
      findings: cliFindings(workspace),
    };
    const expectedPath = join(scratch, 'expected.json');
    writeFileSync(expectedPath, JSON.stringify(expectations, null, 2));

    const vscode = await chooseVSCode();
    const launchArgs = [workspace];
    if (vsix && vscode.codeServer) launchArgs.push(`--install-extension=${vsix}`);
    if (vsix && !vscode.codeServer) {
      // Desktop VS Code installs with its CLI into the extensions folder the test window then uses.
      const extensions = join(scratch, 'extensions');
      const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(vscode.executable);
      const installed = spawnSync(cli, [...cliArgs, '--extensions-dir', extensions, '--install-extension', vsix], { encoding: 'utf8', stdio: 'inherit' });
      if (installed.status !== 0) throw new Error(`installing ${vsix} failed`);
      launchArgs.push(`--extensions-dir=${extensions}`);
    }
    console.log(`VS Code integration tests: ${vscode.description}, ${vsix ? `installed ${vsix}` : 'extension from the repository'}, workspace ${workspace}`);
    await runTests({
      vscodeExecutablePath: vscode.executable,
      extensionDevelopmentPath: vsix ? stubExtension(join(scratch, 'stub-extension')) : repository,
      extensionTestsPath: join(repository, 'out', 'test', 'vscode', 'suite', 'index.js'),
      launchArgs,
      extensionTestsEnv: { CABLE_E2E_EXPECTED: expectedPath },
    });
    return 0;
  } finally {
    if (process.env.CABLE_E2E_KEEP === '1') console.log(`kept ${scratch}`);
    else rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // runTests has already printed the test output; its error only carries the exit code.
    if (error instanceof TestRunFailedError) process.exit(error.code ?? 1);
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
