/**
 * Tests of the TextMate grammar (syntaxes/cable.tmLanguage.json), tokenized with
 * vscode-textmate + vscode-oniguruma exactly as VS Code does.
 *
 * Run: npx tsc -b test && node --test out/test/grammar/
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { dedent, fixturesDir, tokenize, TokenizedDocument } from './tokenize';

const S = {
  comment: 'comment.line.percentage.cable',
  commentPunctuation: 'punctuation.definition.comment.cable',
  catalogue: 'meta.catalogue.cable',
  catalogueBegin: 'punctuation.definition.catalogue.begin.cable',
  catalogueEnd: 'punctuation.definition.catalogue.end.cable',
  catalogueKey: 'support.type.property-name.catalogue.cable',
  catalogueValue: 'string.unquoted.catalogue.cable',
  link: 'markup.underline.link.cable',
  field: 'keyword.other.field.cable',
  headerField: 'meta.field.header.cable',
  footerField: 'meta.field.footer.cable',
  keyValue: 'punctuation.separator.key-value.cable',
  listSeparator: 'punctuation.separator.list.cable',
  numberSign: 'keyword.operator.number-sign.cable',
  numeric: 'constant.numeric.cable',
  timeGroup: 'constant.other.time-group.cable',
  stamp: 'markup.other.stamp.cable',
  stampTag: 'entity.name.tag.stamp.cable',
  stampBegin: 'punctuation.definition.stamp.begin.cable',
  stampEnd: 'punctuation.definition.stamp.end.cable',
  tag: 'entity.name.tag.cable',
  markBegin: 'punctuation.definition.mark.begin.cable',
  markEnd: 'punctuation.definition.mark.end.cable',
  supplied: 'markup.inserted.supplied.cable',
  doubtful: 'markup.changed.doubtful.cable',
  gap: 'markup.deleted.gap.cable',
  annotation: 'markup.other.annotation.cable',
  sic: 'markup.other.sic.cable',
  signatureMark: 'markup.other.signature.cable',
  page: 'markup.other.page.cable',
  footnoteRef: 'constant.other.reference.footnote.cable',
  footnoteNote: 'markup.other.footnote.note.cable',
  quote: 'markup.quote.cable',
  quoteBegin: 'punctuation.definition.quote.begin.cable',
  quoteEnd: 'punctuation.definition.quote.end.cable',
  signatureLine: 'meta.signature-line.cable',
  signature: 'entity.name.function.signature.cable',
  footer: 'meta.footer.cable',
  separator: 'meta.separator.footer.cable',
  separatorHeading: 'markup.heading.separator.cable',
} as const;

function expectScope(doc: TokenizedDocument, substring: string, scope: string, line?: number): void {
  const at = doc.find(substring, line);
  assert.ok(
    doc.hasScope(substring, scope, at.line),
    `${JSON.stringify(substring)} (line ${at.line}) should carry ${scope}; tokens:\n${doc.describe(at.line)}`,
  );
}

function expectNoScope(doc: TokenizedDocument, substring: string, scope: string, line?: number): void {
  const at = doc.find(substring, line);
  assert.ok(
    doc.lacksScope(substring, scope, at.line),
    `${JSON.stringify(substring)} (line ${at.line}) should not carry ${scope}; tokens:\n${doc.describe(at.line)}`,
  );
}

/** Every token of lines `from`..`to` (1-based, inclusive) carries `scope`. */
function expectLinesScoped(doc: TokenizedDocument, from: number, to: number, scope: string): void {
  for (let n = from; n <= to; n++) {
    const line = doc.lines[n - 1];
    for (const token of line.tokens) {
      assert.ok(
        token.scopes.some((s) => s === scope || s.startsWith(scope + '.')),
        `line ${n} should be inside ${scope}; tokens:\n${doc.describe(n)}`,
      );
    }
  }
}

/** Tokenizes a snippet written as an indented template literal. */
function snippet(text: string): Promise<TokenizedDocument> {
  return tokenize(dedent(text));
}

/** Tokenizes a snippet placed after a footer separator, so footer rules apply. */
function inFooter(text: string): Promise<TokenizedDocument> {
  return tokenize('Cable: 1\n\nBody.\n-----\n' + dedent(text));
}

// ---------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------

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

  test('continuation lines belong to the field; a comment or an unindented line ends it', async () => {
    const d = await snippet(`
      Copies to: Cde. Stalin (2);
        Cde. Molotov (1)
      %% note
      Plain text
    `);
    expectScope(d, 'Cde. Molotov', S.headerField, 2);
    expectScope(d, '2', S.numeric, 1);
    expectScope(d, '(', 'punctuation.definition.count.begin.cable', 1);
    expectScope(d, '1', S.numeric, 2);
    expectNoScope(d, '%% note', S.headerField);
    expectScope(d, '%% note', S.comment);
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

describe('time groups', () => {
  const forms: [string, string][] = [
    ['day month', 'arrived on 18 October in Kaesong'],
    ['day month year', 'arrived on 19 October 1951 in Kaesong'],
    ['abbreviated', 'arrived on 19 Oct 51 in Kaesong'],
    ['abbreviated with a dot', 'arrived on 19 Sept. 1951 in Kaesong'],
    ['upper case', 'arrived on 19 OCTOBER 1951 in Kaesong'],
    ['month day, year', 'arrived on February 28, 1948 in Kaesong'],
    ['month day year', 'arrived on Jan 13 1950 in Kaesong'],
    ['month day', 'arrived on July 3 in Kaesong'],
    ['dotted', 'arrived on 13.10.50 in Kaesong'],
    ['dotted, four-digit year', 'arrived on 13.6.1951 in Kaesong'],
    ['dotted, roman month', 'arrived on 24.III.50 in Kaesong'],
    ['slashed', 'arrived on 10/14/50 in Kaesong'],
    ['24-hour with colon', 'arrived at 05:30 in Kaesong'],
    ['24-hour, one-digit hour', 'arrived at 6:36 in Kaesong'],
    ['hours and minutes', 'arrived at 20 hours 05 minutes in Kaesong'],
    ['12-hour', 'arrived at 8 a.m. in Kaesong'],
    ['12-hour with minutes', 'arrived at 3:15 p.m. in Kaesong'],
    ['noon', 'arrived at noon in Kaesong'],
    ['midnight', 'arrived at midnight in Kaesong'],
    ['date-time group', 'arrived 241100 Sep 45 in Kaesong'],
    ['date-time group with zone letter', 'arrived 290940Z November in Kaesong'],
    ['time before date', 'arrived at 0530 18 October in Kaesong'],
    ['time after date', 'arrived on 18 October 0530 in Kaesong'],
    ['joined by at', 'arrived on 18 October at 05:30 in Kaesong'],
    ['joined by a comma', 'arrived on February 28, 1948, 6 p.m. in Kaesong'],
    ['with a zone', 'arrived on 27 October 1962 (Moscow time) in Kaesong'],
  ];
  for (const [name, line] of forms) {
    test(name, async () => {
      const group = line.replace(/^arrived (?:on |at )?/, '').replace(/ in Kaesong$/, '');
      const d = await tokenize(line);
      expectScope(d, group, S.timeGroup);
      expectNoScope(d, 'arrived ', S.timeGroup);
      expectNoScope(d, ' in Kaesong', S.timeGroup);
    });
  }

  test('digits inside a time group are numeric', async () => {
    const d = await tokenize('on 19 October 1951');
    expectScope(d, '19', S.numeric);
    expectScope(d, '1951', S.numeric);
    expectNoScope(d, 'October', S.numeric);
  });

  test('a bare four-digit time counts in running text only next to a date', async () => {
    const d = await snippet(`
      the column left at 0530 and arrived.
      the column left at 0530 18 October.
    `);
    expectNoScope(d, '0530', S.timeGroup, 1);
    expectScope(d, '0530 18 October', S.timeGroup, 2);
  });

  test('in time fields a bare time and a two-part dotted date always count', async () => {
    const d = await snippet(`
      Sent: 0530
      Received: 31.8 1135
      Series: 31.8
      the report of 31.8 came.
    `);
    expectScope(d, '0530', S.timeGroup, 1);
    expectScope(d, '31.8 1135', S.timeGroup, 2);
    expectScope(d, '31.8', S.timeGroup, 3);
    expectNoScope(d, '31.8', S.timeGroup, 4);
  });

  test('numbers that are not time groups', async () => {
    const d = await snippet(`
      He joined in 1949 and left No. 1309 behind.
      No one came in March 1949.
      The rate was 3.5 per cent, version 1.2.3, about 12345 men.
      In the afternoon 4 men came; 254/3612/shs.
      Maybe Marchers met in May.
    `);
    for (let line = 1; line <= 5; line++) {
      expectNoScope(d, d.lines[line - 1].text, S.timeGroup, line);
    }
    expectScope(d, 'No.', S.numberSign, 1);
    expectScope(d, '1309', S.numeric, 1);
  });
});

describe('editorial marks', () => {
  test('supplied [text]', async () => {
    const d = await snippet('Filippov [Stalin] sent [your] text.');
    expectScope(d, '[Stalin]', S.supplied);
    expectScope(d, '[your]', S.supplied);
    expectScope(d, '[', S.markBegin);
    expectNoScope(d, ' sent ', S.supplied);
  });

  test('[signature]', async () => {
    const d = await snippet('Colonel [signature] (Makarov)');
    expectScope(d, '[signature]', S.signatureMark);
    expectScope(d, 'signature', S.tag);
    expectNoScope(d, '(Makarov)', S.signatureMark);
  });

  test('gaps: [illegible], groups, [Redacted ...]', async () => {
    const d = await snippet(`
      near [illegible] and [ILLEGIBLE].
      was [1 group garbled] and [12 groups unrecovered] then
      the name [Redacted] and [Redacted two lines] here
    `);
    expectScope(d, '[illegible]', S.gap);
    expectScope(d, 'illegible', S.tag);
    expectScope(d, '[ILLEGIBLE]', S.gap);
    expectScope(d, '[1 group garbled]', S.gap);
    expectScope(d, '1', S.numeric, 2);
    expectScope(d, 'group garbled', S.tag);
    expectScope(d, '[12 groups unrecovered]', S.gap);
    expectScope(d, '12', S.numeric, 2);
    expectScope(d, '[Redacted]', S.gap);
    expectScope(d, '[Redacted two lines]', S.gap);
    expectScope(d, 'Redacted', S.tag);
    expectNoScope(d, ' here', S.gap, 3);
  });

  test('a group count that is not a number is still a gap', async () => {
    const d = await snippet('lost [many groups unrecovered] here');
    expectScope(d, '[many groups unrecovered]', S.gap);
    expectNoScope(d, 'many', S.numeric);
  });

  test('doubtful: [unclear: ...], [?], [text?], certainty', async () => {
    const d = await snippet(`
      near [unclear: Kuksa-bong] and [?] and [Kuksa-bong?] then
      [B% the Treasury] [C% War Production Board] [D% x] [C % spaced]
      and [unclear] too
    `);
    expectScope(d, '[unclear: Kuksa-bong]', S.doubtful);
    expectScope(d, 'unclear', S.tag);
    expectScope(d, '[?]', S.doubtful);
    expectScope(d, '[Kuksa-bong?]', S.doubtful);
    expectScope(d, '?]', S.doubtful, 1);
    expectNoScope(d, ' then', S.doubtful, 1);
    for (const text of ['[B% the Treasury]', '[C% War Production Board]', '[D% x]', '[C % spaced]']) {
      expectScope(d, text, S.doubtful);
    }
    expectScope(d, 'B%', S.tag);
    expectScope(d, 'C %', S.tag);
    expectScope(d, '[unclear]', S.doubtful);
  });

  test('annotations', async () => {
    const d = await snippet(`
      [Note: the editor's note] [Handwritten: To Cde. Bulganin.] [Margin: three armies]
      [Deleted: struck out] [Underlined: I request your instructions.] [note: lower case]
    `);
    const cases: [string, string, string][] = [
      ["[Note: the editor's note]", 'Note', 'markup.italic'],
      ['[Handwritten: To Cde. Bulganin.]', 'Handwritten', 'markup.italic'],
      ['[Margin: three armies]', 'Margin', 'markup.italic'],
      ['[Deleted: struck out]', 'Deleted', 'markup.strikethrough'],
      ['[Underlined: I request your instructions.]', 'Underlined', 'markup.underline'],
      ['[note: lower case]', 'note', 'markup.italic'],
    ];
    for (const [mark, tag, style] of cases) {
      expectScope(d, mark, S.annotation);
      assert.ok(
        d.tokensOf(mark).some((t) => t.text === tag && t.scopes.includes(S.tag)),
        `${tag} should be the tag of ${mark}`,
      );
      expectScope(d, mark.slice(tag.length + 3, -1), style);
    }
  });

  test('[sic] and [Page N]', async () => {
    const d = await snippet(`
      fighters, wich [sic] could
      [Page 2]
    `);
    expectScope(d, '[sic]', S.sic);
    expectScope(d, 'sic', S.tag);
    expectScope(d, '[Page 2]', S.page);
    expectScope(d, 'Page', S.tag);
    expectScope(d, '2', S.numeric, 2);
  });

  test('stamps, on one line and across lines, with nested marks', async () => {
    const d = await snippet(`
      [Stamp: Incoming [illegible]]
      [stamp: SUBJECT TO RETURN
      Incoming № 254 [?]
      19 October 1951]
      after
    `);
    expectScope(d, '[Stamp: Incoming [illegible]]', S.stamp);
    expectScope(d, '[illegible]', S.gap, 1);
    expectScope(d, ']', S.markEnd, 1);
    assert.equal(d.scopesAt(']]', 1).at(-1), S.markEnd);
    expectLinesScoped(d, 2, 4, S.stamp);
    expectScope(d, 'stamp', S.stampTag, 2);
    expectScope(d, '№', S.numberSign, 3);
    expectScope(d, '[?]', S.doubtful, 3);
    expectScope(d, '19 October 1951', S.timeGroup, 4);
    expectScope(d, ']', S.stampEnd, 4);
    expectNoScope(d, 'after', S.stamp, 5);
  });

  test('nested marks inside other marks', async () => {
    const d = await snippet('the [unclear: Kim [?] Il Sung] and [Note: see [i]] end');
    expectScope(d, '[unclear: Kim [?] Il Sung]', S.doubtful);
    expectScope(d, '[?]', 'meta.mark.doubtful.cable');
    expectScope(d, '?', 'keyword.operator.doubtful.cable');
    expectScope(d, '[i]', S.footnoteRef);
    expectScope(d, '[i]', S.annotation);
    expectNoScope(d, ' end', S.annotation);
  });

  test('unknown tags and empty marks', async () => {
    const d = await snippet('a [Remark: text] b [] c [http://example.org] d');
    expectScope(d, '[Remark: text]', 'markup.other.tagged.cable');
    expectScope(d, 'Remark', S.tag);
    expectScope(d, '[]', 'markup.other.empty.cable');
    expectScope(d, '[http://example.org]', S.supplied);
  });

  test('an unclosed bracket stops at the end of its line', async () => {
    const d = await snippet(`
      arrive at [Kaesong
      on the morning of 26 October.
    `);
    expectScope(d, '[Kaesong', S.supplied, 1);
    expectNoScope(d, 'on the morning', S.supplied, 2);
    expectScope(d, '26 October', S.timeGroup, 2);
  });

  test('an unclosed stamp stops before the footer separator', async () => {
    const d = await snippet(`
      [Stamp: never closed
      text
      -----
      Deciphered: Fedyaev 1205 19 October
    `);
    expectLinesScoped(d, 1, 2, S.stamp);
    expectNoScope(d, '-----', S.stamp, 3);
    expectScope(d, '-----', S.separator, 3);
    expectScope(d, 'Deciphered', S.field, 4);
  });
});

describe('footnotes', () => {
  test('references with or without a space before', async () => {
    const d = await snippet(`
      To VIKTOR[i]. ROBERT's [ii] report [a] and [12] and [xl].
      Not markers: [100], [I], [ab].
    `);
    for (const ref of ['[i]', '[ii]', '[a]', '[12]', '[xl]']) expectScope(d, ref, S.footnoteRef, 1);
    for (const other of ['[100]', '[I]', '[ab]']) {
      expectNoScope(d, other, S.footnoteRef, 2);
      expectScope(d, other, S.supplied, 2);
    }
  });

  test('notes at line start in the footer', async () => {
    const d = await inFooter(`
      [i] VIKTOR: Lt. Gen. P. M. FITIN.
      [ii] ROBERT: Nathan Gregory SILVERMASTER, 12 May 1950.
      [a]without a space is a reference
    `);
    expectScope(d, '[i] VIKTOR: Lt. Gen. P. M. FITIN.', S.footnoteNote, 5);
    expectScope(d, '[i]', S.footnoteRef, 5);
    expectScope(d, '[ii] ROBERT', S.footnoteNote, 6);
    expectScope(d, '12 May 1950', S.timeGroup, 6);
    expectNoScope(d, '[a]', S.footnoteNote, 7);
    expectScope(d, '[a]', S.footnoteRef, 7);
  });

  test('a marker at line start in the body is a reference, not a note', async () => {
    const d = await snippet('[i] begins this body line.');
    expectNoScope(d, '[i] begins', S.footnoteNote);
    expectScope(d, '[i]', S.footnoteRef);
  });
});

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
