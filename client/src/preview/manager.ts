/**
 * All open previews. At most one is "dynamic": it follows whichever cable
 * editor is active. Locked previews stay on their document. The manager is
 * also the panel serializer, so previews come back after a window reload.
 */
import * as vscode from 'vscode';
import { config } from '../config';
import type { CableContext } from '../context';
import { activeCableEditor, cableSchemes, isCableDocument } from '../documents';
import { parsePreviewState } from './messages';
import { CablePreview, previewViewType, webviewOptions } from './panel';
import { topVisibleLine } from './scrollSync';

export class PreviewManager implements vscode.Disposable, vscode.WebviewPanelSerializer {
  private readonly previews = new Set<CablePreview>();
  /** The preview focused last: what the preview commands act on when no preview has focus. */
  private recent: CablePreview | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly ctx: CableContext) {
    this.disposables.push(
      vscode.window.registerWebviewPanelSerializer(previewViewType, this),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && isCableDocument(editor.document)) this.follow(editor);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        // A closed untitled document is gone for good; its preview could only show an error.
        if (document.uri.scheme === 'untitled') this.forResource(document.uri).forEach((preview) => preview.dispose());
      }),
    );
  }

  /** Shows `uri` in the dynamic preview, creating it if needed; `toSide` keeps the focus in the editor. */
  show(uri: vscode.Uri, toSide: boolean): void {
    const editor = vscode.window.visibleTextEditors.find((candidate) => candidate.document.uri.toString() === uri.toString());
    const line = editor ? (topVisibleLine(editor.visibleRanges) ?? 0) : 0;
    const dynamic = [...this.previews].find((preview) => !preview.locked);
    if (dynamic) {
      dynamic.setResource(uri, line);
      dynamic.reveal(toSide ? undefined : vscode.ViewColumn.Active, toSide);
      return;
    }
    const column = toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    const panel = vscode.window.createWebviewPanel(previewViewType, 'Preview', { viewColumn: column, preserveFocus: toSide }, webviewOptions(this.ctx.extensionUri));
    this.add(new CablePreview(panel, { uri: uri.toString(), locked: false, view: config.previewView(uri), line }, this.ctx));
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const restored = parsePreviewState(state, config.previewView(), cableSchemes());
    // Nothing says what it showed (it never got a render), or what it says is no cable the extension opens
    // (the state is the webview's to write): an empty panel would only confuse, and another file must not be read.
    if (!restored) {
      panel.dispose();
      return;
    }
    this.add(new CablePreview(panel, restored, this.ctx));
  }

  /** The preview a command means: the focused one, else the one of the active editor, else the last focused. */
  target(): CablePreview | undefined {
    const focused = [...this.previews].find((preview) => preview.panel.active);
    if (focused) return focused;
    const editor = activeCableEditor();
    const ofEditor = editor ? this.forResource(editor.document.uri)[0] : undefined;
    return ofEditor ?? this.recent;
  }

  toggleLock(): void {
    const preview = this.target();
    if (!preview) return;
    if (preview.locked) {
      // Only one preview follows the editor: unlocking this one retires the other.
      [...this.previews].filter((other) => other !== preview && !other.locked).forEach((other) => other.dispose());
    }
    preview.setLocked(!preview.locked);
  }

  toggleView(): void {
    this.target()?.toggleView();
  }

  async showSource(): Promise<void> {
    const preview = this.target();
    if (!preview) return;
    const existing = vscode.window.visibleTextEditors.find((editor) => preview.isMine(editor.document.uri));
    await vscode.window.showTextDocument(preview.resource, { viewColumn: existing?.viewColumn ?? vscode.ViewColumn.Beside });
  }

  dispose(): void {
    [...this.previews].forEach((preview) => preview.dispose());
    vscode.Disposable.from(...this.disposables).dispose();
  }

  private follow(editor: vscode.TextEditor): void {
    const dynamic = [...this.previews].find((preview) => !preview.locked);
    if (dynamic && !dynamic.isMine(editor.document.uri)) dynamic.setResource(editor.document.uri, topVisibleLine(editor.visibleRanges) ?? 0);
  }

  private forResource(uri: vscode.Uri): CablePreview[] {
    return [...this.previews].filter((preview) => preview.isMine(uri));
  }

  private add(preview: CablePreview): void {
    this.previews.add(preview);
    this.recent = preview;
    const focus = preview.panel.onDidChangeViewState(() => {
      if (preview.panel.active) this.recent = preview;
    });
    preview.onDidDispose(() => {
      focus.dispose();
      this.previews.delete(preview);
      if (this.recent === preview) this.recent = undefined;
      this.updateContext();
    });
    this.updateContext();
  }

  /** `cable.hasPreview` lets the palette offer the preview commands from an editor too. */
  private updateContext(): void {
    void vscode.commands.executeCommand('setContext', 'cable.hasPreview', this.previews.size > 0);
  }
}

