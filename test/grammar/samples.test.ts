/**
 * The grammar on real documents: every sample in samples/ (clean and with
 * errors) and the worked example tokenize without the engine giving up, every
 * line is covered by tokens from its first to its last character, and it is fast.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vsctm from 'vscode-textmate';
import { fixturesDir, loadGrammar, repoRoot, tokenize } from './tokenize';

/** A generous bound; tokenizing a sample typically takes a few milliseconds. */
const MAX_MS_PER_FILE = 500;

function cableFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.cable'))
    .map((name) => path.join(dir, name))
    .sort();
}

/** Runs `fn` and returns what vscode-textmate reported through console.error (e.g. "endless loop"). */
async function capturingErrors<T>(fn: () => Promise<T>): Promise<{ result: T; errors: string[] }> {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  try {
    return { result: await fn(), errors };
  } finally {
    console.error = original;
  }
}

async function checkFile(file: string): Promise<void> {
  const text = fs.readFileSync(file, 'utf8');
  const started = performance.now();
  const { result: doc, errors } = await capturingErrors(() => tokenize(text));
  const elapsed = performance.now() - started;

  assert.deepEqual(errors, [], `the engine reported problems on ${file}`);
  assert.ok(elapsed < MAX_MS_PER_FILE, `${file} took ${elapsed.toFixed(1)} ms`);
  doc.lines.forEach((line, i) => {
    const where = `${path.relative(repoRoot, file)}:${i + 1}`;
    assert.equal(line.stoppedEarly, false, `${where}: tokenizing stopped early`);
    assert.ok(line.tokens.length > 0, `${where}: no tokens`);
    assert.equal(line.tokens[0].startIndex, 0, `${where}: first token does not start at column 0`);
    for (let t = 1; t < line.tokens.length; t++) {
      assert.equal(line.tokens[t].startIndex, line.tokens[t - 1].endIndex, `${where}: gap or overlap before token ${t}`);
    }
    assert.ok(line.tokens.at(-1)!.endIndex >= line.text.length, `${where}: the tokens stop before the end of the line`);
    for (const token of line.tokens) assert.equal(token.scopes[0], 'source.cable', `${where}: token outside source.cable`);
  });
}

describe('samples', () => {
  const worked = path.join(fixturesDir, 'cable-25025.cable');
  const samples = cableFiles(path.join(repoRoot, 'samples'));

  test('the worked example is present', () => {
    assert.ok(fs.existsSync(worked), `missing ${worked}`);
  });

  for (const file of [worked, ...samples]) {
    test(path.relative(repoRoot, file), () => checkFile(file));
  }
});

describe('robustness', () => {
  test('a long document tokenizes quickly', async () => {
    const paragraph = [
      '"Cde. Le Kenong, copy to [Kim Il Sung] of 0115 18 October [1 group garbled] and [unclear: Kim [?]].',
      'On 12 August at 05:30, No. 1309 and № 254/3612/shs, VIKTOR[i] reported [C% the Treasury] at 3:15 p.m.',
      '',
      '[Stamp: SUBJECT TO RETURN',
      'Incoming № 254/3612/shs 19 October 1951]',
      '',
      'MAO ZEDONG 0530 18 October"',
      '',
    ].join('\n');
    const text = 'Cable: № 25025\nReceived: 1135 19 October 1951\n\n' + paragraph.repeat(500) + '-----\nDeciphered: Fedyaev 1205 19 October\n';
    const started = performance.now();
    const doc = await tokenize(text);
    const elapsed = performance.now() - started;
    assert.ok(elapsed < 3000, `4,000 lines took ${elapsed.toFixed(0)} ms`);
    assert.ok(doc.hasScope('Deciphered', 'keyword.other.field.cable', doc.lines.length - 1));
  });

  test('pathological lines do not make the regular expressions backtrack', async () => {
    const lines = [
      '1 '.repeat(5000),
      '12.'.repeat(3000),
      '0530 '.repeat(3000),
      'A '.repeat(5000) + 'a',
      'MAO ZEDONG '.repeat(1000) + '[x'.repeat(1000),
      '['.repeat(1000),
      '[Stamp: ' + ']'.repeat(5000),
      '"' + 'x '.repeat(5000),
      '18 October '.repeat(2000),
      'No. '.repeat(3000),
      '%'.repeat(5000),
      '-'.repeat(5000) + 'x',
    ];
    for (const line of lines) {
      const started = performance.now();
      const { errors } = await capturingErrors(() => tokenize(line));
      const elapsed = performance.now() - started;
      assert.deepEqual(errors, []);
      assert.ok(elapsed < 1000, `${JSON.stringify(line.slice(0, 30))}… took ${elapsed.toFixed(0)} ms`);
    }
  });

  test('lines as long as VS Code tokenizes (20,000 characters) take under a second each, the way it tokenizes them', async () => {
    // tokenizeLine2 (binary tokens) is what VS Code calls. tokenizeLine, which the tests above use, lists every
    // token's scopes, so 19,000 nested marks cost it seconds that the editor never spends.
    const grammar = await loadGrammar();
    const length = 19_999;
    const fill = (unit: string): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
    const lines = ['[', ']', '"', '[Stamp: ', '[a ', '[x] ', '1 ', '0530 ', '18 October ', '№ ', 'A: ', 'MAO ZEDONG ', '[sic]', '-', '%'].map(fill);
    lines.push('['.repeat(9_999) + ']'.repeat(9_999), `Copies to${' '.repeat(length - 10)}x`);
    const body = grammar.tokenizeLine2('', grammar.tokenizeLine2('Cable: № 1', vsctm.INITIAL).ruleStack).ruleStack;
    for (const line of lines) {
      for (const [where, stack] of [['header', vsctm.INITIAL], ['body', body]] as const) {
        const started = performance.now();
        const result = grammar.tokenizeLine2(line, stack, 5000);
        const elapsed = performance.now() - started;
        assert.equal(result.stoppedEarly, false, `${where}: ${JSON.stringify(line.slice(0, 20))}… stopped early`);
        assert.ok(elapsed < 1000, `${where}: ${JSON.stringify(line.slice(0, 20))}… took ${elapsed.toFixed(0)} ms`);
      }
    }
  });

  test('CRLF line endings and a BOM do not change the tokens', async () => {
    const lf = '---\ntitle: T\n---\nCable: № 1\n\n"Quote\nMAO ZEDONG 0530 18 October"\n';
    const crlf = '\uFEFF' + lf.replace(/\n/g, '\r\n');
    const a = await tokenize(lf);
    const b = await tokenize(crlf);
    assert.deepEqual(
      b.lines.map((l) => l.tokens.map((t) => t.scopes)),
      a.lines.map((l) => l.tokens.map((t) => t.scopes)),
    );
    // VS Code strips the BOM before tokenizing; the grammar also accepts one left in place.
    const grammar = await loadGrammar();
    const first = grammar.tokenizeLine('\uFEFF---', vsctm.INITIAL);
    const second = grammar.tokenizeLine('title: T', first.ruleStack);
    assert.ok(second.tokens.some((t) => t.scopes.includes('support.type.property-name.catalogue.cable')));
  });
});
