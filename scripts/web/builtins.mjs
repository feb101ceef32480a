// An esbuild plugin for the worker bundle: the Node built-ins that shared
// server modules import (fs, path, url) resolve to the stand-ins in
// server/src/browser/builtins/ (its README says why that is safe). Any other
// built-in still fails the build, so new Node code cannot slip into the worker.
import { fileURLToPath } from 'node:url';

const folder = fileURLToPath(new URL('../../server/src/browser/builtins/', import.meta.url));
const replaced = new Set(['fs', 'path', 'url']);

export const workerBuiltins = {
  name: 'cable-worker-builtins',
  setup(build) {
    build.onResolve({ filter: /^(node:)?(fs|path|url)$/ }, (args) => {
      const name = args.path.replace(/^node:/, '');
      return replaced.has(name) ? { path: `${folder}${name}.ts` } : undefined;
    });
  },
};
