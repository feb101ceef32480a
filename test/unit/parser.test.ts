import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseCable, printTree } from '../../server/src/service/index';
import type { CableTree, FieldBlock, Mark, ParagraphBlock, QuoteBlock } from '../../server/src/service/index';
import { samplesDir, workedExample } from '../support/paths';

function sampleFiles(folder = samplesDir): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? sampleFiles(full) : entry.name.endsWith('.cable') ? [full] : [];
  });
}

function fields(tree: CableTree): FieldBlock[] {
  return [...tree.header.blocks, ...(tree.footer?.blocks ?? [])].filter((block): block is FieldBlock => block.type === 'field');
}

test('printing the tree gives back every sample byte for byte', () => {
  const files = sampleFiles();
  assert.ok(files.length >= 1);
  for (const file of files) {
    const bytes = fs.readFileSync(file);
    const printed = Buffer.from(printTree(parseCable(bytes.toString('utf8'))), 'utf8');
    assert.ok(printed.equals(bytes), `${path.basename(file)} does not round-trip`);
  }
});

test('round-trips CRLF, lone CR, a BOM, no final newline and the empty document', () => {
  for (const text of ['', '\n', '\uFEFF', '\uFEFFCable: 1\r\n\r\nText\r\n', 'a\rb\r\nc\nd', '---\ntitle: x', 'Cable: 1\n-----\nfooter', '"open\n\nnever closed']) {
    assert.equal(printTree(parseCable(text)), text, JSON.stringify(text));
  }
});

test('the worked example has its four zones where the page has them', () => {
  const text = fs.readFileSync(workedExample, 'utf8');
  const tree = parseCable(text);
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  assert.ok(tree.catalogue?.close);
  assert.deepEqual(
    tree.catalogue.entries.map((entry) => entry.key),
    ['title', 'date', 'citation', 'source', 'summary', 'credits', 'language', 'translation'],
  );
  assert.equal(tree.catalogue.entries[2].value.endsWith('Obtained by Andrei Mefodievich Ledovskii.'), true);
  assert.deepEqual(
    fields(tree).map((field) => field.canonical),
    ['Office', 'Cable', 'Copies to', 'From', 'Received', 'Copy', 'Series', 'Deciphered', 'Printed', 'Copies printed', 'Verified'],
  );
  const copiesTo = fields(tree)[2];
  assert.equal(copiesTo.value, 'Cde. Stalin; Cde. Stalin; Cde. Molotov; Cde. Beria; Cde. Kaganovich; Cde. Bulganin');
  assert.equal(lineOf(tree.body.start), 30);
  assert.equal(lineOf(tree.footer?.start ?? -1), 72);
  const stamp = tree.header.blocks.find((block) => block.type === 'stamp');
  assert.ok(stamp && stamp.type === 'stamp');
  assert.equal(lineOf(stamp.start), 23);
  assert.equal(stamp.mark.kind, 'stamp');
  assert.ok(stamp.mark.closed);
  assert.equal(text.slice(stamp.mark.end - 16, stamp.mark.end), '19 October 1951]');
  const quotes = tree.body.blocks.filter((block): block is QuoteBlock => block.type === 'quote');
  assert.equal(quotes.length, 1);
  assert.equal(lineOf(quotes[0].start), 38);
  assert.equal(lineOf(quotes[0].closeQuote?.start ?? -1), 64);
  assert.equal(quotes[0].signature?.nameText, 'MAO ZEDONG');
  assert.equal(text.slice(quotes[0].signature?.timeGroup?.start, quotes[0].signature?.timeGroup?.end), '0530 18 October');
  assert.equal(tree.body.signature?.nameText, 'MAO ZEDONG');
  assert.equal(tree.body.signature?.timeGroup, undefined);
});

test('header fields: aliases, continuation lines, misspelt names kept as fields', () => {
  const tree = parseCable('Telegram: 5\nDistribution: A. B; C. D;\n  E. F\nRecieved: 1135 19 October 1951\nNo: 7\n\nBody text\n');
  const [telegram, distribution, misspelt, number] = fields(tree);
  assert.equal(telegram.canonical, 'Cable');
  assert.equal(distribution.canonical, 'Copies to');
  assert.equal(distribution.value, 'A. B; C. D; E. F');
  assert.equal(misspelt.canonical, undefined);
  assert.deepEqual(misspelt.suggestions, ['Received']);
  assert.equal(number.canonical, 'Cable');
  assert.equal(tree.body.blocks[0].type, 'paragraph');
});

test('a misspelt field name met again gets the same suggestions, each field an array of its own', () => {
  const text = 'Recieved: 1135 19 October 1951\nRECIEVED: 1136 19 October 1951\n\nBody text\n';
  const [first, second] = fields(parseCable(text));
  assert.deepEqual(first.suggestions, ['Received']);
  assert.deepEqual(second.suggestions, ['Received']);
  assert.notEqual(first.suggestions, second.suggestions);
  first.suggestions.push('Sent');
  assert.deepEqual(fields(parseCable(text))[0].suggestions, ['Received']);
});

test('an unknown `Word:` line starts the body; in the footer it is a free line', () => {
  const tree = parseCable('Cable: 1\nSpravka: text\nFrom: X\n-----\nSpravka: more\nVerified: Y\n');
  assert.equal(fields(tree).length, 2);
  assert.equal(tree.body.blocks[0].type, 'paragraph');
  const footerKinds = tree.footer?.blocks.map((block) => block.type);
  assert.deepEqual(footerKinds, ['separator', 'paragraph', 'field']);
});

test('quotes: straight, typographic and guillemets; a quoted word at a line start is not a quote', () => {
  for (const [open, close] of [['"', '"'], ['“', '”'], ['«', '»']]) {
    const tree = parseCable(`Cable: 1\n\n${open}First line\n\nSecond paragraph.\nMAO ZEDONG 0530 18 October${close}.\n\nAfter.\n`);
    const quote = tree.body.blocks.find((block): block is QuoteBlock => block.type === 'quote');
    assert.ok(quote, open);
    assert.ok(quote.closeQuote);
    assert.equal(quote.signature?.nameText, 'MAO ZEDONG');
    assert.equal(tree.body.blocks.at(-1)?.type, 'paragraph');
  }
  const plain = parseCable('Cable: 1\n\n"Members" of the committee met.\n');
  assert.equal(plain.body.blocks[0].type, 'paragraph');
});

test('a quote closes with footnote references after its closing mark or its stop; a bracket that is no reference does not close it', () => {
  for (const ending of ['"[i]', '".[1]', '"[1].', '"[i][ii]', '" [1]', '". [i]', '" [i] [ii]']) {
    const text = `Cable: 1\n\n"Moscow.\nVIKTOR 0530 18 October${ending}\n\nAfter.\n-----\n[i] VIKTOR: FITIN.\n[ii] x\n[1] y\n`;
    const tree = parseCable(text);
    const quote = tree.body.blocks[0] as QuoteBlock;
    assert.equal(quote.type, 'quote', ending);
    assert.equal(quote.closeQuote?.start, text.indexOf('October"') + 7, ending);
    assert.equal(quote.signature?.nameText, 'VIKTOR', ending);
    assert.equal(tree.body.blocks.at(-1)?.type, 'paragraph', ending);
  }
  const notClosed = parseCable('Cable: 1\n\n"Moscow.\nVIKTOR 0530 18 October"[illegible]\n\nAfter.\n');
  assert.equal((notClosed.body.blocks[0] as QuoteBlock).closeQuote, undefined);
});

test('an unclosed quote is recorded and the footer still parses', () => {
  const tree = parseCable('Cable: 1\n\n"Never closed\n\nMore text\n-----\nVerified: X\n');
  const quote = tree.body.blocks[0] as QuoteBlock;
  assert.equal(quote.type, 'quote');
  assert.equal(quote.closeQuote, undefined);
  assert.ok(tree.footer);
});

function marksOf(text: string): Mark[] {
  const tree = parseCable(`Cable: 1\n\n${text}\n`);
  return (tree.body.blocks[0] as ParagraphBlock).inlines.filter((inline): inline is Mark => inline.type === 'mark');
}

test('every kind of editorial mark', () => {
  const cases: Array<[string, string]> = [
    ['[Stalin]', 'supplied'],
    ['[signature]', 'signature'],
    ['[illegible]', 'illegible'],
    ['[unclear: Kaesong]', 'unclear'],
    ['[sic]', 'sic'],
    ['[3 groups unrecovered]', 'groups'],
    ['[1 group garbled]', 'groups'],
    ['[C% text]', 'certainty'],
    ['[C % text]', 'certainty'],
    ['[B% text]', 'certainty'],
    ['[?]', 'doubtful'],
    ['[Hamonten?]', 'doubtful'],
    ['[Redacted text]', 'redacted'],
    ['[Page 2]', 'page'],
    ['[Stamp: Incoming]', 'stamp'],
    ['[Note: see below]', 'annotation'],
    ['[Handwritten: Agree]', 'annotation'],
    ['[Margin: x]', 'annotation'],
    ['[Deleted: x]', 'annotation'],
    ['[Underlined: x]', 'annotation'],
    ['[Stmap: x]', 'unknown-tag'],
    ['[]', 'empty'],
  ];
  for (const [written, kind] of cases) {
    const [mark] = marksOf(`Text ${written} text`);
    assert.equal(mark?.kind, kind, written);
    assert.ok(mark.closed);
  }
  const [groups] = marksOf('[3 groups unrecovered]');
  assert.equal(groups.count?.value, 3);
  assert.equal(groups.detail, 'unrecovered');
  const [bad] = marksOf('[several groups unrecovered]');
  assert.equal(bad.count?.value, undefined);
});

test('marks nest and span the lines of their paragraph, but not a blank line', () => {
  const nested = marksOf('Text [Stamp: Incoming [illegible]\n757]');
  assert.deepEqual(
    nested.map((mark) => mark.kind),
    ['stamp', 'illegible'],
  );
  assert.equal(nested[0].children.length, 1);
  const wrapped = parseCable('Cable: 1\n\nText [wrapped\nnext line] here\n');
  assert.deepEqual(wrapped.bracketProblems, []);
  const tree = parseCable('Cable: 1\n\nText [unclosed\n\nnext paragraph ] here\n');
  assert.deepEqual(
    tree.bracketProblems.map((problem) => problem.kind),
    ['unclosed', 'stray'],
  );
});

test('footnote markers are references only when the footer has notes', () => {
  const withNotes = parseCable('Cable: 1\n\nTo VIKTOR[i]. ROBERT\'s [ii] report.\n-----\n[i] VIKTOR: Lt. Gen. P. M. FITIN.\n[ii] ROBERT: unidentified.\n');
  const refs = withNotes.body.blocks[0].inlines.filter((inline) => inline.type === 'footnote-ref');
  assert.deepEqual(
    refs.map((ref) => (ref.type === 'footnote-ref' ? ref.marker : '')),
    ['i', 'ii'],
  );
  assert.deepEqual([...withNotes.noteMarkers], ['i', 'ii']);
  const withoutNotes = parseCable('Cable: 1\n\nTo VIKTOR[i].\n');
  assert.equal(withoutNotes.body.blocks[0].inlines.filter((inline) => inline.type === 'footnote-ref').length, 0);
});

test('an unclosed catalogue record ends where the header begins', () => {
  const tree = parseCable('---\ntitle: A cable\ndate: 1951-10-18\nCable: № 1\n\nText\n');
  assert.ok(tree.catalogue);
  assert.equal(tree.catalogue.close, undefined);
  assert.equal(tree.catalogue.entries.length, 2);
  assert.equal(fields(tree)[0]?.canonical, 'Cable');
});

test('signature lines: names, spaced capitals, marks and time groups', () => {
  const signatureOf = (line: string) => {
    const tree = parseCable(`Cable: 1\n\nText.\n\n${line}\n`);
    return tree.body.signature?.nameText;
  };
  assert.equal(signatureOf('MAO ZEDONG'), 'MAO ZEDONG');
  assert.equal(signatureOf('S H T Y K O V'), 'S H T Y K O V');
  assert.equal(signatureOf('FILIPPOV [Stalin]'), 'FILIPPOV');
  assert.equal(signatureOf('13.1.51 ROSHCHIN'), 'ROSHCHIN');
  assert.equal(signatureOf('MAO ZEDONG 0530 18 October'), 'MAO ZEDONG');
  assert.equal(signatureOf('T'), undefined);
  assert.equal(signatureOf('FILIPPOV'), undefined);
  assert.equal(signatureOf('Nº 5205'), undefined);
  assert.equal(signatureOf('Please be guided by my instructions.'), undefined);
});

test('signature lines: a Russian date\'s г. and a closing full stop are no part of the name', () => {
  const signatureOf = (line: string) => {
    const text = `Cable: 1\n\nText.\n\n${line}\n`;
    const signature = parseCable(text).body.signature;
    return signature && [signature.nameText, text.slice(signature.timeGroup?.start, signature.timeGroup?.end)];
  };
  assert.deepEqual(signatureOf('ЧЖОУ ЭНЬЛАЙ 20 января 1951 г.'), ['ЧЖОУ ЭНЬЛАЙ', '20 января 1951']);
  assert.deepEqual(signatureOf('ЧЖОУ ЭНЬЛАЙ 20 января 1951г.'), ['ЧЖОУ ЭНЬЛАЙ', '20 января 1951']);
  assert.deepEqual(signatureOf('АЛЕКСЕЕВ 20.01.1951 г'), ['АЛЕКСЕЕВ', '20.01.1951']);
  assert.deepEqual(signatureOf('АЛЕКСЕЕВ 26.Х.62 г.'), ['АЛЕКСЕЕВ', '26.Х.62']);
  assert.deepEqual(signatureOf('MAO ZEDONG 0530 20 January.'), ['MAO ZEDONG', '0530 20 January']);
  assert.deepEqual(signatureOf('"MAO ZEDONG 0530 18 October."'), ['MAO ZEDONG', '0530 18 October']);
  // only right after the time group, and only the abbreviation: a lower-case word still ends it
  assert.equal(signatureOf('ЧЖОУ г. ЭНЬЛАЙ 20 января 1951'), undefined);
  assert.equal(signatureOf('ЧЖОУ ЭНЬЛАЙ 20 января 1951 года'), undefined);
  assert.equal(signatureOf('ЧЖОУ ЭНЬЛАЙ 20 января 1951 г. Москва'), undefined);
  assert.equal(signatureOf('.'), undefined);
});

test('signature lines: the quote marks and closing stop of a quoted telegram are not part of the name', () => {
  const signatureOf = (line: string) => parseCable(`Cable: 1\n\nText.\n\n${line}\n`).body.signature;
  assert.equal(signatureOf('"KIM IL SUNG".')?.nameText, 'KIM IL SUNG');
  assert.equal(signatureOf('«S H T Y K O V»!  ')?.nameText, 'S H T Y K O V');
  assert.equal(signatureOf('  “ROSHCHIN [Stalin]”;')?.nameText, 'ROSHCHIN');
  assert.equal(signatureOf('\t"MAO ZEDONG 0530 18 October"')?.nameText, 'MAO ZEDONG');
  // the name's range is where the name stands, quote marks left out
  const text = 'Cable: 1\n\nText.\n\n"KIM IL SUNG".\n';
  const name = parseCable(text).body.signature?.name;
  assert.equal(name && text.slice(name.start, name.end), 'KIM IL SUNG');
  // quote marks alone are no signature
  assert.equal(signatureOf('""'), undefined);
  assert.equal(signatureOf('«»'), undefined);
});

test('signature lines: a name read doubtfully or supplied, in a mark, with a time group or a reference beside it', () => {
  const signatureOf = (line: string) => {
    const text = `Cable: 1\n\nText.\n\n${line}\n-----\n[iv] A note.\n`;
    const signature = parseCable(text).body.signature;
    return signature && [signature.nameText, text.slice(signature.name.start, signature.name.end), signature.timeGroup ? text.slice(signature.timeGroup.start, signature.timeGroup.end) : undefined];
  };
  assert.deepEqual(signatureOf('[unclear: MAO ZEDONG] 0530 18 October'), ['MAO ZEDONG', 'MAO ZEDONG', '0530 18 October']);
  assert.deepEqual(signatureOf('[unclear: ANTON][iv]'), ['ANTON', 'ANTON', undefined]);
  assert.deepEqual(signatureOf('[ROSHCHIN?] 13.1.51'), ['ROSHCHIN', 'ROSHCHIN', '13.1.51']);
  // One word alone in its mark, words not in capitals, a mark of no reading, or more than the mark's words: none.
  for (const line of ['[unclear: MAO]', '[unclear: Mao Zedong] 0530 18 October', '[illegible] 0530 18 October', '[Deleted: MAO ZEDONG] 0530 18 October']) {
    assert.equal(signatureOf(line), undefined, line);
  }
});

test('signature lines: an inline running on past the line is no part of it', () => {
  // The mark opened on the name's line closes on the next: that line alone reads as a signature.
  const tree = parseCable('Cable: 1\n\nMAO ZEDONG [illegible\nstill] Text.\n');
  const paragraph = tree.body.blocks.find((block): block is ParagraphBlock => block.type === 'paragraph');
  assert.equal(paragraph?.lines[0].signature, undefined);
  const withMark = parseCable('Cable: 1\n\nText.\n\nFILIPPOV [Stalin]\n');
  assert.equal(withMark.body.signature?.nameText, 'FILIPPOV');
});

test('a no-break space after a field\'s colon, between its name\'s words or indenting a continuation is a blank there, as pasted text brings it', () => {
  const text = 'Cable: 45\nCopy:\u00a09\nCopies\u00a0to: Cde. Stalin;\n\u00a0 Cde. Molotov\n\nText.\n-----\nDeciphered:\u00a0Ivanov 1005 19 October\nCopies printed:\u00a02\n';
  const tree = parseCable(text);
  assert.deepEqual(fields(tree).map((field) => [field.zone, field.canonical, field.value]), [
    ['header', 'Cable', '45'],
    ['header', 'Copy', '9'],
    ['header', 'Copies to', 'Cde. Stalin; Cde. Molotov'],
    ['footer', 'Deciphered', 'Ivanov 1005 19 October'],
    ['footer', 'Copies printed', '2'],
  ]);
  // A line of no-break spaces alone continues nothing: no blank is added to the value.
  const alone = parseCable('Cable: 1\nCopy: 9\n\u00a0\nText.\n');
  assert.equal(fields(alone).find((field) => field.canonical === 'Copy')?.value, '9');
});

test('mixed line endings are counted', () => {
  const tree = parseCable('a\r\nb\r\nc\nd\r\n');
  assert.equal(tree.lineEndings.crlf, 3);
  assert.equal(tree.lineEndings.lf, 1);
  assert.equal(tree.lineEndings.firstMinority?.start, 6);
});

test('an unclosed stamp in the header stops before the next blank line', () => {
  const tree = parseCable('Cable: 1\n[Stamp: never closed\n\nBody text\n');
  assert.equal(tree.header.blocks.at(-1)?.type, 'blank');
  assert.equal(tree.body.blocks[0]?.type, 'paragraph');
  assert.deepEqual(
    tree.bracketProblems.map((problem) => problem.kind),
    ['unclosed'],
  );
});

test('a resolution written above the fields keeps the header going', () => {
  const tree = parseCable('[Handwritten: To Cde. Molotov.\nPrepare a reply. St.]\nCable: № 1\nReceived: 1135 19 October 1951\n\nBody text.\n');
  assert.deepEqual(
    tree.header.blocks.map((block) => block.type),
    ['stamp', 'field', 'field', 'blank'],
  );
  const [annotation] = tree.header.blocks;
  assert.ok(annotation.type === 'stamp');
  assert.equal(annotation.mark.kind, 'annotation');
  assert.equal(annotation.mark.tag, 'Handwritten');
  assert.equal(tree.body.blocks[0].type, 'paragraph');
});
