/**
 * The entry VS Code loads from `--extensionTestsPath`: runs every
 * `*.spec.js` next to this file with mocha, inside the extension host.
 * (Not `*.test.js`: scripts/test.mjs runs those with node:test, outside VS Code.)
 *
 * The extension host forwards console output to the workbench's log, mixed
 * with the workbench's own lines; each reporter line is prefixed with
 * `outputMarker` so the code-server launcher can relay just the report.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

export const outputMarker = '[cable-e2e] ';

export async function run(): Promise<void> {
  const print = console.log.bind(console);
  Mocha.reporters.Base.consoleLog = (...data: unknown[]) => print(outputMarker + format(...data));
  const mocha = new Mocha({
    ui: 'tdd',
    reporter: 'spec',
    // The workbench's console shows no ANSI colours; escapes would be noise.
    color: false,
    // Every wait in the suite has its own, shorter timeout with a message saying what it waited for.
    timeout: 60_000,
    // CABLE_E2E_GREP=pattern runs only the matching tests (passed through by the runner).
    ...(process.env.CABLE_E2E_GREP ? { grep: process.env.CABLE_E2E_GREP } : {}),
  });
  for (const file of readdirSync(__dirname).filter((name) => name.endsWith('.spec.js')).sort()) {
    mocha.addFile(join(__dirname, file));
  }
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} integration test${failures === 1 ? '' : 's'} failed`);
}
