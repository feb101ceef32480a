/**
 * The language server with V8's CPU profiler running, for `profile.js`.
 * `node --cpu-prof` cannot be given to the server the protocol client
 * starts (it runs `node MODULE --stdio`, and NODE_OPTIONS refuses
 * --cpu-prof), so this module starts the same profiler through the
 * inspector and writes a `.cpuprofile` — the file `--cpu-prof` would
 * write — to $CABLE_PROFILE_DIR when the server exits.
 */
import * as fs from 'node:fs';
import * as inspector from 'node:inspector';
import * as os from 'node:os';
import * as path from 'node:path';
import { startNodeServer } from '../server/src/node/main';

const folder = process.env.CABLE_PROFILE_DIR ?? os.tmpdir();
const session = new inspector.Session();
session.connect();
// The inspector answers a session in the same thread synchronously, so these run in order.
session.post('Profiler.enable');
session.post('Profiler.setSamplingInterval', { interval: 200 });
session.post('Profiler.start');

const exit = process.exit.bind(process);
process.exit = ((code?: number) => {
  session.post('Profiler.stop', (error, result) => {
    if (!error) fs.writeFileSync(path.join(folder, `server-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
  });
  return exit(code);
}) as typeof process.exit;

startNodeServer();
