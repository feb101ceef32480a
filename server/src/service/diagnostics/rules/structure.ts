/** C101–C105: the document's structure. */
import { fieldByName, fieldDefinitions, fieldNamePattern } from '../../parser/fields';
import { blockAt } from '../../analysis/locate';
import { lineEndingOf } from '../../parser/lines';
import { codeIn, textIn, textSourceOf } from '../../parser/treeText';
import { lineNumberOf } from '../../text/positions';
import type { CableTree, ParagraphBlock, SourceLine } from '../../parser/tree';
import { quoted, type Rule, type RuleContext } from './types';

export const unclosedQuote: Rule = ({ facts, tree, reporter }) => {
  for (const quote of facts.quotes) {
    if (quote.closeQuote) continue;
    const opener = textIn(tree, quote.openQuote.start, quote.openQuote.end);
    const closer = opener === '“' ? '”' : opener === '«' ? '»' : '"';
    reporter.report({
      code: 'C101',
      range: { start: quote.openLine.start, end: quote.openLine.contentEnd },
      message: `This quoted telegram opens with ${opener} but is never closed: end its last line with ${closer}.`,
    });
  }
};

export const unpairedBracket: Rule = ({ tree, reporter }) => {
  for (const problem of tree.bracketProblems) {
    reporter.report({
      code: 'C102',
      range: problem.range,
      message: problem.kind === 'unclosed' ? 'This [ has no closing ]: close the mark before its paragraph ends (a mark may run over lines, but not past a blank line).' : 'This ] closes nothing: there is no [ before it.',
    });
  }
};

export const unclosedCatalogue: Rule = ({ tree, reporter }) => {
  const catalogue = tree.catalogue;
  if (!catalogue || catalogue.close) return;
  reporter.report({
    code: 'C103',
    range: { start: catalogue.open.start, end: catalogue.open.contentEnd },
    message: 'The catalogue record opened with --- is never closed: add a line --- after its last entry.',
  });
};

export const fieldInWrongZone: Rule = (context) => {
  const { facts, reporter } = context;
  for (const field of facts.fields) {
    if (!field.canonical) continue;
    const definition = fieldByName(field.canonical);
    if (!definition || definition.zone === field.zone) continue;
    reporter.report({
      code: 'C104',
      range: field.nameRange,
      message:
        field.zone === 'footer'
          ? `${quoted(field.name)} is a header field but stands after the footer separator: move it above the body.`
          : `${quoted(field.name)} is a footer field: put a line of --- (the footer separator) before it.`,
    });
  }
  footerFieldsInBody(context);
  headerFieldsCutOff(context);
};

/**
 * Header fields below a line that ended the header (format 3: the first
 * line that is not a field, stamp, comment or blank starts the body). When
 * that line runs straight on from the header's fields, or is the cable's
 * very first line (a letterhead typed above `Cable:`), with header fields
 * under it, those fields are read as body text and nothing said so: each is
 * reported, naming the line that ended the header. After a blank line, the
 * body is the body.
 */
function headerFieldsCutOff({ tree, reporter }: RuleContext): void {
  const cutOff = cutOffHeaderFields(tree);
  if (cutOff === undefined) return;
  const { ender } = cutOff;
  for (const { line, name } of cutOff.fields) {
    reporter.report({
      code: 'C104',
      range: { start: line.start, end: line.start + name.length },
      message: `${quoted(name)} is a header field, but the header ended at line ${lineNumberOf(tree, ender.start)}: ${quoted(textIn(tree, ender.start, Math.min(ender.contentEnd, ender.start + 120)))} is not a header field, so this line is read as body text. Write that line as a field (Office:, From:, …) or move it below the header's fields; if this is body text, leave a blank line after the header.`,
    });
  }
}

/** The header fields under the line that ended the header straight on (see `headerFieldsCutOff`), and that line. */
export function cutOffHeaderFields(tree: CableTree): { ender: SourceLine; fields: Array<{ line: SourceLine; name: string }> } | undefined {
  const first = tree.body.blocks[0];
  if (first?.type !== 'paragraph' || first.lines.length < 2 || !endsHeaderStraightOn(tree, first.start)) return undefined;
  const fields: Array<{ line: SourceLine; name: string }> = [];
  for (let index = 1; index < first.lines.length; index++) {
    const line = first.lines[index];
    const name = headerFieldNameOn(tree, line.start, line.contentEnd);
    if (name !== undefined) fields.push({ line, name });
  }
  return fields.length > 0 ? { ender: first.lines[0], fields } : undefined;
}

/** Whether the body's first paragraph, at `start`, follows the header's last field or stamp with no blank line, or begins the cable. */
function endsHeaderStraightOn(tree: CableTree, start: number): boolean {
  const header = tree.header.blocks;
  const last = header[header.length - 1];
  if (last === undefined) return tree.header.start === start;
  return last.type !== 'blank' && last.end === start;
}

/** Longer than `Name of three words:` can be: the line is read no further. */
const fieldNameWindow = 48;

/** The name of a header field the line begins with, read from its first characters alone (a line may be a megabyte long). */
function headerFieldNameOn(tree: CableTree, start: number, contentEnd: number): string | undefined {
  const first = codeIn(tree, start);
  if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122))) return undefined;
  const name = fieldNamePattern.exec(textIn(tree, start, Math.min(contentEnd, start + fieldNameWindow)))?.[1];
  return name !== undefined && fieldByName(name)?.zone === 'header' ? name : undefined;
}

/** The footer fields' names: letters and single spaces, as `fieldNamePattern` reads names. */
const footerFieldNames = fieldDefinitions.filter((definition) => definition.zone === 'footer').map((definition) => definition.name);

/** An ASCII letter's lower-case code; anything else maps to some code below 128, which at worst lets a line through to the pattern. */
const lowerAscii = (code: number): number => (code | 0x20) & 0x7f;

/** Their first two letters, lower-cased, as a table by character codes: almost every line of prose is passed over on that alone. */
const footerFieldOpening = new Uint8Array(128 * 128);
for (const name of footerFieldNames) footerFieldOpening[lowerAscii(name.charCodeAt(0)) * 128 + lowerAscii(name.charCodeAt(1))] = 1;

/**
 * A footer field's `Name:` at the start of a line (the line read on its own): what `fieldNamePattern` followed by `fieldByName` finds
 * when the field is a footer one (a name whatever its case, then blanks, a
 * colon, and a blank or the line's end). Only footer names can match, so a
 * prose line fails at its first word instead of being read as a candidate
 * name of up to three words.
 */
const footerFieldAt = new RegExp(`(${footerFieldNames.map((name) => name.replace(' ', '[ \\u00a0]')).join('|')})[ \\t\\u00a0]*:(?=[ \\t\\u00a0\\r\\n]|$)`, 'iy');

/** Whether a line start lies in one of the paragraphs (a paragraph is whole lines, so it is then one of its lines). */
function inBodyParagraph(paragraphs: readonly ParagraphBlock[], lineStart: number): boolean {
  const paragraph = blockAt(paragraphs, lineStart);
  // blockAt also gives the last block for the offset just past it; a line starting there is not in it.
  return paragraph !== undefined && lineStart < paragraph.end;
}

/**
 * A footer field written in the body means the footer is missing its
 * separator. The line starts are read from the tree's flat list rather than
 * from each paragraph's line records (one pointer chase per line of the
 * document on every check); the rare line that starts with a footer field is
 * then looked up among the body's paragraphs.
 */
function footerFieldsInBody({ facts, tree, reporter }: RuleContext): void {
  const { lineStarts } = tree;
  // Read line by line from the version's pieces: the whole text is not made for this (see treeText.ts).
  const text = textSourceOf(tree);
  for (let index = 0; index < lineStarts.length; index++) {
    const start = lineStarts[index];
    if (footerFieldOpening[lowerAscii(text.code(start)) * 128 + lowerAscii(text.code(start + 1))] !== 1) continue;
    footerFieldAt.lastIndex = 0;
    const match = footerFieldAt.exec(text.slice(start, index + 1 < lineStarts.length ? lineStarts[index + 1] : tree.text.length));
    if (!match || !inBodyParagraph(facts.bodyParagraphs, start)) continue;
    reporter.report({
      code: 'C104',
      range: { start, end: start + match[1].length },
      message: `${quoted(match[1])} is a footer field: put a line of --- (the footer separator) before the footer.`,
    });
  }
}

export const mixedLineEndings: Rule = ({ tree, reporter }) => {
  const { firstMinority, lf, crlf, cr } = tree.lineEndings;
  if (!firstMinority) return;
  const names = { lf: 'LF', crlf: 'CRLF', cr: 'CR', none: '' };
  const majority = lf >= crlf && lf >= cr ? 'LF' : crlf >= cr ? 'CRLF' : 'CR';
  const counts = [lf ? `${lf} LF` : '', crlf ? `${crlf} CRLF` : '', cr ? `${cr} CR` : ''].filter(Boolean).join(', ');
  reporter.report({
    code: 'C105',
    range: { start: firstMinority.start, end: firstMinority.contentEnd },
    message: `Mixed line endings (${counts}): this line ends with ${names[endingOfLine(tree, firstMinority)]}, most end with ${majority}.`,
  });
};

/** The line ending of one line, read from that line alone. */
function endingOfLine(tree: CableTree, line: SourceLine): ReturnType<typeof lineEndingOf> {
  return lineEndingOf(textIn(tree, line.start, line.end), { start: 0, contentEnd: line.contentEnd - line.start, end: line.end - line.start });
}
