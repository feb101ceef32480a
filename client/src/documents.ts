/** Which documents and editors are cable ones, in one place so every feature agrees. */
import * as vscode from 'vscode';

export const languageId = 'cable';

/**
 * The schemes the server analyses (see the client's document selector):
 * files, untitled documents, and the scheme the workspace's folders live in,
 * which in a browser is never `file` (vscode.dev: `vscode-vfs`). Other
 * schemes (`git:` in a diff, …) are views of a file, not the file.
 */
export function cableSchemes(): string[] {
  const folders = vscode.workspace.workspaceFolders ?? [];
  return [...new Set(['file', 'untitled', ...folders.map((folder) => folder.uri.scheme)])];
}

export function isCableDocument(document: vscode.TextDocument): boolean {
  return document.languageId === languageId && cableSchemes().includes(document.uri.scheme);
}

/** The active editor when it holds a cable document. */
export function activeCableEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor && isCableDocument(editor.document) ? editor : undefined;
}

/** Visible editors showing this document (a document may be open in several groups). */
export function editorsFor(uri: string): vscode.TextEditor[] {
  return vscode.window.visibleTextEditors.filter((editor) => editor.document.uri.toString() === uri);
}

export function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}

/**
 * Makes sure VS Code has the document open, so the client has sent it to the
 * server (which renders what the editor holds). An untitled document that
 * was closed is gone: opening its URI would make a new empty one.
 */
export async function ensureOpen(uri: vscode.Uri): Promise<void> {
  const key = uri.toString();
  if (uri.scheme === 'untitled' || vscode.workspace.textDocuments.some((document) => document.uri.toString() === key)) return;
  await vscode.workspace.openTextDocument(uri);
}
