/**
 * Runs every feature of the service on one pathological case, in a worker
 * thread the test can stop: the document checked as the server checks an
 * open one (its names in the workspace index), then hover, completion,
 * navigation, rename and quick fixes at its start, middle and end, quick
 * fixes for every diagnostic over the whole document, fix-all, the outline,
 * folding, inlay hints over the whole document, formatting and the preview. Posts each feature's slowest time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';
import { createLanguageService, defaultSettings, NameIndex, type CableLanguageService } from '../../server/src/service/index';
import { fixAllKind } from '../../server/src/service/features/codeActions';
import { checkLikeServer } from './invariants';
import { pathologicalCases } from './pathologicalCases';

export interface FeaturesResult {
  /** Each feature's slowest answer, in milliseconds. */
  slowestMs: Record<string, number>;
}

const settings = defaultSettings;
const text = pathologicalCases[workerData as string]();
const names = new NameIndex();
const service = createLanguageService({ names });
const document = TextDocument.create('file:///pathological.cable', 'cable', 1, text);
const diagnostics = checkLikeServer(service, names, document);
const slowestMs: Record<string, number> = {};

async function timed(feature: string, run: () => unknown): Promise<void> {
  const start = performance.now();
  await run();
  slowestMs[feature] = Math.max(slowestMs[feature] ?? 0, performance.now() - start);
}

async function atPosition(position: Position, features: CableLanguageService): Promise<void> {
  const here = { start: position, end: position };
  await timed('hover', () => features.getHover(document, settings, position));
  await timed('completion', () => features.getCompletions(document, settings, position));
  await timed('definition', () => features.getDefinition(document, settings, position));
  await timed('document highlights', () => features.getDocumentReferences(document, settings, position, true));
  await timed('references', () => features.getReferences(document, settings, position, true, undefined));
  await timed('prepare rename', () => features.prepareRename(document, settings, position));
  await timed('rename', () => features.getRenameEdits(document, settings, position, 'Li Kenong', undefined));
  await timed('selection ranges', () => features.getSelectionRanges(document, settings, [position]));
  await timed('quick fixes at a place', () => features.getCodeActions(document, settings, here, diagnostics.filter((diagnostic) => diagnostic.range.start.line === position.line), undefined));
}

async function run(): Promise<void> {
  for (const offset of [0, Math.floor(text.length / 2), text.length]) await atPosition(document.positionAt(offset), service);
  const whole = { start: document.positionAt(0), end: document.positionAt(text.length) };
  await timed('quick fixes for every diagnostic', () => service.getCodeActions(document, settings, whole, diagnostics, undefined));
  await timed('fix all', () => service.getCodeActions(document, settings, whole, [], [fixAllKind]));
  await timed('outline', () => service.getDocumentSymbols(document, settings));
  await timed('folding', () => service.getFoldingRanges(document, settings));
  await timed('inlay hints', () => service.getInlayHints(document, settings, whole));
  await timed('formatting', () => service.getFormattingEdits(document, settings, { tabSize: 2, insertSpaces: true }));
  await timed('preview', () => service.renderPreview(document, settings, 'reading'));
  const result: FeaturesResult = { slowestMs };
  parentPort?.postMessage(result);
}

void run();
