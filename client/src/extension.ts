/**
 * Node entry point (`main`): activate and deactivate, and the way to the
 * server, a Node process over IPC. All state lives in the context; nothing
 * is exported but activate and deactivate. browser/extension.ts is the
 * same for vscode.dev, with the server in a web worker.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { createExtension } from './activation';
import type { CableContext, ClientFactory } from './context';

let context: CableContext | undefined;

export async function activate(extension: vscode.ExtensionContext): Promise<void> {
  const ctx = createExtension(extension, serverProcess(extension.extensionUri));
  context = ctx;
  // Commands and previews work before the server is up: requests wait for it.
  await ctx.start();
}

export async function deactivate(): Promise<void> {
  await context?.dispose();
  context = undefined;
}

/** Each client starts `dist/server.js` in a Node process of its own. */
function serverProcess(extensionUri: vscode.Uri): ClientFactory {
  const module = vscode.Uri.joinPath(extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    // --nolazy so breakpoints bind before the code first runs.
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  return (id, name, options) => new LanguageClient(id, name, serverOptions, options);
}
