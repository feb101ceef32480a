/** The pathological inputs, by name; built inside the worker that times them (see pathological.test.ts). */
import { generateCable, generateCableOfSize, Random } from '../support/generate';

/** Seeded bytes read as latin1, the way a binary file opened by mistake looks to the parser. */
function binaryBytes(length: number): string {
  const random = new Random(99);
  return Buffer.from(Array.from({ length }, () => random.int(0, 255))).toString('latin1');
}

/** A realistic paragraph repeated with no line break: marks, names and dates on one 1 MB line. */
function singleLine(chars: number): string {
  const prose = generateCable(3, { paragraphs: 6, wrap: 0 }).replace(/\r?\n/g, ' ');
  return prose.repeat(Math.ceil(chars / prose.length)).slice(0, chars);
}

/** Distinct two-word names, many a letter apart: what makes a name-variant search quadratic. */
function manyNames(count: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const name = (i: number): string => `Cde. K${letters[i % 26]}${letters[Math.floor(i / 26) % 26]}${letters[Math.floor(i / 676) % 26]}ov Ivan${letters[i % 7]}`;
  const lines = Array.from({ length: Math.ceil(count / 4) }, (_, line) => [0, 1, 2, 3].map((k) => name(line * 4 + k)).join(' met '));
  return `Cable: № 1\n\n${lines.join('\n')}\n`;
}

export const pathologicalCases: Readonly<Record<string, () => string>> = {
  '100,000 [': () => '['.repeat(100_000),
  '100,000 ] then 2,000 unclosed [Stamp:': () => `${']'.repeat(100_000)}\n${'[Stamp: '.repeat(2_000)}`,
  'a 1 MB single line of prose': () => singleLine(1_000_000),
  '1 MB of prose paragraphs without a bracket': () => generateCableOfSize(5, 1_000_000, { marks: false }),
  '20,000 quote marks on one line': () => '"'.repeat(20_000),
  '20,000 lines each opening a quote': () => '"A quoted telegram\n'.repeat(20_000),
  '20,000 lines each a lone quote mark': () => '"\n'.repeat(20_000),
  '1 MB of binary bytes read as latin1': () => binaryBytes(1_000_000),
  'brackets nested 50,000 deep on one line': () => `${'['.repeat(50_000)}x${']'.repeat(50_000)}`,
  'tagged marks nested 50,000 deep over 50,000 lines': () => `${'[Note: a\n'.repeat(50_000)}${']'.repeat(50_000)}`,
  '33,000 footer separators between blank lines': () => '\n-----\n\n'.repeat(33_000),
  '20,000 header fields, all repeated': () => 'Cable: № 1\nRecieved: 1135 19 October 1951\n'.repeat(10_000),
  'a Copies to line of 10,000 recipients': () => `Copies to: ${Array.from({ length: 10_000 }, (_, i) => `Cde. Name${i % 50} (${i % 9})`).join('; ')}\n`,
  '20,000 footnote references and notes': () => `${'ROBERT[ii] '.repeat(20_000)}\n-----\n${'[ii] ROBERT: a.\n'.repeat(20_000)}`,
  '5,000 distinct names a letter apart': () => manyNames(5_000),
  '60,000 time groups': () => '19 October 1951 0530 13.10.50 '.repeat(20_000),
  '20,000 number signs of two kinds': () => `Cable: № 1\n\n${Array.from({ length: 20_000 }, (_, i) => `${i % 3 === 0 ? 'No.' : '№'} ${i}`).join(' ')}\n`,
};
