/**
 * Hover reads a time group's year backwards from the group
 * (analysis/groupYear.ts): for every group of any document, parsed from
 * scratch or along a chain of edits, it must give the year `resolveYears`
 * gives reading forwards over all the groups, and name as its source the
 * nearest earlier full date (of the record first, for a group of the
 * record: see analysis/recordGroups.ts).
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
  // A group of the record (a time field's, a signature's) looks first among the full dates that give the record its year.
  let lastRecordDate: (typeof facts.timeGroups)[number] | undefined;
  facts.timeGroups.forEach((node, index) => {
    const found = groupYear(tree, node);
    assert.ok(found, `group ${index} at ${node.start} not found among the leaves`);
    assert.equal(found.year, facts.years[index], `year of group ${index} at ${node.start}`);
    const date = node.group.date;
    const inherits = date !== undefined && date.year === undefined;
    const record = facts.recordGroups[index];
    // The record's date, else the catalogue's year, else the nearest; the nearest is named when its year is the same.
    const chosen = record ? (lastRecordDate ?? (facts.catalogueYear === undefined ? lastFullDate : undefined)) : lastFullDate;
    const chosenYear = chosen ? chosen.group.date?.year : facts.catalogueYear;
    const source = !inherits ? undefined : lastFullDate !== undefined && lastFullDate.group.date?.year === chosenYear ? lastFullDate : chosen;
    assert.equal(found.source, source, `source of group ${index}`);
    assert.equal(found.fromCatalogue, inherits && source === undefined && facts.catalogueYear !== undefined);
    if (date?.year === undefined || date.day === undefined) return;
    lastFullDate = node;
    if (facts.recordSources[index]) lastRecordDate = node;
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
