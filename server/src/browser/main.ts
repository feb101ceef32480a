/**
 * Browser entry of the language server, bundled to `dist/web/server.js`:
 * the same server as on Node, in a web worker that the browser client
 * (client/src/browser/extension.ts) starts; messages go over postMessage.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from '../server';
import { browserHost } from './host';

/**
 * The server yields with `setImmediate` (runner, checker, index), which
 * browsers lack. A zero timeout is the same "after pending messages" turn;
 * assigned before anything runs, since the modules call it only later.
 */
type Immediate = (callback: (...args: unknown[]) => void, ...args: unknown[]) => unknown;
const scope = globalThis as typeof globalThis & { setImmediate?: Immediate };
scope.setImmediate ??= (callback, ...args) => setTimeout(callback, 0, ...args);

const worker = self as DedicatedWorkerGlobalScope;
startServer(createConnection(new BrowserMessageReader(worker), new BrowserMessageWriter(worker)), browserHost);
