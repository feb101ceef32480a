/**
 * Runs one pathological case in a worker thread, so the test can stop it
 * when it runs far past its bound instead of waiting minutes for it.
 * Posts the time to parse and check, alone and as the server checks an open
 * document (its names in the workspace index), and whether the invariants held.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, NameIndex, parseCable, printTree } from '../../server/src/service/index';
import { assertRangesInside, checkLikeServer, diagnose } from './invariants';
import { pathologicalCases } from './pathologicalCases';

export interface WorkerResult {
  chars: number;
  elapsedMs: number;
  /** Parse and check with the document's names in a workspace index, as the server does. */
  likeServerMs: number;
  diagnostics: number;
  /** An invariant that failed (the tree does not print back, a range outside the document). */
  problem?: string;
}

const text = pathologicalCases[workerData as string]();
const start = performance.now();
const tree = parseCable(text);
const diagnostics = diagnose(text);
const elapsedMs = performance.now() - start;
const names = new NameIndex();
const serverStart = performance.now();
const serverDiagnostics = checkLikeServer(createLanguageService({ names }), names, TextDocument.create('file:///open.cable', 'cable', 1, text));
const likeServerMs = performance.now() - serverStart;
let problem: string | undefined;
try {
  if (printTree(tree) !== text) problem = 'the tree does not print back the input';
  assertRangesInside(text, diagnostics);
  assertRangesInside(text, serverDiagnostics);
} catch (error) {
  problem = error instanceof Error ? error.message : String(error);
}
const result: WorkerResult = { chars: text.length, elapsedMs, likeServerMs, diagnostics: diagnostics.length, problem };
parentPort?.postMessage(result);
