/**
 * Safe runners: every handler goes through one of these, so an exception in
 * the service becomes an LSP error (requests) or a log line (notifications)
 * instead of a dead server, and cancellation becomes `RequestCancelled`.
 */
import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import { CancelledError } from '../service/cancellation';

export interface Log {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Called after a failure was logged, e.g. to turn the status item red. */
export type FailureListener = (what: string, error: unknown) => void;

export class SafeRunner {
  /** Set by `shutdown`: the protocol asks that every later request be refused. */
  private shutDown = false;

  constructor(
    private readonly log: Log,
    private readonly onFailure: FailureListener = () => undefined,
  ) {}

  /** After the client's `shutdown`, requests are answered with InvalidRequest until it sends `exit`. */
  shutdown(): void {
    this.shutDown = true;
  }

  /** Runs a request handler; never rejects. */
  request<T, E = void>(what: string, token: CancellationToken, work: () => T | Promise<T>): Promise<T | ResponseError<E>> {
    if (this.shutDown) return Promise.resolve(new ResponseError<E>(ErrorCodes.InvalidRequest, `${what}: the server is shutting down`));
    return new Promise((resolve) => {
      // Start on the next turn, so a `$/cancelRequest` already in the pipe reaches the token first.
      setImmediate(() => {
        if (token.isCancellationRequested) return resolve(cancelled<E>(what));
        Promise.resolve()
          .then(work)
          .then(
            (result) => resolve(token.isCancellationRequested ? cancelled<E>(what) : result),
            (error: unknown) => resolve(this.toResponseError<E>(what, error)),
          );
      });
    });
  }

  /** Runs a notification handler (or a timer callback); failures are logged, never thrown. */
  notification(what: string, work: () => void | Promise<void>): void {
    const fail = (error: unknown): void => {
      if (error instanceof CancelledError) return;
      this.failed(what, error);
    };
    try {
      const result = work();
      if (result instanceof Promise) result.catch(fail);
    } catch (error) {
      fail(error);
    }
  }

  private toResponseError<E>(what: string, error: unknown): ResponseError<E> {
    if (error instanceof CancelledError) return cancelled<E>(what);
    this.failed(what, error);
    return new ResponseError<E>(ErrorCodes.InternalError, `${what} failed: ${messageOf(error)}`);
  }

  private failed(what: string, error: unknown): void {
    this.log.error(`${what} failed: ${error instanceof Error && error.stack ? error.stack : messageOf(error)}`);
    this.onFailure(what, error);
  }
}

function cancelled<E>(what: string): ResponseError<E> {
  return new ResponseError<E>(LSPErrorCodes.RequestCancelled, `${what} cancelled`);
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
