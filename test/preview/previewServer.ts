/**
 * The preview harness's web server (see browser.ts): a tiny HTTP server on
 * 127.0.0.1 whose origin plays `webview.cspSource`, serving the shell HTML
 * from `previewShellHtml` and `media/preview.js` and `media/preview.css`.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { previewShellHtml } from '../../client/src/preview/shell';
import { repoRoot } from '../support/paths';

export const mediaDir = path.join(repoRoot, 'media');

/** Serves the shell (fresh nonce per load, as the panel does) and the two media files, nothing else. */
export class MediaServer {
  private constructor(
    private readonly server: Server,
    readonly origin: string,
  ) {}

  static async start(): Promise<MediaServer> {
    let origin = '';
    const server = createServer((request, response) => serve(origin, request, response));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return new MediaServer(server, origin);
  }

  previewUrl(paper: boolean): string {
    return `${this.origin}/preview${paper ? '?paper=1' : ''}`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

const mediaFiles = new Map([
  ['/media/preview.js', 'text/javascript; charset=utf-8'],
  ['/media/preview.css', 'text/css; charset=utf-8'],
]);

function serve(origin: string, request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? '/', origin);
  if (url.pathname === '/preview') {
    const html = previewShellHtml({
      cspSource: origin,
      nonce: randomBytes(16).toString('hex'), // 128 random bits, as the panel makes them
      scriptUri: `${origin}/media/preview.js`,
      styleUri: `${origin}/media/preview.css`,
      paper: url.searchParams.get('paper') === '1',
    });
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(html);
    return;
  }
  const type = mediaFiles.get(url.pathname);
  if (type === undefined) {
    response.writeHead(404, { 'Content-Type': 'text/plain' });
    response.end('not found');
    return;
  }
  // Read on every request: the files under test, never a copy from when the suite started.
  response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  response.end(readFileSync(path.join(mediaDir, path.basename(url.pathname))));
}
