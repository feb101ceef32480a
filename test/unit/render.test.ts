/**
 * The HTML renderer: every construct of the format and its blocks, footnote
 * links both ways, `data-line` for scroll sync, the catalogue card and time
 * groups. Mark kinds in both views and diagnostics are in
 * renderMarks.test.ts; the standalone page, the stylesheet and the `cable
 * render` command in renderStandalone.test.ts; escaping of hostile text in
 * renderEscaping.test.ts.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseCable } from '../../server/src/service/index';
import { isoDateTime, renderBody } from '../../server/src/service/render/index';
import type { TimeGroup } from '../../server/src/service/timegroups/index';
import { samplesDir, workedExample } from '../support/paths';
import { assertBalanced, attribute, elements, only, render, renderInBody, sampleFiles, textOf } from '../support/renderHtml';

describe('the worked example', () => {
  const text = fs.readFileSync(workedExample, 'utf8');
  const html = renderBody(parseCable(text), { view: 'diplomatic' });

  test('has its stamp boxed, with the stamp lines kept', () => {
    const stamp = only(html, 'div', 'class="stamp ');
    assert.match(stamp.open, /class="stamp stamp-tilt-[0-5]"/);
    assert.equal(textOf(stamp.inner), '[Stamp: SUBJECT TO RETURN\nto the IV Unit OS VKP(b) CC\n757\nIncoming № 254/3612/shs 19 October 1951]');
  });

  test('sets off the quoted telegram with its MAO ZEDONG signature to the right', () => {
    const quote = only(html, 'blockquote', 'class="quoted-telegram"');
    const signature = only(quote.inner, 'p', 'class="signature"');
    assert.equal(textOf(signature.inner), 'MAO ZEDONG 0530 18 October"');
    assert.match(signature.inner, /<time class="time-group" datetime="1951-10-18T05:30"/);
    assert.ok(textOf(quote.inner).trimStart().startsWith('"Cde. Le Kenong, copy to Cdes.'));
    // The body's own signature, after the quote, is set to the right too.
    const signatures = elements(html, 'p', 'class="signature"');
    assert.equal(textOf(signatures[signatures.length - 1].inner), 'MAO ZEDONG');
  });

  test('has the letterhead as heading and the header fields as a table', () => {
    assert.equal(textOf(only(html, 'h1', 'class="letterhead"').inner), 'SECOND MAIN DIRECTORATE OF THE GENERAL STAFF OF THE SOVIET ARMY');
    const rows = elements(html, 'tr').map((row) => textOf(row.inner));
    assert.ok(rows.includes('Cable№ 25025'));
    assert.ok(rows.includes('Copies toCde. Stalin; Cde. Stalin; Cde. Molotov; Cde. Beria;\nCde. Kaganovich; Cde. Bulganin'));
    assert.ok(rows.includes('Received1135 19 October 1951'));
  });

  test('has the footer in its own element, with the clerk fields', () => {
    const footer = only(html, 'footer', 'class="cable-footer"');
    assert.match(footer.inner, /<hr class="footer-rule" data-line="71">/);
    const rows = elements(footer.inner, 'tr').map((row) => textOf(row.inner));
    assert.deepEqual(rows, ['Deciphered' + 'Fedyaev 1205 19 October', 'Printed' + 'Korniyushina 1250 19 October Nº 3007', 'Copies printed' + 'Eight', 'Verified' + 'Section Chief Colonel [signature] (Makarov)']);
  });

  test('shows the catalogue card with a source link the webview can intercept', () => {
    const card = only(html, 'section', 'class="catalogue-card"');
    assert.equal(textOf(only(card.inner, 'h2').inner), 'Cable No. 25025, Mao Zedong to Filippov [Stalin]');
    const link = only(card.inner, 'a', 'class="source-link"');
    assert.equal(attribute(link.open, 'href'), 'https://wilson-center.drivingcreative.com/document/117408');
    assert.equal(attribute(link.open, 'data-href'), 'https://wilson-center.drivingcreative.com/document/117408');
    assert.match(card.inner, /<dt>Date<\/dt><dd><time datetime="1951-10-18">1951-10-18<\/time><\/dd>/);
    assert.match(textOf(card.inner), /CitationCable No\. 25025|Citation"Cable No\. 25025/);
  });

  test('every paragraph carries the source line it starts on, and shows those lines as typed', () => {
    const lines = text.split('\n');
    const paragraphs = elements(html, 'p');
    assert.ok(paragraphs.length > 15);
    for (const paragraph of paragraphs) {
      const line = Number(attribute(paragraph.open, 'data-line'));
      const shown = textOf(paragraph.inner).split('\n');
      assert.deepEqual(shown, lines.slice(line, line + shown.length), `paragraph at line ${line}`);
    }
  });

  test('every block element has a data-line within the document', () => {
    const lineCount = text.split('\n').length;
    const blockTags = /<(p|div|h1|h2|tr|li|ul|blockquote|section|header|footer|hr|article)(?=[\s>])[^>]*>/g;
    let count = 0;
    for (let match = blockTags.exec(html); match; match = blockTags.exec(html)) {
      count++;
      const line = attribute(match[0], 'data-line');
      assert.ok(line !== undefined, `no data-line on ${match[0]}`);
      assert.ok(Number(line) >= 0 && Number(line) < lineCount, match[0]);
    }
    assert.ok(count > 40);
    assert.match(html, /<tr class="field" data-line="19"><th scope="row">Received<\/th>/);
    assert.match(html, /<div class="stamp stamp-tilt-\d" data-line="22">/);
    assert.match(html, /<blockquote class="quoted-telegram" data-line="37">/);
  });

  test('renders every sample in both views without losing a tag', () => {
    for (const file of sampleFiles(samplesDir)) {
      const tree = parseCable(fs.readFileSync(file, 'utf8'));
      for (const view of ['diplomatic', 'reading'] as const) assertBalanced(renderBody(tree, { view }), `${path.basename(file)} (${view})`);
    }
  });
});

describe('blocks', () => {
  test('comments are not rendered in either view', () => {
    for (const view of ['diplomatic', 'reading'] as const) {
      const html = render('%% header comment\nCable: 1\n\n%% body comment\nText\n-----\n%% footer comment\nVerified: X\n', view);
      assert.doesNotMatch(html, /comment/);
      assert.match(html, /Text/);
    }
  });

  test('paragraphs keep their line breaks as <br>', () => {
    const html = renderInBody('First line\n  second, indented\nthird', 'diplomatic');
    assert.equal(only(html, 'p').inner, 'First line<br>  second, indented<br>third');
  });

  test('a signature line inside a paragraph becomes its own right-set paragraph', () => {
    const html = renderInBody('Please be guided by my instructions.\nS H T Y K O V', 'diplomatic');
    const paragraphs = elements(html, 'p');
    assert.equal(paragraphs.length, 2);
    assert.equal(paragraphs[0].open, '<p data-line="2">');
    assert.equal(paragraphs[1].open, '<p class="signature" data-line="3">');
    assert.equal(textOf(paragraphs[1].inner), 'S H T Y K O V');
  });

  test('an unclosed quote is still set off, marked as unclosed', () => {
    const html = render('Cable: 1\n\n"Never closed\n\nMore\n');
    assert.match(html, /<blockquote class="quoted-telegram quote-unclosed" data-line="2">/);
  });

  test('header fields and stamps keep their order; misspelt fields stay rows', () => {
    const html = render('Office: MINISTRY\nCable: 1\nRecieved: 1135 19 October 1951\n[Stamp: TOP SECRET]\nSeries: G.\n\nBody\n');
    const header = only(html, 'header', 'class="cable-header"').inner;
    const order = [header.indexOf('<h1 class="letterhead"'), header.indexOf('>Cable<'), header.indexOf('field-misspelt'), header.indexOf('class="stamp '), header.indexOf('>Series<')];
    assert.ok(order.every((at, index) => at >= 0 && (index === 0 || at > order[index - 1])), order.join(','));
    assert.equal(elements(header, 'table').length, 2);
  });

  test('footer: fields, notes and free lines in small print', () => {
    const html = render('Cable: 1\n\nText[i].\n-----\nDeciphered: Fedyaev 1205 19 October 1951\n[i] The note.\nSpravka: a free line.\n');
    const footer = only(html, 'footer').inner;
    assert.match(footer, /<table class="fields footer-fields">/);
    assert.match(footer, /<ul class="notes">\n<li class="note" id="note-i" data-line="5">/);
    assert.equal(textOf(only(footer, 'p', 'class="footer-line"').inner), 'Spravka: a free line.');
  });
});

describe('footnotes', () => {
  const text = 'Cable: 1\n\nTo VIKTOR[i] and again VIKTOR [i], ROBERT[ii] and [iii].\n-----\n[i] VIKTOR: Lt. Gen. P. M. FITIN.\n[ii] ROBERT: SILVERMASTER.\n[ii] A second note ii.\n';
  const html = render(text);

  test('references link to their note, each with its own id', () => {
    const refs = elements(html, 'a').filter((link) => /id="ref-/.test(link.open));
    assert.deepEqual(
      refs.map((link) => [attribute(link.open, 'href'), attribute(link.open, 'id'), textOf(link.inner)]),
      [
        ['#note-i', 'ref-i-1', '[i]'],
        ['#note-i', 'ref-i-2', '[i]'],
        ['#note-ii', 'ref-ii-1', '[ii]'],
      ],
    );
  });

  test('notes link back to every reference', () => {
    const note = only(html, 'li', 'id="note-i"');
    const back = elements(note.inner, 'a').map((link) => attribute(link.open, 'href'));
    assert.deepEqual(back, ['#ref-i-1', '#ref-i-2']);
  });

  test('every link target exists exactly once', () => {
    const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]);
    assert.equal(new Set(ids).size, ids.length, 'ids are unique (the second note [ii] gets none)');
    for (const match of html.matchAll(/\shref="#([^"]*)"/g)) assert.ok(ids.includes(match[1]), `#${match[1]} has no target`);
  });

  test('a reference without a note is shown but not linked', () => {
    assert.match(html, /<sup class="footnote-ref footnote-missing">\[iii\]<\/sup>/);
  });
});

describe('time groups', () => {
  test('resolvable groups become <time datetime>, with the reading as title', () => {
    const html = render('---\ndate: 1951-10-18\n---\nCable: 1\nReceived: 1135 19 October 1951\n\nOf 0530 18 October and 7 October, at 0600.\n');
    assert.match(html, /<time class="time-group" datetime="1951-10-19T11:35" title="1951-10-19 11:35, Friday">1135 19 October 1951<\/time>/);
    assert.match(html, /<time class="time-group" datetime="1951-10-18T05:30" [^>]*>0530 18 October<\/time>/);
    assert.match(html, /<time class="time-group" datetime="1951-10-07" [^>]*>7 October<\/time>/);
  });

  test('a group with a time but no year anywhere is a plain span', () => {
    const html = render('Cable: 1\n\nOf 0530 18 October.\n');
    assert.match(html, /<span class="time-group" title="--10-18 05:30, year unknown">0530 18 October<\/span>/);
  });

  test('isoDateTime: HTML date and time strings, or nothing', () => {
    const group = (date: TimeGroup['date'], time: TimeGroup['time'], zone?: string): TimeGroup => ({ start: 0, end: 1, form: 'day-month', date, time, zone });
    const cases: Array<[TimeGroup, number | undefined, string | undefined]> = [
      [group({ year: 1951, month: 10, day: 19 }, { hour: 11, minute: 35 }), undefined, '1951-10-19T11:35'],
      [group({ year: undefined, month: 10, day: 19 }, undefined), 1951, '1951-10-19'],
      [group({ year: undefined, month: 10, day: 19 }, undefined), undefined, '--10-19'],
      [group({ year: undefined, month: 10, day: 19 }, { hour: 5, minute: 30 }), undefined, undefined],
      [group({ year: 1945, month: 9, day: 24 }, { hour: 11, minute: 0 }, 'Z'), undefined, '1945-09-24T11:00Z'],
      [group({ year: 1949, month: 8, day: 14 }, { hour: 17, minute: 10 }, 'Moscow time'), undefined, '1949-08-14T17:10'],
      [group(undefined, { hour: 6, minute: 36 }), undefined, '06:36'],
      [group(undefined, { hour: 24, minute: 0 }), undefined, undefined],
      [group({ year: 1951, month: 2, day: 29 }, undefined), undefined, undefined],
      [group({ year: 1948, month: 2, day: 29 }, undefined), undefined, '1948-02-29'],
      [group({ year: 1950, month: 10, day: undefined }, undefined), undefined, '1950-10'],
    ];
    for (const [input, year, expected] of cases) assert.equal(isoDateTime(input, year), expected, JSON.stringify(input));
  });
});

describe('catalogue card', () => {
  test('a javascript: source is text, never a link', () => {
    const html = render('---\ntitle: T\nsource: javascript:alert(1)\n---\nCable: 1\n\nBody\n');
    assert.doesNotMatch(html, /<a\s/);
    assert.doesNotMatch(html, /href=/);
    assert.match(html, /<span class="source-text">javascript:alert\(1\)<\/span>/);
  });

  test('only absolute http(s) URLs without blanks or quotes are links', () => {
    const linked = (source: string): boolean => /class="source-link"/.test(render(`---\nsource: ${source}\n---\nCable: 1\n\nBody\n`));
    assert.equal(linked('https://example.org/a?b=c#d'), true);
    assert.equal(linked('HTTP://example.org/'), true);
    for (const bad of ['JavaScript:alert(1)', 'data:text/html,x', '//example.org/x', 'https://', 'https://a.org/"onmouseover="x', "https://a.org/'x", 'ftp://example.org/', 'vbscript:x']) {
      assert.equal(linked(bad), false, bad);
    }
  });

  test('title, entries in a fixed order, unknown keys, tags', () => {
    const html = render('---\ntags: Korea; ; armistice\nsummary: S.\nmystery: M\ntitle: The Title\narchive: A\ndate: 1951-10\n---\nCable: 1\n\nBody\n');
    const card = only(html, 'section', 'catalogue-card').inner;
    assert.equal(textOf(only(card, 'h2').inner), 'The Title');
    assert.deepEqual(
      elements(card, 'dt').map((term) => textOf(term.inner)),
      ['Date', 'Archive', 'Summary', 'mystery'],
    );
    assert.match(card, /<time datetime="1951-10">1951-10<\/time>/);
    assert.deepEqual(
      elements(card, 'li', 'class="tag"').map((tag) => textOf(tag.inner)),
      ['Korea', 'armistice'],
    );
  });

  test('a link is escaped in its attributes like any text', () => {
    const html = render('---\nsource: https://example.org/find?a=1&b=2\n---\nCable: 1\n\nBody\n');
    assert.match(html, /<a href="https:\/\/example\.org\/find\?a=1&amp;b=2" class="source-link" data-href="https:\/\/example\.org\/find\?a=1&amp;b=2" rel="noopener noreferrer">https:\/\/example\.org\/find\?a=1&amp;b=2<\/a>/);
  });

  test('a date that is not an ISO date is plain text', () => {
    assert.doesNotMatch(render('---\ndate: 1951-02-30\n---\nCable: 1\n\nBody\n'), /<time datetime/);
  });
});

test('a 1 MB cable renders whole in both views', () => {
  const example = fs.readFileSync(workedExample, 'utf8');
  const body = example.slice(example.indexOf('T\n\nto Cde'), example.indexOf('-----'));
  const marks = "ROBERT's [ii] report on [C% the Board] was [1 group garbled] handed [Note: margin] on 0530 18 October [sic] & <b>.\n\n";
  const parts = [example.slice(0, example.indexOf('-----'))];
  let length = parts[0].length;
  while (length < 1_000_000) {
    parts.push(body, marks);
    length += body.length + marks.length;
  }
  parts.push('-----\n[ii] The note.\n');
  const tree = parseCable(parts.join(''));
  // Speed is measured by `npm run bench` (target: 100 ms); here, that a 1 MB cable renders whole.
  for (const view of ['diplomatic', 'reading'] as const) {
    const html = renderBody(tree, { view });
    assert.ok(html.length > 1_000_000);
    assert.match(html, /<\/article>\s*$/);
  }
});
