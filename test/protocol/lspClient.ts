/**
 * A small LSP client for protocol tests: starts the real server as a child
 * process and speaks JSON-RPC with Content-Length framing over its stdio.
 * Tests never sleep: they wait for a response or a notification, with a
 * timeout that fails the test instead of hanging it.
 *
 * Which server runs: `out/server/src/node/main.js --stdio`, the tsc output
 * of `server/src/node/main.ts`. The same `npx tsc -b` that compiles these
 * tests builds it, so it is never stale. Set CABLE_SERVER=dist/server.js
 * (after `node scripts/bundle.mjs`) to run the esbuild bundle instead.
 * A started and initialized server in a temporary workspace is a session
 * (session.ts).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import { repoRoot } from '../support/paths';

export const defaultServerModule = path.join(repoRoot, 'out', 'server', 'src', 'node', 'main.js');
export const defaultTimeoutMs = 10_000;

interface JsonRpcMessage {
  jsonrpc: '2.0';
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string; data?: unknown };
}

/** A message the server sent without being asked: a notification, or a request to the client. */
export interface Incoming {
  kind: 'notification' | 'request';
  method: string;
  params: unknown;
}

/** An error response from the server. */
export class LspError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly data?: unknown,
  ) {
    super(message);
  }
}

type RequestHandler = (params: unknown) => unknown;

interface Pending {
  method: string;
  resolve(result: unknown): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

interface Waiter {
  matches(message: Incoming): boolean;
  resolve(message: Incoming): void;
}

export class LspClient {
  /** What the server sent unasked, in order, since the last `forgetBefore` (all of it if never called). */
  readonly received: Incoming[] = [];
  /** How many messages `forgetBefore` dropped from the start of `received`: marks count them too. */
  private forgotten = 0;
  /** What the server wrote to stderr, for failure messages. */
  stderr = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly process: ChildProcessWithoutNullStreams;
  private readonly pending = new Map<number, Pending>();
  private readonly waiters = new Set<Waiter>();
  private readonly handlers = new Map<string, RequestHandler>();
  private buffer = Buffer.alloc(0);
  /** Chunks read since the buffer was last joined, and how many bytes the message being read still needs. */
  private chunks: Buffer[] = [];
  private chunkBytes = 0;
  private needed = 0;
  private nextId = 1;
  /** While `batch` runs, messages collect here and then go out in one write. */
  private batched: Buffer[] | undefined;

  constructor(serverModule = process.env.CABLE_SERVER ? path.resolve(repoRoot, process.env.CABLE_SERVER) : defaultServerModule, cwd = repoRoot) {
    this.process = spawn(process.execPath, [serverModule, '--stdio'], { cwd, stdio: 'pipe' });
    this.process.stdout.on('data', (chunk: Buffer) => this.read(chunk));
    this.process.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.exited = new Promise((resolve) => this.process.on('exit', (code, signal) => resolve({ code, signal })));
    void this.exited.then(() => this.failPending(new Error(`server exited${this.stderr ? `; stderr:\n${this.stderr}` : ''}`)));
  }

  /** Sends a request; resolves with its result, rejects with an `LspError` for an error response. */
  request<R>(method: string, params?: unknown, timeoutMs = defaultTimeoutMs): Promise<R> {
    return this.sendRequest<R>(method, params, timeoutMs).response;
  }

  /** Like `request`, but also gives the id (to send `$/cancelRequest` for it). */
  sendRequest<R>(method: string, params?: unknown, timeoutMs = defaultTimeoutMs): { id: number; response: Promise<R> } {
    const id = this.nextId++;
    const response = new Promise<R>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`no response to ${method} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { method, resolve: (result) => resolve(result as R), reject, timer });
    });
    this.write({ jsonrpc: '2.0', id, method, params });
    return { id, response };
  }

  notify(method: string, params?: unknown): void {
    this.write({ jsonrpc: '2.0', method, params });
  }

  /** Answers the server's requests for `method` (unhandled ones are answered with null). */
  onRequest(method: string, handler: RequestHandler): void {
    this.handlers.set(method, handler);
  }

  /** Every notification of `method` received so far. */
  notifications<P>(method: string): P[] {
    return this.received.filter((message) => message.kind === 'notification' && message.method === method).map((message) => message.params as P);
  }

  /** Every request of `method` the server sent so far. */
  requests<P>(method: string): P[] {
    return this.received.filter((message) => message.kind === 'request' && message.method === method).map((message) => message.params as P);
  }

  /** How many messages have arrived: pass it as `since` to wait only for later ones. */
  mark(): number {
    return this.forgotten + this.received.length;
  }

  /**
   * Lets the messages before `mark` go, for a long run (the bench) that would
   * otherwise keep every diagnostics notification it was sent, and collect them
   * on its own time. Marks stay valid; `notifications` and `requests` then list
   * only what came after.
   */
  forgetBefore(mark: number): void {
    const count = Math.min(mark - this.forgotten, this.received.length);
    if (count <= 0) return;
    this.received.splice(0, count);
    this.forgotten += count;
  }

  /** The first notification of `method` (received at or after `since`) that satisfies `predicate`. */
  waitForNotification<P>(method: string, predicate: (params: P) => boolean = () => true, timeoutMs = defaultTimeoutMs, since = 0): Promise<P> {
    return this.waitFor('notification', method, predicate, timeoutMs, since);
  }

  waitForRequest<P>(method: string, predicate: (params: P) => boolean = () => true, timeoutMs = defaultTimeoutMs, since = 0): Promise<P> {
    return this.waitFor('request', method, predicate, timeoutMs, since);
  }

  /**
   * Sends the messages `send` writes in one chunk, so the server reads them
   * together (e.g. a request and its `$/cancelRequest` before it starts on the request).
   */
  batch(send: () => void): void {
    this.batched = [];
    try {
      send();
    } finally {
      const chunk = Buffer.concat(this.batched);
      this.batched = undefined;
      this.process.stdin.write(chunk);
    }
  }

  /** Writes bytes as they are, for tests of broken input. */
  writeRaw(data: string | Buffer): void {
    this.process.stdin.write(data);
  }

  /** The polite end: `shutdown`, then `exit`; resolves with the exit code. */
  async stop(timeoutMs = defaultTimeoutMs): Promise<number | null> {
    if (this.process.exitCode !== null) return this.process.exitCode;
    await this.request('shutdown', undefined, timeoutMs);
    this.notify('exit');
    return (await withTimeout(this.exited, timeoutMs, 'the server did not exit after `exit`')).code;
  }

  /** For cleanup after a failed test: ends the process if it still runs. */
  kill(): void {
    if (this.process.exitCode === null && this.process.signalCode === null) this.process.kill();
  }

  private waitFor<P>(kind: Incoming['kind'], method: string, predicate: (params: P) => boolean, timeoutMs: number, since: number): Promise<P> {
    const matches = (message: Incoming): boolean => message.kind === kind && message.method === method && predicate(message.params as P);
    const earlier = this.received.slice(Math.max(0, since - this.forgotten)).find(matches);
    if (earlier) return Promise.resolve(earlier.params as P);
    return new Promise<P>((resolve, reject) => {
      const waiter: Waiter = {
        matches,
        resolve: (message) => {
          clearTimeout(timer);
          resolve(message.params as P);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const seen = this.received.filter((message) => message.method === method).map((message) => JSON.stringify(message.params));
        reject(new Error(`no ${kind} ${method} as expected within ${timeoutMs} ms; received:\n${seen.join('\n') || '(none)'}\nstderr:\n${this.stderr}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  private write(message: JsonRpcMessage): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    const framed = Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
    if (this.batched) this.batched.push(framed);
    else this.process.stdin.write(framed);
  }

  /** Splits the byte stream into messages: a header block, a blank line, then Content-Length bytes of JSON. */
  private read(chunk: Buffer): void {
    // A message of megabytes comes in many chunks: they wait in a list until the whole message is
    // there, where joining each to all before it made reading one message quadratic (6 s for 37 MB).
    this.chunks.push(chunk);
    this.chunkBytes += chunk.length;
    if (this.chunkBytes < this.needed) return;
    this.buffer = Buffer.concat([this.buffer, ...this.chunks]);
    this.chunks = [];
    this.chunkBytes = 0;
    this.needed = 0;
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = /Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'));
      if (!length) throw new Error(`message without Content-Length: ${this.buffer.subarray(0, headerEnd).toString('ascii')}`);
      const start = headerEnd + 4;
      const end = start + Number(length[1]);
      if (this.buffer.length < end) {
        this.needed = end - this.buffer.length;
        return;
      }
      const message = JSON.parse(this.buffer.subarray(start, end).toString('utf8')) as JsonRpcMessage;
      this.buffer = this.buffer.subarray(end);
      this.dispatch(message);
    }
  }

  private dispatch(message: JsonRpcMessage): void {
    if (message.method === undefined) return this.settle(message);
    const incoming: Incoming = { kind: message.id === undefined ? 'notification' : 'request', method: message.method, params: message.params };
    this.received.push(incoming);
    if (incoming.kind === 'request') this.answer(message);
    for (const waiter of [...this.waiters]) {
      if (!waiter.matches(incoming)) continue;
      this.waiters.delete(waiter);
      waiter.resolve(incoming);
    }
  }

  private settle(message: JsonRpcMessage): void {
    const pending = typeof message.id === 'number' ? this.pending.get(message.id) : undefined;
    if (!pending || typeof message.id !== 'number') return;
    this.pending.delete(message.id);
    clearTimeout(pending.timer);
    if (message.error) pending.reject(new LspError(message.error.code, message.error.message, message.error.data));
    else pending.resolve(message.result ?? null);
  }

  private answer(message: JsonRpcMessage): void {
    const handler = this.handlers.get(message.method ?? '');
    Promise.resolve()
      .then(() => (handler ? handler(message.params) : null))
      .then(
        (result) => this.write({ jsonrpc: '2.0', id: message.id, result: result ?? null }),
        (error: unknown) => this.write({ jsonrpc: '2.0', id: message.id, error: { code: -32603, message: String(error) } }),
      );
  }

  private failPending(error: Error): void {
    for (const [id, pending] of this.pending) {
      clearTimeout(pending.timer);
      pending.reject(error);
      this.pending.delete(id);
    }
  }
}

function withTimeout<T>(promise: Promise<T>, timeoutMs: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), timeoutMs)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
