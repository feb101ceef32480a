/**
 * Checks of syntaxes/language-configuration.json: it is valid JSON of the shape
 * VS Code reads, and its regular expressions behave (VS Code builds them with
 * `new RegExp(pattern, flags)`).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { grammarPath, languageConfigurationPath } from './tokenize';

interface RegExpSpec {
  pattern: string;
  flags?: string;
}

interface LanguageConfiguration {
  comments: { lineComment?: string; blockComment?: [string, string] };
  brackets: [string, string][];
  autoClosingPairs: { open: string; close: string; notIn?: string[] }[];
  surroundingPairs: [string, string][];
  folding: { markers: { start: string; end: string } };
  wordPattern: RegExpSpec;
}

const config = JSON.parse(fs.readFileSync(languageConfigurationPath, 'utf8')) as LanguageConfiguration;

function words(text: string): string[] {
  const re = new RegExp(config.wordPattern.pattern, (config.wordPattern.flags ?? '') + 'g');
  return text.match(re) ?? [];
}

describe('language configuration', () => {
  test('%% line comments', () => {
    assert.deepEqual(config.comments, { lineComment: '%%' });
  });

  test('square brackets are the only brackets', () => {
    assert.deepEqual(config.brackets, [['[', ']']]);
  });

  test('auto-closing and surrounding pairs for brackets and all three kinds of quotes', () => {
    const auto = config.autoClosingPairs.map((p) => [p.open, p.close]);
    for (const pair of [['[', ']'], ['"', '"'], ['“', '”'], ['«', '»']]) {
      assert.ok(auto.some(([o, c]) => o === pair[0] && c === pair[1]), `auto-closing ${pair.join(' ')}`);
      assert.ok(config.surroundingPairs.some(([o, c]) => o === pair[0] && c === pair[1]), `surrounding ${pair.join(' ')}`);
    }
  });

  test('folding markers are %% region / %% endregion comments', () => {
    const start = new RegExp(config.folding.markers.start);
    const end = new RegExp(config.folding.markers.end);
    assert.ok(start.test('%% region Header'));
    assert.ok(start.test('  %% #region'));
    assert.ok(end.test('%% endregion'));
    assert.ok(!start.test('%% endregion'));
    assert.ok(!start.test('%% a regional office'));
    assert.ok(!end.test('The region ended.'));
  });

  test('word pattern keeps names, dates and times together', () => {
    assert.deepEqual(words("the Kaesong-Bunsan zone, not in the enemy's or enemy’s interests"), [
      'the', 'Kaesong-Bunsan', 'zone', 'not', 'in', 'the', "enemy's", 'or', 'enemy’s', 'interests',
    ]);
    assert.deepEqual(words('at 05:30 on 13.10.50, 24.III.50 and 10/14/50; 8 a.m. or 3:15 p.m.'), [
      'at', '05:30', 'on', '13.10.50', '24.III.50', 'and', '10/14/50', '8', 'a.m.', 'or', '3:15', 'p.m.',
    ]);
    assert.deepEqual(words('241100Z Sep 45, № 25025.'), ['241100Z', 'Sep', '45', '25025']);
    assert.deepEqual(words('Cyrillic Штыков and Zhou Enlai.'), ['Cyrillic', 'Штыков', 'and', 'Zhou', 'Enlai']);
  });

  test('word pattern does not swallow sentence punctuation or match empty strings', () => {
    assert.deepEqual(words('End. Next: 1951.'), ['End', 'Next', '1951']);
    assert.deepEqual(words('5.In'), ['5', 'In']);
    assert.deepEqual(words(' - ; . '), []);
  });

  test('the grammar file is valid JSON with the source.cable scope', () => {
    const grammar = JSON.parse(fs.readFileSync(grammarPath, 'utf8')) as { scopeName: string; name: string };
    assert.equal(grammar.scopeName, 'source.cable');
  });
});
