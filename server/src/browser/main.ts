/**
 * Browser entry of the language server, bundled to `dist/web/server.js`:
 * the same server as on Node, in a web worker that the browser client
 * (client/src/browser/extension.ts) starts; messages go over postMessage.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from '../server';
import { browserHost } from './host';
import { installImmediate, type TimerScope } from './immediate';

installImmediate(globalThis as unknown as TimerScope);

const worker = self as DedicatedWorkerGlobalScope;
startServer(createConnection(new BrowserMessageReader(worker), new BrowserMessageWriter(worker)), browserHost);
