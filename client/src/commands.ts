/**
 * Every command as a small factory: it receives what it needs and returns
 * the handler. extension.ts registers them by id; package.json declares them.
 */
import * as vscode from 'vscode';
import { renderRequest } from '../../server/src/protocol';
import { newCableSnippet } from '../../server/src/service/features/snippets';
import { config } from './config';
import type { CableContext } from './context';
import { activeCableEditor, basename, ensureOpen, languageId } from './documents';
import type { PreviewManager } from './preview/manager';
import type { WorkspaceDiagnostics } from './workspaceCheck';

export interface Features {
  ctx: CableContext;
  previews: PreviewManager;
  workspaceCheck: WorkspaceDiagnostics;
}

export type Command = (...args: unknown[]) => unknown;
export type CommandFactory = (features: Features) => Command;

/** An untitled cable with the skeleton as a snippet, so Tab walks through the fields. */
export const newCable: CommandFactory = () => async () => {
  const document = await vscode.workspace.openTextDocument({ language: languageId });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(newCableSnippet));
};

export const checkWorkspace: CommandFactory = ({ workspaceCheck }) => () => workspaceCheck.run();

export const restartServer: CommandFactory = ({ ctx }) => () =>
  vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Restarting the Cable language server' }, () => ctx.restart());

export const showOutput: CommandFactory = ({ ctx }) => () => ctx.output.show();

export const showPreview: CommandFactory = (features) => (uri) => openPreview(features, uri, false);
export const showPreviewToSide: CommandFactory = (features) => (uri) => openPreview(features, uri, true);
export const togglePreviewLock: CommandFactory = ({ previews }) => () => previews.toggleLock();
export const togglePreviewView: CommandFactory = ({ previews }) => () => previews.toggleView();
export const showPreviewSource: CommandFactory = ({ previews }) => () => previews.showSource();

/** A standalone HTML page of the cable (same renderer as the preview), saved where the user chooses. */
export const exportHtml: CommandFactory = (features) => async (uri) => {
  const resource = resourceOf(features, uri);
  if (!resource) {
    void vscode.window.showInformationMessage('Cable: open a cable file to export it.');
    return;
  }
  await ensureOpen(resource);
  // The preview's current view if it shows this file: export what the user is looking at.
  const preview = features.previews.target();
  const view = preview?.isMine(resource) ? preview.view : config.previewView(resource);
  const { html } = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Cable: rendering' }, () =>
    features.ctx.sendRequest(renderRequest, { uri: resource.toString(), view, standalone: true }),
  );
  // A standalone page always comes whole (patches are for preview fragments, asked for with a base).
  if (html === undefined) throw new Error('the language server sent no page to export');
  const destination = await vscode.window.showSaveDialog({ defaultUri: exportDestination(resource), filters: { HTML: ['html', 'htm'] }, saveLabel: 'Export' });
  if (!destination) return;
  await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(html));
  const open = destination.scheme === 'file' ? ['Open in Browser'] : [];
  const choice = await vscode.window.showInformationMessage(`Cable: exported ${basename(resource)} to ${basename(destination)}.`, ...open);
  if (choice) await vscode.env.openExternal(destination);
};

/** Command id → factory; package.json `contributes.commands` lists the same ids. */
export const commandFactories: Readonly<Record<string, CommandFactory>> = {
  'cable.newCable': newCable,
  'cable.checkWorkspace': checkWorkspace,
  'cable.restartServer': restartServer,
  'cable.showOutput': showOutput,
  'cable.exportHtml': exportHtml,
  'cable.showPreview': showPreview,
  'cable.showPreviewToSide': showPreviewToSide,
  'cable.preview.toggleLock': togglePreviewLock,
  'cable.preview.toggleView': togglePreviewView,
  'cable.preview.showSource': showPreviewSource,
};

function openPreview(features: Features, uri: unknown, toSide: boolean): void {
  const resource = resourceOf(features, uri);
  if (!resource) {
    void vscode.window.showInformationMessage('Cable: open a cable file to preview it.');
    return;
  }
  features.previews.show(resource, toSide);
}

/** The file a command means: its argument (menus pass the resource), the active cable editor, or the preview's file. */
function resourceOf({ previews }: Features, uri: unknown): vscode.Uri | undefined {
  if (uri instanceof vscode.Uri) return uri;
  return activeCableEditor()?.document.uri ?? previews.target()?.resource;
}

/** Next to the source as `name.html`; an untitled cable goes to the first workspace folder. */
function exportDestination(resource: vscode.Uri): vscode.Uri | undefined {
  if (resource.scheme === 'file') return resource.with({ path: resource.path.replace(/(\.cable)?$/i, '.html') });
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, `${basename(resource)}.html`) : undefined;
}
