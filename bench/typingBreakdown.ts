/**
 * Where a keystroke's check goes, in-process on the typing benchmark's
 * document: the server parses the new version from the previous one (ahead,
 * while the debounce runs), puts its names in the workspace index and runs
 * the rules. Best of N, so the figures are the
 * code's cost without the protocol, the debounce or a busy machine.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, defaultSettings, EditableDocument, NameIndex, namesOf, neverCancelled, parseCable, type CableLanguageService } from '../server/src/service';
import type { Position } from 'vscode-languageserver-types';
import { getWorkspaceSymbols, maxWorkspaceSymbols } from '../server/src/service/features/workspaceSymbols';
import type { CableTree, FieldBlock } from '../server/src/service/parser/tree';
import { Random } from '../test/support/generate';
import type { Figure } from './report';
import { best, median, now, percentile, timeRuns } from './stats';

const suite = 'typing';
/** Checks run before the rules are timed, as a server running for a while has run them. */
const warmChecks = 60;

export async function typingBreakdown(text: string): Promise<Figure[]> {
  const names = new NameIndex();
  const service = createLanguageService({ names });
  const uri = 'file:///typing.cable';
  const runs = 15;
  const parse = await timeRuns(3, runs, () => parseCable(text));
  const anywhere = new Random(11);
  const incremental = incrementalParses(text, 200, (_tree, current) => anywhere.int(0, current.length - 1));
  const document = TextDocument.create(uri, 'cable', 1, text);
  const tree = service.parse(document, defaultSettings);
  // The tree is cached for this version, so this times the rules alone. They take a fraction of a
  // millisecond once V8 has optimised them, which takes about 50 checks: with 3 warm-ups the best of
  // 15 was 0.3 ms in one run and 1.1 in the next, as the compiler happened to be done or not.
  const rules = await timeRuns(warmChecks, runs, () => service.getDiagnostics(document, defaultSettings));
  const found = namesOf(tree);
  // What WorkspaceIndex.setOpen does at each check: the names go into the index, which tells whether they changed.
  const index = await timeRuns(warmChecks, runs, () => names.setDocument(uri, namesOf(tree)));
  const row = (name: string, durations: number[], note = ''): Figure => ({ suite, name: `in-process: ${name}`, value: best(durations), unit: 'ms', note: `median ${median(durations).toFixed(1)} ms${note}` });
  return [
    row('parseCable of the whole document', parse),
    { suite, name: 'in-process: parse after a one-character edit (ahead, in the debounce), p95', value: percentile(incremental, 95), unit: 'ms', note: `p50 ${median(incremental).toFixed(1)} ms over ${incremental.length} edits` },
    toldFigure(text),
    inlayHintsFigure(text),
    zoneEditFigure(text, 'header'),
    zoneEditFigure(text, 'footer'),
    row('rules on the cached tree', rules),
    row('namesOf + name index', index, `; ${found.length} names`),
    await rulesInLargeWorkspace(text),
    ...(await nameCompletionInLargeWorkspace(text)),
    ...workspaceSymbolsInLargeWorkspace(),
  ];
}

/** A capitalised made-up word, so a synthetic workspace has as many distinct names as a real archive. */
function nameWord(random: Random): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let word = letters[random.int(0, 25)].toUpperCase();
  for (let length = random.int(4, 9); word.length < length; ) word += letters[random.int(0, 25)];
  return word;
}

/**
 * The same rules when the workspace index holds 40,000 distinct names (an
 * archive of 10,000 cables) and the keystroke has just made a new name, as
 * typing inside a name does: the index then forgets the variants it had
 * cached for keys of similar length, and C305 looks them up again.
 */
/** A name index as for an archive of 10,000 cables: four made-up two-word names each, 40,000 in all. */
function largeWorkspaceNames(random: Random): NameIndex {
  const names = new NameIndex();
  for (let document = 0; document < 10_000; document++) {
    const used = Array.from({ length: 4 }, () => `${nameWord(random)} ${nameWord(random)}`);
    names.setDocument(`file:///archive/${document}.cable`, used.map((name) => ({ key: name.toLowerCase(), text: name })));
  }
  return names;
}

async function rulesInLargeWorkspace(text: string): Promise<Figure> {
  const random = new Random(7);
  const names = largeWorkspaceNames(random);
  const service = createLanguageService({ names });
  const uri = 'file:///typing.cable';
  const document = TextDocument.create(uri, 'cable', 1, text);
  const own = namesOf(service.parse(document, defaultSettings));
  let typed = 0;
  const durations = await timeRuns(1, 10, () => {
    const name = `Kuznetsov ${nameWord(random)}${++typed}`;
    names.setDocument(uri, [...own, { key: name.toLowerCase(), text: name }]);
    return service.getDiagnostics(document, defaultSettings);
  });
  return {
    suite,
    name: 'in-process: rules after typing a new name, workspace of 40,000 names',
    value: best(durations),
    unit: 'ms',
    note: `median ${median(durations).toFixed(1)} ms; ${new Set(own.map((name) => name.key)).size} distinct names in the document`,
  };
}

/**
 * Incremental parses, each version from the one before, after one-character
 * insertions where `place` says (undefined: nowhere left to type, stop).
 */
function incrementalParses(text: string, edits: number, place: (tree: CableTree, text: string) => number | undefined): number[] {
  let current = text;
  let tree = parseCable(current);
  const durations: number[] = [];
  for (let i = 0; i < edits; i++) {
    const at = place(tree, current);
    if (at === undefined) break;
    current = `${current.slice(0, at)}e${current.slice(at)}`;
    const start = now();
    tree = parseCable(current, undefined, tree);
    durations.push(now() - start);
  }
  return durations;
}

/** One of `keystrokes`' edits: where it goes, and `type()` to make it and parse the new version as the server does. */
export interface Keystroke {
  service: CableLanguageService;
  document: EditableDocument;
  position: Position;
  index: number;
  type(): void;
}

/**
 * One-character insertions (200 unless told) in the server's kind of document
 * (pieces), each version parsed from the one before: at random places, or
 * where `place` puts them, given the text's length and the seeded random.
 */
export function keystrokes(text: string, seed: number, onKeystroke: (keystroke: Keystroke) => void, count = 200, place = anywhere): void {
  const service = createLanguageService();
  const document = new EditableDocument('file:///typed.cable', 'cable', 1, text);
  service.parse(document, defaultSettings);
  const random = new Random(seed);
  const end = { line: Number.MAX_SAFE_INTEGER, character: 0 };
  for (let index = 0; index < count; index++) {
    // The length without the whole text, which the server does not make on a keystroke either.
    const position = document.positionAt(place(document.offsetAt(end), random));
    const type = (): void => {
      document.update([{ range: { start: position, end: position }, text: 'e' }], document.version + 1);
      service.parse(document, defaultSettings);
    };
    onKeystroke({ service, document, position, index, type });
  }
}

/** A random place before the last character. */
function anywhere(length: number, random: Random): number {
  return random.int(0, length - 1);
}

/**
 * What the server does on a keystroke: its document (pieces, see
 * EditableDocument) takes the change and the parse is told it, so neither
 * makes the whole new text; the check after the pause (here, each tenth
 * edit) reads it whole, and the document settles on it.
 */
function toldFigure(text: string): Figure {
  const durations: number[] = [];
  keystrokes(text, 11, ({ service, document, index, type }) => {
    const start = now();
    type();
    durations.push(now() - start);
    if (index % 10 === 9) {
      service.getDiagnostics(document, defaultSettings);
      document.settle();
    }
  });
  const name = "in-process: the server's document takes a one-character edit and the parse is told it, p95";
  return { suite, name, value: percentile(durations, 95), unit: 'ms', note: `p50 ${median(durations).toFixed(2)} ms over ${durations.length} edits; the whole text is not made` };
}

/**
 * Inlay hints for the lines an editor shows around the cursor, right after
 * each one-character edit (VS Code asks once typing pauses for 25 ms or so):
 * they read the leaves in range and look back for the year, not the facts
 * of the whole cable.
 */
function inlayHintsFigure(text: string): Figure {
  const durations: number[] = [];
  let hinted = 0;
  keystrokes(text, 13, ({ service, document, position, type }) => {
    type();
    const visible = { start: { line: Math.max(0, position.line - 30), character: 0 }, end: { line: position.line + 30, character: 0 } };
    const start = now();
    hinted += service.getInlayHints(document, defaultSettings, visible).length;
    durations.push(now() - start);
  });
  const name = 'in-process: inlay hints for the 60 lines around a one-character edit, right after it, p95';
  return { suite, name, value: percentile(durations, 95), unit: 'ms', note: `p50 ${median(durations).toFixed(3)} ms over ${durations.length} edits; ${(hinted / durations.length).toFixed(1)} hints each` };
}

/**
 * Typing in the header's fields, or in the footer's: a one-character
 * insertion at a random place of a random field's value, each version parsed
 * from the one before (the header and footer have fast paths of their own).
 */
function zoneEditFigure(text: string, zone: 'header' | 'footer'): Figure {
  const random = new Random(zone === 'header' ? 17 : 19);
  const durations = incrementalParses(text, 200, (tree) => {
    const fields = (tree[zone]?.blocks ?? []).filter((block): block is FieldBlock => block.type === 'field' && block.valueRanges.length > 0);
    if (fields.length === 0) return undefined;
    const value = fields[random.int(0, fields.length - 1)].valueRanges[0];
    return random.int(value.start, value.end);
  });
  const name = `in-process: parse after a one-character edit of a ${zone} field, p95`;
  if (durations.length === 0) return { suite, name, value: undefined, unit: 'ms', note: `the document has no ${zone} fields` };
  return { suite, name, value: percentile(durations, 95), unit: 'ms', note: `p50 ${median(durations).toFixed(2)} ms over ${durations.length} edits` };
}

/**
 * Completing a name at the end of the cable with 40,000 names in the
 * workspace: one begun after a title (`Cde. Ka`), and none yet (`Cde. `),
 * where every name of the workspace is a candidate.
 */
async function nameCompletionInLargeWorkspace(text: string): Promise<Figure[]> {
  const names = largeWorkspaceNames(new Random(7));
  const service = createLanguageService({ names });
  const figures: Figure[] = [];
  for (const [typed, label] of [['Cde. Ka', 'a name begun after a title'], ['Cde. ', 'right after a title (every name a candidate)']]) {
    const uri = `file:///typing-${figures.length}.cable`;
    const withTyped = `${text}\n${typed}`;
    const document = TextDocument.create(uri, 'cable', 1, withTyped);
    names.setDocument(uri, namesOf(service.parse(document, defaultSettings)));
    const at = document.positionAt(withTyped.length);
    let offered = 0;
    const durations = await timeRuns(3, 30, () => (offered = service.getCompletions(document, defaultSettings, at).items.length));
    names.removeDocument(uri);
    figures.push({ suite, name: `in-process: name completion, ${label}, workspace of 40,000 names`, value: best(durations), unit: 'ms', note: `median ${median(durations).toFixed(2)} ms; ${offered} names offered` });
  }
  return figures;
}

/**
 * Go to Symbol in Workspace with 40,000 names in the index, as a name is
 * typed letter by letter: the first letters match thousands of names, whose
 * entries are sorted and cut to the limit.
 */
function workspaceSymbolsInLargeWorkspace(): Figure[] {
  const random = new Random(7);
  const names = largeWorkspaceNames(random);
  const typed = `${nameWord(random)} ${nameWord(random)}`.toLowerCase();
  const first: number[] = [];
  const later: number[] = [];
  for (let round = 0; round < 10; round++) {
    for (let length = 1; length <= typed.length; length++) {
      const begin = now();
      getWorkspaceSymbols(typed.slice(0, length), names, neverCancelled);
      (length === 1 ? first : later).push(now() - begin);
    }
  }
  return [
    { suite, name: 'in-process: workspace symbols, the first letter typed, workspace of 40,000 names', value: median(first), unit: 'ms', note: `max ${Math.max(...first).toFixed(2)} ms; ${maxWorkspaceSymbols} entries at most` },
    { suite, name: 'in-process: workspace symbols, each later letter, workspace of 40,000 names', value: median(later), unit: 'ms', note: `max ${Math.max(...later).toFixed(2)} ms` },
  ];
}
