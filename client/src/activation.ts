/**
 * What activation sets up in every host: the context, the features and the
 * commands. The Node entry (extension.ts) and the browser entry
 * (browser/extension.ts) differ only in how the client reaches its server.
 */
import * as vscode from 'vscode';
import { commandFactories, type Features } from './commands';
import { CableContext, type ClientFactory } from './context';
import { PreviewManager } from './preview/manager';
import { WorkspaceDiagnostics } from './workspaceCheck';

/** Builds everything but does not start the client: the caller keeps the context before awaiting `start()`. */
export function createExtension(extension: vscode.ExtensionContext, newClient: ClientFactory): CableContext {
  const ctx = new CableContext(extension, newClient);
  const features: Features = { ctx, previews: new PreviewManager(ctx), workspaceCheck: new WorkspaceDiagnostics(ctx) };
  ctx.push(features.previews, features.workspaceCheck);
  for (const [id, factory] of Object.entries(commandFactories)) {
    ctx.push(vscode.commands.registerCommand(id, reportingFailures(ctx, factory(features))));
  }
  return ctx;
}

/** A command that fails says so once, in words; a cancelled one says nothing. */
function reportingFailures(ctx: CableContext, command: (...args: unknown[]) => unknown): (...args: unknown[]) => Promise<unknown> {
  return async (...args) => {
    try {
      return await command(...args);
    } catch (error) {
      if (isCancellation(error)) return undefined;
      const message = error instanceof Error ? error.message : String(error);
      ctx.output.error(message);
      void vscode.window.showErrorMessage(`Cable: ${message}`);
      return undefined;
    }
  };
}

function isCancellation(error: unknown): boolean {
  if (error instanceof vscode.CancellationError) return true;
  // The client rejects a cancelled request with the LSP "request cancelled" code.
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === -32800;
}
