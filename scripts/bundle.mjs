// Bundles the extension client, the language server and the CLI with esbuild.
// `tsc -b` type-checks; esbuild only bundles, so activation loads one small file.
// Every bundle is built even when another fails, so one broken entry point
// cannot leave a half-written dist/; the script then exits non-zero.
import { build } from 'esbuild';

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

const bundles = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/node/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' },
];

const results = await Promise.allSettled(bundles.map((options) => build({ ...common, ...options })));
const failed = results.filter((result) => result.status === 'rejected');
if (failed.length > 0) {
  console.error(`bundle: ${failed.length} of ${bundles.length} bundles failed`);
  process.exit(1);
}
