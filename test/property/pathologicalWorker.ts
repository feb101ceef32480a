/**
 * Runs one pathological case in a worker thread, so the test can stop it
 * when it runs far past its bound instead of waiting minutes for it.
 * Posts the time to parse and check, and whether the invariants held.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseCable, printTree } from '../../server/src/service/index';
import { assertRangesInside, diagnose } from './invariants';
import { pathologicalCases } from './pathologicalCases';

export interface WorkerResult {
  chars: number;
  elapsedMs: number;
  diagnostics: number;
  /** An invariant that failed (the tree does not print back, a range outside the document). */
  problem?: string;
}

const text = pathologicalCases[workerData as string]();
const start = performance.now();
const tree = parseCable(text);
const diagnostics = diagnose(text);
const elapsedMs = performance.now() - start;
let problem: string | undefined;
try {
  if (printTree(tree) !== text) problem = 'the tree does not print back the input';
  assertRangesInside(text, diagnostics);
} catch (error) {
  problem = error instanceof Error ? error.message : String(error);
}
const result: WorkerResult = { chars: text.length, elapsedMs, diagnostics: diagnostics.length, problem };
parentPort?.postMessage(result);
