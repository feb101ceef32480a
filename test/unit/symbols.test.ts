import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver-types';
import { mergeSettings, neverCancelled, parseCable } from '../../server/src/service/index';
import type { FeatureContext } from '../../server/src/service/features/context';
import { getDocumentSymbols } from '../../server/src/service/features/symbols';
import { textOf } from '../support/cursorMarks';
import { workedExample } from '../support/paths';

const context: FeatureContext = { settings: mergeSettings(), names: undefined, uri: 'file:///test.cable', token: neverCancelled };
const workedText = fs.readFileSync(workedExample, 'utf8');

function symbolsOf(text: string): DocumentSymbol[] {
  return getDocumentSymbols(parseCable(text), context);
}

function named(symbols: readonly DocumentSymbol[] | undefined, name: string): DocumentSymbol {
  const found = symbols?.find((symbol) => symbol.name === name);
  assert.ok(found, `no symbol "${name}" among ${JSON.stringify(symbols?.map((symbol) => symbol.name))}`);
  return found;
}

/** 1-based first and last line of a range, as the page numbers them. */
function lines(range: Range): [number, number] {
  return [range.start.line + 1, range.end.line + 1];
}

function within(inner: Range, outer: Range): boolean {
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

test('the worked example: catalogue, header, body and footer in order', () => {
  const symbols = symbolsOf(workedText);
  assert.deepEqual(
    symbols.map((symbol) => symbol.name),
    ['Catalogue', 'Header', 'Body', 'Footer'],
  );
  assert.deepEqual(symbols.map((symbol) => lines(symbol.range)), [
    [1, 13],
    [14, 28],
    [30, 70],
    [72, 76],
  ]);
  assert.equal(symbols[0].kind, SymbolKind.Namespace);
  assert.ok(symbols.slice(1).every((symbol) => symbol.kind === SymbolKind.Module));
});

test('the catalogue lists its entries by key, with the value as detail', () => {
  const catalogue = named(symbolsOf(workedText), 'Catalogue');
  assert.deepEqual(
    catalogue.children?.map((entry) => entry.name),
    ['title', 'date', 'citation', 'source', 'summary', 'credits', 'language', 'translation'],
  );
  const title = named(catalogue.children, 'title');
  assert.equal(title.kind, SymbolKind.Key);
  assert.equal(title.detail, 'Cable No. 25025, Mao Zedong to Filippov [Stalin]');
  assert.equal(textOf(workedText, title.selectionRange), 'title');
  // a value over continuation lines: the entry covers them all
  assert.deepEqual(lines(named(catalogue.children, 'citation').range), [4, 6]);
});

test('the header lists its fields and its stamp', () => {
  const header = named(symbolsOf(workedText), 'Header');
  assert.deepEqual(
    header.children?.map((child) => child.name),
    ['Office', 'Cable', 'Copies to', 'From', 'Received', 'Copy', 'Stamp: SUBJECT TO RETURN to the IV Unit OS VKP(b) CC…', 'Series'],
  );
  const cable = named(header.children, 'Cable');
  assert.equal(cable.kind, SymbolKind.Field);
  assert.equal(cable.detail, '№ 25025');
  assert.equal(textOf(workedText, cable.range), 'Cable: № 25025');
  assert.equal(textOf(workedText, cable.selectionRange), 'Cable');
  assert.deepEqual(lines(named(header.children, 'Copies to').range), [17, 18]);
  const stamp = header.children?.find((child) => child.kind === SymbolKind.Event);
  assert.ok(stamp);
  assert.deepEqual(lines(stamp.range), [23, 26]);
  assert.ok(textOf(workedText, stamp.range).endsWith('19 October 1951]'));
  assert.equal(textOf(workedText, stamp.selectionRange), 'Stamp');
});

test('the body names the quoted telegram by its signature, and shows the body signature', () => {
  const body = named(symbolsOf(workedText), 'Body');
  assert.deepEqual(
    body.children?.map((child) => child.name),
    ['Quoted telegram — MAO ZEDONG', 'Signature — MAO ZEDONG'],
  );
  const [quote, signature] = body.children ?? [];
  assert.equal(quote.kind, SymbolKind.String);
  assert.deepEqual(lines(quote.range), [38, 64]);
  assert.ok(quote.detail?.startsWith('Cde. Le Kenong, copy to'));
  const quoteSignature = named(quote.children, 'Signature — MAO ZEDONG');
  assert.equal(quoteSignature.detail, '0530 18 October');
  assert.equal(textOf(workedText, quoteSignature.selectionRange), 'MAO ZEDONG');
  assert.deepEqual(lines(signature.range), [70, 70]);
  assert.equal(signature.detail, undefined);
});

test('the footer lists its fields', () => {
  const footer = named(symbolsOf(workedText), 'Footer');
  assert.deepEqual(
    footer.children?.map((child) => child.name),
    ['Deciphered', 'Printed', 'Copies printed', 'Verified'],
  );
  assert.equal(named(footer.children, 'Copies printed').detail, 'Eight');
});

test('every selection range lies in its range, every child in its parent, and no name is empty', () => {
  const samples = [
    workedText,
    'Cable: 1\n\n"An open quote\n\nnever closed\n',
    '---\ntitle: x\n',
    'Text [Stamp: over\ntwo lines] here.\n-----\n[i] A note\n  continued.\n',
  ];
  const visit = (symbol: DocumentSymbol, parent: DocumentSymbol | undefined, text: string): void => {
    assert.ok(symbol.name.trim().length > 0, 'empty name');
    assert.ok(within(symbol.selectionRange, symbol.range), `${symbol.name}: selection outside range in ${JSON.stringify(text)}`);
    if (parent) assert.ok(within(symbol.range, parent.range), `${symbol.name} lies outside ${parent.name}`);
    for (const child of symbol.children ?? []) visit(child, symbol, text);
  };
  for (const text of samples) for (const symbol of symbolsOf(text)) visit(symbol, undefined, text);
});

test('an unsigned quote, notes, and a stamp inside a paragraph', () => {
  const text = [
    'Cable: 7',
    '',
    'To VIKTOR[i]. [Stamp: Received',
    'Moscow] noted.',
    '',
    '"First line of the quote',
    'and no signature at its end."',
    '',
    '-----',
    'Deciphered: Petrov 1205 19 October',
    '[i] VIKTOR: Lt. Gen. P. M. FITIN.',
    '',
  ].join('\n');
  const [header, body, footer] = symbolsOf(text);
  assert.deepEqual(header.children?.map((child) => child.name), ['Cable']);
  assert.deepEqual(
    body.children?.map((child) => [child.name, child.kind]),
    [
      ['Stamp: Received Moscow', SymbolKind.Event],
      ['Quoted telegram (unsigned)', SymbolKind.String],
    ],
  );
  assert.deepEqual(lines(body.children?.[0].range ?? footer.range), [3, 4]);
  const note = named(footer.children, '[i]');
  assert.equal(note.detail, 'VIKTOR: Lt. Gen. P. M. FITIN.');
  assert.equal(textOf(text, note.selectionRange), '[i]');
});

test('only the zones a document has: a bare body, and the empty document', () => {
  assert.deepEqual(
    symbolsOf('Just a line of text.\n').map((symbol) => symbol.name),
    ['Body'],
  );
  assert.deepEqual(symbolsOf(''), []);
  // a body that is only blank lines shows nothing; a lone separator still shows the footer
  assert.deepEqual(
    symbolsOf('Cable: 1\n\n-----\n').map((symbol) => symbol.name),
    ['Header', 'Footer'],
  );
});

test('long values are shortened at a word boundary', () => {
  const office = named(named(symbolsOf(workedText), 'Header').children, 'Office');
  assert.equal(office.detail, 'SECOND MAIN DIRECTORATE OF THE GENERAL STAFF OF…');
  assert.ok((office.detail?.length ?? 0) <= 49);
});

test('an annotation standing above the fields is named by its own tag', () => {
  const tree = parseCable('[Handwritten: To Cde. Molotov.]\nCable: № 1\n\nText.\n');
  const header = getDocumentSymbols(tree, { settings: mergeSettings(), names: undefined, uri: 'file:///a.cable', token: neverCancelled }).find((symbol) => symbol.name === 'Header');
  assert.ok(header?.children?.some((child) => child.name.startsWith('Handwritten: To Cde. Molotov')), JSON.stringify(header?.children?.map((child) => child.name)));
});
