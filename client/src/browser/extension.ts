/**
 * Browser entry point (`browser` in package.json, vscode.dev): the same
 * extension as ../extension.ts, with the language server in a web worker
 * (dist/web/server.js) instead of a Node process. Everything it imports
 * must run in VS Code's web extension host: no Node built-ins.
 */
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, State } from 'vscode-languageclient/browser';
import { createExtension } from '../activation';
import type { CableContext, ClientFactory } from '../context';

let context: CableContext | undefined;

export async function activate(extension: vscode.ExtensionContext): Promise<void> {
  const ctx = createExtension(extension, serverWorker(extension.extensionUri));
  context = ctx;
  // Commands and previews work before the server is up: requests wait for it.
  await ctx.start();
}

export async function deactivate(): Promise<void> {
  await context?.dispose();
  context = undefined;
}

/**
 * Each client runs the server in a worker of its own. A worker outlives its
 * server's `exit` (the browser server cannot end its own worker), so the
 * client terminates it when it stops, and before it starts a new one after
 * a crash. The transports are made here rather than by handing the client
 * the worker: VS Code's web extension host wraps `Worker`, and the client's
 * `instanceof Worker` test does not recognise the wrapped object.
 */
function serverWorker(extensionUri: vscode.Uri): ClientFactory {
  const script = vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'server.js').toString(true);
  return (id, name, options) => {
    let worker: Worker | undefined;
    const stopWorker = (): void => {
      worker?.terminate();
      worker = undefined;
    };
    const client = new LanguageClient(
      id,
      name,
      () => {
        stopWorker();
        worker = new Worker(script);
        return Promise.resolve({ reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) });
      },
      options,
    );
    client.onDidChangeState(({ newState }) => {
      if (newState === State.Stopped) stopWorker();
    });
    return client;
  };
}
