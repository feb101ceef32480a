/**
 * What every `cable` sub-command looks like, so `main.ts` can keep a plain
 * table of them and each command lives in its own file.
 */

export interface Command {
  /** One line for `cable --help`. */
  summary: string;
  /** The full text for `cable <command> --help`. */
  help: string;
  /** Runs the command on the arguments after its name; resolves to the exit code. */
  run(args: readonly string[]): Promise<number>;
  /**
   * True for a command that keeps the process running and handles its own
   * errors (the language server): main then leaves uncaught exceptions and
   * stdout errors to it instead of ending the process on them.
   */
  ownsProcess?: boolean;
}

/** Exit codes shared by all commands. */
export const exitCode = Object.freeze({
  ok: 0,
  /** A diagnostic of error severity was reported. */
  errors: 1,
  /** Bad usage, or a file or folder that could not be read. */
  trouble: 2,
});

/** A mistake on the command line: main prints its message and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A message for any thrown value, without a stack trace (users see this). */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Node's file errors read "ENOENT: no such file or directory, open '/x'"; the path is named by the caller.
    if (typeof code === 'string' && error.message.startsWith(`${code}: `)) return error.message.replace(/, \w+ '.*'$/, '');
    return error.message;
  }
  return String(error);
}
