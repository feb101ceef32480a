#!/usr/bin/env node
// @ts-check
// The screenshot tour for the README: drives a real VS Code (code-server in
// headless Chromium) with this extension packaged and installed, the way a
// user would — keyboard and command palette — and saves PNGs in docs/screenshots/:
//
//   1-diagnostics.png  the worked example with its squiggles, Problems panel open
//   2-completion.png   completion after typing `Re` at the start of a header line
//   3-hover.png        the hover on the time group `1205 19 October`
//   4-preview.png      the preview beside the editor
//
// Needs `npm run build` and scripts/vscode/install-code-server.sh. Waits on
// the workbench's DOM (editor lines, squiggles, suggest widget, hover,
// webview), never on fixed sleeps. CABLE_VSCODE_VERBOSE=1 shows code-server's log.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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

const repository = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outputFolder = join(repository, 'docs', 'screenshots');
const workedExample = 'cable-25025.cable';
const verbose = process.env.CABLE_VSCODE_VERBOSE === '1';
const stepTimeout = 30_000;

/** A quiet, predictable workbench: no welcome page, tips, minimap or trust prompts in the pictures. */
const userSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.colorTheme': 'Default Dark Modern',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'window.commandCenter': false,
  'chat.commandCenter.enabled': false,
  'editor.minimap.enabled': false,
  'editor.fontSize': 14,
  'editor.stickyScroll.enabled': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
};

/** @param {string} message */
function say(message) {
  process.stderr.write(`[screenshots] ${message}\n`);
}

/** The 1-based line of the first line starting with `prefix` in the worked example. */
function lineOf(/** @type {string} */ text, /** @type {string} */ prefix) {
  const index = text.split('\n').findIndex((line) => line.startsWith(prefix));
  if (index < 0) throw new Error(`the worked example has no line starting with ${prefix}`);
  return index + 1;
}

/** @param {import('playwright-core').Page} page @param {string} command the palette entry, as shown */
async function runCommand(page, command) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: stepTimeout });
  await input.fill(`>${command}`);
  // The first row must be the command itself, not a fuzzy neighbour.
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: command }).waitFor({ timeout: stepTimeout });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: stepTimeout });
}

/** Moves the cursor with Go to Line (`line` or `line:column`). @param {import('playwright-core').Page} page @param {string} where */
async function goTo(page, where) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: stepTimeout });
  await input.fill(`:${where}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: stepTimeout });
}

/**
 * Packages the extension as `npm run package` does and returns the .vsix: the
 * pictures show what users install, and the window title carries no
 * "[Extension Development Host]" as it would with the repository folder.
 * @param {string} folder
 */
function packageVsix(folder) {
  const vsce = join(dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce');
  const vsix = join(folder, 'cable-markup.vsix');
  const result = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', vsix], { cwd: repository, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) throw new Error(`vsce package failed:\n${result.stdout}${result.stderr}`);
  return vsix;
}

/** @param {import('playwright-core').Page} page @param {string} name */
async function shoot(page, name) {
  const path = join(outputFolder, name);
  await page.screenshot({ path });
  say(`saved ${relative(repository, path)}`);
  return path;
}

async function main() {
  const entry = findCodeServer();
  if (!entry) throw new Error('code-server is not installed: run scripts/vscode/install-code-server.sh');
  const profile = makeProfile();
  const cleanups = [() => removeFolder(profile.root)];
  try {
    mkdirSync(join(profile.userData, 'User'), { recursive: true });
    writeFileSync(join(profile.userData, 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));
    // A copy of the samples: the tour types into files and must not change the repository's.
    const workspace = join(profile.root, 'samples');
    cpSync(join(repository, 'samples'), workspace, { recursive: true });
    const text = readFileSync(join(workspace, workedExample), 'utf8');
    mkdirSync(outputFolder, { recursive: true });
    installExtension(entry, profile, packageVsix(profile.root));
    say('packaged and installed the extension');

    const server = await startCodeServer(entry, profile, { log: verbose ? (line) => say(`code-server: ${line}`) : undefined });
    cleanups.push(server.stop);
    // Also on Ctrl+C: a stray code-server would outlive this script.
    process.on('exit', server.stop);
    const browser = await launchChromium(chromium);
    cleanups.push(() => browser.close());
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // The workbench reads the URL payload (here: the file to open) only with the smoke-test driver on.
    await enableSmokeTestDriver(page, server.base);
    const url = workbenchUrl(server.base, { folder: workspace, payload: [['openFile', remoteUri(server.base, join(workspace, workedExample))]] });
    await page.goto(url);
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await editor.locator('.view-lines', { hasText: 'SECOND MAIN DIRECTORATE' }).waitFor({ timeout: 60_000 });
    say('the worked example is open');

    // 1. Squiggles (the worked example has information-level findings) and the Problems panel.
    await editor.locator('.squiggly-info, .squiggly-warning, .squiggly-error').first().waitFor({ timeout: 60_000 });
    await goTo(page, String(lineOf(text, 'Copies to:')));
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel .monaco-list-row').first().waitFor({ timeout: stepTimeout });
    const shots = [await shoot(page, '1-diagnostics.png')];
    await page.keyboard.press('Control+J');

    // 2. Completion: the Received line becomes `Re`, and the field names are offered.
    await editor.locator('.view-lines').click();
    await goTo(page, String(lineOf(text, 'Received:')));
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+End');
    await page.keyboard.type('Re');
    await page.keyboard.press('Control+Space');
    await page.locator('.suggest-widget.visible .monaco-list-row', { hasText: 'Received' }).first().waitFor({ timeout: stepTimeout });
    shots.push(await shoot(page, '2-completion.png'));
    await page.keyboard.press('Escape');
    await runCommand(page, 'File: Revert File');
    await editor.locator('.view-lines', { hasText: 'Received: 1135 19 October 1951' }).waitFor({ timeout: stepTimeout });

    // 3. Hover on the time group in the footer, shown from the keyboard (Show or Focus Hover).
    const deciphered = lineOf(text, 'Deciphered:');
    const column = text.split('\n')[deciphered - 1].indexOf('1205') + 2;
    await goTo(page, `${deciphered}:${column}`);
    await runCommand(page, 'Show or Focus Hover');
    await page.locator('.monaco-hover', { hasText: '1951-10-19' }).first().waitFor({ state: 'visible', timeout: stepTimeout });
    shots.push(await shoot(page, '3-hover.png'));
    await page.keyboard.press('Escape');

    // 4. The preview beside the editor, once its page shows the cable; without the side bar, for room.
    await goTo(page, '1');
    await page.keyboard.press('Control+B');
    await runCommand(page, 'Cable: Open Preview to the Side');
    const preview = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await preview.locator('body', { hasText: 'FILIPPOV' }).waitFor({ timeout: 60_000 });
    shots.push(await shoot(page, '4-preview.png'));
    return shots;
  } finally {
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch {
        // best effort: the next cleanup still runs
      }
    }
  }
}

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => process.exit(130));
}

main().then(
  (shots) => {
    say(`done: ${shots.length} screenshots in ${relative(repository, outputFolder)}`);
    process.exit(0);
  },
  (error) => {
    say(`failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    process.exit(1);
  },
);
