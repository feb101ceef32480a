import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

test('incremental parsing keeps no old version of the text alive: after 200 edits of a 1 MB cable, less than one version more is held', () => {
  // In its own process: it needs --expose-gc, and a heap no other test has touched.
  const output = execFileSync(process.execPath, ['--expose-gc', path.join(__dirname, '..', 'support', 'heldAfterEdits.js')], { encoding: 'utf8' });
  const { heldMB, versionMB } = JSON.parse(output) as { heldMB: number; versionMB: number };
  assert.ok(versionMB > 1.5, `the text is two bytes a character (${versionMB} MB a version)`);
  assert.ok(heldMB < versionMB, `${heldMB.toFixed(1)} MB more held after the edits, ${versionMB.toFixed(1)} MB a version`);
});

test('reading cables keeps none of their texts: after 20 cables read for names and checked, less than one text more is held', () => {
  const output = execFileSync(process.execPath, ['--expose-gc', path.join(__dirname, '..', 'support', 'heldAfterReading.js')], { encoding: 'utf8' });
  const { heldMB, textMB, cables } = JSON.parse(output) as { heldMB: number; textMB: number; cables: number };
  assert.ok(heldMB < textMB, `${heldMB.toFixed(1)} MB more held after ${cables} cables, ${textMB.toFixed(1)} MB a text`);
});
