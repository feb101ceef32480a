// Bundles the extension client, the language server and the CLI with esbuild,
// the browser pair for vscode.dev (the client for VS Code's web extension host
// and the server for a web worker, dist/web/), and the preview page's script
// (media/preview.js, from media/src).
// `tsc -b` type-checks; esbuild only bundles, so activation loads one small file.
// Every bundle is built even when another fails, so one broken entry point
// cannot leave a half-written dist/; the script then exits non-zero.
import { build } from 'esbuild';
import { workerBuiltins } from './web/builtins.mjs';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

// esbuild's browser platform refuses Node built-ins, so a Node API reaching a web bundle fails the build.
const browser = { platform: 'browser', target: 'es2022' };

// `cable lsp` loads the server bundle beside it (dist/server.js) when it runs, instead of carrying a
// second copy of the language server and its protocol library: every `cable check` would parse that
// copy at start (about 10 ms of a one-file check, 360 KB of bundle instead of 806 KB).
const serverBesideCli = {
  name: 'server-beside-cli',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/node\/main\.js$/ }, () => ({ path: './server.js', external: true }));
  },
};

const bundles = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/node/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', plugins: [serverBesideCli] },
  // VS Code's web extension host loads the `browser` entry as CommonJS with `vscode` supplied.
  { ...browser, entryPoints: ['client/src/browser/extension.ts'], outfile: 'dist/web/client.js', external: ['vscode'] },
  // A classic worker script; the preview stylesheet comes along as text for exported HTML.
  { ...browser, entryPoints: ['server/src/browser/main.ts'], outfile: 'dist/web/server.js', format: 'iife', loader: { '.css': 'text' }, plugins: [workerBuiltins] },
  // The preview page's script: one classic script beside its stylesheet, the only one the webview's CSP allows.
  // No source map: media/ ships whole in the .vsix, and the page's sources are small and plain.
  { ...browser, entryPoints: ['media/src/main.ts'], outfile: 'media/preview.js', format: 'iife', sourcemap: false },
];

const results = await Promise.allSettled(bundles.map((options) => build({ ...common, ...options })));
const failed = results.filter((result) => result.status === 'rejected');
if (failed.length > 0) {
  console.error(`bundle: ${failed.length} of ${bundles.length} bundles failed`);
  process.exit(1);
}
