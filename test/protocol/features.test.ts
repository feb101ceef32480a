/**
 * The editing features over the wire, against the real server: completion,
 * hover, outline, folding, definition, references, rename, quick fixes,
 * formatting and the preview's render request.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, CompletionList, Diagnostic, DocumentSymbol, FoldingRange, Hover, InlayHint, Location, MarkupContent, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { wholeFragment, type RenderResult } from '../../server/src/protocol';
import { workedExample } from '../support/paths';
import { LspError } from './lspClient';
import { startSession, type Session } from './session';

const example = fs.readFileSync(workedExample, 'utf8');
const decrypt = 'Cable: 1\n\nTo VIKTOR[i]. Cde. Li Kenong and Cde. Li Kenong.\n-----\n[i] VIKTOR: Lt. Gen. P. M. FITIN.\n';

describe('editing features over LSP', () => {
  let session: Session;
  let uri: string;
  let decryptUri: string;
  let diagnostics: Diagnostic[];

  before(async () => {
    session = await startSession({ files: { 'cable-25025.cable': example, 'decrypt.cable': decrypt } });
    uri = session.open('cable-25025.cable');
    decryptUri = session.open('decrypt.cable');
    diagnostics = (await session.diagnostics(uri, (params) => params.version === 1)).diagnostics;
  });
  after(() => session.close());

  it('announces every feature', () => {
    const capabilities = session.initializeResult.capabilities;
    for (const provider of ['completionProvider', 'hoverProvider', 'inlayHintProvider', 'documentSymbolProvider', 'foldingRangeProvider', 'definitionProvider', 'referencesProvider', 'renameProvider', 'codeActionProvider', 'documentFormattingProvider'] as const) {
      assert.ok(capabilities[provider], provider);
    }
  });

  it('completes `Re` in the header with Received', async () => {
    const scratch = session.open('scratch.cable', 'Cable: 1\nRe\n\nBody\n');
    const list = await session.client.request<CompletionList>('textDocument/completion', { textDocument: { uri: scratch }, position: { line: 1, character: 2 } });
    assert.ok(list.items.some((item) => item.label === 'Received'), list.items.map((item) => item.label).join(', '));
  });

  it('completes `19 Oc` with October', async () => {
    const scratch = session.open('scratch2.cable', 'Cable: 1\n\nOn 19 Oc\n');
    const list = await session.client.request<CompletionList>('textDocument/completion', { textDocument: { uri: scratch }, position: { line: 2, character: 8 } });
    assert.ok(list.items.some((item) => item.label === 'October'), list.items.map((item) => item.label).join(', '));
  });

  it('reads `1205 19 October` in the worked example as 1951-10-19', async () => {
    const hover = await session.client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 72, character: 22 } });
    assert.match((hover.contents as MarkupContent).value, /1951-10-19 12:05, Friday/);
  });

  it('hints the dates of the worked example’s footer, which inherit their year, in the range asked for', async () => {
    const range = { start: { line: 70, character: 0 }, end: { line: 75, character: 0 } };
    const hints = await session.client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range });
    assert.deepEqual(
      hints.map((hint) => `${hint.position.line}:${hint.position.character} ${String(hint.label)}`),
      ['72:35 1951-10-19', '73:37 1951-10-19'],
    );
    assert.match((hints[0].tooltip as MarkupContent).value, /takes 1951 from `0530 18 October 1951` on line 36/);
  });

  it('outlines header, quoted telegram and footer', async () => {
    const symbols = await session.client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const names = symbols.map((symbol) => symbol.name);
    for (const zone of ['Header', 'Body', 'Footer']) assert.ok(names.includes(zone), `${zone} in ${names.join(', ')}`);
    const body = symbols.find((symbol) => symbol.name === 'Body');
    assert.ok(body?.children?.some((child) => /MAO ZEDONG/.test(child.name)));
  });

  it('folds the quote (lines 38–64)', async () => {
    const ranges = await session.client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.ok(ranges.some((range) => range.startLine === 37 && range.endLine === 63));
  });

  it('goes from a footnote reference to its note, and finds name references', async () => {
    const definition = await session.client.request<Location[]>('textDocument/definition', { textDocument: { uri: decryptUri }, position: { line: 2, character: 10 } });
    assert.equal(definition[0].range.start.line, 4);
    const references = await session.client.request<Location[]>('textDocument/references', {
      textDocument: { uri: decryptUri },
      position: { line: 2, character: 20 },
      context: { includeDeclaration: true },
    });
    assert.equal(references.filter((location) => location.uri === decryptUri).length, 2);
  });

  it('renames a name with minimal edits', async () => {
    const edit = await session.client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: decryptUri }, position: { line: 2, character: 20 }, newName: 'Li Kenung' });
    const edits = edit.changes?.[decryptUri] ?? [];
    assert.equal(edits.length, 2);
    assert.ok(edits.every((textEdit: TextEdit) => textEdit.newText.length <= 2));
  });

  it('renames a footnote marker in its note and reference, and answers a marker the format cannot read with its reason', async () => {
    const inMarker = { line: 2, character: 'To VIKTOR['.length };
    const edit = await session.client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: decryptUri }, position: inMarker, newName: 'a' });
    assert.deepEqual(
      (edit.changes?.[decryptUri] ?? []).map((textEdit: TextEdit) => `${textEdit.range.start.line}:${textEdit.range.start.character} ${textEdit.newText}`),
      ['2:10 a', '4:1 a'],
    );
    await assert.rejects(
      session.client.request('textDocument/rename', { textDocument: { uri: decryptUri }, position: inMarker, newName: 'first' }),
      (error: unknown) => error instanceof LspError && /no note marker/.test(error.message),
    );
  });

  it('offers a quick fix for C304', async () => {
    const c304 = diagnostics.find((diagnostic) => diagnostic.code === 'C304');
    assert.ok(c304);
    const actions = await session.client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: c304.range, context: { diagnostics: [c304] } });
    const fix = actions.find((action) => action.kind === 'quickfix' && action.edit?.changes?.[uri]?.some((textEdit) => textEdit.newText === '№'));
    assert.ok(fix, actions.map((action) => action.title).join('; '));
  });

  it('marks a selection as a doubtful reading, the kind asked for alone, and announces the kind', async () => {
    const kinds = (session.initializeResult.capabilities.codeActionProvider as { codeActionKinds?: string[] }).codeActionKinds ?? [];
    assert.ok(kinds.includes('refactor.rewrite.cable'), kinds.join(', '));
    const scratch = session.open('marks.cable', 'Cable: 1\n\nTell him to come.\n');
    const range = { start: { line: 2, character: 5 }, end: { line: 2, character: 16 } };
    const actions = await session.client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: scratch }, range, context: { diagnostics: [], only: ['refactor.rewrite.cable.unclear'] } });
    assert.deepEqual(actions.map((action) => action.kind), ['refactor.rewrite.cable.unclear']);
    assert.deepEqual(actions[0].edit?.changes?.[scratch], [
      { range: { start: range.start, end: range.start }, newText: '[unclear: ' },
      { range: { start: range.end, end: range.end }, newText: ']' },
    ]);
  });

  it('formats nothing in a clean document', async () => {
    const edits = await session.client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    assert.deepEqual(edits, []);
  });

  it('renders the preview and a standalone page', async () => {
    const fragment = await session.client.request<{ html: string; version: number }>('cable/render', { uri, view: 'diplomatic' });
    assert.equal(fragment.version, 1);
    assert.match(fragment.html, /MAO ZEDONG/);
    assert.match(fragment.html, /data-line="/);
    const page = await session.client.request<{ html: string }>('cable/render', { uri, view: 'reading', standalone: true });
    assert.match(page.html, /^<!DOCTYPE html>/i);
    assert.match(page.html, /Content-Security-Policy/);
    assert.match(page.html, /<style>[^<]*\S/);
  });

  it('sends the preview again as a patch to the fragment the client holds, and whole to one that names none', async () => {
    const scratch = session.open('patched.cable', example);
    const first = await session.client.request<RenderResult>('cable/render', { uri: scratch, view: 'diplomatic' });
    assert.ok(first.html !== undefined && first.patch === undefined);
    const line = example.split('\n').findIndex((text) => text.startsWith('At the present time at the meeting'));
    session.change(scratch, 2, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'Indeed, ' }]);
    const second = await session.client.request<RenderResult>('cable/render', { uri: scratch, view: 'diplomatic', base: first.id });
    assert.equal(second.version, 2);
    assert.ok(second.patch && second.html === undefined);
    assert.ok(second.patch.text.length < 200, `a patch of ${second.patch.text.length} characters`);
    const patched = wholeFragment(second, { id: first.id ?? -1, html: first.html });
    const whole = await session.client.request<RenderResult>('cable/render', { uri: scratch, view: 'diplomatic' });
    assert.equal(patched, whole.html);
    assert.match(patched ?? '', /Indeed, At the present time/);
  });
});
