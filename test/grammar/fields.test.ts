/**
 * Grammar tests: header and footer fields, number signs.
 *
 * Run: npx tsc -b test && node --test out/test/grammar/
 */
import { describe, test } from 'node:test';
import { expectNoScope, expectScope, inFooter, S, snippet } from './expect';
import { tokenize } from './tokenize';

describe('fields', () => {
  test('every header field name and alias, case-insensitive', async () => {
    const names = ['Office', 'Cable', 'Telegram', 'No', 'Series', 'Classification', 'Priority', 'From', 'To', 'Copies to', 'Distribution', 'Sent', 'Received', 'Copy', 'Incoming', 'TELEGRAM', 'copies TO', 'received'];
    const d = await tokenize(names.map((n) => `${n}: x`).join('\n'));
    names.forEach((name, i) => {
      expectScope(d, name, S.field, i + 1);
      expectScope(d, ':', S.keyValue, i + 1);
    });
  });

  test('every footer field name, case-insensitive', async () => {
    const names = ['Deciphered', 'Encoded', 'Typed', 'Dispatched', 'Printed', 'Copies printed', 'Verified', 'DECIPHERED'];
    const d = await inFooter(names.map((n) => `${n}: x`).join('\n'));
    names.forEach((name, i) => expectScope(d, name, S.field, i + 5));
  });

  test('a field needs a known name at line start, a colon and a space', async () => {
    const d = await snippet(`
      Recieved: 1135 19 October 1951
      Spravka: a note
      Cable:25025
       Cable: 1
      Cable : 1
    `);
    expectNoScope(d, 'Recieved', S.field);
    expectNoScope(d, 'Spravka', S.field);
    expectNoScope(d, 'Cable', S.field, 3);
    expectNoScope(d, 'Cable', S.field, 4);
    expectNoScope(d, 'Cable', S.field, 5);
  });

  test('a field name alone with an empty value', async () => {
    const d = await snippet('Office:');
    expectScope(d, 'Office', S.field);
  });

  test('a no-break space after the colon, between a name\'s words or indenting a continuation, as the parser reads it', async () => {
    const d = await snippet('Copy:\u00a09\nCopies\u00a0to: Cde. Stalin;\n\u00a0 Cde. Molotov\n');
    expectScope(d, 'Copy', S.field, 1);
    expectScope(d, 'Copies\u00a0to', S.field, 2);
    expectScope(d, 'Cde. Molotov', 'meta.field.header.cable', 3);
    const footer = await inFooter('Deciphered:\u00a0Ivanov 1005 19 October\n');
    expectScope(footer, 'Deciphered', S.field);
  });

  test('footer fields only after the separator; header fields are free lines in the footer', async () => {
    const d = await snippet(`
      Cable: 1
      Deciphered: Fedyaev 1205 19 October
      -----
      Cable: 2
    `);
    expectNoScope(d, 'Deciphered', S.field, 2);
    expectNoScope(d, 'Cable', S.field, 4);
    expectScope(d, 'Cable: 2', S.footer, 4);
  });

  test('continuation lines belong to the field, also after a comment line; an unindented line ends it', async () => {
    const d = await snippet(`
      Copies to: Cde. Stalin (2);
        Cde. Molotov (1);
      %% note
        Cde. Beria (1)
      Plain text
    `);
    expectScope(d, 'Cde. Molotov', S.headerField, 2);
    expectScope(d, '2', S.numeric, 1);
    expectScope(d, '(', 'punctuation.definition.count.begin.cable', 1);
    expectScope(d, '1', S.numeric, 2);
    expectScope(d, ';', S.listSeparator, 2);
    expectScope(d, '%% note', S.comment);
    expectScope(d, 'Cde. Beria', S.headerField, 4);
    expectScope(d, '1', S.numeric, 4);
    expectNoScope(d, 'Plain text', S.headerField);
  });

  test('number fields: signs, plain numbers, slashed parts', async () => {
    const d = await snippet(`
      Cable: № 25025
      Telegram: Nº 5205
      No: N° 17
      Copy: No. 3
      Incoming: 254/3612/shs
      Cable: #45
    `);
    expectScope(d, '№', S.numberSign, 1);
    expectScope(d, 'Nº', S.numberSign, 2);
    expectScope(d, 'N°', S.numberSign, 3);
    expectScope(d, 'No.', S.numberSign, 4);
    expectScope(d, '3', S.numeric, 4);
    expectScope(d, '254/3612/shs', S.numeric, 5);
    expectNoScope(d, '254/3612/shs', S.timeGroup, 5);
    expectScope(d, '#', S.numberSign, 6);
    expectScope(d, '45', S.numeric, 6);
  });

  test('Copies printed in digits or words', async () => {
    const d = await inFooter(`
      Copies printed: 8
      Copies printed: Twenty-two
    `);
    expectScope(d, '8', S.numeric, 5);
    expectScope(d, 'Twenty-two', S.numeric, 6);
  });
});

describe('number signs', () => {
  test('each sign followed by a number', async () => {
    const d = await snippet('See № 25025, Nº 5205, N° 12, No. 1309, No.77 and #45.');
    for (const [sign, number] of [['№', '25025'], ['Nº', '5205'], ['N°', '12'], ['No.', '1309'], ['No.7', '77'], ['#', '45']]) {
      expectScope(d, sign.replace(/\d+$/, ''), S.numberSign);
      expectScope(d, number, S.numeric);
      expectNoScope(d, number, S.timeGroup);
    }
  });

  test('no sign without a number', async () => {
    const d = await snippet(`
      No one came.
      No 5 here, Nobody. 12, and # heading.
    `);
    expectNoScope(d, 'No one came.', S.numberSign);
    expectNoScope(d, 'No 5 here, Nobody. 12, and # heading.', S.numberSign);
  });
});
