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

  constructor(private readonly delayMs = typingDelayMs) {}

  /** The document was typed into (opening it is no typing: its diagnostics are wanted at once). */
  changed(uri: string): void {
    this.lastChange.set(uri, performance.now());
  }

  forget(uri: string): void {
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
