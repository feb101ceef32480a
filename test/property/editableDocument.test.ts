/**
 * The server's editable document against the usual one
 * (`vscode-languageserver-textdocument`): over random chains of changes, in
 * one `didChange` or several, with CRLF pairs split and joined, both hold the
 * same text, lines and positions, and the piece-table reads (`textBetween`,
 * `changeSince`) agree with the text.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as fc from 'fast-check';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { EditableDocument } from '../../server/src/service/text/editableDocument';
import { anyDocument, mixedLineEndings, token } from './arbitraries';
import { assertProperty } from './fuzz';

interface Change {
  at: number;
  remove: number;
  insert: string;
  full: boolean;
}

const change: fc.Arbitrary<Change> = fc.record({
  at: fc.nat(),
  remove: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 }), fc.nat({ max: 60 })),
  insert: fc.oneof(fc.constantFrom('', 'e', '\n', '\r', '\r\n', ' '), fc.array(token, { maxLength: 3 }).map((parts) => parts.join(''))),
  // One change in twenty replaces the whole text, as a client without incremental sync sends it.
  full: fc.nat({ max: 19 }).map((draw) => draw === 0),
});

/** One `didChange`'s events, positions read from `reference` as a client would compute them. */
function events(reference: TextDocument, changes: readonly Change[]): TextDocumentContentChangeEvent[] {
  // Each event's range is in the text as the events before it left it.
  const scratch = TextDocument.create(reference.uri, reference.languageId, reference.version, reference.getText());
  const result: TextDocumentContentChangeEvent[] = [];
  for (const { at, remove, insert, full } of changes) {
    const text = scratch.getText();
    if (full) {
      result.push({ text: insert });
      TextDocument.update(scratch, [{ text: insert }], scratch.version + 1);
      continue;
    }
    const start = at % (text.length + 1);
    const end = Math.min(text.length, start + remove);
    // Now and then the range is written backwards, which documents accept.
    const range = (at & 1) === 1 ? { start: scratch.positionAt(end), end: scratch.positionAt(start) } : { start: scratch.positionAt(start), end: scratch.positionAt(end) };
    result.push({ range, text: insert });
    TextDocument.update(scratch, [{ range, text: insert }], scratch.version + 1);
  }
  return result;
}

function assertSame(reference: TextDocument, editable: EditableDocument, label: string): void {
  const text = reference.getText();
  assert.equal(editable.getText(), text, label);
  assert.equal(editable.lineCount, reference.lineCount, `${label}: line count`);
  assert.equal(editable.version, reference.version, `${label}: version`);
  for (let offset = -1; offset <= text.length + 1; offset += Math.max(1, Math.floor(text.length / 40))) {
    assert.deepEqual(editable.positionAt(offset), reference.positionAt(offset), `${label}: positionAt(${offset})`);
    const position = reference.positionAt(offset);
    for (const character of [position.character, position.character + 3, 0, 1000]) {
      const probe = { line: position.line, character };
      assert.equal(editable.offsetAt(probe), reference.offsetAt(probe), `${label}: offsetAt(${JSON.stringify(probe)})`);
    }
    assert.equal(editable.textBetween(offset, offset + 7), text.slice(Math.max(0, offset), offset + 7), `${label}: textBetween at ${offset}`);
  }
  for (const line of [-1, 0, 1, reference.lineCount - 1, reference.lineCount, reference.lineCount + 2]) {
    assert.deepEqual(editable.getLineRange(line), reference.getLineRange(line), `${label}: getLineRange(${line})`);
    assert.equal(editable.getEOLCharacters(line), reference.getEOLCharacters(line), `${label}: getEOLCharacters(${line})`);
  }
  assert.equal(editable.offsetAt({ line: reference.lineCount + 3, character: 0 }), text.length, `${label}: past the end`);
}

describe('the editable document holds what the usual document holds', () => {
  for (const [kind, documents] of Object.entries({ 'any document': anyDocument, 'mixed line endings and BOM': mixedLineEndings })) {
    it(`${kind}: after every didChange of a chain, one change or several, settled now and then`, () => {
      assertProperty(
        fc.property(documents, fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 20 }), fc.array(fc.boolean(), { maxLength: 20 }), (text, didChanges, settles) => {
          const reference = TextDocument.create('file:///a.cable', 'cable', 1, text);
          const editable = new EditableDocument('file:///a.cable', 'cable', 1, text);
          assertSame(reference, editable, 'opened');
          didChanges.forEach((changes, index) => {
            const before = reference.getText();
            const sent = events(reference, changes);
            const version = reference.version + 1;
            TextDocument.update(reference, sent, version);
            editable.update(sent, version);
            assertSame(reference, editable, `after didChange ${index}`);
            const last = editable.changeSince(version - 1);
            if (sent.length === 1 && 'range' in sent[0]) {
              assert.ok(last, 'one ranged change is remembered');
              const after = reference.getText();
              assert.equal(before.slice(last.start, last.end), last.removed);
              assert.equal(before.slice(0, last.start) + last.inserted + before.slice(last.end), after);
            } else {
              assert.equal(last, undefined, 'several changes, or a whole text, are not described as one');
            }
            assert.equal(editable.changeSince(version - 2), undefined);
            if (settles[index]) {
              editable.settle();
              assertSame(reference, editable, `settled after didChange ${index}`);
            }
          });
        }),
        80,
      );
    });
  }

  it('a change whose range lies past the last line, before the first or past a line\'s end is made at the offsets it is held to, and the lines stay right', () => {
    // The usual document moves its line starts wrongly for such a range, so the reference is a fresh document of the expected text.
    const outOfRange = fc.record({ line: fc.integer({ min: -2, max: 12 }), character: fc.integer({ min: -2, max: 60 }) });
    assertProperty(
      fc.property(anyDocument, fc.array(fc.tuple(outOfRange, outOfRange, fc.constantFrom('', 'x', 'More.\n', '\n\n', '\r\n', 'a\nb')), { minLength: 1, maxLength: 6 }), (text, changes) => {
        const editable = new EditableDocument('file:///c.cable', 'cable', 1, text);
        let expected = text;
        changes.forEach(([from, to, insert], index) => {
          const held = TextDocument.create('file:///c.cable', 'cable', 1, expected);
          const [start, end] = [held.offsetAt(from), held.offsetAt(to)].sort((a, b) => a - b);
          expected = expected.slice(0, start) + insert + expected.slice(end);
          editable.update([{ range: { start: from, end: to }, text: insert }], index + 2);
          assertSame(TextDocument.create('file:///c.cable', 'cable', index + 2, expected), editable, `after change ${index}`);
        });
      }),
      80,
    );
  });

  it('a long burst of keystrokes stays correct past the piece limit', () => {
    const text = 'Cable: № 1\r\n\r\nText of the cable.\r\n';
    const reference = TextDocument.create('file:///b.cable', 'cable', 1, text);
    const editable = new EditableDocument('file:///b.cable', 'cable', 1, text);
    for (let index = 0; index < 700; index++) {
      const offset = (index * 7919) % (reference.getText().length + 1);
      const sent = [{ range: { start: reference.positionAt(offset), end: reference.positionAt(offset) }, text: index % 50 === 0 ? '\r\n' : 'x' }];
      TextDocument.update(reference, sent, index + 2);
      editable.update(sent, index + 2);
    }
    assertSame(reference, editable, 'after 700 keystrokes');
  });
});
