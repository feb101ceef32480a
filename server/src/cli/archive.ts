/**
 * Checks a set of cables as one archive, in two passes, so C305 can compare
 * names across files: pass 1 reads every file and puts its names into one
 * NameIndex (reading names only, not the whole tree); pass 2 parses each file
 * and runs the diagnostics against that index, one file at a time.
 *
 * Memory versus time: a file's text is kept from pass 1 to pass 2 (no second
 * read) while the kept text stays under `keepBudget`; past that, pass 2 reads
 * the file again. So a normal archive is read once, and a huge one still fits
 * in memory. A single file has no other files' names to learn, so it skips
 * pass 1.
 */
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, namesOfCable, NameIndex, type CableLanguageService, type CableSettings } from '../service';
import { describeError } from './command';
import { toFinding, type CheckedFile, type Problem } from './findings';
import type { ReadResult } from './readFile';

export interface ArchiveOptions {
  /** The settings each file gets (see `FileSettings`). */
  settings: { forFile(absolute: string): CableSettings };
  /** Reads a file, or says why it cannot be checked (see `readCableFile`). */
  read(absolute: string): ReadResult;
  /** UTF-16 code units of text kept parsed between the passes; see `defaultKeepBudget`. */
  keepBudget: number;
  display(absolute: string): string;
  onFile(file: CheckedFile): void;
  onProblem(problem: Problem): void;
}

/** Characters of text kept between the passes: at two bytes a character at most, 128 MB. */
export const defaultKeepBudget = 64 * 1024 * 1024;

interface Loaded {
  absolute: string;
  /** Set while the document is kept for pass 2. */
  document: TextDocument | undefined;
}

export function checkArchive(files: readonly string[], options: ArchiveOptions): void {
  const names = new NameIndex();
  const service = createLanguageService({ names });
  const loaded = files.length > 1 ? indexNames(files, names, options) : files.map((absolute) => ({ absolute, document: undefined }));
  for (const file of loaded) checkOne(file, service, options);
}

/** Pass 1: every readable file's names go into the index. */
function indexNames(files: readonly string[], names: NameIndex, options: ArchiveOptions): Loaded[] {
  const loaded: Loaded[] = [];
  let kept = 0;
  for (const absolute of files) {
    const document = load(absolute, options);
    if (!document) continue;
    try {
      // The index keeps copies of its own of the names.
      names.setDocument(document.uri, namesOfCable(document.getText()));
    } catch (error) {
      internalProblem(absolute, error, options);
      continue;
    }
    const keep = kept + document.getText().length <= options.keepBudget;
    if (keep) kept += document.getText().length;
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
  const read = options.read(absolute);
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
