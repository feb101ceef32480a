/**
 * The words Cable Markup knows, each with what it means: catalogue keys,
 * editorial tags, classification and priority values. Completion offers them
 * and hover explains them, so both read the same table.
 */
import { catalogueKeys } from '../../diagnostics/rules/catalogue';
import type { MarkKind } from '../../parser/tree';

/** What each catalogue key holds (format section 2), in the order a record usually lists them. */
const catalogueKeyDescriptions: Readonly<Record<string, string>> = {
  title: 'The title of the document, as the archive gives it.',
  date: 'The date of the document as an ISO date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Time groups without a year (and no earlier full date) take their year from it.',
  citation: 'How to cite the document: the archive citation, as text.',
  source: 'Where the document was found: an absolute `http(s)` address.',
  archive: 'The archive that holds the original.',
  summary: 'A short summary of the document.',
  credits: 'Credits and acknowledgements, as text.',
  language: 'The language of the original.',
  translation: 'The language of this transcription, when it is a translation.',
  translator: 'Who translated the document.',
  tags: 'Keywords for the document: a `;`-separated list.',
};

export function catalogueKeyDescription(key: string): string | undefined {
  return catalogueKeys.includes(key) ? catalogueKeyDescriptions[key] : undefined;
}

export { catalogueKeys };

/** One entry of the tag list offered after `[`. */
export interface TagEntry {
  /** What the list shows. */
  label: string;
  /** Snippet text inserted after `[`, without the closing `]`. */
  snippet: string;
  /** True when text follows inside the brackets (`Stamp: …`), so the cursor stays inside. */
  takesText: boolean;
  kind: MarkKind;
  description: string;
}

/**
 * The tags and fixed marks of format 4.1, in the order they are offered: the
 * ones transcribers type most come first.
 */
export const tagEntries: readonly TagEntry[] = [
  { label: 'Stamp: ', snippet: 'Stamp: ', takesText: true, kind: 'stamp', description: 'A stamp on the document; may span lines and hold time groups.' },
  { label: 'unclear: ', snippet: 'unclear: ', takesText: true, kind: 'unclear', description: 'A doubtful reading of text that is hard to read.' },
  { label: 'illegible', snippet: 'illegible', takesText: false, kind: 'illegible', description: 'The original cannot be read here.' },
  { label: 'sic', snippet: 'sic', takesText: false, kind: 'sic', description: 'What stands just before is as in the original (silences C301, C303 and C305 there).' },
  { label: 'signature', snippet: 'signature', takesText: false, kind: 'signature', description: 'A signature stands here in the original.' },
  { label: 'N groups unrecovered', snippet: '${1:3} groups unrecovered', takesText: false, kind: 'groups', description: 'A gap: cipher groups that were not recovered.' },
  { label: 'N groups garbled', snippet: '${1:3} groups garbled', takesText: false, kind: 'groups', description: 'A gap: cipher groups that came through garbled.' },
  { label: '?', snippet: '?', takesText: false, kind: 'doubtful', description: 'The reading just before is doubtful.' },
  { label: 'Note: ', snippet: 'Note: ', takesText: true, kind: 'annotation', description: 'An editorial or archival note.' },
  { label: 'Handwritten: ', snippet: 'Handwritten: ', takesText: true, kind: 'annotation', description: 'Text written by hand on the original.' },
  { label: 'Margin: ', snippet: 'Margin: ', takesText: true, kind: 'annotation', description: 'Text written in the margin of the original.' },
  { label: 'Deleted: ', snippet: 'Deleted: ', takesText: true, kind: 'annotation', description: 'Text struck out in the original.' },
  { label: 'Underlined: ', snippet: 'Underlined: ', takesText: true, kind: 'annotation', description: 'Text underlined in the original.' },
  { label: 'C% ', snippet: 'C% ', takesText: true, kind: 'certainty', description: 'A recovery of doubtful certainty, graded C as decrypts mark it.' },
  { label: 'B% ', snippet: 'B% ', takesText: true, kind: 'certainty', description: 'A recovery of doubtful certainty, graded B as decrypts mark it.' },
  { label: 'D% ', snippet: 'D% ', takesText: true, kind: 'certainty', description: 'A recovery of doubtful certainty, graded D as decrypts mark it.' },
  { label: 'Redacted ', snippet: 'Redacted ', takesText: true, kind: 'redacted', description: 'Text withheld (redacted) in the released copy.' },
  { label: 'Page ', snippet: 'Page ${1:2}', takesText: false, kind: 'page', description: 'A page break of the original: page N begins here.' },
];

/** What an annotation tag says about its text (format 4.1). */
export const annotationMeanings: Readonly<Record<string, string>> = {
  note: 'an editorial or archival note',
  handwritten: 'written by hand on the original',
  margin: 'written in the margin of the original',
  deleted: 'struck out in the original',
  underlined: 'underlined in the original',
};

/** Values of `Classification:`, the most common first. */
export const classificationValues: readonly string[] = [
  'TOP SECRET',
  'SECRET',
  'CONFIDENTIAL',
  'RESTRICTED',
  'UNCLASSIFIED',
  'STRICTLY SECRET',
  'SECRET AND PERSONAL',
  'FOR OFFICIAL USE ONLY',
  'LIMITED OFFICIAL USE',
];

/** Values of `Priority:`, the most common first. */
export const priorityValues: readonly string[] = ['URGENT', 'IMMEDIATE', 'MOST IMMEDIATE', 'PRIORITY', 'ROUTINE', 'FLASH', 'OPERATIONAL IMMEDIATE'];
