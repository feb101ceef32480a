/** `node:url`'s file URL conversions, POSIX only (see README.md). */
import { resolve } from './path';

export function fileURLToPath(url: string | URL): string {
  const parsed = typeof url === 'string' ? new URL(url) : url;
  if (parsed.protocol !== 'file:') throw new TypeError(`The URL must be of scheme file: ${parsed.href}`);
  if (parsed.hostname !== '') throw new TypeError(`File URL host must be empty: ${parsed.href}`);
  if (/%2f/i.test(parsed.pathname)) throw new TypeError(`File URL path must not include encoded / characters: ${parsed.href}`);
  return decodeURIComponent(parsed.pathname);
}

export function pathToFileURL(path: string): URL {
  const url = new URL('file:///');
  // The pathname setter escapes `#`, `?` and spaces but takes `%` as an escape of its own.
  url.pathname = resolve(path).replace(/%/g, '%25');
  return url;
}
