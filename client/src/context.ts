/**
 * The extension's state in one object: the language client and its life
 * (start, restart, stop), the output channel, the status item, and every
 * disposable. Nothing else holds the client, so a restart cannot leave a
 * stale reference behind; features ask for it when they need it.
 */
import * as vscode from 'vscode';
import { State, type BaseLanguageClient, type LanguageClientOptions, type RequestParam, type RequestType } from 'vscode-languageclient';
import { statusNotification } from '../../server/src/protocol';
import { cableSchemes, languageId } from './documents';
import { StatusItem } from './status';

/**
 * Makes the language client and with it the way to the server: a Node
 * process over IPC (extension.ts) or a web worker (browser/extension.ts).
 * Injected so that this file stays free of Node and runs in both hosts.
 */
export type ClientFactory = (id: string, name: string, options: LanguageClientOptions) => BaseLanguageClient;

export class CableContext implements vscode.Disposable {
  /** A log channel shared by every client instance, so a restart keeps the history. */
  readonly output = vscode.window.createOutputChannel('Cable', { log: true });
  private readonly status = new StatusItem();
  private readonly disposables: vscode.Disposable[] = [this.output, this.status];
  private readonly serverStarted = new vscode.EventEmitter<void>();
  /** Fires whenever a server process is up (first start, our restart, the client's restart after a crash): previews re-render. */
  readonly onDidStartServer = this.serverStarted.event;
  private client: BaseLanguageClient | undefined;
  private clientDisposables: vscode.Disposable[] = [];

  constructor(
    readonly extension: vscode.ExtensionContext,
    private readonly newClient: ClientFactory,
  ) {
    this.disposables.push(this.serverStarted);
  }

  get extensionUri(): vscode.Uri {
    return this.extension.extensionUri;
  }

  push(...disposables: vscode.Disposable[]): void {
    this.disposables.push(...disposables);
  }

  async start(): Promise<void> {
    const client = this.createClient();
    this.client = client;
    try {
      await client.start();
    } catch (error) {
      // The client has logged the details; say where to look rather than fail activation.
      this.output.error(`The Cable language server did not start: ${String(error)}`);
      this.status.setClientPhase('stopped');
      void vscode.window.showErrorMessage('The Cable language server did not start.', 'Show Output').then((choice) => {
        if (choice) this.output.show();
      });
    }
  }

  /** A fresh client and server process: the way out of a wedged server, and what picks up a rebuilt server.js. */
  async restart(): Promise<void> {
    await this.stopClient();
    await this.start();
  }

  /** Sends a request once the server runs; rejects with a readable message when it does not. */
  async sendRequest<P, R>(type: RequestType<P, R, void>, params: RequestParam<P>, token?: vscode.CancellationToken): Promise<R> {
    const client = this.client;
    if (!client || client.state === State.Stopped || client.state === State.StartFailed) {
      throw new Error('The Cable language server is not running. Run "Cable: Restart Language Server".');
    }
    return client.sendRequest(type, params, token);
  }

  /** Turns protocol diagnostics into VS Code ones the way the client does for live diagnostics. */
  get converter(): BaseLanguageClient['protocol2CodeConverter'] | undefined {
    return this.client?.protocol2CodeConverter;
  }

  async dispose(): Promise<void> {
    await this.stopClient();
    vscode.Disposable.from(...this.disposables).dispose();
  }

  private createClient(): BaseLanguageClient {
    const watchers = [vscode.workspace.createFileSystemWatcher('**/*.cable'), vscode.workspace.createFileSystemWatcher('**/.cablerc.json')];
    const clientOptions: LanguageClientOptions = {
      // Read once per client: a folder of a new scheme added later is served after a restart.
      documentSelector: cableSchemes().map((scheme) => ({ scheme, language: languageId })),
      // `configurationSection` makes the client send didChangeConfiguration when `cable.*` changes.
      synchronize: { fileEvents: watchers, configurationSection: 'cable' },
      outputChannel: this.output,
    };
    // The id `cable` is what makes the client honour `cable.trace.server`.
    const client = this.newClient('cable', 'Cable Language Server', clientOptions);
    this.status.setClientPhase('starting');
    this.clientDisposables = [
      ...watchers,
      client.onNotification(statusNotification, (status) => this.status.setServerStatus(status)),
      client.onDidChangeState(({ newState }) => {
        this.status.setClientPhase(phaseOf(newState));
        if (newState === State.Running) this.serverStarted.fire();
      }),
    ];
    return client;
  }

  private async stopClient(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    vscode.Disposable.from(...this.clientDisposables).dispose();
    this.clientDisposables = [];
    if (!client) return;
    try {
      // Bounded: a hung server must not block a restart or the window closing.
      await client.dispose(2000);
    } catch (error) {
      this.output.warn(`Stopping the Cable language server: ${String(error)}`);
    }
  }
}

function phaseOf(state: State): 'starting' | 'running' | 'stopped' {
  if (state === State.Running) return 'running';
  if (state === State.Starting) return 'starting';
  return 'stopped';
}
