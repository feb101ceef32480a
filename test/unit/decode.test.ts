/**
 * Bytes of a cable file as text, as `cable check` and the server's workspace
 * index both read them: UTF-8 or UTF-16 with a byte-order mark, the mark
 * dropped; NUL bytes or bad UTF-8 at the start refused with a reason.
 */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeCableBytes } from '../../server/src/service/text/decode';

const cable = 'Cable: № 25025\n\nCde. FILIPPOV!\n';

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

test('UTF-8 is read as it is, and a leading byte-order mark is dropped as the editor drops it', () => {
  assert.deepEqual(decodeCableBytes(new TextEncoder().encode(cable)), { text: cable });
  assert.deepEqual(decodeCableBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(cable)])), { text: cable });
});

test('UTF-16 with a byte-order mark, little- or big-endian (Notepad\'s "Unicode"), is read as text', () => {
  assert.deepEqual(decodeCableBytes(utf16(cable, true)), { text: cable });
  assert.deepEqual(decodeCableBytes(utf16(cable, false)), { text: cable });
});

test('NUL bytes or invalid UTF-8 at the start are no transcription: a problem, not text', () => {
  for (const bytes of [new Uint8Array([0x43, 0x00, 0x61]), new Uint8Array([0x43, 0xff, 0x61]), new Uint8Array([0xc3])]) {
    const decoded = decodeCableBytes(bytes);
    assert.equal(decoded.text, undefined);
    assert.match(decoded.problem ?? '', /not a UTF-8 text file/);
  }
});

test('a UTF-16 byte-order mark followed by NUL characters is a binary, not text', () => {
  const binary = new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0x01, 0x02, 0x43, 0x00]);
  const decoded = decodeCableBytes(binary);
  assert.equal(decoded.text, undefined);
  assert.match(decoded.problem ?? '', /UTF-16 byte-order mark but holds NUL characters/);
  assert.equal(decodeCableBytes(utf16(`${cable}\0`, false)).text, undefined);
});

test('past the first 64 KB, a character cut by the boundary is fine and a bad byte becomes U+FFFD', () => {
  const head = 'a'.repeat(64 * 1024 - 1);
  const cut = new TextEncoder().encode(`${head}№ tail`);
  assert.deepEqual(decodeCableBytes(cut), { text: `${head}№ tail` });
  const bad = new Uint8Array([...new TextEncoder().encode('b'.repeat(70 * 1024)), 0xff, 0x41]);
  assert.equal(decodeCableBytes(bad).text?.slice(-2), '\uFFFDA');
});

test('an empty file is empty text', () => {
  assert.deepEqual(decodeCableBytes(new Uint8Array()), { text: '' });
});
