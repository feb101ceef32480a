#!/usr/bin/env node
// @ts-check
// Stands in for the VS Code executable: `@vscode/test-electron`'s runTests()
// starts `vscodeExecutablePath` with VS Code's own arguments, and this script
// turns them into a code-server run in headless Chromium, so the standard
// runner works on machines that cannot download a desktop VS Code.
//
// Understood arguments (the rest of VS Code's flags are accepted and ignored):
//   --extensionDevelopmentPath=DIR   the extension under test (repeatable)
//   --extensionTestsPath=FILE        the test entry (exports run())
//   --install-extension=FILE.vsix    install a packaged extension first; the
//                                    suite then runs against it (give no
//                                    extensionDevelopmentPath, or add
//                                    --cable-installed-only to drop it)
//   --cable-installed-only           ignore --extensionDevelopmentPath (runTests
//                                    always passes one)
//   FOLDER                           the workspace folder to open
// Environment: CABLE_VSCODE_TIMEOUT (seconds, default 180), CABLE_VSCODE_VERBOSE=1
// (relay code-server's log and the whole browser console), CABLE_CHROMIUM.
//
// Exit code: the one the extension host reports through codeAutomationExit(),
// or 1 when anything on the way fails or the run times out.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { chromium } from 'playwright-core';
import {
  enableSmokeTestDriver,
  findCodeServer,
  installExtension,
  launchChromium,
  makeProfile,
  remoteUri,
  removeFolder,
  startCodeServer,
  workbenchUrl,
} from './code-server.mjs';

const verbose = process.env.CABLE_VSCODE_VERBOSE === '1';
const timeoutSeconds = Number(process.env.CABLE_VSCODE_TIMEOUT || 180);

/** @param {string} message */
function say(message) {
  process.stderr.write(`[launcher] ${message}\n`);
}

/** @param {string[]} argv */
function parseArguments(argv) {
  /** @type {{ developmentPaths: string[], testsPath?: string, vsix?: string, installedOnly: boolean, folder?: string, file?: string }} */
  const parsed = { developmentPaths: [], installedOnly: false };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    /** @param {string} name */
    const valueOf = (name) => {
      if (argument.startsWith(`${name}=`)) return argument.slice(name.length + 1);
      index++;
      if (index >= argv.length) throw new Error(`${name} needs a value`);
      return argv[index];
    };
    if (argument === '--extensionDevelopmentPath' || argument.startsWith('--extensionDevelopmentPath=')) parsed.developmentPaths.push(resolve(valueOf('--extensionDevelopmentPath')));
    else if (argument === '--extensionTestsPath' || argument.startsWith('--extensionTestsPath=')) parsed.testsPath = resolve(valueOf('--extensionTestsPath'));
    else if (argument === '--install-extension' || argument.startsWith('--install-extension=')) parsed.vsix = resolve(valueOf('--install-extension'));
    else if (argument === '--cable-installed-only') parsed.installedOnly = true;
    else if (argument === '--user-data-dir' || argument === '--extensions-dir') {
      // Given as two words the value would pass for the folder to open.
      if (verbose) say(`ignoring ${argument} ${valueOf(argument)}`);
    } else if (argument.startsWith('-')) {
      // Desktop-only flags from runTests (--no-sandbox, --user-data-dir=…): this
      // harness always uses a fresh profile of its own.
      if (verbose) say(`ignoring ${argument}`);
    } else {
      const path = resolve(argument);
      if (statSync(path).isDirectory()) parsed.folder = path;
      else parsed.file = path;
    }
  }
  if (parsed.installedOnly) parsed.developmentPaths = [];
  return parsed;
}

/** @param {string} folder */
function stubExtension(folder) {
  mkdirSync(folder, { recursive: true });
  const manifest = { name: 'cable-e2e-host', publisher: 'cable-markup-tests', version: '0.0.0', engines: { vscode: '^1.100.0' } };
  writeFileSync(join(folder, 'package.json'), JSON.stringify(manifest, null, 2));
  return folder;
}

/** Everything to undo on the way out, in reverse order; safe to call twice. */
const cleanups = /** @type {Array<() => void | Promise<void>>} */ ([]);
let cleaning = false;
async function cleanUp() {
  if (cleaning) return;
  cleaning = true;
  for (const step of cleanups.reverse()) {
    try {
      await step();
    } catch (error) {
      if (verbose) say(`cleanup: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/** @param {number} code */
async function finish(code) {
  await cleanUp();
  process.exit(code);
}

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
  process.on(signal, () => {
    say(`received ${signal}, stopping code-server and Chromium`);
    void finish(signal === 'SIGINT' ? 130 : 143);
  });
}

let phase = 'reading arguments';

async function main() {
  const options = parseArguments(process.argv.slice(2));
  if (!options.testsPath) throw new Error('--extensionTestsPath is required');
  const entry = findCodeServer();
  if (!entry) throw new Error('code-server is not installed: run scripts/vscode/install-code-server.sh');

  const profile = makeProfile();
  cleanups.push(() => removeFolder(profile.root));

  if (options.vsix) {
    phase = `installing ${options.vsix}`;
    say(phase);
    const output = installExtension(entry, profile, options.vsix);
    if (verbose) say(output);
  }

  phase = 'starting code-server';
  const server = await startCodeServer(entry, profile, { log: verbose ? (line) => say(`code-server: ${line}`) : undefined });
  // Synchronous, so it also runs from process.on('exit').
  cleanups.push(server.stop);
  process.on('exit', server.stop);
  say(`code-server ready at ${server.base.href}`);

  phase = 'starting Chromium';
  const browser = await launchChromium(chromium);
  cleanups.push(() => browser.close());
  const page = await browser.newPage();
  await enableSmokeTestDriver(page, server.base);

  const exit = new Promise((resolveExit) => {
    // VS Code calls this page function when the extension tests finish.
    void page.exposeFunction('codeAutomationExit', (/** @type {number} */ code) => resolveExit(code));
  });
  page.on('console', relayConsole);
  page.on('pageerror', (error) => {
    if (verbose) say(`page error: ${error.message}`);
  });
  page.on('crash', () => {
    say('the workbench page crashed');
    void finish(1);
  });

  // VS Code runs extensionTestsPath only in extension development mode: with
  // just an installed extension under test, a do-nothing stub is "developed".
  if (options.developmentPaths.length === 0) options.developmentPaths.push(stubExtension(join(profile.root, 'stub-extension')));
  /** @type {Array<[string, string]>} */
  const payload = options.developmentPaths.map((path) => /** @type {[string, string]} */ (['extensionDevelopmentPath', remoteUri(server.base, path)]));
  payload.push(['extensionTestsPath', remoteUri(server.base, options.testsPath)]);
  if (options.file) payload.push(['openFile', remoteUri(server.base, options.file)]);
  const url = workbenchUrl(server.base, { folder: options.folder, payload });
  phase = 'loading the workbench';
  if (verbose) say(`opening ${url}`);
  await page.goto(url);
  phase = 'running the extension tests';
  say(`${phase} (${options.vsix ? `installed ${options.vsix}` : options.developmentPaths.join(', ')})`);
  const code = await exit;
  say(`the tests reported exit code ${code}`);
  return Number(code);
}

// The extension host's console reaches the page's console as workbench log
// lines ("%c INFO color: #33f text"), mixed with the workbench's own
// (telemetry, marketplace, no network) which would drown the report. The
// suite prefixes its reporter lines with a marker (test/vscode/suite/index.ts);
// by default only those pass, plus errors that mention the extension, so an
// activation failure is not hidden.
const suiteMarker = '[cable-e2e] ';
const logPrefix = /^%c\s*[A-Z]+\s+color: #[0-9a-f]+ /i;

/** @param {import('playwright-core').ConsoleMessage} message */
function relayConsole(message) {
  const text = message.text().replace(logPrefix, '');
  if (verbose) process.stdout.write(`${text}\n`);
  else if (text.startsWith(suiteMarker)) process.stdout.write(`${text.slice(suiteMarker.length)}\n`);
  else if (message.type() === 'error' && /cable/i.test(text)) process.stdout.write(`[workbench] ${text}\n`);
}

const deadline = setTimeout(() => {
  say(`timed out after ${timeoutSeconds} s while ${phase} (set CABLE_VSCODE_TIMEOUT to allow longer, CABLE_VSCODE_VERBOSE=1 to see the workbench's log)`);
  void finish(1);
}, timeoutSeconds * 1000);

main().then(
  (code) => {
    clearTimeout(deadline);
    return finish(code);
  },
  (error) => {
    clearTimeout(deadline);
    say(`failed while ${phase}: ${error instanceof Error ? error.message : String(error)}`);
    return finish(1);
  },
);
