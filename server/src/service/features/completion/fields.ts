/**
 * Field names at the start of a header or footer line (format sections 3, 5)
 * and keys at the start of a catalogue line (section 2).
 *
 * Names already used in the zone are still offered, after the unused ones and
 * marked "already used": a second `Copies to` is sometimes what the page has
 * (C202 then says so), and hiding it would look like a missing feature.
 */
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver-types';
import { fieldDefinitions, type FieldDefinition } from '../../parser/fields';
import type { CatalogueBlock, FieldZone } from '../../parser/tree';
import { item, sortKey } from './items';
import { lineRange, type CompletionSite } from './site';
import { catalogueKeyDescription, catalogueKeys } from './vocabulary';

/** One word being typed at a line start: it may be a field name still misspelt, which the client's fuzzy filter matches. */
const typedWord = /^[A-Za-z]*$/;
/** Several words (`Copies t`) count only as the start of a known name: `We have Re` is a sentence. */
const multiWordNames = fieldDefinitions.flatMap((definition) => [definition.name, ...definition.aliases]).filter((name) => name.includes(' ')).map((name) => name.toLowerCase());
/** The rest of a field name and its colon after the cursor, replaced too (`Rec|eived: `). */
const restOfFieldName = /^[A-Za-z]*(?: [A-Za-z]+){0,2}[ \t]*:[ \t]?/;
const typedKey = /^[A-Za-z_-]*$/;
const restOfKey = /^[A-Za-z_-]*[ \t]*:[ \t]?/;

/** True when the text before the cursor can be the start of a field name. */
export function typingFieldName(site: CompletionSite): boolean {
  if (typedWord.test(site.before)) return true;
  const typed = site.before.toLowerCase();
  return /^[a-z]+ [a-z ]*$/.test(typed) && multiWordNames.some((name) => name.startsWith(typed));
}

export function fieldNameItems(site: CompletionSite, zone: FieldZone): CompletionItem[] {
  const used = usedFields(site, zone);
  const range = lineRange(site, site.lineStart, site.offset + (restOfFieldName.exec(site.after)?.[0].length ?? 0));
  const items: CompletionItem[] = [];
  fieldDefinitions
    .filter((definition) => definition.zone === zone)
    .forEach((definition, index) => {
      const isUsed = used.has(definition.name);
      items.push(fieldItem(definition, definition.name, isUsed, range, sortKey(isUsed ? 2 : 0, index)));
      for (const alias of definition.aliases) items.push(fieldItem(definition, alias, isUsed, range, sortKey(isUsed ? 3 : 1, index)));
    });
  return items;
}

function fieldItem(definition: FieldDefinition, written: string, isUsed: boolean, range: ReturnType<typeof lineRange>, sortText: string): CompletionItem {
  const role = written === definition.name ? `${definition.zone} field` : `alias of ${definition.name}`;
  return item({
    label: written,
    kind: CompletionItemKind.Field,
    range,
    insert: `${written}: `,
    detail: isUsed ? `${role} (already used)` : role,
    documentation: definition.description,
    sortText,
  });
}

/** Canonical names of the fields of a zone, leaving out the field on the cursor's own line. */
function usedFields(site: CompletionSite, zone: FieldZone): Set<string> {
  const blocks = zone === 'header' ? site.tree.header.blocks : (site.tree.footer?.blocks ?? []);
  const used = new Set<string>();
  for (const block of blocks) {
    if (block.type === 'field' && block.canonical && block !== site.block) used.add(block.canonical);
  }
  return used;
}

/** Keys at the start of a catalogue line; nothing on the fences or in a value. */
export function catalogueKeyItems(site: CompletionSite): CompletionItem[] {
  const catalogue = site.tree.catalogue;
  if (!catalogue || isFence(catalogue, site.lineStart) || !typedKey.test(site.before)) return [];
  const used = new Set(catalogue.entries.filter((entry) => entry.start !== site.lineStart).map((entry) => entry.key));
  const range = lineRange(site, site.lineStart, site.offset + (restOfKey.exec(site.after)?.[0].length ?? 0));
  return catalogueKeys.map((key, index) => {
    const isUsed = used.has(key);
    return item({
      label: key,
      kind: CompletionItemKind.Property,
      range,
      insert: `${key}: `,
      detail: isUsed ? 'catalogue key (already used)' : 'catalogue key',
      documentation: catalogueKeyDescription(key),
      sortText: sortKey(isUsed ? 1 : 0, index),
    });
  });
}

function isFence(catalogue: CatalogueBlock, lineStart: number): boolean {
  return lineStart === catalogue.open.start || lineStart === catalogue.close?.start;
}
