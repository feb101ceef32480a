/**
 * Assertions on tokenized Cable Markup, shared by the grammar tests. Scope
 * names are compared as themes compare them: `a.b` matches `a.b` and `a.b.c`.
 */
import assert from 'node:assert/strict';
import { dedent, scopeMatches, tokenize } from './tokenize';
import type { TokenizedDocument } from './tokenize';

/** The scopes the grammar gives each construct. */
export const S = {
  comment: 'comment.line.percentage.cable',
  commentPunctuation: 'punctuation.definition.comment.cable',
  catalogue: 'meta.catalogue.cable',
  catalogueBegin: 'punctuation.definition.catalogue.begin.cable',
  catalogueEnd: 'punctuation.definition.catalogue.end.cable',
  catalogueKey: 'support.type.property-name.catalogue.cable',
  catalogueValue: 'string.unquoted.catalogue.cable',
  link: 'markup.underline.link.cable',
  field: 'keyword.other.field.cable',
  headerField: 'meta.field.header.cable',
  footerField: 'meta.field.footer.cable',
  keyValue: 'punctuation.separator.key-value.cable',
  listSeparator: 'punctuation.separator.list.cable',
  numberSign: 'keyword.operator.number-sign.cable',
  numeric: 'constant.numeric.cable',
  timeGroup: 'constant.other.time-group.cable',
  stamp: 'markup.other.stamp.cable',
  stampTag: 'entity.name.tag.stamp.cable',
  stampBegin: 'punctuation.definition.stamp.begin.cable',
  stampEnd: 'punctuation.definition.stamp.end.cable',
  tag: 'entity.name.tag.cable',
  markBegin: 'punctuation.definition.mark.begin.cable',
  markEnd: 'punctuation.definition.mark.end.cable',
  supplied: 'markup.inserted.supplied.cable',
  doubtful: 'markup.changed.doubtful.cable',
  gap: 'markup.deleted.gap.cable',
  annotation: 'markup.other.annotation.cable',
  sic: 'markup.other.sic.cable',
  signatureMark: 'markup.other.signature.cable',
  page: 'markup.other.page.cable',
  footnoteRef: 'constant.other.reference.footnote.cable',
  footnoteNote: 'markup.other.footnote.note.cable',
  quote: 'markup.quote.cable',
  quoteBegin: 'punctuation.definition.quote.begin.cable',
  quoteEnd: 'punctuation.definition.quote.end.cable',
  signatureLine: 'meta.signature-line.cable',
  signature: 'entity.name.function.signature.cable',
  footer: 'meta.footer.cable',
  separator: 'meta.separator.footer.cable',
  separatorHeading: 'markup.heading.separator.cable',
} as const;

export function expectScope(doc: TokenizedDocument, substring: string, scope: string, line?: number): void {
  const at = doc.find(substring, line);
  assert.ok(
    doc.hasScope(substring, scope, at.line),
    `${JSON.stringify(substring)} (line ${at.line}) should carry ${scope}; tokens:\n${doc.describe(at.line)}`,
  );
}

export function expectNoScope(doc: TokenizedDocument, substring: string, scope: string, line?: number): void {
  const at = doc.find(substring, line);
  assert.ok(
    doc.lacksScope(substring, scope, at.line),
    `${JSON.stringify(substring)} (line ${at.line}) should not carry ${scope}; tokens:\n${doc.describe(at.line)}`,
  );
}

/** Every token of lines `from`..`to` (1-based, inclusive) carries `scope`. */
export function expectLinesScoped(doc: TokenizedDocument, from: number, to: number, scope: string): void {
  for (let n = from; n <= to; n++) {
    const line = doc.lines[n - 1];
    for (const token of line.tokens) {
      assert.ok(
        token.scopes.some((s) => scopeMatches(s, scope)),
        `line ${n} should be inside ${scope}; tokens:\n${doc.describe(n)}`,
      );
    }
  }
}

/** Tokenizes a snippet written as an indented template literal. */
export function snippet(text: string): Promise<TokenizedDocument> {
  return tokenize(dedent(text));
}

/** Tokenizes a snippet placed after a footer separator, so footer rules apply. */
export function inFooter(text: string): Promise<TokenizedDocument> {
  return tokenize('Cable: 1\n\nBody.\n-----\n' + dedent(text));
}
