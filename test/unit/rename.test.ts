import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, WorkspaceEdit } from 'vscode-languageserver-types';
import type { NameIndex} from '../../server/src/service/index';
import { CancelledError, mergeSettings, neverCancelled, parseCable, type Cancellation } from '../../server/src/service/index';
import type { FeatureContext } from '../../server/src/service/features/context';
import { getRenameEdits, prepareRename, RenameError } from '../../server/src/service/features/rename';
import { MemoryWorkspace } from '../support/memoryWorkspace';
import { textOf, withCursor } from '../support/cursorMarks';
import { workedExample } from '../support/paths';

const uri = 'file:///a.cable';
const workedText = fs.readFileSync(workedExample, 'utf8');

function contextFor(names?: NameIndex, token: Cancellation = neverCancelled): FeatureContext {
  return { settings: mergeSettings(), names, uri, token };
}

/** The texts after applying a workspace edit, applied by the LSP text document, not by the code under test. */
function applied(texts: Record<string, string>, edit: WorkspaceEdit | null): Record<string, string> {
  assert.ok(edit?.changes, 'expected a workspace edit with changes');
  const result = { ...texts };
  for (const [documentUri, edits] of Object.entries(edit.changes)) {
    assert.ok(documentUri in texts, `edit for an unknown document ${documentUri}`);
    result[documentUri] = TextDocument.applyEdits(TextDocument.create(documentUri, 'cable', 1, texts[documentUri]), edits);
  }
  return result;
}

async function renamed(text: string, cursor: Position, newName: string): Promise<string> {
  const edit = await getRenameEdits(parseCable(text), cursor, newName, contextFor());
  return applied({ [uri]: text }, edit)[uri];
}

/** The cursor on the first letter of the first `needle` in the worked example. */
function workedCursor(needle: string, skip = 0): Position {
  let offset = workedText.indexOf(needle);
  for (let count = 0; count < skip; count++) offset = workedText.indexOf(needle, offset + 1);
  assert.ok(offset >= 0, `${needle} is not in the worked example`);
  return TextDocument.create(uri, 'cable', 1, workedText).positionAt(offset);
}

test('prepareRename offers the name as written, and nothing elsewhere', () => {
  const tree = parseCable(workedText);
  const prepared = prepareRename(tree, workedCursor('Kim Il Sung'), contextFor());
  assert.ok(prepared);
  assert.equal(prepared.placeholder, 'Kim Il Sung');
  assert.equal(textOf(workedText, prepared.range), 'Kim Il Sung');
  // the title is not part of the name
  assert.equal(prepareRename(tree, workedCursor('Cde. Molotov'), contextFor()), null);
  for (const outside of ['title: Cable', 'Mao Zedong to Filippov', '1135 19 October', 'I am sending', '-----']) {
    assert.equal(prepareRename(tree, workedCursor(outside), contextFor()), null, outside);
  }
});

test('renaming the signature of the worked example changes both uses and nothing else', async () => {
  const result = await renamed(workedText, workedCursor('MAO ZEDONG', 1), 'MAO TSE-TUNG');
  assert.equal(result, workedText.replaceAll('MAO ZEDONG', 'MAO TSE-TUNG'));
  // the catalogue is plain catalogue text: no names are read there
  assert.ok(result.includes('title: Cable No. 25025, Mao Zedong to Filippov [Stalin]'));
});

test('each use gets the smallest edit: only the letters that differ', async () => {
  const text = 'Cable: 1\n\nTo Cde. Le Kenong, and again Cde. Le Kenong.\n';
  const { cursor } = withCursor('Cable: 1\n\nTo Cde. Le Ke‸nong, and again Cde. Le Kenong.\n');
  const edit = await getRenameEdits(parseCable(text), cursor, 'Li Kenong', contextFor());
  assert.deepEqual(edit?.changes?.[uri], [
    { range: { start: { line: 2, character: 9 }, end: { line: 2, character: 10 } }, newText: 'i' },
    { range: { start: { line: 2, character: 35 }, end: { line: 2, character: 36 } }, newText: 'i' },
  ]);
  assert.equal(await renamed(text, cursor, 'Li Kenong'), text.replaceAll('Le Kenong', 'Li Kenong'));
});

test('uses written in capitals keep their capitals', async () => {
  const { text, cursor } = withCursor('Cable: 1\n\nTo Cde. Li Ke‸nong.\nCopy to Cde. LI KENONG.\n\nLI KENONG 0530 18 October\n');
  assert.equal(await renamed(text, cursor, 'Li Kenun'), 'Cable: 1\n\nTo Cde. Li Kenun.\nCopy to Cde. LI KENUN.\n\nLI KENUN 0530 18 October\n');
  // from a use in capitals too: a signature stays a line of capitals, and so a signature (its time still checked)
  const fromCapitals = withCursor('Cable: 1\n\nTo Cde. Li Kenong.\n\nLI KE‸NONG 0530 18 October\n');
  const after = await renamed(fromCapitals.text, fromCapitals.cursor, 'Li Kenun');
  assert.equal(after, 'Cable: 1\n\nTo Cde. Li Kenun.\n\nLI KENUN 0530 18 October\n');
  assert.equal(parseCable(after).body.signature?.nameText, 'LI KENUN');
});

test('a new name is trimmed and its blanks made one space; empty names, line breaks, brackets and a title are refused with a clear message', async () => {
  const { text, cursor } = withCursor('Cable: 1\n\nTo Cde. Li Ke‸nong.\n');
  assert.equal(await renamed(text, cursor, '  Li Kenun \t'), 'Cable: 1\n\nTo Cde. Li Kenun.\n');
  // blanks between the words are one space, as a name's words are joined
  assert.equal(await renamed(text, cursor, 'Li\t  Kenun'), 'Cable: 1\n\nTo Cde. Li Kenun.\n');
  const refusals: Array<[string, RegExp]> = [
    ['', /empty/],
    ['   ', /empty/],
    ['Li\nKenong', /one line/],
    ['Li\r\nKenong', /one line/],
    ['Li [Kenong]', /brackets/],
    ['Cde. Li Kenun', /title is no part of a name.*without "Cde\."/],
  ];
  for (const [newName, message] of refusals) {
    await assert.rejects(getRenameEdits(parseCable(text), cursor, newName, contextFor()), (error: unknown) => error instanceof RenameError && message.test(error.message), JSON.stringify(newName));
  }
});

test('renaming a Russian name changes that spelling alone: its other grammatical cases keep their endings', async () => {
  const { text, cursor } = withCursor('Cable: 1\n\nПередайте тов. Стал‸ину.\nТов. Сталин согласен; тов. Сталину доложено.\n');
  assert.equal(await renamed(text, cursor, 'Молотову'), 'Cable: 1\n\nПередайте тов. Молотову.\nТов. Сталин согласен; тов. Молотову доложено.\n');
});

const decrypt = 'Cable: 1\n\nTo VIKTOR[i] and ROBERT [ii].\nVIKTOR[i] again.\n-----\n[i] VIKTOR: Lt. Gen. P. M. FITIN.\n[ii] ROBERT: see [i].\n';

test('a footnote marker renames as its note and every reference, the brackets and all else left as they are', async () => {
  /** Just inside the first `[i]` after `before`. */
  const inMarker = (before: string): Position => {
    const lines = decrypt.slice(0, decrypt.indexOf('[i]', decrypt.indexOf(before)) + 1).split('\n');
    return { line: lines.length - 1, character: lines[lines.length - 1].length };
  };
  const prepared = prepareRename(parseCable(decrypt), inMarker('To'), contextFor());
  assert.equal(prepared?.placeholder, 'i');
  assert.equal(textOf(decrypt, prepared.range), 'i');
  const expected = decrypt.replace(/\[i\]/g, '[iii]');
  assert.equal(await renamed(decrypt, inMarker('-----'), 'iii'), expected, 'from the note');
  assert.equal(await renamed(decrypt, inMarker('see'), '[iii]'), expected, 'from a reference, the new marker typed in brackets');
});

test('a footnote marker must be one the format reads, and not one the cable uses already', async () => {
  const cursor = prepareRename(parseCable(decrypt), { line: 2, character: 'To VIKTOR['.length }, contextFor())?.range.start;
  assert.ok(cursor);
  await assert.rejects(getRenameEdits(parseCable(decrypt), cursor, 'note one', contextFor()), (error: unknown) => error instanceof RenameError && /no note marker/.test(error.message));
  await assert.rejects(getRenameEdits(parseCable(decrypt), cursor, 'ii', contextFor()), (error: unknown) => error instanceof RenameError && /already used in this cable/.test(error.message));
  assert.deepEqual(await getRenameEdits(parseCable(decrypt), cursor, 'i', contextFor()), { changes: {} });
});

test('outside a name there is nothing to rename', async () => {
  const { text, cursor } = withCursor('Cable: 1\n\nTo Cde. Li Kenong, to‸day.\n');
  assert.equal(await getRenameEdits(parseCable(text), cursor, 'Other Name', contextFor()), null);
});

test('renaming across the workspace edits every document using the name, and leaves the others alone', async () => {
  const { text, cursor } = withCursor('Cable: 1\n\nTo Cde. Li Ke‸nong, copy to Peng Dehuai.\n');
  const texts: Record<string, string> = {
    [uri]: text,
    'file:///b.cable': 'Cable: 2\n\nCde. Li Kenong and Li Kenongov are not the same.\n\nLI KENONG\n',
    'file:///c.cable': 'Cable: 3\n\nLe Kenong, a variant, is not renamed.\n',
  };
  const workspace = new MemoryWorkspace(texts);
  const edit = await getRenameEdits(parseCable(text), cursor, 'Li Kenun', contextFor(workspace.index()), workspace);
  assert.deepEqual(Object.keys(edit?.changes ?? {}).sort(), [uri, 'file:///b.cable']);
  assert.deepEqual(applied(texts, edit), {
    [uri]: 'Cable: 1\n\nTo Cde. Li Kenun, copy to Peng Dehuai.\n',
    'file:///b.cable': 'Cable: 2\n\nCde. Li Kenun and Li Kenongov are not the same.\n\nLI KENUN\n',
    'file:///c.cable': texts['file:///c.cable'],
  });
  assert.deepEqual(workspace.read, ['file:///b.cable']);
});

test('a cancelled rename stops between documents', async () => {
  const { text, cursor } = withCursor('Cable: 1\n\nTo Cde. Li Ke‸nong.\n');
  const token = { isCancellationRequested: false };
  const texts = { [uri]: text, 'file:///b.cable': 'Li Kenong.\n', 'file:///c.cable': 'Li Kenong.\n' };
  const workspace = new MemoryWorkspace(texts, () => (token.isCancellationRequested = true));
  await assert.rejects(getRenameEdits(parseCable(text), cursor, 'Li Kenun', contextFor(workspace.index(), token), workspace), CancelledError);
  assert.deepEqual(workspace.read, ['file:///b.cable']);
});

test('minimal edits never split a character outside the basic plane', async () => {
  const cases: Array<[string, string, string, string]> = [
    // 𝔄 and 𝔅 share their first code unit (high surrogate)
    ['Li Keno𝔄', 'Li Keno𝔅', '𝔄', '𝔅'],
    // 𝐄 (bold E) and 𐐄 (Deseret) share their second code unit (low surrogate)
    ['Li Ken𝐄', 'Li Ken𐐄', '𝐄', '𐐄'],
  ];
  for (const [name, newName, replaced, written] of cases) {
    const { text, cursor } = withCursor(`Cable: 1\n\nTo Cde. L‸${name.slice(1)} today.\n`);
    const edit = await getRenameEdits(parseCable(text), cursor, newName, contextFor());
    const edits = edit?.changes?.[uri] ?? [];
    assert.equal(edits.length, 1, name);
    assert.equal(edits[0].newText, written, name);
    assert.equal(textOf(text, edits[0].range), replaced, name);
    assert.equal(applied({ [uri]: text }, edit)[uri], text.replace(name, newName));
  }
});
