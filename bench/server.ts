/**
 * The real language server in a child process, driven over stdio by the
 * protocol tests' client, as an editor that takes pushed diagnostics would.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ConfigurationParams, InitializeResult, PublishDiagnosticsParams, ServerCapabilities } from 'vscode-languageserver';
import type { StatusParams } from '../server/src/protocol';
import { LspClient, LspError } from '../test/protocol/lspClient';
import { clientCapabilities } from '../test/protocol/session';
import { repoRoot } from './options';
import { childPid } from './processes';
import { now } from './stats';

export interface BenchServer {
  client: LspClient;
  /** Undefined where /proc cannot tell (not Linux). */
  pid: number | undefined;
  capabilities: ServerCapabilities;
  workspaceUri: string;
  stop(): Promise<void>;
}

/** `pull`: announce pull diagnostics, as VS Code's language client does. */
export async function startServer(serverModule: string, workspace: string, { pull = false } = {}): Promise<BenchServer> {
  const client = new LspClient(serverModule, repoRoot);
  client.onRequest('workspace/configuration', (params) => (params as ConfigurationParams).items.map(() => ({})));
  const workspaceUri = pathToFileURL(workspace).href;
  const result = await client.request<InitializeResult>('initialize', {
    processId: process.pid,
    rootUri: workspaceUri,
    workspaceFolders: [{ uri: workspaceUri, name: path.basename(workspace) }],
    capabilities: clientCapabilities({ pull }),
  }, 60_000);
  client.notify('initialized', {});
  return {
    client,
    pid: childPid(serverModule),
    capabilities: result.capabilities,
    workspaceUri,
    async stop() {
      try {
        await client.stop(30_000);
      } finally {
        client.kill();
      }
    },
  };
}

export function waitReady(client: LspClient, timeoutMs: number): Promise<StatusParams> {
  return client.waitForNotification<StatusParams>('cable/status', (status) => status.state === 'ready', timeoutMs);
}

/** Resolves with the diagnostics published for `uri` after `since` that satisfy `predicate`. */
export function published(client: LspClient, uri: string, predicate: (params: PublishDiagnosticsParams) => boolean, since: number, timeoutMs = 30_000): Promise<PublishDiagnosticsParams> {
  return client.waitForNotification<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (params) => params.uri === uri && predicate(params), timeoutMs, since);
}

/** Opens `text` as a cable at `uri`; resolves with the milliseconds until its first diagnostics are published. */
export async function openAndWait(client: LspClient, uri: string, text: string, timeoutMs = 30_000): Promise<number> {
  const since = client.mark();
  const start = now();
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'cable', version: 1, text } });
  await published(client, uri, (params) => params.version === 1, since, timeoutMs);
  return now() - start;
}

/** Milliseconds for one request's round trip; undefined when the server does not handle the method. */
export async function timedRequest(client: LspClient, method: string, params: unknown): Promise<number | undefined> {
  const start = now();
  try {
    await client.request(method, params, 30_000);
  } catch (error) {
    if (error instanceof LspError && error.code === -32601) return undefined; // MethodNotFound
    throw error;
  }
  return now() - start;
}

/**
 * The bare JSON-RPC round trip: a request for a method nobody handles, which
 * the server answers with MethodNotFound at once. Latencies are read against it.
 */
export async function pingRoundTrip(client: LspClient): Promise<number> {
  const start = now();
  await client.request('cable/benchPing', {}, 30_000).catch((error: unknown) => {
    if (!(error instanceof LspError)) throw error;
  });
  return now() - start;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
