/**
 * Inlay hints (features/inlayHints.ts) walk the facts' time groups forwards
 * over the range asked for. For any document and any range, each hint must
 * sit inside the document, at the end of a time group, show the year hover
 * gives that group (analysis/groupYear.ts, read backwards) and name the same
 * source; and the hints of a range must be those of the whole document that
 * fall in it.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as fc from 'fast-check';
import type { InlayHint, MarkupContent, Range } from 'vscode-languageserver-types';
import { factsOf } from '../../server/src/service/analysis/facts';
import { groupYear } from '../../server/src/service/analysis/groupYear';
import type { FeatureContext } from '../../server/src/service/features/context';
import { getInlayHints } from '../../server/src/service/features/inlayHints';
import { mergeSettings, neverCancelled, parseCable, type CableTree } from '../../server/src/service/index';
import { offsetAt, positionAt } from '../../server/src/service/text/positions';
import { anyDocument, generatedCable } from './arbitraries';
import { assertProperty } from './fuzz';
import { assertInside, linesOf } from './invariants';

const context: FeatureContext = { settings: mergeSettings(), names: undefined, uri: 'file:///fuzz.cable', token: neverCancelled };

function offsetOf(tree: CableTree, hint: InlayHint): number {
  return offsetAt(tree.lineStarts, tree.text.length, hint.position);
}

function assertHintsAgreeWithHover(text: string, tree: CableTree, hints: readonly InlayHint[]): void {
  const lines = linesOf(text);
  const groupsByEnd = new Map(factsOf(tree).timeGroups.map((node) => [node.end, node]));
  let previous = -1;
  for (const hint of hints) {
    assertInside(hint.position, lines, `hint ${String(hint.label)}`);
    const offset = offsetOf(tree, hint);
    assert.ok(offset > previous, 'hints in document order, one per place');
    previous = offset;
    const node = groupsByEnd.get(offset);
    assert.ok(node, `hint ${String(hint.label)} at ${offset} is not at the end of a time group`);
    const year = groupYear(tree, node);
    assert.equal(String(hint.label).slice(0, 4), String(year?.year).padStart(4, '0'), 'the year hover reads');
    const tooltip = (hint.tooltip as MarkupContent).value;
    if (year?.source) assert.ok(tooltip.includes(`on line ${positionAt(tree.lineStarts, year.source.start).line + 1}, the nearest`), tooltip);
    else if (year?.fromCatalogue) assert.ok(tooltip.includes('the catalogue `date`'), tooltip);
    else assert.ok(tooltip.includes('a slashed date'), tooltip);
  }
}

/** Two offsets of the text, in order, as an LSP range. */
const rangeIn = (tree: CableTree, a: number, b: number): Range => {
  const length = tree.text.length + 1;
  const [from, to] = [a % length, b % length].sort((x, y) => x - y);
  return { start: positionAt(tree.lineStarts, from), end: positionAt(tree.lineStarts, to) };
};

const everything: Range = { start: { line: 0, character: 0 }, end: { line: Number.MAX_SAFE_INTEGER, character: 0 } };

describe('inlay hints', () => {
  it('sit inside the document at a time group’s end and show the year hover reads, from the same source', () => {
    assertProperty(
      fc.property(fc.oneof(anyDocument, generatedCable), (text) => {
        const tree = parseCable(text);
        assertHintsAgreeWithHover(text, tree, getInlayHints(tree, everything, context));
      }),
      200,
    );
  });

  it('of a range are the whole document’s that fall in it', () => {
    assertProperty(
      fc.property(fc.oneof(anyDocument, generatedCable), fc.nat(), fc.nat(), (text, a, b) => {
        const tree = parseCable(text);
        const all = getInlayHints(tree, everything, context);
        const range = rangeIn(tree, a, b);
        const [from, to] = [offsetAt(tree.lineStarts, tree.text.length, range.start), offsetAt(tree.lineStarts, tree.text.length, range.end)];
        const inRange = getInlayHints(tree, range, context);
        const first = all.findIndex((hint) => JSON.stringify(hint) === JSON.stringify(inRange[0]));
        if (inRange.length > 0) assert.deepEqual(inRange, all.slice(first, first + inRange.length), 'a run of the whole document’s hints');
        const within = all.filter((hint) => offsetOf(tree, hint) >= from && offsetOf(tree, hint) <= to);
        for (const hint of within) assert.ok(inRange.some((found) => JSON.stringify(found) === JSON.stringify(hint)), `missing ${String(hint.label)} at ${offsetOf(tree, hint)}`);
      }),
      200,
    );
  });
});
