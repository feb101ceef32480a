/**
 * The sets of blank characters the parser, the rules, the fixes and the
 * preview share: each predicate holds for its characters and for no other
 * UTF-16 code unit, so a change to one set shows up here, not as a drift
 * between the places that test for blanks.
 */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { isBlankOrLineBreak, isInlineBlank, isLineBreak, isSpaceOrTab } from '../../server/src/service/text/blanks';

function holdsFor(predicate: (code: number) => boolean): string[] {
  const codes: string[] = [];
  for (let code = 0; code <= 0xffff; code++) if (predicate(code)) codes.push(`U+${code.toString(16).toUpperCase().padStart(4, '0')}`);
  return codes;
}

test('a space or a tab, and nothing else, is what blank lines and indents are made of', () => {
  assert.deepEqual(holdsFor(isSpaceOrTab), ['U+0009', 'U+0020']);
});

test('blanks inside a line also count a no-break space, as pasted text often holds one', () => {
  assert.deepEqual(holdsFor(isInlineBlank), ['U+0009', 'U+0020', 'U+00A0']);
});

test('blanks over lines also count line feed and carriage return, but no other control character', () => {
  assert.deepEqual(holdsFor(isBlankOrLineBreak), ['U+0009', 'U+000A', 'U+000D', 'U+0020']);
});

test('a line ends at a line feed or a carriage return, never at a line or paragraph separator', () => {
  assert.deepEqual(holdsFor(isLineBreak), ['U+000A', 'U+000D']);
});
