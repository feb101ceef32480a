/** Replacing a file whole or not at all (cli/replaceFile.ts). */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { FileChangedError, replaceFile } from '../../server/src/cli/replaceFile';

function folder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'cable-replace-'));
}

test('a file saved by another program since it was read is not replaced, and no temporary file is left', () => {
  const dir = folder();
  const file = path.join(dir, 'a.cable');
  fs.writeFileSync(file, 'as read');
  const read = fs.statSync(file);
  // Another program saves it: new content, so a new size (and time).
  fs.writeFileSync(file, 'saved meanwhile by the editor');
  assert.throws(() => replaceFile(file, 'fixed', read), FileChangedError);
  assert.equal(fs.readFileSync(file, 'utf8'), 'saved meanwhile by the editor');
  assert.deepEqual(fs.readdirSync(dir), ['a.cable']);
});

test('an unchanged file is replaced by a new one with its mode; a missing file is made', () => {
  const dir = folder();
  const file = path.join(dir, 'a.cable');
  fs.writeFileSync(file, 'as read');
  fs.chmodSync(file, 0o600);
  const read = fs.statSync(file);
  replaceFile(file, 'fixed', read);
  assert.equal(fs.readFileSync(file, 'utf8'), 'fixed');
  assert.equal(fs.statSync(file).mode & 0o777, 0o600);
  assert.notEqual(fs.statSync(file).ino, read.ino, 'a new file, renamed over the old one');
  const page = path.join(dir, 'page.html');
  replaceFile(page, '<!DOCTYPE html>');
  assert.equal(fs.readFileSync(page, 'utf8'), '<!DOCTYPE html>');
  assert.deepEqual(fs.readdirSync(dir).sort(), ['a.cable', 'page.html']);
});
