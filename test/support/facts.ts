/**
 * A tree's facts as another walk finds them: the blocks through
 * `forEachLeafBlock`, the inlines of each kind through `forEachInlineOf`,
 * and the years from `resolveYears`. Tests hold `factsOf` and `factsInSteps`
 * to it, since both now run the same steps.
 */
import { catalogueYear, forEachInlineOf, forEachLeafBlock, type TreeFacts } from '../../server/src/service/analysis/facts';
import type { CableTree, Inline } from '../../server/src/service/parser/tree';
import { resolveYears } from '../../server/src/service/timegroups/index';
import { givesRecordYear, isRecordGroup, recordGroupsOf, signatureRolesOf } from '../../server/src/service/analysis/recordGroups';

export function factsByOtherWalks(tree: CableTree): TreeFacts {
  const facts: TreeFacts = { fields: [], inlines: [], marks: [], names: [], numberSigns: [], timeGroups: [], years: [], recordGroups: [], recordSources: [], signatureRoles: signatureRolesOf(tree), sicMarks: [], notes: [], bodyParagraphs: [], quotes: [], catalogueYear: catalogueYear(tree) };
  forEachLeafBlock(
    tree,
    (block, zone) => {
      if (block.type === 'field') facts.fields.push(block);
      if (block.type === 'note') facts.notes.push(block);
      if (block.type === 'paragraph' && (zone === 'body' || zone === 'quote')) facts.bodyParagraphs.push(block);
      facts.inlines.push(...(block.inlines as Inline[]));
      const record = recordGroupsOf(block, facts.signatureRoles);
      for (const inline of block.inlines) {
        if (inline.type !== 'time-group') continue;
        facts.recordGroups.push(isRecordGroup(record, inline));
        facts.recordSources.push(givesRecordYear(record, inline));
      }
    },
    (quote) => facts.quotes.push(quote),
  );
  forEachInlineOf(tree, 'name', (name) => facts.names.push(name));
  forEachInlineOf(tree, 'number-sign', (sign) => facts.numberSigns.push(sign));
  forEachInlineOf(tree, 'time-group', (group) => facts.timeGroups.push(group));
  forEachInlineOf(tree, 'mark', (mark) => facts.marks.push(mark));
  facts.sicMarks = facts.marks.filter((mark) => mark.kind === 'sic');
  facts.years = resolveYears(
    facts.timeGroups.map((node) => node.group),
    facts.catalogueYear,
    facts.recordGroups,
    facts.recordSources,
  );
  return facts;
}
