/**
 * Shared by the web specs: the extension, the workspace the runner mounted
 * (scripts/web/run.mjs: a copy of some samples), and a wait that ends on
 * a VS Code event, never on a clock, with a timeout that says what it saw.
 */
import * as vscode from 'vscode';

export const extensionId = 'cable-markup.cable-markup';
export const workedExample = 'cable-25025.cable';

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(extensionId);
  if (!extension) throw new Error(`extension ${extensionId} is not loaded in this VS Code (was it disabled, e.g. for the virtual workspace?)`);
  // Resolves once activate() has returned, which waits for the server worker to start.
  await extension.activate();
  return extension;
}

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder: the runner mounts a copy of samples/ with --folder-path');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** `C303@17`: the code and 1-based line of a diagnostic. */
export function codeAndLine(diagnostic: vscode.Diagnostic): string {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return `${String(code)}@${diagnostic.range.start.line + 1}`;
}

export function codesAndLines(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map(codeAndLine).sort();
}

/** Resolves with the diagnostics of `uri` once `accept` takes them: now, or after a change event. */
export function waitForDiagnostics(uri: vscode.Uri, accept: (diagnostics: vscode.Diagnostic[]) => boolean, timeoutMs = 15_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): void => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!accept(diagnostics)) return;
      finish();
      resolve(diagnostics);
    };
    // Subscribed before the first look, so a change between the two is not missed.
    const subscription = vscode.languages.onDidChangeDiagnostics(check);
    const timer = setTimeout(() => {
      finish();
      const seen = codesAndLines(vscode.languages.getDiagnostics(uri)).join(', ') || '(none)';
      reject(new Error(`timed out after ${timeoutMs / 1000} s waiting for the diagnostics of ${uri.toString(true)}; seen: ${seen}`));
    }, timeoutMs);
    const finish = (): void => {
      clearTimeout(timer);
      subscription.dispose();
    };
    check();
  });
}
