/**
 * Typed getters over the `cable.*` settings the client itself reads (the
 * server reads the checking settings through `workspace/configuration`).
 * Values are read fresh on each call, so a change applies without a reload;
 * a value of the wrong type falls back to the default declared in package.json.
 */
import * as vscode from 'vscode';
import type { RenderView } from '../../server/src/protocol';
import { isRenderView } from './preview/messages';

function section(scope?: vscode.Uri): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration('cable', scope);
}

function bool(key: string, fallback: boolean, scope?: vscode.Uri): boolean {
  const value = section(scope).get<unknown>(key);
  return typeof value === 'boolean' ? value : fallback;
}

export const config = {
  /** The view a new preview opens in. */
  previewView(scope?: vscode.Uri): RenderView {
    const value = section(scope).get<unknown>('preview.view');
    return isRenderView(value) ? value : 'diplomatic';
  },
  /** Dark on white like a printed page, whatever the colour theme. */
  previewPaper(scope?: vscode.Uri): boolean {
    return bool('preview.paper', false, scope);
  },
  scrollPreviewWithEditor(scope?: vscode.Uri): boolean {
    return bool('preview.scrollPreviewWithEditor', true, scope);
  },
  scrollEditorWithPreview(scope?: vscode.Uri): boolean {
    return bool('preview.scrollEditorWithPreview', true, scope);
  },
  /** Whether a change event concerns the preview's look (re-send, no restart needed). */
  affectsPreview(event: vscode.ConfigurationChangeEvent): boolean {
    return event.affectsConfiguration('cable.preview');
  },
};
