/** C204, C205: the catalogue record. */
import { nearest } from '../../text/distance';
import { quoted, type Rule } from './types';

export const catalogueKeys = ['title', 'date', 'citation', 'source', 'archive', 'summary', 'credits', 'language', 'translation', 'translator', 'tags'];

export const unknownCatalogueKey: Rule = ({ tree, reporter }) => {
  const catalogue = tree.catalogue;
  if (!catalogue) return;
  for (const entry of catalogue.entries) {
    if (catalogueKeys.includes(entry.key)) continue;
    const suggestions = nearest(entry.key, catalogueKeys);
    const hint = suggestions.length > 0 ? `did you mean ${quoted(suggestions[0])}?` : `known keys are ${catalogueKeys.join(', ')}.`;
    const lowerCase = catalogueKeys.includes(entry.key.toLowerCase()) ? ' (keys are lower-case)' : '';
    reporter.report({ code: 'C204', range: entry.keyRange, message: `Unknown catalogue key ${quoted(entry.key)}${lowerCase}: ${hint}`, data: { suggestions } });
  }
  for (const stray of catalogue.strays) {
    reporter.report({
      code: 'C204',
      range: { start: stray.start, end: stray.contentEnd },
      message: 'This line of the catalogue record is not a `key: value` entry; continue a value by starting the line with a space.',
    });
  }
};

export const invalidCatalogueValue: Rule = ({ tree, reporter }) => {
  for (const entry of tree.catalogue?.entries ?? []) {
    if (entry.valueRanges.length === 0) {
      if (entry.key === 'date' || entry.key === 'source') {
        reporter.report({ code: 'C205', range: entry.keyRange, message: `The catalogue ${entry.key} is empty: give ${entry.key === 'date' ? 'an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)' : 'the document’s http(s) address'}, or remove the line.` });
      }
      continue;
    }
    const range = { start: entry.valueRanges[0].start, end: entry.valueRanges[entry.valueRanges.length - 1].end };
    if (entry.key === 'date' && !isIsoDate(entry.value)) {
      reporter.report({ code: 'C205', range, message: `The catalogue date must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), not ${quoted(entry.value)}.` });
    }
    if (entry.key === 'source' && !isWebUrl(entry.value)) {
      reporter.report({ code: 'C205', range, message: `The catalogue source must be an absolute http(s) address such as ${quoted('https://digitalarchive.wilsoncenter.org/document/117408')}, not ${quoted(entry.value)}.` });
    }
  }
};

export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), match[2] ? Number(match[2]) : 1, match[3] ? Number(match[3]) : 1];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isWebUrl(value: string): boolean {
  if (!/^https?:\/\/[^\s/?#]+/i.test(value) || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}
