/** The part of LSP's CancellationToken the service reads; any host's token fits. */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
}

export const neverCancelled: Cancellation = Object.freeze({ isCancellationRequested: false });

/** Thrown by long loops when the host cancelled; the server turns it into a cancelled response. */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

export function throwIfCancelled(token: Cancellation): void {
  if (token.isCancellationRequested) throw new CancelledError();
}
