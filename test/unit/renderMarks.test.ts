/**
 * The renderer's marks: every editorial mark kind in both views (the
 * diplomatic view as typed, the reading view resolved), and diagnostics
 * shown as markers at their place.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService, defaultSettings } from '../../server/src/service/index';
import { renderBody, type RenderView } from '../../server/src/service/render/index';
import { samplesDir } from '../support/paths';
import { assertBalanced, attribute, only, render, renderInBody, sampleFiles, textOf } from '../support/renderHtml';

describe('editorial marks in both views', () => {
  /** [input, classes the mark's span has, its text in the diplomatic view, its text in the reading view] */
  const cases: Array<[string, string, string, string]> = [
    ['[Stalin]', 'mark mark-supplied', '[Stalin]', 'Stalin'],
    ['[signature]', 'mark mark-signature', '[signature]', 'signature'],
    ['[illegible]', 'mark mark-gap mark-illegible', '[illegible]', 'illegible'],
    ['[unclear: perhaps this]', 'mark mark-doubtful mark-unclear', '[unclear: perhaps this]', 'perhaps this'],
    ['[3 groups unrecovered]', 'mark mark-gap mark-groups', '[3 groups unrecovered]', '3 groups unrecovered'],
    ['[1 group garbled]', 'mark mark-gap mark-groups', '[1 group garbled]', '1 group garbled'],
    ['[C% the text]', 'mark mark-certainty certainty-c', '[C% the text]', 'the textC'],
    ['[B % the Treasury]', 'mark mark-certainty certainty-b', '[B % the Treasury]', 'the TreasuryB'],
    ['[?]', 'mark mark-doubtful', '[?]', '?'],
    ['[Kuksa-bong?]', 'mark mark-doubtful', '[Kuksa-bong?]', 'Kuksa-bong'],
    ['[Redacted two words]', 'mark mark-gap mark-redacted', '[Redacted two words]', 'Redacted two words'],
    ['[Page 2]', 'mark mark-page', '[Page 2]', 'Page 2'],
    ['[Stamp: Received\n13 July 1950]', 'mark mark-stamp', '[Stamp: Received\n13 July 1950]', 'Received\n13 July 1950'],
    ['[Deleted: struck words]', 'mark mark-annotation annotation-deleted', '[Deleted: struck words]', 'struck words'],
    ['[Underlined: underlined words]', 'mark mark-annotation annotation-underlined', '[Underlined: underlined words]', 'underlined words'],
    ['[Foo: bar]', 'mark mark-unknown-tag', '[Foo: bar]', '[Foo: bar]'],
    ['[]', 'mark mark-empty', '[]', '[]'],
  ];

  for (const [input, classes, diplomatic, reading] of cases) {
    test(`${JSON.stringify(input)}`, () => {
      const typed = only(renderInBody(`Before ${input} after.`, 'diplomatic'), 'span', `class="${classes}"`);
      assert.equal(textOf(typed.inner), diplomatic);
      assert.match(typed.inner, /^<span class="mark-bracket">\[/, 'diplomatic keeps the opening bracket, set apart');
      const resolved = only(renderInBody(`Before ${input} after.`, 'reading'), 'span', `class="${classes}`);
      assert.equal(textOf(resolved.inner), reading);
    });
  }

  test('the reading view drops [sic] and the blank before it; the diplomatic view keeps it', () => {
    const reading = renderInBody('Le Kenong [sic], the other Kenong [sic] said.', 'reading');
    assert.doesNotMatch(reading, /mark-sic|\[sic\]/);
    assert.equal(textOf(only(reading, 'p').inner), 'Le Kenong, the other Kenong said.');
    const diplomatic = renderInBody('Le Kenong [sic], the other.', 'diplomatic');
    assert.equal(textOf(only(diplomatic, 'span', 'class="mark mark-sic"').inner), '[sic]');
  });

  test('certainty: the letter is a superscript in the reading view', () => {
    assert.match(renderInBody('[C% the Board]', 'reading'), /the Board<sup class="certainty-letter" title="Certainty C">C<\/sup><\/span>/);
  });

  test('Note, Handwritten and Margin become margin notes with their label in the reading view only', () => {
    for (const tag of ['Note', 'Handwritten', 'Margin']) {
      const reading = only(renderInBody(`Text [${tag}: agreed] more.`, 'reading'), 'span', 'margin-note');
      assert.equal(textOf(reading.inner), `${tag} agreed`);
      assert.match(reading.inner, new RegExp(`^<span class="annotation-label">${tag}</span> `));
      const diplomatic = renderInBody(`Text [${tag}: agreed] more.`, 'diplomatic');
      assert.doesNotMatch(diplomatic, /margin-note/);
      assert.equal(textOf(only(diplomatic, 'span', 'mark-annotation').inner), `[${tag}: agreed]`);
    }
  });

  test('nested marks nest: a gap inside a stamp', () => {
    const html = renderInBody('A [Stamp: Incoming [illegible]] here.', 'reading');
    const stamp = only(html, 'span', 'class="mark mark-stamp"');
    assert.equal(textOf(stamp.inner), 'Incoming illegible');
    assert.match(stamp.inner, /<span class="mark mark-gap mark-illegible"/);
  });

  test('a stamp that is a paragraph of its own is drawn as a stamp box', () => {
    const html = renderInBody('Text.\n\n[Stamp: Reported to Cde. Stalin\n15 August 1949]\n\nMore.', 'reading');
    const stamp = only(html, 'div', 'class="stamp ');
    assert.equal(textOf(stamp.inner), 'Reported to Cde. Stalin\n15 August 1949');
    assert.equal(attribute(stamp.open, 'data-line'), '4');
  });

  test('stamps lean deterministically, and not all the same way', () => {
    const tilts = new Set<string>();
    for (let index = 0; index < 12; index++) {
      const text = `Cable: 1\n[Stamp: Incoming № ${index}]\n\nBody\n`;
      const first = /stamp-tilt-(\d)/.exec(render(text))?.[1];
      assert.equal(/stamp-tilt-(\d)/.exec(render(text))?.[1], first);
      tilts.add(first ?? '');
    }
    assert.ok(tilts.size >= 3, `only ${[...tilts].join(',')}`);
  });
});

describe('diagnostics', () => {
  const service = createLanguageService();
  let documents = 0;

  function checked(text: string, view: RenderView = 'diplomatic'): { html: string; diagnostics: Diagnostic[] } {
    // The service caches trees by URI and version: each text is a document of its own.
    const document = TextDocument.create(`file:///test-${++documents}.cable`, 'cable', 1, text);
    const diagnostics = service.getDiagnostics(document, defaultSettings);
    return { html: renderBody(service.parse(document, defaultSettings), { view, diagnostics }), diagnostics };
  }

  function markers(html: string): string[] {
    return [...html.matchAll(/<span class="diagnostic diagnostic-[a-z]+"[^>]*><\/span>/g)].map((match) => match[0]);
  }

  test('each diagnostic is shown exactly once, with its severity and message', () => {
    for (const file of sampleFiles(path.join(samplesDir, 'errors'))) {
      const { html, diagnostics } = checked(fs.readFileSync(file, 'utf8'));
      assert.ok(diagnostics.length > 0, path.basename(file));
      assert.equal(markers(html).length, diagnostics.length, path.basename(file));
      assertBalanced(html, path.basename(file));
    }
  });

  test('a marker stands where its diagnostic starts', () => {
    const { html } = checked('Cable: 1\n\nThe delegation will arrive at [Kaesong\non the morning.\n');
    assert.match(html, /arrive at <span class="diagnostic diagnostic-error" role="note" title="C102: [^"]*"[^>]*><\/span>\[Kaesong<br>on the morning\./);
  });

  test('markers are kept in the reading view, even when their text is hidden', () => {
    const text = 'Cable: 1\nCable: 2\n\nText [Stamp: x\n';
    const diplomatic = checked(text, 'diplomatic');
    const reading = checked(text, 'reading');
    assert.equal(markers(reading.html).length, reading.diagnostics.length);
    assert.equal(markers(diplomatic.html).length, diplomatic.diagnostics.length);
  });

  test('severity classes, and diagnostics on hidden lines get a line of their own', () => {
    const range = (line: number, character: number): Diagnostic['range'] => ({ start: { line, character }, end: { line, character: character + 1 } });
    const diagnostics: Diagnostic[] = [
      { range: range(0, 0), severity: 1, code: 'C1', message: 'on the comment' },
      { range: range(3, 2), severity: 2, code: 'C2', message: 'in the text' },
      { range: range(3, 4), severity: 3, message: 'information' },
      { range: range(3, 6), severity: 4, code: 7, message: 'hint' },
      { range: range(40, 0), message: 'past the end, no severity' },
    ];
    const html = render('%% comment\nCable: 1\n\nText here.\n', 'diplomatic', diagnostics);
    assert.match(html, /<div class="diagnostic-line" data-line="0"><span class="diagnostic diagnostic-error" role="note" title="C1: on the comment" aria-label="Error: C1: on the comment"><\/span><\/div>/);
    assert.match(html, /Te<span class="diagnostic diagnostic-warning"[^>]*><\/span>xt<span class="diagnostic diagnostic-info" role="note" title="information"[^>]*><\/span> h<span class="diagnostic diagnostic-hint" role="note" title="7: hint"/);
    assert.match(html, /<div class="diagnostic-line" data-line="4"><span class="diagnostic diagnostic-error" role="note" title="past the end, no severity"/);
  });

  test('past a thousand errors, the first thousand in the text are marked and a notice says how many there are', () => {
    const atLimit = checked(`Cable: № 1\n\n${'[ '.repeat(1000)}\n`);
    assert.equal(atLimit.diagnostics.length, 1000);
    assert.equal(markers(atLimit.html).length, 1000);
    assert.doesNotMatch(atLimit.html, /diagnostics-unmarked/);
    const over = checked(`Cable: № 1\n\nFirst line.\n\n${'[ '.repeat(100_000)}\n`);
    assert.equal(over.diagnostics.length, 100_000);
    assert.equal(markers(over.html).length, 1000);
    // The first thousand brackets carry the markers; the last bracket has none after it.
    assert.match(over.html, /^[\s\S]*?First line\.[\s\S]*?<span class="diagnostic diagnostic-error"/);
    assert.match(over.html, /(?:\[ ){1000}<\/p>/);
    assert.match(
      over.html,
      /<div class="diagnostic-line diagnostics-unmarked" role="note" data-line="\d+">Only 1,000 of the 100,000 problems in this cable are marked here, errors first, as the Problems panel lists them; <code>cable check<\/code> lists them all\.<\/div>\n<\/article>\n$/,
    );
    assert.ok(over.html.length < 1e6, `${over.html.length} characters of HTML`);
  });

  test('past a thousand problems, the ones marked are the ones the Problems panel lists: errors first, then the earliest', () => {
    const at = (line: number, severity: 1 | 2 | 3): Diagnostic => ({ range: { start: { line, character: 0 }, end: { line, character: 1 } }, severity, message: `s${severity} on ${line}` });
    const text = `Cable: 1

${Array.from({ length: 1200 }, (_line, index) => `Line ${index}.`).join('\n')}
`;
    // 900 information notes come first in the text, then 200 warnings and 100 errors.
    const diagnostics = [
      ...Array.from({ length: 900 }, (_d, index) => at(2 + index, 3)),
      ...Array.from({ length: 200 }, (_d, index) => at(902 + index, 2)),
      ...Array.from({ length: 100 }, (_d, index) => at(1102 + index, 1)),
    ];
    const html = render(text, 'diplomatic', diagnostics);
    const found = markers(html);
    assert.equal(found.length, 1000);
    assert.equal(found.filter((marker) => marker.includes('diagnostic-error')).length, 100);
    assert.equal(found.filter((marker) => marker.includes('diagnostic-warning')).length, 200);
    assert.equal(found.filter((marker) => marker.includes('diagnostic-info')).length, 700);
    // The information notes marked are the first 700 in the text: the one on line 701 is, the one on 702 is not.
    assert.match(html, /title="s3 on 701"/);
    assert.doesNotMatch(html, /title="s3 on 702"/);
    assert.equal(new Set(found).size, found.length);
    assert.match(html, /Only 1,000 of the 1,200 problems/);
  });

  test('no diagnostics given, no markers', () => {
    assert.doesNotMatch(render(fs.readFileSync(path.join(samplesDir, 'errors', 'C102-unbalanced-bracket.cable'), 'utf8')), /diagnostic/);
  });
});

test('a resolution above the fields is drawn as an annotation, not a stamp box, and the fields stay a table', () => {
  const html = render('[Handwritten: To Cde. Molotov. St.]\nCable: № 1\nFrom: X\n\nText.\n');
  assert.match(html, /<p class="annotation-lines" data-line="0">/);
  assert.match(html, /annotation-handwritten/);
  assert.doesNotMatch(html, /class="stamp /);
  assert.match(html, /<th scope="row">From<\/th>/);
});
