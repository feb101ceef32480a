/**
 * Node entry of the language server, bundled to `dist/server.js`. The
 * extension client starts that file over IPC (`--node-ipc`); `cable lsp
 * --stdio` calls `startStdioServer()`. Importing this module starts nothing:
 * it starts itself only when Node runs it as the main module.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import { startServer as startLanguageServer } from '../server';

/** Starts on the transport named on the command line: `--node-ipc`, `--stdio`, `--socket=N` or `--pipe=NAME`. */
export function startNodeServer(): void {
  run(createConnection(ProposedFeatures.all));
}

/** The name the CLI's `cable lsp` imports: the transport comes from its arguments. */
export const startServer = startNodeServer;

/** Starts over stdin/stdout whatever the command line says (the CLI's `cable lsp`). */
export function startStdioServer(): void {
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  // stdout carries the protocol: a stray console.log anywhere must not corrupt it.
  console.log = console.info = console.debug = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
  run(connection);
}

function run(connection: Connection): void {
  // The last line of defence behind the safe runner: log, and keep serving.
  process.on('uncaughtException', (error) => connection.console.error(`uncaught: ${error.stack ?? error.message}`));
  process.on('unhandledRejection', (reason) => connection.console.error(`unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`));
  startLanguageServer(connection, { rulesDocumentation: localRulesDocumentation(), previewCss: readPreviewCss });
}

/**
 * Links diagnostics to the `docs/rules.md` shipped with the extension
 * (`dist/../docs`), which works offline and matches the installed version;
 * elsewhere (compiled under `out/`) the service's GitHub link stays.
 */
function localRulesDocumentation(): string | undefined {
  const rules = path.join(__dirname, '..', 'docs', 'rules.md');
  return fs.existsSync(rules) ? pathToFileURL(rules).href : undefined;
}

/**
 * The preview stylesheet, inlined into exported HTML: `media/preview.css` of
 * the extension, found upwards from this file (`dist/` in the bundle,
 * `out/server/src/node/` when compiled for tests).
 */
let previewCss: string | undefined;
function readPreviewCss(): string {
  if (previewCss !== undefined) return previewCss;
  for (let folder = __dirname; ; folder = path.dirname(folder)) {
    const candidate = path.join(folder, 'media', 'preview.css');
    if (fs.existsSync(candidate)) return (previewCss = fs.readFileSync(candidate, 'utf8'));
    if (path.dirname(folder) === folder) return (previewCss = '');
  }
}

/**
 * True when Node runs this file itself: not when `cable lsp` loads it (the
 * CLI is then the main module), nor when some other bundle that includes this
 * code is the main module under its own name.
 */
function isMainModule(): boolean {
  return require.main === module && /(^|[\\/])(server|main)\.js$/.test(__filename);
}

if (isMainModule()) startNodeServer();
