/**
 * `cable lsp`: runs the language server for editors other than VS Code
 * (Neovim, Helix, Emacs). The transport is chosen by the same arguments VS
 * Code passes (`--stdio`, `--node-ipc`, `--socket=PORT`, `--pipe=NAME`),
 * which the server's connection reads from the process arguments itself.
 */
import { parseArgs, hasFlag, type OptionSpec } from './args';
import { exitCode, UsageError, type Command } from './command';

const transports = ['stdio', 'node-ipc', 'socket', 'pipe'];

const optionSpecs: readonly OptionSpec[] = [
  { name: 'stdio' },
  { name: 'node-ipc' },
  { name: 'socket', takesValue: true },
  { name: 'pipe', takesValue: true },
  // VS Code adds this so the server exits with its editor; the connection reads it too.
  { name: 'clientProcessId', takesValue: true },
  { name: 'help', short: 'h' },
];

const help = `Usage: cable lsp --stdio | --node-ipc | --socket=PORT | --pipe=NAME

Starts the Cable Markup language server (diagnostics, completion, hover,
outline, quick fixes) speaking the Language Server Protocol over the given
transport. Editors start it; it runs until the editor asks it to exit.

Options:
  --stdio            talk over standard input and output
  --node-ipc         talk over Node's IPC channel (when started by Node)
  --socket=PORT      connect to a socket on this port
  --pipe=NAME        connect to this named pipe
  -h, --help         show this help
`;

export const lspCommand: Command = {
  summary: 'start the language server (--stdio or --node-ipc)',
  help,
  ownsProcess: true,
  async run(args: readonly string[]): Promise<number> {
    const parsed = parseArgs(args, optionSpecs, 'lsp');
    if (hasFlag(parsed, 'help')) {
      process.stdout.write(help);
      return exitCode.ok;
    }
    if (parsed.positionals.length > 0) throw new UsageError(`lsp takes no paths, only a transport (see cable lsp --help)`);
    const chosen = transports.filter((transport) => hasFlag(parsed, transport));
    if (chosen.length !== 1) throw new UsageError('lsp needs exactly one of --stdio, --node-ipc, --socket=PORT or --pipe=NAME');
    // Loaded only now, and in the bundle from dist/server.js beside it (scripts/bundle.mjs):
    // `cable check` neither starts nor parses the server's modules.
    const server = await import('../node/main.js');
    // The stdio entry also keeps stray console output off stdout, which carries the protocol.
    if (chosen[0] === 'stdio') server.startStdioServer();
    else server.startServer();
    // The open connection keeps the process alive; the server ends it on the protocol's `exit`.
    return exitCode.ok;
  },
};
