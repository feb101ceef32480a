/** The diagnostic codes of format section 7, with their default severities. */
import type { RuleSeverity } from '../settings';

export interface CodeDefinition {
  code: string;
  severity: Exclude<RuleSeverity, 'off'>;
  title: string;
}

export const codeDefinitions: readonly CodeDefinition[] = [
  { code: 'C101', severity: 'error', title: 'Quoted telegram never closed' },
  { code: 'C102', severity: 'error', title: 'Bracket without its partner' },
  { code: 'C103', severity: 'error', title: 'Catalogue record never closed' },
  { code: 'C104', severity: 'warning', title: 'Field in the wrong zone' },
  { code: 'C105', severity: 'information', title: 'Mixed line endings' },
  { code: 'C201', severity: 'warning', title: 'Misspelt field name' },
  { code: 'C202', severity: 'warning', title: 'Field given twice' },
  { code: 'C203', severity: 'error', title: 'Required field missing' },
  { code: 'C204', severity: 'warning', title: 'Unknown catalogue key' },
  { code: 'C205', severity: 'error', title: 'Invalid catalogue date or source' },
  { code: 'C206', severity: 'warning', title: 'Unknown mark tag' },
  { code: 'C207', severity: 'warning', title: 'Empty mark or stamp' },
  { code: 'C208', severity: 'error', title: 'Field value of the wrong form' },
  { code: 'C209', severity: 'error', title: 'Group count missing or invalid' },
  { code: 'C210', severity: 'error', title: 'Time that does not exist' },
  { code: 'C211', severity: 'error', title: 'Day that does not exist' },
  { code: 'C212', severity: 'error', title: 'Month that does not exist' },
  { code: 'C213', severity: 'warning', title: 'Footnote reference and note do not match' },
  { code: 'C301', severity: 'warning', title: 'Events out of order' },
  { code: 'C302', severity: 'warning', title: 'Copy numbers do not add up' },
  { code: 'C303', severity: 'information', title: 'Recipient listed twice' },
  { code: 'C304', severity: 'information', title: 'More than one number sign' },
  { code: 'C305', severity: 'information', title: 'Variant spelling of a name' },
];

export const codesByName: ReadonlyMap<string, CodeDefinition> = new Map(codeDefinitions.map((definition) => [definition.code, definition]));

export type DiagnosticCode = (typeof codeDefinitions)[number]['code'];
