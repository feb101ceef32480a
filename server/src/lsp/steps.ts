/**
 * Work the service does a step at a time (a generator that yields between
 * steps), run with a turn of the event loop between steps, so that messages
 * that arrived meanwhile (a keystroke, a cancellation) are handled in
 * between instead of after the whole of it.
 */
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CancelledError } from '../service/cancellation';
import type { Steps } from '../service/steps';

/** Thrown by work in steps when the document changed before it was done: the version it was working on is gone. */
export class DocumentChangedError extends CancelledError {
  constructor() {
    super();
    this.name = 'DocumentChangedError';
  }
}

/** One turn of the event loop: what arrived before it is handled first. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * The value of `steps`, run with a turn between each step and the next;
 * `between` runs after each turn and throws to end the work (the document
 * changed, the request was cancelled). `step` runs each step (the checker
 * times them).
 */
export async function runInTurns<T>(steps: Steps<T>, between: () => void, step: (work: () => IteratorResult<void, T>) => IteratorResult<void, T> = (work) => work()): Promise<T> {
  for (;;) {
    const next = step(() => steps.next());
    if (next.done) return next.value;
    await nextTurn();
    between();
  }
}

/**
 * The `between` for work on one version of an open document: it throws
 * CancelledError once the document is closed, and DocumentChangedError once
 * it has changed, since the next version's parse builds its tree out of the
 * one the work reads.
 */
export function unchangedSince(documents: TextDocuments<TextDocument>, document: TextDocument): () => void {
  const version = document.version;
  return () => {
    if (documents.get(document.uri) !== document) throw new CancelledError();
    if (document.version !== version) throw new DocumentChangedError();
  };
}
