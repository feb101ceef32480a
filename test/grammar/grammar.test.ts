/**
 * Grammar tests on the worked example (cable-25025) and on the document zones:
 * comments, catalogue record, footer separator. The grammar is tokenized with
 * vscode-textmate + vscode-oniguruma exactly as VS Code does.
 *
 * Run: npx tsc -b test && node --test out/test/grammar/
 */
import { describe, test } from 'node:test';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expectLinesScoped, expectNoScope, expectScope, S, snippet } from './expect';
import { fixturesDir, tokenize } from './tokenize';
import type { TokenizedDocument } from './tokenize';

describe('worked example (cable-25025)', () => {
  let doc: TokenizedDocument;
  const load = async (): Promise<TokenizedDocument> =>
    (doc ??= await tokenize(fs.readFileSync(path.join(fixturesDir, 'cable-25025.cable'), 'utf8')));

  test('catalogue record: delimiters, keys, values, source link', async () => {
    const d = await load();
    expectScope(d, '---', S.catalogueBegin, 1);
    expectScope(d, '---', S.catalogueEnd, 13);
    expectLinesScoped(d, 1, 13, S.catalogue);
    for (const [key, line] of [['title', 2], ['date', 3], ['citation', 4], ['source', 7], ['summary', 8], ['credits', 10], ['language', 11], ['translation', 12]] as const) {
      expectScope(d, key, S.catalogueKey, line);
      expectScope(d, ':', S.keyValue, line);
    }
    expectScope(d, 'Cable No. 25025, Mao Zedong to Filippov [Stalin]', S.catalogueValue, 2);
    expectScope(d, '1951-10-18', S.catalogueValue, 3);
    expectScope(d, 'Wilson Center Digital Archive', S.catalogueValue, 5);
    expectScope(d, 'https://wilson-center.drivingcreative.com/document/117408', S.link, 7);
    expectScope(d, 'https://wilson-center.drivingcreative.com/document/117408', S.catalogueValue, 7);
  });

  test('catalogue values are plain text: no marks, number signs or time groups', async () => {
    const d = await load();
    expectNoScope(d, '[Stalin]', S.supplied, 2);
    expectNoScope(d, 'No. 25025', S.numberSign, 2);
    expectNoScope(d, 'October 18, 1951', S.timeGroup, 4);
  });

  test('comment line', async () => {
    const d = await load();
    expectScope(d, "%% Transcribed from the archive's English translation; line breaks as printed.", S.comment, 14);
    expectScope(d, '%%', S.commentPunctuation, 14);
    expectNoScope(d, '%%', S.catalogue, 14);
  });

  test('header fields, number signs and numbers', async () => {
    const d = await load();
    expectScope(d, 'Office', S.field, 15);
    expectScope(d, 'Cable', S.field, 16);
    expectScope(d, ':', S.keyValue, 16);
    expectScope(d, '№', S.numberSign, 16);
    expectScope(d, '25025', S.numeric, 16);
    expectNoScope(d, '25025', S.timeGroup, 16);
    expectScope(d, 'Copies to', S.field, 17);
    expectScope(d, ';', S.listSeparator, 17);
    expectScope(d, 'Cde. Kaganovich; Cde. Bulganin', S.headerField, 18);
    expectScope(d, ';', S.listSeparator, 18);
    expectScope(d, 'From', S.field, 19);
    expectScope(d, 'Received', S.field, 20);
    expectScope(d, 'Copy', S.field, 21);
    expectScope(d, '№', S.numberSign, 21);
    expectScope(d, '2', S.numeric, 21);
    expectScope(d, 'Series', S.field, 28);
  });

  test('[BEIJING] is supplied', async () => {
    const d = await load();
    expectScope(d, '[BEIJING]', S.supplied, 19);
    expectScope(d, '[', S.markBegin, 19);
    expectScope(d, ']', S.markEnd, 19);
  });

  test('time groups in the header and the body', async () => {
    const d = await load();
    expectScope(d, '1135 19 October 1951', S.timeGroup, 20);
    expectScope(d, '1135', S.numeric, 20);
    expectScope(d, '0530 18 October 1951', S.timeGroup, 36);
    expectScope(d, '0115 18 October', S.timeGroup, 38);
    expectNoScope(d, '.', S.timeGroup, 38);
    expectScope(d, '7 October', S.timeGroup, 54);
    expectNoScope(d, ' all', S.timeGroup, 54);
    expectScope(d, '19 October', S.timeGroup, 68);
  });

  test('the stamp on lines 23-26, with number sign and time group inside', async () => {
    const d = await load();
    expectLinesScoped(d, 23, 26, S.stamp);
    expectScope(d, '[', S.stampBegin, 23);
    expectScope(d, 'Stamp', S.stampTag, 23);
    expectScope(d, 'SUBJECT TO RETURN', S.stamp, 23);
    expectScope(d, ']', S.stampEnd, 26);
    expectScope(d, '№', S.numberSign, 26);
    expectScope(d, '254/3612/shs', S.numeric, 26);
    expectNoScope(d, '254/3612/shs', S.timeGroup, 26);
    expectScope(d, '19 October 1951', S.timeGroup, 26);
    expectNoScope(d, 'Series', S.stamp, 28);
  });

  test('body lines that are not signatures', async () => {
    const d = await load();
    expectNoScope(d, 'T', S.signatureLine, 30);
    expectNoScope(d, 'FILIPPOV', S.signature, 32);
    expectNoScope(d, 'FILIPPOV', S.signature, 34);
    expectScope(d, '[your]', S.supplied, 36);
    expectNoScope(d, 'Li Kenong', S.quote, 36);
  });

  test('the quoted telegram spans lines 38-64', async () => {
    const d = await load();
    expectLinesScoped(d, 38, 64, S.quote);
    expectScope(d, '"', S.quoteBegin, 38);
    expectScope(d, '"', S.quoteEnd, 64);
    expectScope(d, '[Hamonten]', S.supplied, 52);
    expectScope(d, '[Hamonten]', S.quote, 52);
    expectNoScope(d, 'Kaesong-Bunsan', S.timeGroup, 46);
    expectNoScope(d, 'Nº 5205', S.quote, 66);
    expectNoScope(d, 'MAO ZEDONG', S.quote, 70);
  });

  test('signature lines', async () => {
    const d = await load();
    expectScope(d, 'MAO ZEDONG', S.signature, 64);
    expectScope(d, 'MAO ZEDONG 0530 18 October', S.signatureLine, 64);
    expectScope(d, '0530 18 October', S.timeGroup, 64);
    expectNoScope(d, '"', S.signatureLine, 64);
    expectScope(d, 'MAO ZEDONG', S.signature, 70);
  });

  test('signature lines ending in a Russian date\'s г., or in a full stop', async () => {
    const d = await snippet(`
      Cable: 1

      Text.

      ЧЖОУ ЭНЬЛАЙ 20 января 1951 г.

      "Text.

      MAO ZEDONG 0530 20 January."
    `);
    expectScope(d, 'ЧЖОУ ЭНЬЛАЙ', S.signature, 5);
    expectScope(d, '20 января 1951', S.timeGroup, 5);
    expectScope(d, 'MAO ZEDONG', S.signature, 9);
    expectScope(d, '0530 20 January', S.timeGroup, 9);
  });

  test('Nº on its own line', async () => {
    const d = await load();
    expectScope(d, 'Nº', S.numberSign, 66);
    expectScope(d, '5205', S.numeric, 66);
    expectNoScope(d, '5205', S.timeGroup, 66);
  });

  test('footer separator and footer fields', async () => {
    const d = await load();
    expectScope(d, '-----', S.separator, 72);
    expectScope(d, '-----', S.separatorHeading, 72);
    expectLinesScoped(d, 72, 76, S.footer);
    expectNoScope(d, 'MAO ZEDONG', S.footer, 70);
    expectScope(d, 'Deciphered', S.field, 73);
    expectScope(d, 'Deciphered', S.footerField, 73);
    expectScope(d, '1205 19 October', S.timeGroup, 73);
    expectNoScope(d, 'Fedyaev', S.timeGroup, 73);
    expectScope(d, 'Printed', S.field, 74);
    expectScope(d, '1250 19 October', S.timeGroup, 74);
    expectScope(d, 'Nº', S.numberSign, 74);
    expectScope(d, '3007', S.numeric, 74);
    expectNoScope(d, '3007', S.timeGroup, 74);
    expectScope(d, 'Copies printed', S.field, 75);
    expectScope(d, 'Eight', S.numeric, 75);
    expectScope(d, 'Verified', S.field, 76);
    expectScope(d, '[signature]', S.signatureMark, 76);
    expectScope(d, 'signature', S.tag, 76);
  });
});

describe('comments', () => {
  test('%% at line start or after blanks, in every zone', async () => {
    const d = await snippet(`
      ---
      %% in the catalogue
      title: T
      ---
      %% in the header
      Cable: 1
        %% indented
      [Stamp: A
      %% inside a stamp
      B]
      "Quote
      %% inside a quote
      end"
      -----
      %% in the footer
    `);
    for (const text of ['%% in the catalogue', '%% in the header', '%% indented', '%% inside a stamp', '%% inside a quote', '%% in the footer']) {
      expectScope(d, text, S.comment);
    }
    expectScope(d, '%% inside a stamp', S.stamp);
    expectScope(d, '%% inside a quote', S.quote);
  });

  test('%% later in a line is not a comment', async () => {
    const d = await snippet('The rate rose by 5 %% this year.');
    expectNoScope(d, '%% this year.', S.comment);
  });
});

describe('catalogue record', () => {
  test('only on the very first line; a later --- is the footer separator', async () => {
    const d = await snippet(`
      Cable: 1

      ---
      title: not a catalogue
    `);
    expectNoScope(d, '---', S.catalogue);
    expectScope(d, '---', S.separator);
    expectNoScope(d, 'title', S.catalogueKey);
  });

  test('tags list separators and unknown keys', async () => {
    const d = await snippet(`
      ---
      tags: Korea; Ongjin
      colour: red
      ---
    `);
    expectScope(d, 'tags', S.catalogueKey);
    expectScope(d, ';', S.listSeparator);
    expectScope(d, 'Korea; Ongjin', S.catalogueValue);
    expectScope(d, 'colour', S.catalogueKey);
    expectScope(d, 'red', S.catalogueValue);
  });

  test('the header starts after the closing ---', async () => {
    const d = await snippet(`
      ---
      title: T
      ---
      Cable: № 12
    `);
    expectScope(d, 'Cable', S.field);
    expectNoScope(d, 'Cable', S.catalogue);
    expectScope(d, '12', S.numeric);
  });
});

describe('footer separator', () => {
  test('three or more dashes alone on a line', async () => {
    const d = await snippet(`
      Body
      ---
      Deciphered: Fedyaev 1205 19 October
    `);
    expectScope(d, '---', S.separator, 2);
    expectScope(d, '---', S.separatorHeading, 2);
    expectScope(d, 'Deciphered', S.field, 3);
  });

  test('long separator with trailing blanks; dashes with text are not a separator', async () => {
    const d1 = await snippet('Body\n------------   \nTyped: Kuzina 0405 14 July');
    expectScope(d1, '------------', S.separator, 2);
    const d2 = await snippet('Body\n----- cut here\nTyped: Kuzina 0405 14 July');
    expectNoScope(d2, '-----', S.separator, 2);
    expectNoScope(d2, 'Typed', S.field, 3);
  });
});
