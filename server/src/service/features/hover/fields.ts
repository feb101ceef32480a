/** Hover on field names (format sections 3, 5), catalogue keys (2) and number signs (3). */
import { preferredNumberSign } from '../../diagnostics/rules/numberSigns';
import { fieldByName } from '../../parser/fields';
import type { CableTree, CatalogueEntry, FieldBlock, NumberSign, NumberSignNode } from '../../parser/tree';
import type { CableSettings } from '../../settings';
import { countSigns, signsOf } from '../completion/values';
import { catalogueKeyDescription, catalogueKeys } from '../completion/vocabulary';
import { code, times } from './markdown';

export function fieldHover(field: FieldBlock): string {
  const definition = field.canonical ? fieldByName(field.canonical) : undefined;
  if (!definition) {
    const guess = field.suggestions.length > 0 ? ` Did you mean ${field.suggestions.map(code).join(' or ')}?` : '';
    return `**${field.name}** — not a known field name (C201).${guess}`;
  }
  const lines = [`**${definition.name}** — ${definition.zone} field`, '', definition.description];
  if (field.name.toLowerCase() !== definition.name.toLowerCase()) lines.push('', `Written with its alias ${code(field.name)}.`);
  if (field.zone !== definition.zone) {
    lines.push('', definition.zone === 'footer' ? 'A footer field: it belongs after the `-----` separator (C104).' : 'A header field: it belongs at the top, before the body (C104).');
  }
  return lines.join('\n');
}

export function catalogueKeyHover(entry: CatalogueEntry): string {
  const description = catalogueKeyDescription(entry.key);
  if (description) return `**${entry.key}** — catalogue key\n\n${description}`;
  return `**${entry.key}** — unknown catalogue key (C204)\n\nKnown keys: ${catalogueKeys.join(', ')}.`;
}

const signNames: Readonly<Record<NumberSign, string>> = {
  '№': 'the numero sign',
  'Nº': 'N with the ordinal indicator º',
  'N°': 'N with the degree sign °',
  'No.': 'the abbreviation No.',
  '#': 'the hash sign',
};

export function numberSignHover(tree: CableTree, node: NumberSignNode, settings: CableSettings): string {
  const signs = signsOf(tree);
  const counts = countSigns(signs);
  const preferred = preferredNumberSign(signs, settings.numberSign);
  const lines = [`**${node.sign}** — number sign, ${signNames[node.sign]}`, ''];
  const count = counts.get(node.sign) ?? 1;
  if (settings.numberSign === node.sign) lines.push(`The sign preferred by the \`cable.numberSign\` setting; used ${times(count)} in this document.`);
  else if (settings.numberSign) lines.push(`The \`cable.numberSign\` setting prefers ${code(settings.numberSign)}: C304 suggests writing it here.`);
  else if (counts.size === 1) lines.push(`The only number sign in this document (used ${times(count)}).`);
  else if (preferred === node.sign) lines.push(`The sign this document uses most (${countList(counts)}).`);
  else lines.push(`This document uses ${code(preferred ?? node.sign)} most (${countList(counts)}): C304 suggests writing it here too.`);
  return lines.join('\n');
}

function countList(counts: ReadonlyMap<NumberSign, number>): string {
  return [...counts].map(([sign, count]) => `${sign} ×${count}`).join(', ');
}
