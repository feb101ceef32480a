/**
 * Messages shown to the user once per cause: a broken `.cablerc.json` is
 * reported once (not at every check), a too-large file once per opening.
 * Sent as `window/showMessage` notifications: nothing waits for an answer.
 */
import { ShowMessageNotification, type Connection, type MessageType } from 'vscode-languageserver';

export type NoticeKind = 'config' | 'large-file';

export class Notices {
  private readonly shown = new Map<NoticeKind, Set<string>>();

  constructor(private readonly connection: Connection) {}

  /** Shows `message` unless one of this kind was shown for `key`; returns whether it was shown. */
  once(kind: NoticeKind, key: string, type: MessageType, message: string): boolean {
    let keys = this.shown.get(kind);
    if (!keys) this.shown.set(kind, (keys = new Set()));
    if (keys.has(key)) return false;
    keys.add(key);
    void this.connection.sendNotification(ShowMessageNotification.type, { type, message });
    return true;
  }

  /** Lets a cause be reported again (the file changed, the document was closed). */
  reset(kind: NoticeKind, key?: string): void {
    if (key === undefined) this.shown.delete(kind);
    else this.shown.get(kind)?.delete(key);
  }
}
