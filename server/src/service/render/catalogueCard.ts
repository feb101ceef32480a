/**
 * The catalogue record as a library card: the title as its heading, then the
 * entries under fixed labels, then the tags. Catalogue values are plain text
 * (format section 2), so nothing inside them is read as markup. The source is
 * a link only when it is an http(s) URL; the webview opens it through VS Code
 * (`data-href`), never inside itself.
 */
import type { CatalogueBlock, CatalogueEntry } from '../parser/tree';
import { daysInMonth } from '../timegroups/index';
import { dataLine, placeOnOwnLine, placeRemaining, type RenderContext } from './context';
import { escapeAttribute, escapeHtml, safeHttpUrl } from './escape';

/** Known keys in the order the card shows them, with their labels; `title` and `tags` have places of their own. */
const cardKeys: ReadonlyArray<readonly [string, string]> = [
  ['date', 'Date'],
  ['archive', 'Archive'],
  ['citation', 'Citation'],
  ['source', 'Source'],
  ['summary', 'Summary'],
  ['credits', 'Credits'],
  ['language', 'Original language'],
  ['translation', 'Translation'],
  ['translator', 'Translator'],
];

const placedElsewhere = new Set(['title', 'tags', ...cardKeys.map(([key]) => key)]);

export function writeCatalogueCard(context: RenderContext, catalogue: CatalogueBlock): void {
  const out = context.out;
  const entries = catalogue.entries;
  out.push(`<section class="catalogue-card" aria-label="Catalogue record"${dataLine(context, catalogue.start)}>\n`);
  const titles = entries.filter((entry) => entry.key === 'title');
  if (titles.length > 0) writeTitle(context, titles[0]);
  const listed: CatalogueEntry[] = [...titles.slice(1)];
  for (const [key] of cardKeys) listed.push(...entries.filter((entry) => entry.key === key));
  // Keys the format does not know (C204) are still part of the record: shown as written, after the known ones.
  listed.push(...entries.filter((entry) => !placedElsewhere.has(entry.key)));
  if (listed.length > 0) {
    out.push('<dl class="card-entries">\n');
    for (const entry of listed) writeEntry(context, entry);
    out.push('</dl>\n');
  }
  for (const entry of entries) if (entry.key === 'tags') writeTags(context, entry);
  // Diagnostics on the `---` lines or on stray lines of the record.
  placeOnOwnLine(context, catalogue);
  out.push('</section>\n');
}

function writeTitle(context: RenderContext, entry: CatalogueEntry): void {
  context.out.push(`<h2 class="card-title"${dataLine(context, entry.start)}>${escapeHtml(entry.value)}`);
  placeRemaining(context, entry);
  context.out.push('</h2>\n');
}

function writeEntry(context: RenderContext, entry: CatalogueEntry): void {
  const out = context.out;
  const label = cardKeys.find(([key]) => key === entry.key)?.[1] ?? entry.key;
  out.push(`<div class="card-entry"${dataLine(context, entry.start)}><dt>${escapeHtml(label)}</dt><dd>`);
  out.push(entryValue(entry));
  placeRemaining(context, entry);
  out.push('</dd></div>\n');
}

function entryValue(entry: CatalogueEntry): string {
  if (entry.key === 'source') return sourceValue(entry.value);
  if (entry.key === 'date' && isIsoDate(entry.value)) {
    const date = escapeAttribute(entry.value);
    return `<time datetime="${date}">${date}</time>`;
  }
  return escapeHtml(entry.value);
}

/** A link for http(s) only; any other scheme (`javascript:`) is text, so nothing can run or navigate. */
export function sourceValue(value: string): string {
  const url = safeHttpUrl(value);
  if (url === undefined) return `<span class="source-text">${escapeHtml(value)}</span>`;
  const href = escapeAttribute(url);
  return `<a href="${href}" class="source-link" data-href="${href}" rel="noopener noreferrer">${escapeHtml(url)}</a>`;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real month and day: only then a `<time>`. */
function isIsoDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  return year > 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function writeTags(context: RenderContext, entry: CatalogueEntry): void {
  const tags = entry.value
    .split(';')
    .map((tag) => tag.trim())
    .filter((tag) => tag.length > 0);
  const out = context.out;
  out.push(`<ul class="card-tags" aria-label="Tags"${dataLine(context, entry.start)}>`);
  for (const tag of tags) out.push(`<li class="tag">${escapeHtml(tag)}</li>`);
  placeRemaining(context, entry);
  out.push('</ul>\n');
}
