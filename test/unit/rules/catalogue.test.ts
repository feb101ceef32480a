import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { check, codes } from '../../support/check';

const wrap = (entries: string) => `---\n${entries}\n---\nCable: 1\n\nBody\n`;

test('C204 suggests the nearest key for an unknown one', () => {
  const [diagnostic] = check(wrap('titel: A cable'));
  assert.equal(diagnostic.code, 'C204');
  assert.match(String(diagnostic.message), /title/);
  assert.deepEqual(codes(wrap('Title: upper-case key')), ['C204']);
  assert.deepEqual(codes(wrap('title: x\ntags: a; b\ntranslator: Y')), []);
});

test('C205 checks the catalogue date and source', () => {
  for (const bad of ['date: 18 October 1951', 'date: 1951-13-01', 'date: 1951-02-30', 'source: www.example.org/doc', 'source: javascript:alert(1)', 'source: ftp://example.org/x']) {
    assert.deepEqual(codes(wrap(bad)), ['C205'], bad);
  }
  for (const good of ['date: 1951', 'date: 1951-10', 'date: 1951-10-18', 'date: 1952-02-29', 'source: https://digitalarchive.wilsoncenter.org/document/117408', 'source: http://example.org']) {
    assert.deepEqual(codes(wrap(good)), [], good);
  }
});

test('catalogue values are not checked for marks, names or time groups', () => {
  assert.deepEqual(codes(wrap('title: Cable No. 25025, Mao [Stalin] 31 February\nsummary: Le Kenong, Li Kenong, № and Nº')), []);
});

test('C205 fires on an empty catalogue date or source', () => {
  assert.deepEqual(codes(wrap('date:\nsource:')), ['C205', 'C205']);
  assert.deepEqual(codes(wrap('summary:')), []);
});
