import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { Location } from 'vscode-languageserver-types';
import type { NameIndex} from '../../server/src/service/index';
import { CancelledError, mergeSettings, neverCancelled, parseCable, type Cancellation } from '../../server/src/service/index';
import type { FeatureContext } from '../../server/src/service/features/context';
import { getDefinition } from '../../server/src/service/features/definition';
import { getDocumentReferences, getReferences } from '../../server/src/service/features/references';
import { MemoryWorkspace } from '../support/memoryWorkspace';
import { textOf, withCursor, withCursors } from '../support/cursorMarks';

const uri = 'file:///decrypt.cable';

function contextFor(names?: NameIndex, token: Cancellation = neverCancelled, documentUri = uri): FeatureContext {
  return { settings: mergeSettings(), names, uri: documentUri, token };
}

/** A decrypt with two notes; `‸` marks where the cursor goes. */
function decrypt(cursorAt: string): string {
  const text = [
    'Cable: № 1',
    '',
    'To VIKTOR[i].',
    "ROBERT's [ii] report on VIKTOR [i] and Cde. Li Kenong.",
    '',
    '-----',
    '[i] VIKTOR: Lt. Gen. P. M. FITIN.',
    '[ii] ROBERT: not identified; see [i].',
    '',
  ].join('\n');
  const [before, after] = cursorAt.split('‸');
  const at = text.indexOf(before + after);
  assert.ok(at >= 0, `${cursorAt} is not in the decrypt`);
  return text.slice(0, at + before.length) + '‸' + text.slice(at + before.length);
}

/** Each location as `line:text` (1-based line), for readable assertions. */
function described(text: string, locations: readonly Location[] | null): string[] | null {
  return locations && locations.map((location) => `${location.range.start.line + 1}:${textOf(text, location.range)}`);
}

test('definition: from a reference to its note in the footer', () => {
  for (const cursorAt of ['VIKTOR[‸i]', 'VIKTOR‸[i]', 'VIKTOR[i‸]', 'VIKTOR [i‸]']) {
    const { text, cursor } = withCursor(decrypt(cursorAt));
    const definition = getDefinition(parseCable(text), cursor, contextFor());
    assert.deepEqual(described(text, definition), ['7:[i]'], cursorAt);
    assert.equal(definition?.[0].uri, uri);
  }
  const { text, cursor } = withCursor(decrypt("ROBERT's [i‸i]"));
  assert.deepEqual(described(text, getDefinition(parseCable(text), cursor, contextFor())), ['8:[ii]']);
});

test('definition: from a note marker to its first reference', () => {
  const { text, cursor } = withCursor(decrypt('[‸i] VIKTOR:'));
  assert.deepEqual(described(text, getDefinition(parseCable(text), cursor, contextFor())), ['3:[i]']);
});

test('definition: nothing on other text, and nothing for a reference without its note', () => {
  for (const cursorAt of ['To VIK‸TOR', 'Li Ke‸nong', '[i] VIKTOR: Lt‸. Gen', 'Cable: ‸№']) {
    const { text, cursor } = withCursor(decrypt(cursorAt));
    assert.equal(getDefinition(parseCable(text), cursor, contextFor()), null, cursorAt);
  }
  const { text, cursor } = withCursor('Text [i] and [i‸i].\n-----\n[i] The only note.\n');
  assert.equal(getDefinition(parseCable(text), cursor, contextFor()), null);
  // without notes, `[i]` is an editorial mark, not a reference
  const plain = withCursor('Cable: 1\n\nTo VIKTOR[‸i].\n');
  assert.equal(getDefinition(parseCable(plain.text), plain.cursor, contextFor()), null);
});

test('definition: from a time group without its year to the full date it takes the year from, or the catalogue date', () => {
  const dated = withCursor('Cable: 1\nSent: 0530 18 October 1951\n\nYour telegram of 0115 18 Oct‸ober.\n');
  assert.deepEqual(described(dated.text, getDefinition(parseCable(dated.text), dated.cursor, contextFor())), ['2:0530 18 October 1951']);
  const catalogued = withCursor('---\ndate: 1951-10-18\n---\nCable: 1\n\nOn 19 Oc‸tober.\n');
  assert.deepEqual(described(catalogued.text, getDefinition(parseCable(catalogued.text), catalogued.cursor, contextFor())), ['2:1951-10-18']);
  for (const text of ['Cable: 1\n\nOn 19 Oc‸tober 1951.\n', 'Cable: 1\n\nAt 05‸30 hours.\n', 'Cable: 1\n\nOn 19 Oc‸tober.\n']) {
    const { text: plain, cursor } = withCursor(text);
    assert.equal(getDefinition(parseCable(plain), cursor, contextFor()), null, text);
  }
});

test('references of a footnote: every reference, and the note when the declaration is asked for', () => {
  for (const cursorAt of ['To VIKTOR[‸i]', '[‸i] VIKTOR:']) {
    const { text, cursor } = withCursor(decrypt(cursorAt));
    const tree = parseCable(text);
    assert.deepEqual(described(text, getDocumentReferences(tree, cursor, contextFor(), false)), ['3:[i]', '4:[i]', '8:[i]'], cursorAt);
    assert.deepEqual(described(text, getDocumentReferences(tree, cursor, contextFor(), true)), ['3:[i]', '4:[i]', '7:[i]', '8:[i]'], cursorAt);
  }
});

test('references of a name in one document: every use with the same key, whatever the case', () => {
  const { text, cursors } = withCursors('Cable: 1\n\nTo Cde. Li Ke‸nong and Peng Dehuai.\nCde. LI KENONG agreed; Le Kenong did not.\n\nLI KENONG‸\n');
  const tree = parseCable(text);
  for (const cursor of cursors) {
    assert.deepEqual(described(text, getDocumentReferences(tree, cursor, contextFor(), true)), ['3:Li Kenong', '4:LI KENONG', '6:LI KENONG']);
  }
  const nowhere = withCursor('Cable: 1\n\nplain ‸text\n');
  assert.deepEqual(getDocumentReferences(parseCable(nowhere.text), nowhere.cursor, contextFor(), true), []);
});

test('references of a Russian name include it in the other grammatical cases; a Latin name’s changed ending is another name', () => {
  const { text, cursor } = withCursor('Cable: 1\n\nПередайте тов. Стал‸ину и Молотову.\nТов. Сталин согласен; мнение тов. Сталина известно.\nИосиф Сталин.\n');
  assert.deepEqual(described(text, getDocumentReferences(parseCable(text), cursor, contextFor(), true)), ['3:Сталину', '4:Сталин', '4:Сталина']);
  const latin = withCursor('Cable: 1\n\nTo Cde. Stal‸in and Cde. Stalina.\n');
  assert.deepEqual(described(latin.text, getDocumentReferences(parseCable(latin.text), latin.cursor, contextFor(), true)), ['3:Stalin']);
});

test('references of a Russian name across the workspace find its other cases through the name index', async () => {
  const { text, cursor } = withCursor('Cable: 1\n\nДоложите тов. Мол‸отову.\n');
  const texts = {
    [uri]: text,
    'file:///b.cable': 'Cable: 2\n\nТов. Молотов прибыл.\n',
    'file:///c.cable': 'Cable: 3\n\nС тов. Молотовым и тов. Малотовым.\n',
    'file:///d.cable': 'Cable: 4\n\nТов. Моргунов.\n',
  };
  const workspace = new MemoryWorkspace(texts);
  const locations = await getReferences(parseCable(text), cursor, contextFor(workspace.index()), true, workspace);
  assert.deepEqual(describedAcross(texts, locations), ['decrypt.cable@3:Молотову', 'b.cable@3:Молотов', 'c.cable@3:Молотовым']);
  assert.deepEqual(workspace.read, ['file:///b.cable', 'file:///c.cable'], 'only the documents the index lists for a form of the name');
});

const otherTexts = {
  'file:///b.cable': 'Cable: 2\n\nFor Cde. Li Kenong only.\n\nKIM IL SUNG\n',
  'file:///c.cable': 'Cable: 3\n\nNothing about him; Le Kenong is someone else.\n',
  'file:///d.cable': 'Cable: 4\n\nLi Kenong, Li Kenong.\n',
};

function describedAcross(texts: Record<string, string>, locations: readonly Location[]): string[] {
  return locations.map((location) => `${location.uri.replace('file:///', '')}@${location.range.start.line + 1}:${textOf(texts[location.uri], location.range)}`);
}

test('references of a name across the workspace visit only the documents that use it', async () => {
  const { text, cursor } = withCursor(decrypt('Li Ke‸nong'));
  const texts = { [uri]: text, ...otherTexts };
  const workspace = new MemoryWorkspace(texts);
  const locations = await getReferences(parseCable(text), cursor, contextFor(workspace.index()), true, workspace);
  assert.deepEqual(describedAcross(texts, locations), ['decrypt.cable@4:Li Kenong', 'b.cable@3:Li Kenong', 'd.cable@3:Li Kenong', 'd.cable@3:Li Kenong']);
  // c.cable does not use the name, and this document is not read again
  assert.deepEqual(workspace.read, ['file:///b.cable', 'file:///d.cable']);
});

test('without a name index every other document of the workspace is read', async () => {
  const { text, cursor } = withCursor(decrypt('Li Ke‸nong'));
  const texts = { [uri]: text, ...otherTexts };
  const workspace = new MemoryWorkspace(texts);
  const locations = await getReferences(parseCable(text), cursor, contextFor(undefined), false, workspace);
  assert.equal(locations.length, 4);
  assert.deepEqual(workspace.read, ['file:///b.cable', 'file:///c.cable', 'file:///d.cable']);
});

test('footnote references stay in their document even with a workspace', async () => {
  const { text, cursor } = withCursor(decrypt('To VIKTOR[‸i]'));
  const workspace = new MemoryWorkspace({ [uri]: text, ...otherTexts });
  const locations = await getReferences(parseCable(text), cursor, contextFor(workspace.index()), false, workspace);
  assert.deepEqual(described(text, locations), ['3:[i]', '4:[i]', '8:[i]']);
  assert.deepEqual(workspace.read, []);
});

test('a cancelled request stops between documents', async () => {
  const { text, cursor } = withCursor(decrypt('Li Ke‸nong'));
  const token = { isCancellationRequested: false };
  const workspace = new MemoryWorkspace({ [uri]: text, ...otherTexts }, () => (token.isCancellationRequested = true));
  await assert.rejects(getReferences(parseCable(text), cursor, contextFor(workspace.index(), token), true, workspace), CancelledError);
  assert.deepEqual(workspace.read, ['file:///b.cable']);
});
