/**
 * CPU profiles of the paths the benchmark found slow, each summarised as
 * the top functions by self and total time, the `.cpuprofile` kept for
 * Chrome DevTools or VS Code to open.
 *
 *   node out/bench/profile.js [large] [typing] [cli] [index] [render] [--out=FOLDER]
 *
 * large:  parse + diagnose a 10 MB cable, 5 times (in-process, inspector profiler, input built first)
 * typing: the server (tsc output, readable paths) over 150 one-character edits of a 10,000-line cable,
 *         then 50 hovers right after an edit
 * cli:    `node --cpu-prof` on `cable check --format json` over a 2,000-cable archive
 * index:  the server indexing a 10,000-cable workspace until `ready`
 * render: the server answering `cable/render` right after each of 20 edits of a 1 MB cable
 */
import * as fs from 'node:fs';
import * as inspector from 'node:inspector';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, defaultSettings } from '../server/src/service';
import { generateCableOfLines, generateCableOfSize, Random } from '../test/support/generate';
import { describeSummary, newestProfile, summarize } from './cpuProfile';
import { removeFolder, temporaryFolder, writeArchive } from './files';
import { repoRoot } from './options';
import { runNode } from './processes';
import { openAndWait, published, startServer, waitReady, type BenchServer } from './server';
import { LineBuffer } from './lineBuffer';
import { editAndWait, type Editor } from './typing';

const seed = 20251127;
const profiledServer = path.join(__dirname, 'profiledServer.js');
const cliMain = path.join(repoRoot, 'out', 'server', 'src', 'cli', 'main.js');

/** Profiles `action` in this process with the same sampler `--cpu-prof` uses; returns the file written. */
async function profileHere(folder: string, name: string, action: () => Promise<void> | void): Promise<string> {
  const session = new inspector.Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 200 });
  session.post('Profiler.start');
  await action();
  const file = path.join(folder, `${name}.cpuprofile`);
  session.post('Profiler.stop', (error, result) => {
    if (error) throw error;
    fs.writeFileSync(file, JSON.stringify(result.profile));
  });
  session.disconnect();
  return file;
}

/** Runs `drive` against a server that profiles itself; returns its profile once it has exited. */
async function profileServer(folder: string, workspace: string, drive: (server: BenchServer) => Promise<void>): Promise<string> {
  process.env.CABLE_PROFILE_DIR = folder;
  const server = await startServer(profiledServer, workspace);
  try {
    await drive(server);
  } finally {
    await server.stop();
  }
  return newestProfile(folder);
}

async function openDocument(server: BenchServer, workspace: string, text: string): Promise<string> {
  const uri = pathToFileURL(path.join(workspace, 'profiled.cable')).href;
  await openAndWait(server.client, uri, text);
  return uri;
}

const scenarios: Record<string, (folder: string) => Promise<string>> = {
  async large(folder) {
    const text = generateCableOfSize(seed, 10e6);
    // A fresh service each run, as the benchmark measures it: one service would reuse the previous tree whole.
    const run = (): unknown => createLanguageService().getDiagnostics(TextDocument.create('file:///large.cable', 'cable', 1, text), defaultSettings);
    run(); // warm-up: the profile shows optimised code, as the benchmark measures it
    return profileHere(folder, 'large', () => {
      for (let i = 0; i < 5; i++) run();
    });
  },

  async typing(folder) {
    const workspace = temporaryFolder('cable-profile-typing-');
    try {
      return await profileServer(folder, workspace, async (server) => {
        await waitReady(server.client, 30_000);
        const text = generateCableOfLines(seed, 10_000);
        const uri = await openDocument(server, workspace, text);
        const editor: Editor = { server, uri, document: new LineBuffer(text), random: new Random(seed) };
        for (let i = 0; i < 150; i++) await editAndWait(editor);
        for (let i = 0; i < 50; i++) {
          await editAndWait(editor, async (at) => {
            await server.client.request('textDocument/hover', { textDocument: { uri }, position: at });
          });
        }
      });
    } finally {
      removeFolder(workspace);
    }
  },

  async cli(folder) {
    const archive = temporaryFolder('cable-profile-cli-');
    try {
      writeArchive(archive, 2000, seed);
      const run = await runNode(['--cpu-prof', `--cpu-prof-dir=${folder}`, '--cpu-prof-interval=200', cliMain, 'check', '--format', 'json', archive], repoRoot);
      if (run.code !== 0 && run.code !== 1) throw new Error(run.stderr);
      return newestProfile(folder);
    } finally {
      removeFolder(archive);
    }
  },

  async index(folder) {
    const workspace = temporaryFolder('cable-profile-index-');
    try {
      writeArchive(workspace, 10_000, seed + 1);
      return await profileServer(folder, workspace, async (server) => {
        await waitReady(server.client, 120_000);
      });
    } finally {
      removeFolder(workspace);
    }
  },

  async render(folder) {
    const workspace = temporaryFolder('cable-profile-render-');
    try {
      return await profileServer(folder, workspace, async (server) => {
        const text = generateCableOfSize(seed + 7, 1e6);
        const uri = await openDocument(server, workspace, text);
        const end = { line: text.split('\n').length - 1, character: 0 };
        for (let version = 2; version < 22; version++) {
          const since = server.client.mark();
          server.client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: end, end }, text: 'x' }] });
          await server.client.request('cable/render', { uri, view: 'diplomatic' }, 30_000);
          await published(server.client, uri, (params) => params.version === version, since);
        }
      });
    } finally {
      removeFolder(workspace);
    }
  },
};

async function main(): Promise<void> {
  const out = process.argv.find((arg) => arg.startsWith('--out='))?.slice('--out='.length) ?? path.join(os.tmpdir(), 'cable-profiles');
  const asked = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const unknown = asked.filter((name) => !(name in scenarios));
  if (unknown.length > 0) throw new Error(`unknown profile ${unknown.join(', ')} (profiles: ${Object.keys(scenarios).join(', ')})`);
  for (const name of asked.length > 0 ? asked : Object.keys(scenarios)) {
    const folder = path.resolve(out, name);
    fs.mkdirSync(folder, { recursive: true });
    console.log(`\n== ${name}`);
    const file = await scenarios[name](folder);
    console.log(`${file}\n${describeSummary(summarize(file))}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
