/**
 * Hover: what each kind of node says, with the range of the node, on small
 * cursor-marker fixtures (`|` marks the pointer) and on the worked example.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import type { Hover, MarkupContent, Position } from 'vscode-languageserver-types';
import type { FeatureContext } from '../../server/src/service/features/context';
import { getHover } from '../../server/src/service/features/hover';
import { mergeSettings, namesOf, NameIndex, neverCancelled, parseCable, type CableSettings } from '../../server/src/service/index';
import { atCursor, positionOfText } from '../support/cursor';
import { workedExample } from '../support/paths';

const uri = 'file:///work/current.cable';

interface Options {
  settings?: Partial<CableSettings>;
  names?: NameIndex;
}

function contextFor(options: Options): FeatureContext {
  return { settings: mergeSettings(options.settings), names: options.names, uri, token: neverCancelled };
}

function hoverAt(text: string, position: Position, options: Options = {}): Hover | null {
  const context = contextFor(options);
  return getHover(parseCable(text, { slashedDates: context.settings.slashedDates }), position, context);
}

/** The hover at the `|` of a fixture. */
function hover(marked: string, options: Options = {}): Hover | null {
  const fixture = atCursor(marked);
  return hoverAt(fixture.text, fixture.position, options);
}

function markdown(result: Hover | null): string {
  assert.ok(result, 'expected a hover');
  const contents = result.contents as MarkupContent;
  assert.equal(contents.kind, 'markdown');
  return contents.value;
}

/** The text the hover's range covers. */
function covered(text: string, result: Hover | null): string {
  assert.ok(result?.range, 'expected a hover with a range');
  const lines = text.split('\n');
  const { start, end } = result.range;
  assert.equal(start.line, end.line, 'these nodes lie on one line');
  return lines[start.line].slice(start.character, end.character);
}

function covers(marked: string, expected: string, options: Options = {}): void {
  const fixture = atCursor(marked);
  assert.equal(covered(fixture.text, hoverAt(fixture.text, fixture.position, options)), expected);
}

const example = fs.readFileSync(workedExample, 'utf8');
const exampleLines = example.split('\n');

/** A position on a 1-based line of the worked example, at the first character of `needle`. */
function inExample(lineNumber: number, needle: string, shift = 0): Position {
  const character = exampleLines[lineNumber - 1].indexOf(needle);
  assert.ok(character >= 0, `${needle} not on line ${lineNumber}`);
  return { line: lineNumber - 1, character: character + shift };
}

describe('time groups', () => {
  test('the worked example: `1205 19 October` on line 73 reads 1951-10-19 12:05, Friday, year from the nearest earlier full date', () => {
    const result = hoverAt(example, inExample(73, '1205 19 October', 6), contextFor({}));
    const value = markdown(result);
    assert.match(value, /1951-10-19 12:05, Friday/);
    assert.match(value, /date written day, month, with a time/);
    assert.match(value, /0530 18 October 1951/);
    assert.match(value, /line 36/);
    assert.equal(covered(example, result), '1205 19 October');
  });

  test('the quoted telegram’s signature time reads 1951-10-18 05:30, Thursday', () => {
    assert.match(markdown(hoverAt(example, inExample(64, '0530'), contextFor({}))), /1951-10-18 05:30, Thursday/);
  });

  test('a written year says so', () => {
    const value = markdown(hover('Cable: 1\nReceived: 1135 19 Oc|tober 1951\n'));
    assert.match(value, /1951-10-19 11:35, Friday/);
    assert.match(value, /year 1951 is written/);
    covers('Cable: 1\nReceived: 1135 19 Oc|tober 1951\n', '1135 19 October 1951');
  });

  test('without an earlier full date the year comes from the catalogue date', () => {
    const value = markdown(hover('---\ndate: 1951-10-18\n---\nCable: 1\n\nOn 19 Oc|tober we met.\n'));
    assert.match(value, /1951-10-19, Friday/);
    assert.match(value, /catalogue `date`/);
  });

  test('a group whose date does not exist says that only its time is read, not that it has no date', () => {
    const value = markdown(hover('Cable: 1\nReceived: 1135 31 Ap|ril 1951\n'));
    assert.match(value, /11:35/);
    assert.match(value, /date does not exist/);
    assert.doesNotMatch(value, /has no date/);
    assert.match(markdown(hover('Cable: 1\nReceived: 11|35\n')), /It has no date, so no year/);
  });

  test('a time field takes its year from the cable\'s own record, passing over a date of the text of another year, and says so', () => {
    const value = markdown(hover('Cable: 5\nReceived: 1135 19 October 1951\n\nThe treaty of 14 February 1950.\n-----\nDeciphered: Fedyaev 10|05 19 October\n'));
    assert.match(value, /1951-10-19 10:05, Friday/);
    assert.match(value, /comes from `1135 19 October 1951` on line 2, the nearest earlier full date in a time field or the signature \(as this group is; `14 February 1950` on line 4 is a date of the text/);
    // A date of the text in the same year is named, as the format's rule names it.
    assert.match(markdown(hover('Cable: 5\nReceived: 1135 19 October 1951\n\nOn 18 October 1951.\n-----\nDeciphered: Fedyaev 10|05 19 October\n')), /comes from `18 October 1951` on line 4, the nearest earlier full date\.$/);
  });

  test('with neither, the year is unknown', () => {
    const value = markdown(hover('Cable: 1\n\nOn 19 Oc|tober we met.\n'));
    assert.match(value, /--10-19, year unknown/);
    assert.match(value, /year is unknown/);
  });

  test('a month with its year alone is named so, not as a date written month, day', () => {
    const value = markdown(hover('Cable: 1\n\nThe offensive of Octo|ber 1950 failed.\n'));
    assert.match(value, /Time group `October 1950`: a month and a year\./);
  });

  test('each form is named; slashed dates follow the setting', () => {
    assert.match(markdown(hover('Cable: 1\nSent: 2411|00Z Sep 45\n')), /1945-09-24 11:00 \(Z\), Monday[\s\S]*date-time group/);
    assert.match(markdown(hover('Cable: 1\n\nOn February 2|8, 1948 we met.\n')), /1948-02-28, Saturday[\s\S]*month, day/);
    assert.match(markdown(hover('Cable: 1\nSent: 13.6.1|951\n')), /1951-06-13, Wednesday[\s\S]*dotted/);
    assert.match(markdown(hover('Cable: 1\nSent: 14/10/|50\n', { settings: { slashedDates: 'day-first' } })), /1950-10-14, Saturday[\s\S]*read day first/);
  });

  test('a time alone has no date', () => {
    const value = markdown(hover('Cable: 1\nReceived: 11|35\n'));
    assert.match(value, /\*\*11:35\*\*/);
    assert.match(value, /no date/);
  });
});

describe('fields and catalogue keys', () => {
  test('a field name says what the field holds', () => {
    const value = markdown(hover('Cable: 1\nRece|ived: 1135 19 October 1951\n'));
    assert.match(value, /\*\*Received\*\* — header field/);
    assert.match(value, /When the cable was received/);
    covers('Cable: 1\nRece|ived: 1135\n', 'Received');
  });

  test('an alias is named as such', () => {
    const value = markdown(hover('Tele|gram: № 1\n'));
    assert.match(value, /\*\*Cable\*\*/);
    assert.match(value, /alias `Telegram`/);
  });

  test('a misspelt field suggests the known one; a field in the wrong zone says where it belongs', () => {
    assert.match(markdown(hover('Cable: 1\nRecie|ved: 1135\n')), /did you mean `Received`/i);
    assert.match(markdown(hover('Cable: 1\n\nText.\n-----\nRecei|ved: 1135\n')), /header field: it belongs at the top/);
  });

  test('hover on the value of a field without anything in it shows nothing', () => {
    assert.equal(hover('Cable: 1\nOffice: the sec|ond office\n'), null);
  });

  test('a catalogue key says what it holds; an unknown one says so', () => {
    const value = markdown(hover('---\nda|te: 1951-10-18\n---\nCable: 1\n'));
    assert.match(value, /\*\*date\*\* — catalogue key/);
    assert.match(value, /ISO date/);
    covers('---\nda|te: 1951-10-18\n---\nCable: 1\n', 'date');
    assert.match(markdown(hover('---\ntit|el: X\n---\nCable: 1\n')), /unknown catalogue key \(C204\)/);
    assert.equal(hover('---\ntitle: Ca|ble\n---\nCable: 1\n'), null);
  });
});

describe('editorial marks', () => {
  const cases: Array<[string, RegExp]> = [
    ['[Sta|lin]', /Supplied by the editor/],
    ['[ill|egible]', /cannot be read/],
    ['[unclear: Mol|otov]', /Doubtful reading[\s\S]*`Molotov`/],
    ['[s|ic]', /as in the original/],
    ['[3 groups unre|covered]', /3 cipher groups lost: not recovered/],
    ['[1 group gar|bled]', /1 cipher group lost: garbled/],
    ['[many groups gar|bled]', /count is missing.*C209/],
    ['[|C% War Production Board]', /Graded C[\s\S]*`War Production Board`/],
    ['[Kaesong|?]', /doubtful reading: `Kaesong`/],
    ['[|?]', /doubts the reading just before/],
    ['[Page| 2]', /Page 2 of the original begins here/],
    ['[Redac|ted]', /withheld/],
    ['[Stamp: SUBJECT TO RE|TURN]', /\*\*Stamp\*\*[\s\S]*SUBJECT TO RETURN/],
    ['[Handwritten: appr|oved]', /written by hand[\s\S]*`approved`/i],
    ['[Margin: se|e]', /margin/],
    ['[Stmp: x|]', /Unknown tag `Stmp`[\s\S]*C206/],
    ['[si|gnature]', /signature stands here/],
  ];
  for (const [mark, meaning] of cases) {
    test(`${mark.replace('|', '')} — ${meaning.source}`, () => {
      const marked = `Cable: 1\n\nThe text ${mark} goes on.\n`;
      assert.match(markdown(hover(marked)), meaning);
      covers(marked, mark.replace('|', ''));
    });
  }

  test('an unclosed mark says its ] is missing', () => {
    assert.match(markdown(hover('Cable: 1\n\nThe text [Note: se|e below\n')), /closing `\]` is missing/);
  });

  test('the innermost node wins: a time group inside a stamp shows its reading', () => {
    const value = markdown(hoverAt(example, inExample(26, '19 October 1951', 1), contextFor({})));
    assert.match(value, /1951-10-19, Friday/);
    assert.match(markdown(hoverAt(example, inExample(24, 'the'), contextFor({}))), /\*\*Stamp\*\*/);
    assert.match(markdown(hoverAt(example, inExample(24, 'Unit'), contextFor({}))), /\*\*IV Unit OS VKP\*\* — name/);
  });
});

describe('footnotes', () => {
  const text = 'Cable: 1\n\nTo VIKTOR[i].\nAnd ROBERT[ii] and again VIKTOR [i].\n-----\n[i] VIKTOR: Lt. Gen. P. M. FITIN.\n[ii] ROBERT: a source.\n[iii] Never referenced.\n';

  test('a reference shows its note', () => {
    const result = hoverAt(text, positionOfText(text, '[i]', 1), contextFor({}));
    assert.match(markdown(result), /Footnote \[i\][\s\S]*VIKTOR: Lt\. Gen\. P\. M\. FITIN\./);
    assert.equal(covered(text, result), '[i]');
  });

  test('a note marker says where it is referenced', () => {
    const result = hoverAt(text, positionOfText(text, '[i] VIKTOR', 1), contextFor({}));
    assert.match(markdown(result), /Referenced on lines 3, 4/);
    assert.equal(covered(text, result), '[i]');
    assert.match(markdown(hoverAt(text, positionOfText(text, '[iii]', 1), contextFor({}))), /Not referenced.*C213/);
  });
});

describe('names', () => {
  test('a name tells how often this document uses it', () => {
    const result = hoverAt(example, inExample(17, 'Stalin', 2), contextFor({}));
    assert.match(markdown(result), /\*\*Stalin\*\* — name[\s\S]*Used twice in this document/);
    assert.equal(covered(example, result), 'Stalin');
  });

  test('and where else in the workspace, at most five cables listed', () => {
    const names = new NameIndex();
    names.setDocument(uri, namesOf(parseCable(example)));
    for (let index = 1; index <= 7; index++) {
      const uses = 'Cde. Li Kenong. '.repeat(index);
      names.setDocument(`file:///work/archive/cable%20${index}.cable`, namesOf(parseCable(`Cable: ${index}\n\n${uses}\n`)));
    }
    const value = markdown(hoverAt(example, inExample(36, 'Li Kenong', 1), contextFor({ names })));
    assert.match(value, /Used once in this document/);
    assert.match(value, /Also in `cable 7\.cable` \(7×\), `cable 6\.cable` \(6×\), `cable 5\.cable` \(5×\), `cable 4\.cable` \(4×\), `cable 3\.cable` \(3×\), and 2 more cables\./);
    assert.doesNotMatch(value, /current\.cable/, 'the document itself is not "elsewhere"');
    assert.match(value, /Near spellings \(C305\): `Le Kenong`/);
  });

  test('near spellings: at most eight listed, the rest counted', () => {
    const spellings = ['Li Kenong', 'Le Kenong', 'La Kenong', 'Lo Kenong', 'Lu Kenong', 'Li Kenang', 'Li Kenung', 'Li Kinong', 'Li Kanong', 'Li Konong', 'Li Kenonj'];
    const text = `Cable: № 1\n\n${spellings.map((spelling) => `Cde. ${spelling}.`).join(' ')}\n`;
    const names = new NameIndex();
    names.setDocument(uri, namesOf(parseCable(text)));
    const value = markdown(hoverAt(text, { line: 2, character: text.split('\n')[2].indexOf('Li Kenong') + 1 }, { names }));
    assert.match(value, /Near spellings \(C305\): `Le Kenong`, `La Kenong`, `Lo Kenong`, `Lu Kenong`, `Li Kenang`, `Li Kenung`, `Li Kinong`, `Li Kanong`, and 2 more\./);
  });

  test('a Russian name lists its other grammatical cases in this document, which are no near spellings', () => {
    const text = 'Cable: № 1\n\nТов. Молотову доложено. Тов. Молотов согласен; тов. Молотовым подписано; тов. Малотову.\n';
    const value = markdown(hoverAt(text, { line: 2, character: text.split('\n')[2].indexOf('Молотову') + 1 }, contextFor({})));
    assert.match(value, /In other grammatical cases here: `Молотов`, `Молотовым` \(references find them too\)\./);
    assert.match(value, /Near spellings \(C305\): `Малотову`\./);
    assert.doesNotMatch(markdown(hoverAt(example, inExample(17, 'Stalin', 2), contextFor({}))), /grammatical cases/, 'never for a Latin name');
  });

  test('a name no other cable uses says so', () => {
    const names = new NameIndex();
    names.setDocument(uri, namesOf(parseCable(example)));
    assert.match(markdown(hoverAt(example, inExample(17, 'Beria', 1), contextFor({ names }))), /Not used in the other cables/);
  });
});

describe('number signs', () => {
  test('the sign the worked example uses most', () => {
    const result = hoverAt(example, inExample(16, '№'), contextFor({}));
    assert.match(markdown(result), /\*\*№\*\* — number sign[\s\S]*uses most \(№ ×3, Nº ×2\)/);
    assert.equal(covered(example, result), '№');
  });

  test('the rarer sign points to the preferred one', () => {
    assert.match(markdown(hoverAt(example, inExample(66, 'Nº'), contextFor({}))), /uses `№` most \(№ ×3, Nº ×2\): C304/);
  });

  test('the configured sign is preferred', () => {
    assert.match(markdown(hoverAt(example, inExample(66, 'Nº'), contextFor({ settings: { numberSign: 'Nº' } }))), /preferred by the `cable\.numberSign` setting/);
    assert.match(markdown(hoverAt(example, inExample(16, '№'), contextFor({ settings: { numberSign: 'Nº' } }))), /setting prefers `Nº`/);
  });

  test('the only sign of a document', () => {
    assert.match(markdown(hover('Cable: N|º 1\n')), /only number sign/);
  });
});

describe('signatures', () => {
  test('the quoted telegram’s signature: who signs it and when it was sent', () => {
    const result = hoverAt(example, inExample(64, 'MAO', 1), contextFor({}));
    const value = markdown(result);
    assert.match(value, /Signature: MAO ZEDONG/);
    assert.match(value, /Signs the quoted telegram/);
    assert.match(value, /Sent: \*\*1951-10-18 05:30, Thursday\*\*/);
    assert.equal(covered(example, result), 'MAO ZEDONG');
  });

  test('the cable’s own signature, without a time', () => {
    const value = markdown(hoverAt(example, inExample(70, 'ZEDONG'), contextFor({})));
    assert.match(value, /Signs the cable/);
    assert.doesNotMatch(value, /Sent:/);
  });
});

describe('nothing to say', () => {
  test('plain words, blank lines, comments and the end of the text give no hover', () => {
    assert.equal(hover('Cable: 1\n\nThe te|xt goes on.\n'), null);
    assert.equal(hover('Cable: 1\n|\nText.\n'), null);
    assert.equal(hover('Cable: 1\n%% Received: 11|35\n\nText.\n'), null);
    assert.equal(hover('Cable: 1\n\nText.\n|'), null);
    assert.equal(hover('|'), null);
  });

  test('the character just after a node is not the node', () => {
    assert.equal(hover('Cable: 1\n\nThe text [sic]| goes on.\n'), null);
  });
});
