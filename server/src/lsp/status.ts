/** Keeps the client's status item current through `cable/status` notifications. */
import type { Connection } from 'vscode-languageserver';
import { statusNotification, type StatusParams } from '../protocol';

export class StatusReporter {
  private status: StatusParams = { state: 'starting', health: 'ok', indexedFiles: 0 };

  constructor(private readonly connection: Connection) {}

  get current(): Readonly<StatusParams> {
    return this.status;
  }

  /** Merges the change and tells the client, unless nothing changed. */
  update(change: Partial<StatusParams>): void {
    const next: StatusParams = { ...this.status, ...change };
    if (next.health === 'ok') delete next.message;
    if (JSON.stringify(next) === JSON.stringify(this.status)) return;
    this.status = next;
    void this.connection.sendNotification(statusNotification, next);
  }
}
