/** POSIX `node:path`, the functions the shared server modules call (see README.md). */

export const sep = '/';

export function isAbsolute(path: string): boolean {
  return path.startsWith('/');
}

/** Resolves `.` and `..` segments and repeated slashes; keeps a trailing slash, as Node does. */
export function normalize(path: string): string {
  const absolute = isAbsolute(path);
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment !== '..') segments.push(segment);
    else if (segments.length > 0 && segments[segments.length - 1] !== '..') segments.pop();
    else if (!absolute) segments.push('..'); // above the root is the root
  }
  const body = segments.join('/');
  const trailing = path.endsWith('/') ? '/' : '';
  if (body === '') return absolute ? '/' : `.${trailing}`;
  return `${absolute ? '/' : ''}${body}${trailing}`;
}

export function join(...paths: string[]): string {
  const joined = paths.filter((path) => path !== '').join('/');
  return joined === '' ? '.' : normalize(joined);
}

/** An absolute path; a worker has no working folder, so relative paths start at the root. */
export function resolve(...paths: string[]): string {
  let resolved = '';
  for (let index = paths.length - 1; index >= 0 && !isAbsolute(resolved); index--) {
    const path = paths[index] ?? '';
    if (path !== '') resolved = resolved === '' ? path : `${path}/${resolved}`;
  }
  const normal = normalize(`/${resolved}`);
  return normal.length > 1 && normal.endsWith('/') ? normal.slice(0, -1) : normal;
}

/** Everything before the last name, trailing slashes ignored; like Node, keeps a leading `//` and does not normalise. */
export function dirname(path: string): string {
  const rooted = isAbsolute(path);
  let end = path.length - 1;
  while (end >= 1 && path[end] === '/') end--;
  while (end >= 1 && path[end] !== '/') end--;
  if (end < 1) return rooted ? '/' : '.';
  return rooted && end === 1 ? '//' : path.slice(0, end);
}

export function relative(from: string, to: string): string {
  const source = resolve(from).split('/').filter(Boolean);
  const target = resolve(to).split('/').filter(Boolean);
  let common = 0;
  while (common < source.length && common < target.length && source[common] === target[common]) common++;
  return [...source.slice(common).map(() => '..'), ...target.slice(common)].join('/');
}
