/**
 * `cable render FILE [-o OUT.html]`: one cable as a standalone HTML page,
 * rendered from the same tree the checker reads, with the preview's
 * stylesheet inlined and no scripts. Exit status 0 when the page was
 * written; 2, with one line on stderr, when it could not be.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../service';
import { renderStandalone, type RenderView } from '../service/render/index';
import { hasFlag, lastValue, parseArgs, parseSize, type OptionSpec, type ParsedArgs } from './args';
import { describeError, exitCode, UsageError, type Command } from './command';
import { FileSettings } from './config';
import { readCableFile } from './readFile';
import { replaceFile } from './replaceFile';
import { processStreams, type Streams } from './streams';

const views: readonly RenderView[] = ['diplomatic', 'reading'];
const defaultMaxSize = 100e6;
const stylesheetPath = path.join('media', 'preview.css');

const optionSpecs: readonly OptionSpec[] = [
  { name: 'output', short: 'o', takesValue: true },
  { name: 'view', takesValue: true },
  { name: 'title', takesValue: true },
  { name: 'diagnostics' },
  { name: 'max-size', takesValue: true },
  { name: 'help', short: 'h' },
];

const help = `Usage: cable render [options] FILE

Renders one .cable file as a standalone HTML page: the catalogue card, the
letterhead and header fields, stamps, the body with its line breaks, quoted
telegrams, signatures and the footer with its notes. The page is one file
with its styles inlined and no scripts; it loads nothing.

Options:
  -o, --output FILE    write the page to FILE instead of standard output
                         (- for standard output; never the input file nor
                         any .cable file)
      --view VIEW      diplomatic (default): everything as typed, editorial
                         marks with their brackets
                       reading: marks resolved: supplied text plain, [sic]
                         hidden, gaps drawn as gaps, notes in the margin
      --title TEXT     the page title (default: the catalogue title)
      --diagnostics    mark the checker's findings in the page, with the
                         settings of the nearest .cablerc.json (the first
                         1,000; a note at the end counts the rest)
      --max-size SIZE  refuse larger files (default 100MB; k, M, G units)
  -h, --help           show this help

Exit status: 0 the page was written, 2 bad usage or a file that could not be
read or written.

Example: cable render --view reading cable-25025.cable -o cable-25025.html
`;

export interface RenderRequest {
  file: string;
  output: string | undefined;
  view: RenderView;
  title: string | undefined;
  diagnostics: boolean;
  maxSize: number;
}

export const renderCommand: Command = {
  summary: 'render a .cable file as a standalone HTML page',
  help,
  async run(args: readonly string[]): Promise<number> {
    const parsed = parseArgs(args, optionSpecs, 'render');
    if (hasFlag(parsed, 'help')) {
      processStreams.out(help);
      return exitCode.ok;
    }
    return runRender(readRequest(parsed), processStreams);
  },
};

function readRequest(parsed: ParsedArgs): RenderRequest {
  if (parsed.positionals.length !== 1) throw new UsageError('render needs exactly one FILE (see cable render --help)');
  const view = lastValue(parsed, 'view') ?? 'diplomatic';
  if (!(views as readonly string[]).includes(view)) throw new UsageError(`--view must be diplomatic or reading, not "${view}"`);
  const file = parsed.positionals[0];
  const output = lastValue(parsed, 'output');
  if (output === '') throw new UsageError('--output needs a file name');
  if (output !== undefined && output !== '-') refuseToReplaceACable(output, file);
  const maxSize = lastValue(parsed, 'max-size');
  return {
    file,
    output,
    view: view as RenderView,
    title: lastValue(parsed, 'title'),
    diagnostics: hasFlag(parsed, 'diagnostics'),
    maxSize: maxSize === undefined ? defaultMaxSize : parseSize(maxSize, '--max-size'),
  };
}

/**
 * A slip of the keyboard (`-o cable.cable`, or the other cable's name) must
 * not replace a transcription with a page: the input file, by any name (a
 * link to it too), or any `.cable` file, is no output.
 */
function refuseToReplaceACable(output: string, file: string): void {
  if (path.resolve(output) === path.resolve(file) || sameFile(output, file)) throw new UsageError(`--output ${output} is the input file; refusing to overwrite it`);
  if (/\.cable$/i.test(output)) throw new UsageError(`--output ${output} is a .cable file; a page goes in an .html file`);
}

function sameFile(a: string, b: string): boolean {
  try {
    const [first, second] = [fs.statSync(a), fs.statSync(b)];
    return first.dev === second.dev && first.ino === second.ino;
  } catch {
    // One of them does not exist (yet): they cannot be one file.
    return false;
  }
}

/** Reads, renders and writes; every failure is one line on stderr and status 2. */
export function runRender(request: RenderRequest, streams: Streams, moduleFolder: string = __dirname): number {
  const fail = (message: string): number => {
    streams.err(`cable: ${message}\n`);
    return exitCode.trouble;
  };
  const absolute = path.resolve(request.file);
  const read = readCableFile(absolute, request.maxSize);
  if (read.problem !== undefined) return fail(`${request.file}: ${read.problem}`);
  const css = readStylesheet(moduleFolder);
  if (css === undefined) return fail(`cannot find the preview stylesheet (${stylesheetPath}) next to the cable command; the installation is incomplete`);
  const page = renderPage(absolute, read.text, css, request, (message) => streams.err(`cable: ${message}\n`));
  if (request.output === undefined || request.output === '-') {
    streams.out(page);
    return exitCode.ok;
  }
  try {
    // Whole or not at all: a full disk leaves the page there was, not half of a new one.
    replaceFile(request.output, page);
  } catch (error) {
    return fail(`${request.output}: cannot be written (${describeError(error)})`);
  }
  return exitCode.ok;
}

function renderPage(absolute: string, text: string, css: string, request: RenderRequest, warn: (message: string) => void): string {
  // The file's own settings: slashed dates are read as its .cablerc.json says, and so are rule severities.
  const settings = new FileSettings(undefined, (message) => warn(message)).forFile(absolute);
  const service = createLanguageService();
  const document = TextDocument.create(pathToFileURL(absolute).href, 'cable', 1, text);
  const tree = service.parse(document, settings);
  const diagnostics = request.diagnostics ? service.getDiagnostics(document, settings) : undefined;
  return renderStandalone(tree, { view: request.view, diagnostics, title: request.title, css });
}

/**
 * The stylesheet ships in `media/` at the package root. The bundle
 * (dist/cli.js) and the compiled sources (out/server/src/cli) sit at
 * different depths, so look upwards from this module for it.
 */
export function findStylesheet(start: string): string | undefined {
  for (let folder = start; ; folder = path.dirname(folder)) {
    const candidate = path.join(folder, stylesheetPath);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(folder) === folder) return undefined;
  }
}

function readStylesheet(start: string): string | undefined {
  const found = findStylesheet(start);
  if (found === undefined) return undefined;
  try {
    return fs.readFileSync(found, 'utf8');
  } catch {
    return undefined;
  }
}
