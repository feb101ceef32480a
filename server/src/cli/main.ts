/**
 * The `cable` command. Each sub-command lives in its own file and is listed
 * in `commands`; this file only dispatches, and turns every failure into one
 * line on stderr and exit status 2: users of a CLI should never see a stack trace.
 */
import { checkCommand } from './check';
import { describeError, exitCode, UsageError, type Command } from './command';
import { lspCommand } from './lsp';
import { renderCommand } from './render';
import { packageVersion } from './version';

/** Sub-commands by name; add one by writing its file and adding a line here. */
const commands: Readonly<Record<string, Command>> = {
  check: checkCommand,
  lsp: lspCommand,
  render: renderCommand,
};

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const lines = Object.entries(commands).map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`);
  return `Usage: cable <command> [options]

Checks Cable Markup (.cable) transcriptions of archive telegrams.

Commands:
${lines.join('\n')}

Options:
  -h, --help     show this help; \`cable <command> --help\` for a command
  -v, --version  show the version

Example: cable check --format sarif archive/ > cable.sarif
`;
}

async function run(args: readonly string[]): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined) {
    process.stderr.write(usage());
    return exitCode.trouble;
  }
  if (name === '-h' || name === '--help') return print(usage());
  if (name === '-v' || name === '--version') return print(`${packageVersion()}\n`);
  if (name === 'help') return print(rest.length > 0 ? commandNamed(rest[0]).help : usage());
  const command = commandNamed(name);
  if (!command.ownsProcess) guardProcess();
  return command.run(rest);
}

function commandNamed(name: string): Command {
  // `Object.hasOwn`: `cable toString` is an unknown command, not a crash.
  if (!Object.hasOwn(commands, name)) {
    const what = name.startsWith('-') ? `unknown option ${name}` : `unknown command "${name}"`;
    throw new UsageError(`${what} (commands: ${Object.keys(commands).join(', ')}; see cable --help)`);
  }
  return commands[name];
}

function print(text: string): number {
  process.stdout.write(text);
  return exitCode.ok;
}

function fail(error: unknown): void {
  // Usage mistakes and I/O both end with status 2; so does a bug, but with a hint that it is one.
  const message = error instanceof UsageError ? error.message : `internal error: ${describeError(error)}`;
  process.stderr.write(`cable: ${message}\n`);
  process.exitCode = exitCode.trouble;
}

/** A crash, or a reader of stdout that goes away, ends a short command with one line instead of a stack trace. */
function guardProcess(): void {
  process.on('uncaughtException', (error) => {
    fail(error);
    process.exit(exitCode.trouble);
  });
  // `cable check … | head`: a reader that stops early is not an error worth a message.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? exitCode.ok);
    // A full disk under `cable render x.cable > page.html`: the page is cut short, and the status must say so.
    process.stderr.write(`cable: cannot write the output (${describeError(error)})\n`);
    process.exitCode = exitCode.trouble;
  });
}

run(process.argv.slice(2)).then((code) => {
  // Never lower a status already set: a failed write to stdout comes in before the command's own status.
  process.exitCode = Math.max(Number(process.exitCode ?? 0), code);
}, fail);
