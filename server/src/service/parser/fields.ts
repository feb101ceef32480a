/** Field names of the header (format section 3) and footer (section 5), with aliases. */
import { nearMisses } from '../text/distance';

export type FieldValueForm = 'text' | 'number' | 'time' | 'recipients' | 'who-when' | 'printed' | 'count';

export interface FieldDefinition {
  name: string;
  zone: 'header' | 'footer';
  aliases: readonly string[];
  form: FieldValueForm;
  description: string;
}

export const fieldDefinitions: readonly FieldDefinition[] = [
  { name: 'Office', zone: 'header', aliases: [], form: 'text', description: 'The letterhead: the issuing office.' },
  { name: 'Cable', zone: 'header', aliases: ['Telegram', 'No'], form: 'number', description: 'The cable number: an optional sign (№, Nº, No., #) then digits; `/`-separated parts allowed (`254/3612/shs`).' },
  { name: 'Series', zone: 'header', aliases: [], form: 'text', description: 'The series the cable belongs to.' },
  { name: 'Classification', zone: 'header', aliases: [], form: 'text', description: 'The security classification, e.g. `TOP SECRET`.' },
  { name: 'Priority', zone: 'header', aliases: [], form: 'text', description: 'The priority, e.g. `URGENT`.' },
  { name: 'From', zone: 'header', aliases: [], form: 'text', description: 'Where or whom the cable came from.' },
  { name: 'To', zone: 'header', aliases: [], form: 'text', description: 'The addressee.' },
  { name: 'Copies to', zone: 'header', aliases: ['Distribution'], form: 'recipients', description: 'The `;`-separated recipients of copies; a recipient may carry a count, `Cde. Stalin (2)`.' },
  { name: 'Sent', zone: 'header', aliases: [], form: 'time', description: 'When the cable was sent: a time group.' },
  { name: 'Received', zone: 'header', aliases: [], form: 'time', description: 'When the cable was received: a time group.' },
  { name: 'Copy', zone: 'header', aliases: [], form: 'number', description: 'The number of this copy, written like a cable number.' },
  { name: 'Incoming', zone: 'header', aliases: [], form: 'number', description: 'The incoming registration number, written like a cable number.' },
  { name: 'Deciphered', zone: 'footer', aliases: [], form: 'who-when', description: 'Who deciphered the cable, then when: `Fedyaev 1205 19 October`.' },
  { name: 'Encoded', zone: 'footer', aliases: [], form: 'who-when', description: 'Who encoded the cable, then when.' },
  { name: 'Typed', zone: 'footer', aliases: [], form: 'who-when', description: 'Who typed the cable, then when.' },
  { name: 'Dispatched', zone: 'footer', aliases: [], form: 'who-when', description: 'Who dispatched the cable, then when.' },
  { name: 'Printed', zone: 'footer', aliases: [], form: 'printed', description: 'Who printed the cable, then when, optionally followed by a number (`Nº 3007`).' },
  { name: 'Copies printed', zone: 'footer', aliases: [], form: 'count', description: 'How many copies were printed: a whole number in digits or English words (`8`, `Eight`).' },
  { name: 'Verified', zone: 'footer', aliases: [], form: 'text', description: 'Who verified the copy.' },
];

const byLowerName = new Map<string, FieldDefinition>();
for (const definition of fieldDefinitions) {
  byLowerName.set(definition.name.toLowerCase(), definition);
  for (const alias of definition.aliases) byLowerName.set(alias.toLowerCase(), definition);
}

const allNames = [...byLowerName.keys()];

export function fieldByName(name: string): FieldDefinition | undefined {
  return byLowerName.get(name.toLowerCase().replace(/\s+/g, ' '));
}

export function fieldDefinition(canonical: string): FieldDefinition {
  const definition = byLowerName.get(canonical.toLowerCase());
  if (!definition) throw new Error(`unknown field ${canonical}`);
  return definition;
}

/**
 * The suggestions for each misspelt name met, by its lower case: a header
 * repeats its lines (`Recieved:` in every cable of a collection pasted into
 * one file), and the distances to every field name are the costly part.
 * Cleared when full, so endless distinct names cannot grow it.
 */
const suggestionsByName = new Map<string, readonly string[]>();
const rememberedNames = 2_000;

/** Known field names (canonical spelling) a misspelt name is near, nearest first (C201); a new array each call. */
export function misspeltFieldSuggestions(name: string): string[] {
  const lower = name.toLowerCase();
  let suggestions = suggestionsByName.get(lower);
  if (suggestions === undefined) {
    suggestions = suggestionsFor(lower);
    if (suggestionsByName.size >= rememberedNames) suggestionsByName.clear();
    suggestionsByName.set(lower, suggestions);
  }
  return [...suggestions];
}

function suggestionsFor(lower: string): string[] {
  const near = nearMisses(lower, allNames);
  const canonical = near.map((candidate) => {
    const definition = byLowerName.get(candidate);
    if (!definition) return candidate;
    const alias = definition.aliases.find((a) => a.toLowerCase() === candidate);
    return alias ?? definition.name;
  });
  return [...new Set(canonical)];
}

/**
 * The `Name:` at the start of a line: one to three words of letters, then `:`
 * and a blank or the end. A no-break space counts as a blank here (between
 * the words, around the colon), as text pasted from a web page brings them.
 */
export const fieldNamePattern = /^([A-Za-z]+(?:[ \u00a0][A-Za-z]+){0,2})[ \t\u00a0]*:(?=[ \t\u00a0]|$)/;

/** A known field's name with its value written onto the colon (`Cable:25025`), which the format does not read as the field. */
const gluedField = /^([A-Za-z]+(?:[ \u00a0][A-Za-z]+){0,2}):(?=[^ \t\u00a0])/;

/** The field a line means when it glues its value to the colon, and where the space it needs goes (an offset into `line`); else undefined. */
export function gluedFieldOf(line: string): { name: string; spaceAt: number } | undefined {
  const match = gluedField.exec(line);
  const definition = match ? fieldByName(match[1]) : undefined;
  return match && definition ? { name: definition.name, spaceAt: match[0].length } : undefined;
}

export const timeFields = new Set(['Sent', 'Received', 'Deciphered', 'Encoded', 'Typed', 'Dispatched', 'Printed']);
