/**
 * The .vsix ships what runs and nothing else: the bundles, the grammar, the
 * preview's assets, the icons, the rules page diagnostics link to, and the
 * three documents the Marketplace shows — no sources, tests, build output or
 * node_modules, no source maps, and under 1 MB.
 */
import * as assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildVsix, listZip, repoRoot } from './vsix';

/** Path segments that mean development files got in. */
const forbiddenFolders = ['node_modules', 'src', 'test', 'out', 'scripts', 'samples', 'bench', '.ci', '.git', '.vscode-test'];

// vsce renames the documents it shows (README.md → readme.md, LICENSE → LICENSE.txt), so they are matched without case or extension.
const required = ['package.json', 'dist/client.js', 'dist/server.js', 'syntaxes/cable.tmLanguage.json', 'docs/rules.md', 'icons/cable.png', 'readme', 'changelog', 'license'];

function files(vsix: string): string[] {
  return listZip(vsix)
    .map((entry) => entry.name)
    .filter((name) => name.startsWith('extension/'))
    .map((name) => name.slice('extension/'.length));
}

/** Strings in the manifest that name files of the extension (`main`, `icon`, grammar and language configuration paths, …). */
function manifestPaths(value: unknown): string[] {
  if (typeof value === 'string') return /^\.?\/?[\w-]+(\/[\w.-]+)*\.(js|json|png|svg|css|md)$/.test(value) && value.includes('/') ? [value.replace(/^\.\//, '')] : [];
  if (Array.isArray(value)) return value.flatMap(manifestPaths);
  if (value && typeof value === 'object') return Object.values(value).flatMap(manifestPaths);
  return [];
}

test('the .vsix holds only what runs, and is under 1 MB', (t) => {
  const vsix = buildVsix();
  const inside = files(vsix);
  t.diagnostic(`${inside.length} files, ${statSync(vsix).size} bytes: ${inside.join(', ')}`);

  for (const file of inside) {
    const segments = file.split('/');
    assert.ok(!segments.some((segment) => forbiddenFolders.includes(segment)), `development file in the package: ${file}`);
    assert.ok(!file.endsWith('.map'), `source map in the package: ${file}`);
    assert.ok(!/\.tsx?$/.test(file), `TypeScript source in the package: ${file}`);
  }

  const lower = inside.map((file) => file.toLowerCase());
  for (const wanted of required) {
    const name = wanted.toLowerCase();
    assert.ok(lower.some((file) => file === name || file.replace(/\.(md|txt)$/, '') === name), `${wanted} is missing from the package`);
  }
  // The page's script is built (from media/src), so a package made without the bundle step would lack it.
  for (const asset of ['media/preview.js', 'media/preview.css']) assert.ok(inside.includes(asset), `the preview's ${asset} is missing from the package`);

  // Everything the manifest points at must be inside, or the installed extension breaks where the repository works.
  const manifest: unknown = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const { main, icon, contributes } = manifest as { main: string; icon: string; contributes: unknown };
  for (const path of [main, icon, ...manifestPaths(contributes)].map((path) => path.replace(/^\.\//, ''))) {
    assert.ok(inside.includes(path), `package.json names ${path}, which is not in the package`);
  }

  assert.ok(statSync(vsix).size < 1024 * 1024, `the package is ${statSync(vsix).size} bytes, over 1 MB`);
});
