/**
 * When each open document last changed, so that a pulling client's request
 * for diagnostics is answered once typing has paused (`typingDelayMs`), as
 * pushed diagnostics are sent. VS Code pulls right after every change and
 * cancels the request when the next change comes; answered at once, every
 * keystroke would run a check ahead of the completion request behind it.
 */
import type { CancellationToken } from 'vscode-languageserver';
import { CancelledError } from '../service/cancellation';
import { typingDelayMs } from './diagnosticsScheduler';

export class TypingPause {
  private readonly lastChange = new Map<string, number>();
  /** Opened, and its first content event not yet seen: opening is no typing, and its diagnostics are wanted at once. */
  private readonly justOpened = new Set<string>();

  constructor(private readonly delayMs = typingDelayMs) {}

  opened(uri: string): void {
    this.justOpened.add(uri);
    this.lastChange.delete(uri);
  }

  /** The document's content changed; the content event that follows its opening does not count. */
  changed(uri: string): void {
    if (this.justOpened.delete(uri)) return;
    this.lastChange.set(uri, performance.now());
  }

  forget(uri: string): void {
    this.justOpened.delete(uri);
    this.lastChange.delete(uri);
  }

  /** Resolves once `uri` has not changed for the delay (at once when it has not); rejects with CancelledError when the request is cancelled first. */
  async settled(uri: string, token: CancellationToken): Promise<void> {
    for (let wait = this.remainingMs(uri); wait > 0; wait = this.remainingMs(uri)) {
      await sleepUnlessCancelled(wait, token);
    }
  }

  private remainingMs(uri: string): number {
    const last = this.lastChange.get(uri);
    return last === undefined ? 0 : last + this.delayMs - performance.now();
  }
}

function sleepUnlessCancelled(ms: number, token: CancellationToken): Promise<void> {
  return new Promise((resolve, reject) => {
    if (token.isCancellationRequested) return reject(new CancelledError());
    const timer = setTimeout(() => {
      listener.dispose();
      resolve();
    }, Math.ceil(ms));
    const listener = token.onCancellationRequested(() => {
      clearTimeout(timer);
      listener.dispose();
      reject(new CancelledError());
    });
  });
}
