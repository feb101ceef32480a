/**
 * The entry @vscode/test-web loads as `extensionTestsPath`. It runs in VS
 * Code's web extension host, a web worker, so it uses mocha's browser build;
 * scripts/web/run.mjs bundles this file with the specs into one script.
 */
import 'mocha/mocha.js';

export async function run(): Promise<void> {
  // `spec` prints through console.log, which test-web relays to the terminal. Each wait in the
  // specs has a shorter timeout of its own, whose message says what it saw.
  mocha.setup({ ui: 'tdd', reporter: 'spec', timeout: 20_000 });
  // Loaded after setup: the specs call mocha's `suite` and `test` globals as they load.
  await import('./diagnostics.spec.js');
  await import('./completion.spec.js');
  await import('./inlayHints.spec.js');
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} web test${failures === 1 ? '' : 's'} failed`);
}
