// @ts-check
// Shared machinery for running a real VS Code here: code-server (VS Code's
// server and web workbench, installed by install-code-server.sh) opened in
// headless Debian Chromium through playwright-core. Used by the test launcher
// and by the screenshot tour. The facts behind each step are recorded in
// /work/shared/design/vscode-testing.md.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';

export const codeServerVersion = '4.100.3';

/** The folder install-code-server.sh installs into. */
export function codeServerHome() {
  const cache = process.env.CABLE_VSCODE_CACHE || join(homedir(), '.cache', 'cable-vscode');
  return join(cache, `code-server-${codeServerVersion}`);
}

/** code-server's entry script when the install finished, else undefined. */
export function findCodeServer() {
  const home = codeServerHome();
  const entry = join(home, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  // The marker is written last: without it the folder may be half installed.
  return existsSync(join(home, '.install-complete')) && existsSync(entry) ? entry : undefined;
}

export const chromiumPath = process.env.CABLE_CHROMIUM || '/usr/bin/chromium';

/**
 * Chromium flags: no sandbox (we run as root in a container), no GPU, and none
 * of the background traffic that would only time out without internet.
 * LocalNetworkAccessChecks would block the workbench's own requests to 127.0.0.1.
 */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=LocalNetworkAccessChecks',
];

/**
 * A fresh folder for everything one run writes: user data, extensions,
 * config and XDG folders, so runs never share state and ~/.config stays clean.
 * @returns {{ root: string, userData: string, extensions: string, config: string, env: NodeJS.ProcessEnv }}
 */
export function makeProfile() {
  const root = mkdtempSync(join(tmpdir(), 'cable-vscode-'));
  const config = join(root, 'config.yaml');
  writeFileSync(config, 'auth: none\n');
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: join(root, 'xdg-config'),
    XDG_DATA_HOME: join(root, 'xdg-data'),
    XDG_CACHE_HOME: join(root, 'xdg-cache'),
  };
  return { root, userData: join(root, 'user-data'), extensions: join(root, 'extensions'), config, env };
}

/**
 * Installs a .vsix into the profile's extensions folder with code-server's CLI
 * (the same code path as `code --install-extension`).
 * @param {string} entry @param {ReturnType<typeof makeProfile>} profile @param {string} vsix
 */
export function installExtension(entry, profile, vsix) {
  const result = spawnSync(
    process.execPath,
    [entry, '--config', profile.config, '--user-data-dir', profile.userData, '--extensions-dir', profile.extensions, '--install-extension', vsix],
    { env: profile.env, encoding: 'utf8', timeout: 120_000 },
  );
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.status !== 0) throw new Error(`code-server --install-extension ${vsix} failed (${result.status ?? result.signal}):\n${output}`);
  return output;
}

/**
 * Starts code-server on 127.0.0.1 with a port the kernel picks (`:0`, so no
 * race for a free port), and resolves once it prints its address.
 * It runs detached in its own process group: code-server forks a child, and
 * only killing the whole group leaves no stray server behind.
 * @param {string} entry @param {ReturnType<typeof makeProfile>} profile
 * @param {{ log?: (line: string) => void, timeoutMs?: number }} [options]
 * @returns {Promise<{ base: URL, stop: () => void }>}
 */
export function startCodeServer(entry, profile, options = {}) {
  const log = options.log ?? (() => {});
  const child = spawn(
    process.execPath,
    [
      entry,
      '--bind-addr', '127.0.0.1:0',
      '--auth', 'none',
      '--config', profile.config,
      '--user-data-dir', profile.userData,
      '--extensions-dir', profile.extensions,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
    ],
    { env: profile.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stopped = false;
  const stop = () => {
    if (stopped || child.pid === undefined) return;
    stopped = true;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // the group is already gone
    }
  };
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`code-server did not print "HTTP server listening" within ${(options.timeoutMs ?? 30_000) / 1000} s. Its output:\n${seen}`));
    }, options.timeoutMs ?? 30_000);
    /** @param {Buffer} chunk */
    const onData = (chunk) => {
      const text = chunk.toString();
      seen += text;
      for (const line of text.split('\n')) if (line.trim()) log(line);
      const match = /HTTP server listening on (http:\/\/[^\s]+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve({ base: new URL(match[1]), stop });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (!stopped) reject(new Error(`code-server exited early (${code ?? signal}). Its output:\n${seen}`));
    });
  });
}

/** @param {import('playwright-core').BrowserType} chromium */
export async function launchChromium(chromium) {
  if (!existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath} (apt-get install -y chromium, or set CABLE_CHROMIUM)`);
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

/**
 * The workbench URL for a folder, with an optional payload: the list of
 * [name, value] pairs the web workbench reads as if they were command-line
 * arguments (extensionDevelopmentPath, extensionTestsPath, openFile). Paths in
 * the payload are URIs on the remote side, which code-server names by the
 * host the browser used.
 * @param {URL} base @param {{ folder?: string, payload?: Array<[string, string]> }} what
 */
export function workbenchUrl(base, what) {
  const url = new URL(base);
  if (what.folder) url.searchParams.set('folder', what.folder);
  if (what.payload && what.payload.length > 0) url.searchParams.set('payload', JSON.stringify(what.payload));
  return url.toString();
}

/** @param {URL} base @param {string} path */
export function remoteUri(base, path) {
  return `vscode-remote://${base.host}${encodeURI(path)}`;
}

/**
 * VS Code's web workbench honours the test payload only with
 * `developmentOptions.enableSmokeTestDriver`, and code-server has no flag for
 * it: so the served page's configuration meta is rewritten on its way in.
 * @param {import('playwright-core').Page} page @param {URL} base
 */
export async function enableSmokeTestDriver(page, base) {
  await page.route(
    (url) => url.origin === base.origin && url.pathname === base.pathname,
    async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const rewritten = html.replace(/(<meta id="vscode-workbench-web-configuration" data-settings=")([^"]*)(")/, (_all, open, settings, close) => {
        const configuration = JSON.parse(decodeAttribute(settings));
        configuration.developmentOptions = { ...configuration.developmentOptions, enableSmokeTestDriver: true };
        return open + encodeAttribute(JSON.stringify(configuration)) + close;
      });
      if (rewritten === html) throw new Error('the workbench page has no vscode-workbench-web-configuration meta to rewrite');
      await route.fulfill({ response, body: rewritten });
    },
  );
}

/** @param {string} value */
function decodeAttribute(value) {
  return value.replace(/&(quot|amp|lt|gt|#39|apos);/g, (_all, name) => ({ quot: '"', amp: '&', lt: '<', gt: '>', '#39': "'", apos: "'" })[/** @type {'quot'} */ (name)]);
}

/** @param {string} value */
function encodeAttribute(value) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** @param {string} folder */
export function removeFolder(folder) {
  rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
}
