/**
 * Builds the .vsix the way `npm run package` does (vsce 3, bundled, no
 * dependencies) from the current dist/, and reads its file list. Each build
 * goes to a fresh temp folder: two test files building at once cannot clash,
 * a stale cable-markup.vsix in the repository is never what gets tested, and
 * dist/ is not rebuilt under a VS Code run that is using it.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The repository root, from out/test/e2e/. */
export const repoRoot = resolve(__dirname, '..', '..', '..');

const made: string[] = [];
process.on('exit', () => {
  for (const folder of made) rmSync(folder, { recursive: true, force: true });
});

export function buildVsix(): string {
  for (const file of ['dist/client.js', 'dist/server.js']) {
    assert.ok(existsSync(join(repoRoot, file)), `${file} is missing: run npm run build first`);
  }
  const folder = mkdtempSync(join(tmpdir(), 'cable-vsix-'));
  made.push(folder);
  const output = join(folder, 'cable-markup.vsix');
  const vsce = join(dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
  // stdin closed: vsce asks questions (missing LICENSE, …) on a terminal; here it must fail instead of waiting.
  const result = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', output], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
  assert.equal(result.status, 0, `vsce package failed:\n${result.stdout}\n${result.stderr}`);
  return output;
}

export interface ZipEntry {
  name: string;
  size: number;
}

/**
 * The entries of a zip file, from its central directory: the end record
 * (the last 22 bytes plus a comment of up to 64 KiB) gives the directory's
 * offset and entry count; each directory header gives a name and sizes.
 * Enough for a .vsix (no ZIP64: it is far below 4 GiB).
 */
export function listZip(path: string): ZipEntry[] {
  const zip = readFileSync(path);
  const endSignature = 0x06054b50;
  let end = -1;
  for (let offset = zip.length - 22; offset >= Math.max(0, zip.length - 22 - 0xffff); offset--) {
    if (zip.readUInt32LE(offset) === endSignature) {
      end = offset;
      break;
    }
  }
  assert.ok(end >= 0, `${path} is not a zip file (no end of central directory record)`);
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index++) {
    assert.equal(zip.readUInt32LE(offset), 0x02014b50, `bad central directory header at ${offset}`);
    const size = zip.readUInt32LE(offset + 24);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    entries.push({ name: zip.toString('utf8', offset + 46, offset + 46 + nameLength), size });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
