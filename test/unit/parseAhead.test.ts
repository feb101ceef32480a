/**
 * Parse-ahead: a changed document is parsed once the server is idle, a burst
 * of changes costs one parse of the latest version, and a closed document is
 * not parsed at all.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ParseAhead } from '../../server/src/lsp/parseAhead';

function idle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

describe('ParseAhead', () => {
  it('parses a changed document on the next idle turn, not during the change', async () => {
    const parsed: string[] = [];
    const ahead = new ParseAhead((uri) => parsed.push(uri));
    ahead.changed('file:///a.cable');
    assert.deepEqual(parsed, []);
    await idle();
    assert.deepEqual(parsed, ['file:///a.cable']);
  });

  it('parses once for a burst of changes, and once per document', async () => {
    const parsed: string[] = [];
    const ahead = new ParseAhead((uri) => parsed.push(uri));
    for (let i = 0; i < 5; i++) ahead.changed('file:///a.cable');
    ahead.changed('file:///b.cable');
    await idle();
    assert.deepEqual(parsed, ['file:///a.cable', 'file:///b.cable']);
    ahead.changed('file:///a.cable');
    await idle();
    assert.deepEqual(parsed, ['file:///a.cable', 'file:///b.cable', 'file:///a.cable']);
  });

  it('does not parse a document cancelled (closed) before it was idle, nor anything after dispose', async () => {
    const parsed: string[] = [];
    const ahead = new ParseAhead((uri) => parsed.push(uri));
    ahead.changed('file:///a.cable');
    ahead.changed('file:///b.cable');
    ahead.cancel('file:///a.cable');
    await idle();
    assert.deepEqual(parsed, ['file:///b.cable']);
    ahead.changed('file:///c.cable');
    ahead.dispose();
    await idle();
    assert.deepEqual(parsed, ['file:///b.cable']);
  });
});
