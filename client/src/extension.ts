/**
 * Entry point: builds the context, the features and the commands, and
 * nothing else. All state lives in the context; nothing is exported but
 * activate and deactivate.
 */
import * as vscode from 'vscode';
import { commandFactories, type Features } from './commands';
import { CableContext } from './context';
import { PreviewManager } from './preview/manager';
import { WorkspaceDiagnostics } from './workspaceCheck';

let context: CableContext | undefined;

export async function activate(extension: vscode.ExtensionContext): Promise<void> {
  const ctx = new CableContext(extension);
  context = ctx;
  const features: Features = { ctx, previews: new PreviewManager(ctx), workspaceCheck: new WorkspaceDiagnostics(ctx) };
  ctx.push(features.previews, features.workspaceCheck);
  for (const [id, factory] of Object.entries(commandFactories)) {
    ctx.push(vscode.commands.registerCommand(id, reportingFailures(ctx, factory(features))));
  }
  // Commands and previews work before the server is up: requests wait for it.
  await ctx.start();
}

export async function deactivate(): Promise<void> {
  await context?.dispose();
  context = undefined;
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
