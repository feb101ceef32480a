/**
 * The worker bundle's stand-ins for `node:path` and `node:url`
 * (server/src/browser/builtins) must answer as Node's POSIX versions do, or
 * a `file:` URI reaching the browser server would get another key than on Node;
 * the one for `node:fs` finds no file, the way Node says so.
 */
import * as assert from 'node:assert/strict';
import { posix } from 'node:path';
import { test } from 'node:test';
import * as nodeUrl from 'node:url';
import * as fs from '../../server/src/browser/builtins/fs';
import * as path from '../../server/src/browser/builtins/path';
import * as url from '../../server/src/browser/builtins/url';

const paths = ['/', '', '.', '..', 'a', '/a/b/', '/a//b/./c/..', 'a/../..', '../a/./b', '/..', '/a/b/../../..', 'a/b/', '//x'];

test('normalize, isAbsolute and dirname agree with node:path posix', () => {
  for (const input of paths) {
    if (input !== '') assert.equal(path.normalize(input), posix.normalize(input), `normalize(${JSON.stringify(input)})`);
    assert.equal(path.isAbsolute(input), posix.isAbsolute(input), `isAbsolute(${JSON.stringify(input)})`);
    assert.equal(path.dirname(input), posix.dirname(input), `dirname(${JSON.stringify(input)})`);
  }
});

test('join, resolve and relative agree with node:path posix (the working folder taken as /)', () => {
  const rooted = (value: string): string => posix.resolve('/', value);
  for (const first of paths) {
    for (const second of paths) {
      assert.equal(path.join(first, second), posix.join(first, second), `join(${JSON.stringify(first)}, ${JSON.stringify(second)})`);
      assert.equal(path.resolve(first, second), posix.resolve('/', first, second), `resolve(${JSON.stringify(first)}, ${JSON.stringify(second)})`);
      assert.equal(path.relative(rooted(first), rooted(second)), posix.relative(rooted(first), rooted(second)), `relative(${JSON.stringify(first)}, ${JSON.stringify(second)})`);
    }
  }
});

test('file URLs convert as node:url does on POSIX', () => {
  for (const file of ['/a/b.cable', '/with space/№ 1.cable', '/percent%41/hash#.cable', '/q?.cable']) {
    assert.equal(url.pathToFileURL(file).href, nodeUrl.pathToFileURL(file).href, `pathToFileURL(${JSON.stringify(file)})`);
    assert.equal(url.fileURLToPath(nodeUrl.pathToFileURL(file).href), file, `fileURLToPath(pathToFileURL(${JSON.stringify(file)}))`);
  }
  assert.throws(() => url.fileURLToPath('vscode-vfs://github/a.cable'), TypeError);
  assert.throws(() => url.fileURLToPath('file://host/a.cable'), TypeError);
  assert.throws(() => url.fileURLToPath('file:///a%2Fb'), TypeError);
});

test('the file system finds nothing: each function fails with ENOENT, as Node does for a missing file', async () => {
  const viaCallback = (call: (callback: (error: Error) => void) => void): Promise<Error> => new Promise((resolve) => call(resolve));
  const failures = [
    await viaCallback((callback) => fs.stat('/a.cable', callback)),
    await viaCallback((callback) => fs.readFile('/a.cable', callback)),
    await fs.promises.stat('/a.cable').catch((error: Error) => error),
    await fs.promises.readFile('/a.cable').catch((error: Error) => error),
    await fs.promises.readdir('/').catch((error: Error) => error),
  ];
  for (const failure of failures) assert.equal((failure as Error & { code?: string }).code, 'ENOENT', String(failure));
  assert.throws(() => fs.readFileSync('/a.cable'), { code: 'ENOENT' });
});
