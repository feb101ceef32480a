/**
 * One large document: parse and diagnose a 1 MB and a 10 MB cable in this
 * process through a fresh language service each run (a service keeps the
 * previous version's tree and would reuse all of it for the same text). Best
 * of N after a warm-up, so the figure is the code's speed, not the JIT's start.
 * Then, in a 10 MB cable, the folding ranges and outline after an edit, and
 * typing through the server (see largeTyping.ts).
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, defaultSettings, parseCable } from '../server/src/service';
import { generateCableOfLines, generateCableOfSize } from '../test/support/generate';
import { largeCableTyping } from './largeTyping';
import { keystrokes } from './typingBreakdown';
import type { BenchOptions } from './options';
import type { Figure } from './report';
import { best, mbPerSecond, median, percentile, timed, timeRuns } from './stats';

const suite = 'large document';
const targetMBps = 30;

/** The same floor as the archive's, in-process: split into lines, one regex per line. */
function floorScan(text: string): number {
  const fieldLine = /^[A-Z][A-Za-z ]{1,20}:[ \t]/;
  let matched = 0;
  for (const line of text.split(/\r\n|\r|\n/)) if (fieldLine.test(line)) matched++;
  return matched;
}

/** The documents measured: realistic cables with marks, and one of plain prose (no brackets at all), which takes other paths. */
const documents = [
  { chars: 1e6, marks: true, label: '1 MB' },
  { chars: 10e6, marks: true, label: '10 MB' },
  { chars: 1e6, marks: false, label: '1 MB of prose without marks' },
];

export async function largeDocument(options: BenchOptions): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const { chars, marks, label } of options.quick ? documents.filter((document) => document.chars <= 1e6) : documents) {
    const text = generateCableOfSize(options.seed + chars, chars, { marks });
    const bytes = Buffer.byteLength(text);
    const runs = chars > 1e6 ? 5 : 9;
    options.log(`large document: ${label}, ${(bytes / 1e6).toFixed(1)} MB, ${runs} runs`);
    const durations = await timeRuns(2, runs, () => createLanguageService().getDiagnostics(TextDocument.create('file:///large.cable', 'cable', 1, text), defaultSettings));
    const floor = best(await timeRuns(2, runs, () => floorScan(text)));
    figures.push({
      suite,
      name: `parse + diagnose ${label}`,
      value: mbPerSecond(bytes, best(durations)),
      unit: 'MB/s',
      target: { op: '>=', value: targetMBps },
      baseline: `line-scan floor ${mbPerSecond(bytes, floor).toFixed(0)} MB/s`,
      note: `best ${best(durations).toFixed(0)} ms, median ${median(durations).toFixed(0)} ms`,
    });
  }
  if (!options.quick) figures.push(...outlineAfterEdits(options), typingAtTheEnd(options), ...(await largeCableTyping(options)));
  return figures;
}

/**
 * What VS Code asks for once typing pauses besides the diagnostics: the
 * folding ranges and the outline (document symbols) of the whole cable, here
 * of a 200,000-line one after each of a few one-character edits, in process.
 */
function outlineAfterEdits(options: BenchOptions): Figure[] {
  const folding: number[] = [];
  const symbols: number[] = [];
  const text = generateCableOfLines(options.seed + 5, 200_000);
  keystrokes(
    text,
    options.seed + 5,
    ({ service, document, type }) => {
      type();
      folding.push(timed(() => service.getFoldingRanges(document, defaultSettings)));
      symbols.push(timed(() => service.getDocumentSymbols(document, defaultSettings)));
    },
    12,
  );
  // The first edits warm the code up.
  const row = (name: string, durations: number[]): Figure => ({ suite, name: `${name} of a 200,000-line cable after an edit, in process, median`, value: median(durations.slice(2)), unit: 'ms', note: `max ${Math.max(...durations.slice(2)).toFixed(1)} ms over ${durations.length - 2} edits` });
  return [row('folding ranges', folding), row('outline (document symbols)', symbols)];
}

/**
 * Where a transcriber types most: at the end of a cable whose footer is not
 * written yet, a 200,000-line one here, each keystroke parsed as the server
 * parses it (its document told the change). The body path takes these; they
 * were read whole before (58 ms at the median).
 */
function typingAtTheEnd(options: BenchOptions): Figure {
  const whole = generateCableOfLines(options.seed + 7, 200_000);
  const footer = parseCable(whole).footer;
  const durations: number[] = [];
  keystrokes(footer ? whole.slice(0, footer.start) : whole, options.seed + 7, ({ type }) => durations.push(timed(type)), 120, (length) => length);
  // The first keystrokes warm the code up.
  const measured = durations.slice(20);
  return { suite, name: 'typing at the end of a 200,000-line cable with no footer yet, in process: a keystroke parsed, p95', value: percentile(measured, 95), unit: 'ms', note: `p50 ${median(measured).toFixed(2)} ms over ${measured.length} keystrokes` };
}
