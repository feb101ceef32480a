/** C201–C203, C208: header and footer fields. */
import { fieldByName, fieldDefinition, gluedFieldOf } from '../../parser/fields';
import { textIn } from '../../parser/treeText';
import type { FieldBlock, TextRange } from '../../parser/tree';
import { parseCount } from '../../text/numberWords';
import { lastStartingAtOrBefore } from '../../text/positions';
import { lineNumberOf, quoted, type Rule, type RuleContext } from './types';
import { cutOffHeaderFields } from './structure';

export const misspeltField: Rule = ({ facts, reporter }) => {
  for (const field of facts.fields) {
    if (field.canonical) continue;
    const [best] = field.suggestions;
    reporter.report({
      code: 'C201',
      range: field.nameRange,
      message: `Unknown field ${quoted(field.name)}: did you mean ${quoted(best)}?`,
      data: { suggestions: field.suggestions },
    });
  }
};

export const duplicateField: Rule = ({ facts, tree, reporter }) => {
  const seen = new Map<string, FieldBlock>();
  for (const field of facts.fields) {
    if (!field.canonical) continue;
    const first = seen.get(field.canonical);
    if (!first) {
      seen.set(field.canonical, field);
      continue;
    }
    reporter.report({
      code: 'C202',
      range: field.nameRange,
      message: `${field.canonical} is given twice: it is already on line ${lineNumberOf(tree, first.start)}.`,
    });
  }
};

export const missingRequiredField: Rule = ({ facts, tree, settings, reporter }) => {
  // A misspelt field (`Telegam:`, C201) is the field the transcriber meant: one finding is enough.
  const present = new Set(facts.fields.map((field) => field.canonical ?? fieldByName(field.suggestions[0] ?? '')?.name));
  for (const required of settings.requiredFields) {
    const definition = fieldByName(required);
    const name = definition?.name ?? required;
    if (present.has(name)) continue;
    // `Cable:25025` is no field, so the header ends before it: it is the body's first line.
    const glued = bodyFirstLine(tree);
    const isGlued = gluedFieldOf(textIn(tree, glued.start, glued.end))?.name === name;
    // Written, but below the line that ended the header (C104 says so there): not to be added again.
    const cutOff = cutOffHeaderFields(tree);
    const below = cutOff?.fields.find((field) => fieldByName(field.name)?.name === name);
    const advice = isGlued
      ? `${quoted(textIn(tree, glued.start, glued.end))} is not read as the field: put a space after the colon.`
      : below && cutOff
        ? `the ${name} line (line ${lineNumberOf(tree, below.line.start)}) is read as body text, below the line that ended the header (line ${lineNumberOf(tree, cutOff.ender.start)}; see C104 there).`
        : `add a line like ${quoted(`${name}: ${exampleValue(name)}`)} to the header.`;
    reporter.report({
      code: 'C203',
      range: isGlued ? glued : requiredFieldRange(tree),
      message: `The required field ${name} is missing: ${advice}`,
      // The field to add, for the quick fix: several missing fields share one range. None when it is written below.
      data: { suggestions: below ? [] : [name] },
    });
  }
};

/** The body's first line, without its line ending. */
function bodyFirstLine(tree: RuleContext['tree']): TextRange {
  const start = tree.body.start;
  const line = lastStartingAtOrBefore(tree.lineStarts, start);
  const next = line + 1 < tree.lineStarts.length ? tree.lineStarts[line + 1] : tree.text.length;
  const content = textIn(tree, start, next).replace(/\r?\n$|\r$/, '');
  return { start, end: start + content.length };
}

/** Where a missing field is reported: the first line after the catalogue that holds text. */
function requiredFieldRange(tree: RuleContext['tree']): TextRange {
  const start = tree.header.start;
  const { lineStarts } = tree;
  // Line by line from the header's first line, each read on its own (see treeText.ts).
  for (let line = lastStartingAtOrBefore(lineStarts, start); line < lineStarts.length; line++) {
    const lineStart = Math.max(start, lineStarts[line]);
    const lineEnd = line + 1 < lineStarts.length ? lineStarts[line + 1] : tree.text.length;
    const content = textIn(tree, lineStart, lineEnd).replace(/\r?\n$|\r$/, '');
    if (content.trim() !== '' && !content.trimStart().startsWith('%%')) return { start: lineStart, end: lineStart + content.length };
  }
  return { start, end: start };
}

function exampleValue(name: string): string {
  const form = fieldByName(name)?.form;
  if (form === 'number') return '№ 123';
  if (form === 'time') return '1135 19 October 1951';
  if (form === 'who-when' || form === 'printed') return 'Fedyaev 1205 19 October';
  if (form === 'count') return '8';
  return '…';
}

/**
 * A number (format 3): an optional sign, digits, `/`-separated parts; also
 * the German `Nr.` before it, as the pages write it.
 */
const numberValue = /^(?:(?:№|Nº|N°|[Nn][Oo]\.?|#|Nr\.?)[ \t\u00a0]*)?\d[\p{L}\p{N}-]*(?:\/[\p{L}\p{N}.-]+)*$/u;
/** A copy's place among the copies after its number: `Copy: 1 of 3`. */
const ofCopies = /[ \t\u00a0]+of[ \t\u00a0]+\d+$/;

/** Forms whose value cannot be left empty: a number, a time group, a count. */
const valueRequired = new Set(['number', 'time', 'who-when', 'printed', 'count']);

export const wrongValueForm: Rule = (context) => {
  for (const field of context.facts.fields) {
    if (!field.canonical || field.value.includes('[')) continue;
    const form = fieldDefinition(field.canonical).form;
    if (field.value === '') {
      if (valueRequired.has(form)) reportEmpty(context, field);
      continue;
    }
    const problem = formProblem(context, field, form);
    if (!problem) continue;
    context.reporter.report({
      code: 'C208',
      range: { start: field.valueRanges[0].start, end: field.valueRanges[field.valueRanges.length - 1].end },
      message: problem,
    });
  }
};

function reportEmpty({ reporter }: RuleContext, field: FieldBlock): void {
  reporter.report({
    code: 'C208',
    range: field.nameRange,
    message: `${field.canonical} has no value: write what the page shows (${quoted(`${field.canonical}: ${exampleValue(field.canonical ?? '')}`)}), or [illegible] if it cannot be read.`,
  });
}

function formProblem(context: RuleContext, field: FieldBlock, form: string): string | undefined {
  const value = field.value;
  switch (form) {
    case 'number':
      return numberValue.test(field.canonical === 'Copy' ? value.replace(ofCopies, '') : value) ? undefined : `${field.canonical} expects a number such as ${quoted('№ 25025')} or ${quoted('254/3612/shs')}, not ${quoted(value)}.`;
    case 'count':
      return parseCount(value) !== undefined ? undefined : `Copies printed expects a whole number in digits or words (${quoted('8')}, ${quoted('Eight')}), not ${quoted(value)}.`;
    case 'time':
    case 'who-when':
    case 'printed':
      return hasTimeGroup(context, field) ? undefined : timeFormMessage(field, form);
    default:
      return undefined;
  }
}

function timeFormMessage(field: FieldBlock, form: string): string {
  const example = form === 'time' ? '1135 19 October 1951' : 'Fedyaev 1205 19 October';
  return `${field.canonical} expects ${form === 'time' ? 'a time group' : 'a name and a time group'}, such as ${quoted(example)}; ${quoted(field.value)} has no date or time that can be read.`;
}

/**
 * A date-time group without its month (`241100Z`: the 24th, 11:00, zone Z),
 * as signals of the same month write it. A time field holding one is what
 * the page shows, so it is no wrong form; with no month it is no date
 * either, so nothing else reads it (no ordering check, no hover).
 */
const monthlessDateTimeGroup = /(?<![\p{L}\p{N}])(?:0[1-9]|[12][0-9]|3[01])(?:[01][0-9]|2[0-3])[0-5][0-9][A-Z](?![\p{L}\p{N}])/u;

/** A time group, a time group the checker already reports as impossible (C210–C212), or a date-time group without its month. */
function hasTimeGroup(context: RuleContext, field: FieldBlock): boolean {
  if (field.inlines.some((inline) => inline.type === 'time-group')) return true;
  if (monthlessDateTimeGroup.test(field.value)) return true;
  return context.tree.timeGroupProblems.some((problem) => problem.start >= field.start && problem.end <= field.end);
}
