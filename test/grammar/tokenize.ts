/**
 * Test helpers: load the Cable Markup TextMate grammar with vscode-textmate and
 * vscode-oniguruma (the same engine VS Code uses) and tokenize documents line by
 * line, carrying the rule stack from one line to the next as the editor does.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';

/** The repository root: the nearest folder above this file that holds `syntaxes/cable.tmLanguage.json`. */
export const repoRoot: string = (() => {
  let dir = __dirname;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'syntaxes', 'cable.tmLanguage.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`syntaxes/cable.tmLanguage.json not found above ${__dirname}`);
    dir = parent;
  }
})();

export const grammarPath = path.join(repoRoot, 'syntaxes', 'cable.tmLanguage.json');
export const languageConfigurationPath = path.join(repoRoot, 'syntaxes', 'language-configuration.json');
/** Fixtures live in the source tree (test/grammar/fixtures), not in out/. */
export const fixturesDir = path.join(repoRoot, 'test', 'grammar', 'fixtures');

let grammarPromise: Promise<vsctm.IGrammar> | undefined;

/** Loads (once) the grammar registered as `source.cable`. */
export function loadGrammar(): Promise<vsctm.IGrammar> {
  grammarPromise ??= (async () => {
    const wasm = fs.readFileSync(path.join(repoRoot, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (sources: string[]) => oniguruma.createOnigScanner(sources),
        createOnigString: (text: string) => oniguruma.createOnigString(text),
      }),
      loadGrammar: async (scopeName: string) =>
        scopeName === 'source.cable'
          ? vsctm.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath)
          : null,
    });
    const grammar = await registry.loadGrammar('source.cable');
    if (!grammar) throw new Error('grammar source.cable did not load');
    return grammar;
  })();
  return grammarPromise;
}

export interface TokenizedLine {
  /** The line's text, without its line ending. */
  text: string;
  tokens: vsctm.IToken[];
  /** vscode-textmate gave up on the line (time limit). */
  stoppedEarly: boolean;
}

export interface Location {
  /** 1-based line number. */
  line: number;
  /** 0-based start column (UTF-16) and exclusive end. */
  start: number;
  end: number;
}

/** True when `actual` is `expected` or a more specific scope below it (`a.b` matches `a.b.c`), as themes match. */
export function scopeMatches(actual: string, expected: string): boolean {
  return actual === expected || actual.startsWith(expected + '.');
}

export class TokenizedDocument {
  constructor(readonly lines: readonly TokenizedLine[]) {}

  /** Where `substring` first occurs (on `line` when given, else anywhere). Throws when it does not occur. */
  find(substring: string, line?: number): Location {
    const candidates = line === undefined ? this.lines.map((_, i) => i + 1) : [line];
    for (const n of candidates) {
      const text = this.lines[n - 1]?.text;
      if (text === undefined) throw new Error(`no line ${n} (the document has ${this.lines.length})`);
      const start = text.indexOf(substring);
      if (start >= 0) return { line: n, start, end: start + substring.length };
    }
    throw new Error(`${JSON.stringify(substring)} not found${line === undefined ? '' : ` on line ${line}`}`);
  }

  /** The scopes of every character of `substring` (one array per UTF-16 unit). */
  scopesPerChar(substring: string, line?: number): string[][] {
    const at = this.find(substring, line);
    const { tokens } = this.lines[at.line - 1];
    const result: string[][] = [];
    for (let col = at.start; col < at.end; col++) {
      const token = tokens.find((t) => t.startIndex <= col && col < t.endIndex);
      result.push(token ? token.scopes : []);
    }
    return result;
  }

  /** The scopes at the first character of `substring`: the `scopesAt(line, substring)` of the tests. */
  scopesAt(substring: string, line?: number): string[] {
    return this.scopesPerChar(substring, line)[0] ?? [];
  }

  /** The distinct tokens (text and scopes) that overlap `substring`. */
  tokensOf(substring: string, line?: number): { text: string; scopes: string[] }[] {
    const at = this.find(substring, line);
    const { text, tokens } = this.lines[at.line - 1];
    return tokens
      .filter((t) => t.startIndex < at.end && t.endIndex > at.start)
      .map((t) => ({ text: text.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  }

  /** True when every character of `substring` carries `scope` (or a scope below it). */
  hasScope(substring: string, scope: string, line?: number): boolean {
    return this.scopesPerChar(substring, line).every((scopes) => scopes.some((s) => scopeMatches(s, scope)));
  }

  /** True when no character of `substring` carries `scope` (or a scope below it). */
  lacksScope(substring: string, scope: string, line?: number): boolean {
    return this.scopesPerChar(substring, line).every((scopes) => !scopes.some((s) => scopeMatches(s, scope)));
  }

  /** A readable dump of the tokens of a line, for assertion messages. */
  describe(line: number): string {
    const { text, tokens } = this.lines[line - 1];
    return tokens
      .map((t) => `${JSON.stringify(text.slice(t.startIndex, t.endIndex))} ${t.scopes.slice(1).join(' ')}`)
      .join('\n');
  }
}

/** Splits a document into lines as VS Code does (LF or CRLF; a leading BOM is not part of the text). */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/** Tokenizes a whole document from the initial state. */
export async function tokenize(text: string): Promise<TokenizedDocument> {
  const grammar = await loadGrammar();
  let state: vsctm.StateStack = vsctm.INITIAL;
  const lines: TokenizedLine[] = [];
  for (const line of splitLines(text)) {
    const result = grammar.tokenizeLine(line, state, 5000);
    lines.push({ text: line, tokens: result.tokens, stoppedEarly: result.stoppedEarly });
    state = result.ruleStack;
  }
  return new TokenizedDocument(lines);
}

/** Removes the common indentation of a template literal and its first and last blank lines. */
export function dedent(text: string): string {
  const lines = text.replace(/^\n/, '').replace(/\n[ \t]*$/, '').split('\n');
  const indent = Math.min(
    ...lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length),
  );
  return lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)).join('\n');
}
