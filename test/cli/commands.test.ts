/** `cable --help`, `--version`, per-command help, and `cable lsp` speaking LSP over stdio. */
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { assertOneProblemLine, cablePath, repoRoot, runCable, tempFolder } from './harness';

const folder = tempFolder();

test('--help lists the commands and exits 0', () => {
  const run = runCable(['--help'], folder);
  assert.equal(run.status, 0);
  assert.match(run.stdout, /^Usage: cable <command>/);
  assert.match(run.stdout, /^\s+check\s+\S/m);
  assert.match(run.stdout, /^\s+lsp\s+\S/m);
});

test('no arguments: the usage on stderr, exit 2', () => {
  const run = runCable([], folder);
  assert.equal(run.status, 2);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /^Usage: cable <command>/);
});

test('check --help and help check describe the options', () => {
  for (const args of [['check', '--help'], ['help', 'check'], ['check', '-h', 'ignored.cable']]) {
    const run = runCable(args, folder);
    assert.equal(run.status, 0, args.join(' '));
    for (const option of ['--format', '--config', '--exclude', '--max-size', '--quiet']) assert.ok(run.stdout.includes(option), `${args.join(' ')} does not mention ${option}`);
  }
});

test('--version prints the version of package.json', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  for (const flag of ['--version', '-v']) {
    const run = runCable([flag], folder);
    assert.equal(run.status, 0);
    assert.equal(run.stdout, `${manifest.version}\n`);
  }
});

test('lsp without a transport is a usage error', () => {
  const run = runCable(['lsp'], folder);
  assert.equal(run.status, 2);
  assertOneProblemLine(run.stderr, '--stdio');
});

/** Frames one JSON-RPC message as LSP base protocol. */
function frame(message: object): string {
  const body = JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

/** Splits a byte stream into LSP messages and calls `onMessage` for each complete one. */
function readMessages(stream: NodeJS.ReadableStream, onMessage: (message: { id?: number; method?: string; result?: unknown }) => void): void {
  let buffer = Buffer.alloc(0);
  stream.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (buffer.length < headerEnd + 4 + length) return;
      onMessage(JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')));
      buffer = buffer.subarray(headerEnd + 4 + length);
    }
  });
}

test('lsp --stdio answers initialize with capabilities and exits 0 on shutdown and exit', async () => {
  const server = spawn(process.execPath, [cablePath, 'lsp', '--stdio'], { cwd: folder, stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
  const timer = setTimeout(() => server.kill(), 20_000);
  try {
    const initialized = new Promise<unknown>((resolve, reject) => {
      readMessages(server.stdout, (message) => {
        if (message.id === 1) resolve(message.result);
      });
      void exited.then(() => reject(new Error('the server exited before answering initialize')));
    });
    server.stdin.write(frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
    const result = (await initialized) as { capabilities?: unknown };
    assert.equal(typeof result.capabilities, 'object');
    server.stdin.write(frame({ jsonrpc: '2.0', method: 'initialized', params: {} }));
    server.stdin.write(frame({ jsonrpc: '2.0', id: 2, method: 'shutdown' }));
    server.stdin.write(frame({ jsonrpc: '2.0', method: 'exit' }));
    assert.equal(await exited, 0);
  } finally {
    clearTimeout(timer);
    server.kill();
  }
});
