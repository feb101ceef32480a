/**
 * Checks a set of cables as one archive, in two passes, so C305 can compare
 * names across files: pass 1 reads and parses every file and puts its names
 * into one NameIndex; pass 2 runs the diagnostics against that index.
 *
 * Memory versus time: a parsed document is kept from pass 1 to pass 2 (no
 * second read or parse) while the kept text stays under `keepBudget`; past
 * that, only the names are kept and pass 2 reads and parses the file again.
 * So a normal archive is parsed once and a huge one still fits in memory.
 * A single file has no other files' names to learn, so it skips pass 1.
 */
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, namesOf, NameIndex, type CableLanguageService } from '../service';
import { describeError } from './command';
import type { FileSettings } from './config';
import { toFinding, type CheckedFile, type Problem } from './findings';
import { readCableFile } from './readFile';

export interface ArchiveOptions {
  settings: FileSettings;
  maxSize: number;
  /** UTF-16 code units of text kept parsed between the passes; see `defaultKeepBudget`. */
  keepBudget: number;
  display(absolute: string): string;
  onFile(file: CheckedFile): void;
  onProblem(problem: Problem): void;
}

/**
 * Text kept parsed between the passes. Measured on a generated archive, the
 * kept documents cost about 8 bytes of heap per character (text and tree), so
 * this is about 270 MB at most; re-reading instead made checking ~1.6x slower.
 */
export const defaultKeepBudget = 32 * 1024 * 1024;

interface Loaded {
  absolute: string;
  /** Set while the parsed document is kept for pass 2. */
  document: TextDocument | undefined;
}

export function checkArchive(files: readonly string[], options: ArchiveOptions): void {
  const names = new NameIndex();
  const service = createLanguageService({ names });
  const loaded = files.length > 1 ? indexNames(files, service, names, options) : files.map((absolute) => ({ absolute, document: undefined }));
  for (const file of loaded) checkOne(file, service, options);
}

/** Pass 1: every readable file's names go into the index. */
function indexNames(files: readonly string[], service: CableLanguageService, names: NameIndex, options: ArchiveOptions): Loaded[] {
  const loaded: Loaded[] = [];
  let kept = 0;
  for (const absolute of files) {
    const document = load(absolute, options);
    if (!document) continue;
    try {
      const tree = service.parse(document, options.settings.forFile(absolute));
      // The index keeps copies of its own of the names: the tree and its text can go.
      names.setDocument(document.uri, namesOf(tree));
    } catch (error) {
      internalProblem(absolute, error, options);
      service.forget(document.uri);
      continue;
    }
    const keep = kept + document.getText().length <= options.keepBudget;
    if (keep) kept += document.getText().length;
    else service.forget(document.uri);
    loaded.push({ absolute, document: keep ? document : undefined });
  }
  return loaded;
}

/** Pass 2: diagnostics for one file, then its tree is let go. */
function checkOne(file: Loaded, service: CableLanguageService, options: ArchiveOptions): void {
  const document = file.document ?? load(file.absolute, options);
  // Drop the list's hold on it, so each checked document can be collected right away.
  file.document = undefined;
  if (!document) return;
  const display = options.display(file.absolute);
  try {
    const diagnostics = service.getDiagnostics(document, options.settings.forFile(file.absolute));
    options.onFile({ absolute: file.absolute, display, findings: diagnostics.map((diagnostic) => toFinding(display, diagnostic)) });
  } catch (error) {
    internalProblem(file.absolute, error, options);
  } finally {
    service.forget(document.uri);
  }
}

function load(absolute: string, options: ArchiveOptions): TextDocument | undefined {
  const read = readCableFile(absolute, options.maxSize);
  if (read.problem !== undefined) {
    options.onProblem({ kind: 'unchecked', absolute, message: `${options.display(absolute)}: ${read.problem}` });
    return undefined;
  }
  return TextDocument.create(pathToFileURL(absolute).href, 'cable', 1, read.text);
}


/** A bug in a rule must not hide the other files' results: report it as a problem with this file. */
function internalProblem(absolute: string, error: unknown, options: ArchiveOptions): void {
  options.onProblem({ kind: 'unchecked', absolute, message: `${options.display(absolute)}: internal error while checking (${describeError(error)})` });
}
