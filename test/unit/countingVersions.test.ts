/** The versions the server gives documents' texts: the client's while they count up, else one past the last. */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { laterVersion } from '../../server/src/lsp/countingVersions';

test('a version that counts up is the client\'s own, as is any version of a document not open', () => {
  assert.equal(laterVersion(3, 4), 4);
  assert.equal(laterVersion(3, 10), 10);
  assert.equal(laterVersion(undefined, 1), 1);
  assert.equal(laterVersion(undefined, 0), 0);
});

test('a version that does not count up, or is no whole number, becomes the one after the last', () => {
  assert.equal(laterVersion(3, 3), 4);
  assert.equal(laterVersion(3, 1), 4);
  assert.equal(laterVersion(3, null), 4);
  assert.equal(laterVersion(3, undefined), 4);
  assert.equal(laterVersion(3, 4.5), 4);
  assert.equal(laterVersion(3, '5'), 4);
  assert.equal(laterVersion(undefined, null), 1);
});
