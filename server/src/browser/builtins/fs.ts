/**
 * `node:fs` for a worker without a disk (see README.md): nothing exists.
 * Errors carry Node's `ENOENT` code, which callers already treat as
 * "no such file".
 */

function missing(what: string, path: unknown): Error {
  return Object.assign(new Error(`ENOENT: no file system in a web worker, ${what} '${String(path)}'`), { code: 'ENOENT' });
}

export function existsSync(): boolean {
  return false;
}

export function statSync(path: unknown): never {
  throw missing('stat', path);
}

export function readFileSync(path: unknown): never {
  throw missing('open', path);
}

export function stat(path: unknown, callback: (error: Error) => void): void {
  queueMicrotask(() => callback(missing('stat', path)));
}

export function readFile(path: unknown, callback: (error: Error) => void): void {
  queueMicrotask(() => callback(missing('open', path)));
}

export const promises = {
  readdir: (path: unknown): Promise<never> => Promise.reject(missing('scandir', path)),
  stat: (path: unknown): Promise<never> => Promise.reject(missing('stat', path)),
  readFile: (path: unknown): Promise<never> => Promise.reject(missing('open', path)),
};
