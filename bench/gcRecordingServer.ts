/**
 * The language server with its garbage-collection pauses recorded, for the
 * typing bench: it runs the server module named by $CABLE_GC_SERVER as the
 * server's own entry would (the bundle started as a module does not start
 * itself), and when the server exits it writes the pauses to $CABLE_GC_LOG as
 * JSON. Only a performance observer is added to the server's process.
 */
import * as fs from 'node:fs';
import { recordPauses } from './gcPauses';

const log = process.env.CABLE_GC_LOG;
const serverModule = process.env.CABLE_GC_SERVER;
if (!log || !serverModule) throw new Error('gcRecordingServer needs CABLE_GC_LOG and CABLE_GC_SERVER');

const recorder = recordPauses();
process.on('exit', () => fs.writeFileSync(log, JSON.stringify(recorder.pauses)));
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the server module is chosen at run time
(require(serverModule) as { startNodeServer(): void }).startNodeServer();
