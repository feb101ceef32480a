/**
 * Hover reads a time group's year backwards from the group
 * (analysis/groupYear.ts): for every group of any document, parsed from
 * scratch or along a chain of edits, it must give the year `resolveYears`
 * gives reading forwards over all the groups, and name as its source the
 * nearest earlier full date.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as fc from 'fast-check';
import { factsOf } from '../../server/src/service/analysis/facts';
import { groupYear } from '../../server/src/service/analysis/groupYear';
import { parseCable, type CableTree } from '../../server/src/service/index';
import { anyDocument, applySplices, generatedCable, typing } from './arbitraries';
import { assertProperty } from './fuzz';

function assertYearsAgree(tree: CableTree): void {
  const facts = factsOf(tree);
  let lastFullDate: (typeof facts.timeGroups)[number] | undefined;
  facts.timeGroups.forEach((node, index) => {
    const found = groupYear(tree, node);
    assert.ok(found, `group ${index} at ${node.start} not found among the leaves`);
    assert.equal(found.year, facts.years[index], `year of group ${index} at ${node.start}`);
    const date = node.group.date;
    const inherits = date !== undefined && date.year === undefined;
    assert.equal(found.source, inherits ? lastFullDate : undefined, `source of group ${index}`);
    assert.equal(found.fromCatalogue, inherits && lastFullDate === undefined && facts.catalogueYear !== undefined);
    if (date?.year !== undefined && date.day !== undefined) lastFullDate = node;
  });
}

describe('a time group’s year read backwards is the year read forwards', () => {
  it('any document, parsed from scratch', () => {
    assertProperty(
      fc.property(anyDocument, (text) => assertYearsAgree(parseCable(text))),
      200,
    );
  });

  it('generated cables, along a chain of edits', () => {
    assertProperty(
      fc.property(generatedCable, fc.array(typing, { minLength: 1, maxLength: 15 }), (text, edits) => {
        let current = text;
        let tree = parseCable(current);
        for (const edit of edits) {
          current = applySplices(current, [edit]);
          tree = parseCable(current, undefined, tree);
          assertYearsAgree(tree);
        }
      }),
      40,
    );
  });
});
