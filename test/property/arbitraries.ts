/**
 * The texts the properties are checked on: generated cables (realistic,
 * with and without slips), the same with mixed line endings and a BOM,
 * samples cut and spliced, a soup of the format's own tokens, and arbitrary
 * strings down to lone surrogates and control characters.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as fc from 'fast-check';
import type { EditableDocument } from '../../server/src/service/text/editableDocument';
import { generateCable } from '../support/generate';
import { samplesDir } from '../support/paths';

/** Pieces of the format that change how the rest parses: brackets, quotes, fences, fields, dates, names, line ends. */
export const tokens = [
  '[', ']', '[Stamp: ', '[sic]', '[i]', '[i] ', '[ii]', '[3 groups unrecovered]', '[groups garbled]', '[B% ', '[Note:', '[]', '[Page 2]',
  '"', '“', '”', '«', '»', '".', '---', '-----', '\n', '\n', '\n', '\r\n', '\r', '\uFEFF', '%%', '\n%% pencil [31 April Cde. Li Kenong\n', '\n  Cde. Beria', '  ', '\t',
  'Cable: ', 'Cable: № 1', 'Recieved: ', 'Copies to: Cde. Stalin; Cde. Stalin (2)', 'Received: 1135 19 October 1951', 'Sent: 241100Z Sep 45',
  'Deciphered: Fedyaev 0530 18 October', 'Printed: X 1250 19 October Nº 3007', 'Copies printed: Eight', 'Copy: № 9', 'title: ', 'date: 19x', 'tags: a; b',
  '31.8', '29 February', '2575', '13:30 p.m.', '24.XIII.50', '10/14/50', '19 Octobr', 'noon', 'MAO ZEDONG 0530 18 October', 'S H T Y K O V',
  'Cde. Li Kenong', 'Cde. Le Kenong', 'Kim Il Sung', 'President Paasikivi', 'тов. Сталину', 'товарищ ', 'Иосифа Сталина', '19 октября 1951г.', '31 апреля', 'в октябре 1951', ' окт.', '№', 'Nº', 'No.', '#', ':', '.', ' ', 'a', 'A', 'é', '😀', '\u0000', '\uD800', '\u00A0',
  // Forms real cables write that the checker reads too (docs/format.md).
  '12.05 19.10.51', '241100ZSEP45', '14th June, 1950', ' г.', '" [1]', ' (G.M.T.)', '[unclear: MAO ZEDONG] ', 'Copy:\u00a01 of 3', 'FM: AMEMBASSY\n',
];

export const token = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...tokens) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) });

/** A run of format tokens: mostly nonsense, but nonsense the parser's every branch has to read. */
export const tokenSoup = fc.array(token, { maxLength: 300, size: 'max' }).map((parts) => parts.join(''));

/** Any UTF-16 code unit, lone surrogates included: what a binary file read as text looks like. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

// `size: 'max'`: fast-check prefers short values by default, but long ones find what short ones cannot.
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 1000, size: 'max' }),
  fc.string({ unit: codeUnit, maxLength: 1000, size: 'max' }),
  fc.string({ unit: fc.constantFrom('[', ']', '"', '\n', '\r', ' ', '-', ':', 'a', 'A', '%'), maxLength: 1000, size: 'max' }),
);

export const generatedCable = fc
  .record({ seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }), slips: fc.constantFrom(0, 0.5, 1), paragraphs: fc.integer({ min: 1, max: 6 }), wrap: fc.constantFrom(0, 40, 72) })
  .map(({ seed, ...options }) => generateCable(seed, options));

/**
 * A generated cable with comment lines put in among its lines, and blank
 * lines turned into comments: inside paragraphs, stamps and quotes, between
 * a field and its continuation, after a paragraph, so typing near them
 * joins and splits paragraphs across comments.
 */
export const commentedCable = fc
  .tuple(generatedCable, fc.array(fc.tuple(fc.nat(), fc.boolean()), { minLength: 1, maxLength: 8 }))
  .map(([text, picks]) => {
    const lines = text.split('\n');
    for (const [pick, replace] of picks) {
      const at = pick % lines.length;
      if (replace && lines[at] === '') lines[at] = '%% was blank';
      else lines.splice(at, 0, '%% note [31 April Cde. Le Kenong');
    }
    return lines.join('\n');
  });

/** A generated cable whose line breaks are any mix of LF, CRLF and CR, perhaps after a BOM. */
export const mixedLineEndings = fc
  .tuple(generatedCable, fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1, maxLength: 6 }), fc.boolean())
  .map(([text, endings, bom]) => {
    const lines = text.split('\n');
    const joined = lines.map((line, index) => (index < lines.length - 1 ? line + endings[index % endings.length] : line)).join('');
    return bom ? `\uFEFF${joined}` : joined;
  });

function sampleTexts(folder = samplesDir): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sampleTexts(full);
    return entry.name.endsWith('.cable') ? [fs.readFileSync(full, 'utf8')] : [];
  });
}

export const samples = sampleTexts();

export interface Splice {
  at: number;
  remove: number;
  insert: string;
}

export const splice = fc.record({ at: fc.nat(), remove: fc.nat({ max: 40 }), insert: fc.array(token, { maxLength: 4 }).map((parts) => parts.join('')) });

/** Applies splices in turn; `at` is taken modulo the text's length, so every splice lands inside it. */
export function applySplices(text: string, splices: readonly Splice[]): string {
  let result = text;
  for (const { at, remove, insert } of splices) {
    const start = at % (result.length + 1);
    result = result.slice(0, start) + insert + result.slice(Math.min(result.length, start + remove));
  }
  return result;
}

/**
 * Makes a splice on the server's document as the editor sends it, one
 * ranged change in a new version (`at` taken as `applySplices` takes it);
 * returns where the splice starts.
 */
export function typeInto(document: EditableDocument, { at, remove, insert }: Splice): number {
  const length = document.getText().length;
  const start = at % (length + 1);
  const range = { start: document.positionAt(start), end: document.positionAt(Math.min(length, start + remove)) };
  document.update([{ range, text: insert }], document.version + 1);
  return start;
}

/** Mostly typing: one character in or out somewhere, now and then a token of the format or a cut. */
export const typing = fc.oneof(
  { weight: 3, arbitrary: fc.record({ at: fc.nat(), remove: fc.constant(0), insert: fc.constantFrom('e', ' ', 'A', '.', '[', ']', '"', '\n', '1', ':') }) },
  { weight: 2, arbitrary: fc.record({ at: fc.nat(), remove: fc.integer({ min: 1, max: 3 }), insert: fc.constant('') }) },
  { weight: 1, arbitrary: splice },
);

/** A sample (the worked example, the error files) with a few random cuts and insertions. */
export const splicedSample = fc.tuple(fc.constantFrom(...samples), fc.array(splice, { minLength: 1, maxLength: 8 })).map(([text, splices]) => applySplices(text, splices));

/** Every kind of text above, for properties that must hold for any input at all. */
export const anyDocument = fc.oneof(generatedCable, mixedLineEndings, splicedSample, tokenSoup, anyText);
