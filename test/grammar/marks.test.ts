/**
 * Grammar tests: editorial marks, stamps and footnotes (spec sections 4.1-4.3).
 *
 * Run: npx tsc -b test && node --test out/test/grammar/
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectLinesScoped, expectNoScope, expectScope, inFooter, S, snippet } from './expect';

describe('editorial marks', () => {
  test('supplied [text]', async () => {
    const d = await snippet('Filippov [Stalin] sent [your] text.');
    expectScope(d, '[Stalin]', S.supplied);
    expectScope(d, '[your]', S.supplied);
    expectScope(d, '[', S.markBegin);
    expectNoScope(d, ' sent ', S.supplied);
  });

  test('[signature]', async () => {
    const d = await snippet('Colonel [signature] (Makarov)');
    expectScope(d, '[signature]', S.signatureMark);
    expectScope(d, 'signature', S.tag);
    expectNoScope(d, '(Makarov)', S.signatureMark);
  });

  test('gaps: [illegible], groups, [Redacted ...]', async () => {
    const d = await snippet(`
      near [illegible] and [ILLEGIBLE].
      was [1 group garbled] and [12 groups unrecovered] then
      the name [Redacted] and [Redacted two lines] here
    `);
    expectScope(d, '[illegible]', S.gap);
    expectScope(d, 'illegible', S.tag);
    expectScope(d, '[ILLEGIBLE]', S.gap);
    expectScope(d, '[1 group garbled]', S.gap);
    expectScope(d, '1', S.numeric, 2);
    expectScope(d, 'group garbled', S.tag);
    expectScope(d, '[12 groups unrecovered]', S.gap);
    expectScope(d, '12', S.numeric, 2);
    expectScope(d, '[Redacted]', S.gap);
    expectScope(d, '[Redacted two lines]', S.gap);
    expectScope(d, 'Redacted', S.tag);
    expectNoScope(d, ' here', S.gap, 3);
  });

  test('a group count that is missing or not a number is still a gap', async () => {
    const d = await snippet('lost [many groups unrecovered] here and [groups garbled] there');
    expectScope(d, '[many groups unrecovered]', S.gap);
    expectNoScope(d, 'many', S.numeric);
    expectScope(d, '[groups garbled]', S.gap);
    expectNoScope(d, ' there', S.gap);
  });

  test('doubtful: [unclear: ...], [?], [text?], certainty', async () => {
    const d = await snippet(`
      near [unclear: Kuksa-bong] and [?] and [Kuksa-bong?] then
      [B% the Treasury] [C% War Production Board] [D% x] [C % spaced]
      and [unclear] too
    `);
    expectScope(d, '[unclear: Kuksa-bong]', S.doubtful);
    expectScope(d, 'unclear', S.tag);
    expectScope(d, '[?]', S.doubtful);
    expectScope(d, '[Kuksa-bong?]', S.doubtful);
    expectScope(d, '?]', S.doubtful, 1);
    expectNoScope(d, ' then', S.doubtful, 1);
    for (const text of ['[B% the Treasury]', '[C% War Production Board]', '[D% x]', '[C % spaced]']) {
      expectScope(d, text, S.doubtful);
    }
    expectScope(d, 'B%', S.tag);
    expectScope(d, 'C %', S.tag);
    expectScope(d, '[unclear]', S.doubtful);
  });

  test('annotations', async () => {
    const d = await snippet(`
      [Note: the editor's note] [Handwritten: To Cde. Bulganin.] [Margin: three armies]
      [Deleted: struck out] [Underlined: I request your instructions.] [note: lower case]
    `);
    const cases: [string, string, string][] = [
      ["[Note: the editor's note]", 'Note', 'markup.italic'],
      ['[Handwritten: To Cde. Bulganin.]', 'Handwritten', 'markup.italic'],
      ['[Margin: three armies]', 'Margin', 'markup.italic'],
      ['[Deleted: struck out]', 'Deleted', 'markup.strikethrough'],
      ['[Underlined: I request your instructions.]', 'Underlined', 'markup.underline'],
      ['[note: lower case]', 'note', 'markup.italic'],
    ];
    for (const [mark, tag, style] of cases) {
      expectScope(d, mark, S.annotation);
      assert.ok(
        d.tokensOf(mark).some((t) => t.text === tag && t.scopes.includes(S.tag)),
        `${tag} should be the tag of ${mark}`,
      );
      expectScope(d, mark.slice(tag.length + 3, -1), style);
    }
  });

  test('[sic] and [Page N]', async () => {
    const d = await snippet(`
      fighters, wich [sic] could
      [Page 2]
    `);
    expectScope(d, '[sic]', S.sic);
    expectScope(d, 'sic', S.tag);
    expectScope(d, '[Page 2]', S.page);
    expectScope(d, 'Page', S.tag);
    expectScope(d, '2', S.numeric, 2);
  });

  test('stamps, on one line and across lines, with nested marks', async () => {
    const d = await snippet(`
      [Stamp: Incoming [illegible]]
      [stamp: SUBJECT TO RETURN
      Incoming № 254 [?]
      19 October 1951]
      after
    `);
    expectScope(d, '[Stamp: Incoming [illegible]]', S.stamp);
    expectScope(d, '[illegible]', S.gap, 1);
    expectScope(d, ']', S.markEnd, 1);
    assert.equal(d.scopesAt(']]', 1).at(-1), S.markEnd);
    expectLinesScoped(d, 2, 4, S.stamp);
    expectScope(d, 'stamp', S.stampTag, 2);
    expectScope(d, '№', S.numberSign, 3);
    expectScope(d, '[?]', S.doubtful, 3);
    expectScope(d, '19 October 1951', S.timeGroup, 4);
    expectScope(d, ']', S.stampEnd, 4);
    expectNoScope(d, 'after', S.stamp, 5);
  });

  test('nested marks inside other marks', async () => {
    const d = await snippet('the [unclear: Kim [?] Il Sung] and [Note: see [i]] end');
    expectScope(d, '[unclear: Kim [?] Il Sung]', S.doubtful);
    expectScope(d, '[?]', 'meta.mark.doubtful.cable');
    expectScope(d, '?', 'keyword.operator.doubtful.cable');
    expectScope(d, '[i]', S.footnoteRef);
    expectScope(d, '[i]', S.annotation);
    expectNoScope(d, ' end', S.annotation);
  });

  test('unknown tags and empty marks', async () => {
    const d = await snippet('a [Remark: text] b [] c [http://example.org] d');
    expectScope(d, '[Remark: text]', 'markup.other.tagged.cable');
    expectScope(d, 'Remark', S.tag);
    expectScope(d, '[]', 'markup.other.empty.cable');
    expectScope(d, '[http://example.org]', S.supplied);
  });

  test('an unclosed bracket stops at the end of its line', async () => {
    const d = await snippet(`
      arrive at [Kaesong
      on the morning of 26 October.
    `);
    expectScope(d, '[Kaesong', S.supplied, 1);
    expectNoScope(d, 'on the morning', S.supplied, 2);
    expectScope(d, '26 October', S.timeGroup, 2);
  });

  test('an unclosed stamp stops before the footer separator', async () => {
    const d = await snippet(`
      [Stamp: never closed
      text
      -----
      Deciphered: Fedyaev 1205 19 October
    `);
    expectLinesScoped(d, 1, 2, S.stamp);
    expectNoScope(d, '-----', S.stamp, 3);
    expectScope(d, '-----', S.separator, 3);
    expectScope(d, 'Deciphered', S.field, 4);
  });
});

describe('footnotes', () => {
  test('references with or without a space before', async () => {
    const d = await snippet(`
      To VIKTOR[i]. ROBERT's [ii] report [a] and [12] and [xl] and [xxxviii].
      Not markers: [100], [I], [ab], [vv], [iiii].
    `);
    // The roman numerals the parser takes, i to xl, and no others.
    for (const ref of ['[i]', '[ii]', '[a]', '[12]', '[xl]', '[xxxviii]']) expectScope(d, ref, S.footnoteRef, 1);
    for (const other of ['[100]', '[I]', '[ab]', '[vv]', '[iiii]']) {
      expectNoScope(d, other, S.footnoteRef, 2);
      expectScope(d, other, S.supplied, 2);
    }
  });

  test('notes at line start in the footer', async () => {
    const d = await inFooter(`
      [i] VIKTOR: Lt. Gen. P. M. FITIN.
      [ii] ROBERT: Nathan Gregory SILVERMASTER, 12 May 1950.
      [a]without a space is a reference
    `);
    expectScope(d, '[i] VIKTOR: Lt. Gen. P. M. FITIN.', S.footnoteNote, 5);
    expectScope(d, '[i]', S.footnoteRef, 5);
    expectScope(d, '[ii] ROBERT', S.footnoteNote, 6);
    expectScope(d, '12 May 1950', S.timeGroup, 6);
    expectNoScope(d, '[a]', S.footnoteNote, 7);
    expectScope(d, '[a]', S.footnoteRef, 7);
  });

  test('a marker at line start in the body is a reference, not a note', async () => {
    const d = await snippet('[i] begins this body line.');
    expectNoScope(d, '[i] begins', S.footnoteNote);
    expectScope(d, '[i]', S.footnoteRef);
  });
});
