/**
 * Grammar tests: quoted telegrams and signature lines (spec sections 4.4-4.5).
 *
 * Run: npx tsc -b test && node --test out/test/grammar/
 */
import { describe, test } from 'node:test';
import { expectLinesScoped, expectNoScope, expectScope, S, snippet } from './expect';
import { tokenize } from './tokenize';

describe('quoted telegrams', () => {
  test('straight quotes across paragraphs, closing with punctuation after the quote', async () => {
    const d = await snippet(`
      Text follows.

      "Cde. Kim, first paragraph [illegible] here.

      Second paragraph of 18 October.

      Mao Zedong".
      After the quote.
    `);
    expectLinesScoped(d, 3, 7, S.quote);
    expectScope(d, '"', S.quoteBegin, 3);
    expectScope(d, '"', S.quoteEnd, 7);
    expectScope(d, '.', 'punctuation.terminator.cable', 7);
    expectScope(d, '[illegible]', S.gap, 3);
    expectScope(d, '18 October', S.timeGroup, 5);
    expectNoScope(d, 'After the quote.', S.quote, 8);
    expectNoScope(d, 'Text follows.', S.quote, 1);
  });

  test('a closing quote followed by footnote references, with or without a stop or a space before them, closes the quote; the references stay references', async () => {
    const d = await snippet(`
      "Moscow, to VIKTOR.

      VIKTOR 0530 18 October"[i]
      After the quote.
      “Second quote.
      the end”.[1]
      After the second.
      "Third quote.
      VIKTOR 0530 18 October" [i]
      After the third.
    `);
    expectLinesScoped(d, 1, 2, S.quote);
    expectScope(d, 'VIKTOR', S.quote, 3);
    expectScope(d, '"', S.quoteEnd, 3);
    expectScope(d, 'i', 'constant.other.reference.footnote.cable', 3);
    expectNoScope(d, 'After the quote.', S.quote, 4);
    expectScope(d, '”', S.quoteEnd, 6);
    expectScope(d, '1', 'constant.other.reference.footnote.cable', 6);
    expectNoScope(d, 'After the second.', S.quote, 7);
    expectScope(d, '"', S.quoteEnd, 9);
    expectScope(d, 'i', 'constant.other.reference.footnote.cable', 9);
    expectNoScope(d, 'After the third.', S.quote, 10);
  });

  test('typographic quotes and guillemets', async () => {
    const d = await snippet(`
      “Dear Comrade Filippov!

      ZHOU ENLAI 1800 13 July”
      between
      «Texte du télégramme
      fin du texte»
      after
    `);
    expectLinesScoped(d, 1, 3, S.quote);
    expectScope(d, '“', S.quoteBegin, 1);
    expectScope(d, '”', S.quoteEnd, 3);
    expectScope(d, 'ZHOU ENLAI', S.signature, 3);
    expectNoScope(d, 'between', S.quote, 4);
    expectLinesScoped(d, 5, 6, S.quote);
    expectScope(d, '«', S.quoteBegin, 5);
    expectScope(d, '»', S.quoteEnd, 6);
    expectNoScope(d, 'after', S.quote, 7);
  });

  test('a line that merely starts with a quoted word is not a quote', async () => {
    const d = await snippet(`
      "Members" of the committee met.
      Next line.
    `);
    expectNoScope(d, '"Members"', S.quote, 1);
    expectNoScope(d, 'Next line.', S.quote, 2);
  });

  test('a quote only opens at the first character of a line', async () => {
    const d = await snippet(`
      He wrote: "the text
      goes on"
    `);
    expectNoScope(d, 'the text', S.quote, 1);
    expectNoScope(d, 'goes on', S.quote, 2);
  });

  test('a quote mark at the start of a line inside an open quote is text', async () => {
    const d = await snippet(`
      "First line
      "second line starts with a quote mark
      last line."
      outside
    `);
    expectLinesScoped(d, 1, 3, S.quote);
    expectNoScope(d, '"', S.quoteBegin, 2);
    expectScope(d, '"', S.quoteEnd, 3);
    expectNoScope(d, 'outside', S.quote, 4);
  });

  test('an unclosed quote stops before the footer separator', async () => {
    const d = await snippet(`
      "Never closed
      MAO ZEDONG 2130 23 October
      -----
      Deciphered: Fedyaev 1205 19 October
    `);
    expectLinesScoped(d, 1, 2, S.quote);
    expectScope(d, '-----', S.separator, 3);
    expectNoScope(d, '-----', S.quote, 3);
    expectScope(d, 'Deciphered', S.field, 4);
  });
});

describe('signature lines', () => {
  const signatures: [string, string][] = [
    ['MAO ZEDONG', 'MAO ZEDONG'],
    ['S H T Y K O V', 'S H T Y K O V'],
    ['FILIPPOV [Stalin]', 'FILIPPOV'],
    ['13.1.51 ROSHCHIN', 'ROSHCHIN'],
    ['ALEKSEEV 26.X.62', 'ALEKSEEV'],
    ['MAO ZEDONG 0530 18 October', 'MAO ZEDONG'],
    ['ANTON[iv]', 'ANTON'],
    ['BEDELL SMITH', 'BEDELL SMITH'],
    ['KIM IL SUNG', 'KIM IL SUNG'],
  ];
  for (const [line, name] of signatures) {
    test(line, async () => {
      const d = await tokenize(line);
      expectScope(d, line, S.signatureLine);
      expectScope(d, name, S.signature);
    });
  }

  test('marks and time groups on a signature line keep their scopes', async () => {
    const d = await snippet(`
      FILIPPOV [Stalin]
      13.1.51 ROSHCHIN
      MAO ZEDONG 0530 18 October
    `);
    expectScope(d, '[Stalin]', S.supplied, 1);
    expectNoScope(d, '[Stalin]', S.signature, 1);
    expectScope(d, '13.1.51', S.timeGroup, 2);
    expectNoScope(d, '13.1.51', S.signature, 2);
    expectScope(d, '0530 18 October', S.timeGroup, 3);
  });

  test('lines that are not signatures', async () => {
    const d = await snippet(`
      T
      MAO
      Cde. FILIPPOV!
      MAO Zedong
      TOP SECRET: text
      MAO ZEDONG sent it
      to Cde. FILIPPOV
    `);
    for (let line = 1; line <= 7; line++) expectNoScope(d, d.lines[line - 1].text, S.signatureLine, line);
  });
});
