/**
 * One preview panel: its webview, its render loop, and the events that
 * drive both (edits, diagnostics, scrolling, messages from the page).
 * Whether it follows the active editor is the manager's business.
 */
import * as vscode from 'vscode';
import { renderRequest, type RenderParams, type RenderResult } from '../../../server/src/protocol';
import { config } from '../config';
import type { CableContext } from '../context';
import { basename, editorsFor, ensureOpen } from '../documents';
import { isExternalLink, parseWebviewMessage, type FromWebview, type PreviewState, type RenderView } from './messages';
import { RenderLoop } from './renderLoop';
import { ScrollGuard, clampLine, topVisibleLine } from './scrollSync';
import { previewShellHtml } from './shell';

export const previewViewType = 'cable.preview';

/** Scripts on, and nothing reachable but `media/`: not the workspace, not node_modules, not command: links. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return { enableScripts: true, enableCommandUris: false, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')], enableFindWidget: true };
}

export class CablePreview implements vscode.Disposable {
  private readonly loop: RenderLoop;
  /** Held while the editor scrolls because the page asked; its echo must not scroll the page back. */
  private readonly editorGuard = new ScrollGuard();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly disposed = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposed.event;
  private lineCount = 1;
  private isDisposed = false;

  constructor(
    readonly panel: vscode.WebviewPanel,
    state: PreviewState,
    private readonly ctx: CableContext,
  ) {
    const extensionUri = ctx.extensionUri;
    panel.webview.options = webviewOptions(extensionUri);
    panel.iconPath = { light: vscode.Uri.joinPath(extensionUri, 'icons', 'cable-light.svg'), dark: vscode.Uri.joinPath(extensionUri, 'icons', 'cable-dark.svg') };
    this.loop = new RenderLoop(state, {
      render: (params) => this.render(params),
      post: (message) => void panel.webview.postMessage(message),
      paper: () => config.previewPaper(this.resource),
    });
    panel.webview.html = this.shellHtml();
    this.disposables.push(
      this.disposed,
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => this.received(parseWebviewMessage(message))),
      // Without retainContextWhenHidden a hidden page is torn down; it says "ready" again when shown.
      panel.onDidChangeViewState(() => {
        if (!panel.visible) this.loop.webviewGone();
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0 && this.isMine(event.document.uri)) this.loop.changed();
      }),
      vscode.languages.onDidChangeDiagnostics((event) => {
        if (event.uris.some((uri) => this.isMine(uri))) this.loop.changed();
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => this.editorScrolled(event)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (config.affectsPreview(event)) this.loop.settingsChanged();
      }),
      // A new server knows nothing of what failed before (or of a preview restored before it ran).
      ctx.onDidStartServer(() => this.loop.start()),
    );
    this.updateTitle();
    this.loop.start();
  }

  get resource(): vscode.Uri {
    return vscode.Uri.parse(this.loop.state.uri);
  }

  get locked(): boolean {
    return this.loop.state.locked;
  }

  get view(): RenderView {
    return this.loop.state.view;
  }

  isMine(uri: vscode.Uri): boolean {
    return uri.toString() === this.loop.state.uri;
  }

  setResource(uri: vscode.Uri, line = 0): void {
    this.loop.setResource(uri.toString(), line);
    this.updateTitle();
  }

  setLocked(locked: boolean): void {
    this.loop.setLocked(locked);
    this.updateTitle();
  }

  toggleView(): void {
    this.loop.setView(this.view === 'diplomatic' ? 'reading' : 'diplomatic');
  }

  reveal(column: vscode.ViewColumn | undefined, preserveFocus: boolean): void {
    this.panel.reveal(column ?? this.panel.viewColumn, preserveFocus);
  }

  dispose(): void {
    // Reached twice when we dispose the panel ourselves: once here, once from its onDidDispose.
    if (this.isDisposed) return;
    this.isDisposed = true;
    this.loop.dispose();
    this.disposed.fire();
    vscode.Disposable.from(...this.disposables).dispose();
    this.disposables.length = 0;
    this.panel.dispose();
  }

  /** A fresh nonce per load: a script the page did not get from us cannot know it. */
  private shellHtml(): string {
    const webview = this.panel.webview;
    const media = vscode.Uri.joinPath(this.ctx.extensionUri, 'media');
    return previewShellHtml({
      cspSource: webview.cspSource,
      nonce: freshNonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.css')).toString(),
      paper: config.previewPaper(this.resource),
    });
  }

  private async render(params: RenderParams): Promise<RenderResult> {
    await ensureOpen(vscode.Uri.parse(params.uri));
    const result = await this.ctx.sendRequest(renderRequest, params);
    this.lineCount = result.lineCount;
    return result;
  }

  private received(message: FromWebview | undefined): void {
    switch (message?.type) {
      case 'ready':
        return this.loop.webviewReady();
      case 'revealLine':
        return this.revealInEditors(message.line);
      case 'openLine':
        return void this.openInEditor(message.line);
      case 'openLink':
        // Only http(s) leaves the preview; anything else (javascript:, command:, file:) is dropped.
        if (isExternalLink(message.href)) void vscode.env.openExternal(vscode.Uri.parse(message.href, true));
        return;
    }
  }

  private editorScrolled(event: vscode.TextEditorVisibleRangesChangeEvent): void {
    if (!this.isMine(event.textEditor.document.uri) || this.editorGuard.held) return;
    if (!config.scrollPreviewWithEditor(this.resource)) return;
    const line = topVisibleLine(event.visibleRanges);
    if (line !== undefined) this.loop.scrollTo(line);
  }

  private revealInEditors(line: number): void {
    this.loop.scrolled(line);
    if (!config.scrollEditorWithPreview(this.resource)) return;
    const target = clampLine(line, this.lineCount);
    const range = new vscode.Range(target, 0, target, 0);
    // AtTop still leaves VS Code's padding above the line (room for sticky scroll), as in Markdown's preview.
    for (const editor of editorsFor(this.loop.state.uri)) {
      this.editorGuard.hold();
      editor.revealRange(range, vscode.TextEditorRevealType.AtTop);
    }
  }

  /** Double-click in the page: the editor that already shows the file, else one beside the preview. */
  private async openInEditor(line: number): Promise<void> {
    const target = clampLine(line, this.lineCount);
    const existing = editorsFor(this.loop.state.uri)[0];
    const viewColumn = existing?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    await vscode.window.showTextDocument(this.resource, { viewColumn, selection: new vscode.Range(target, 0, target, 0) });
  }

  private updateTitle(): void {
    const name = basename(this.resource);
    this.panel.title = this.locked ? `[Preview] ${name}` : `Preview ${name}`;
  }
}

/** 128 random bits in hex, from Web Crypto: the same in Node and in vscode.dev's worker (no `node:crypto` there). */
function freshNonce(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
