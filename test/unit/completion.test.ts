/**
 * Completion: each context with a cursor-marker fixture (`|` marks the cursor),
 * where it fires and where it must not, plus the new-cable skeleton and the
 * speed the editor needs (measured by `npm run bench`, not timed here). Names
 * have their own file (completionNames.test.ts).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { InsertTextFormat, type TextEdit } from 'vscode-languageserver-types';
import { newCableSnippet, stampSnippet } from '../../server/src/service/features/snippets';
import { parseCable } from '../../server/src/service/index';
import { check } from '../support/check';
import { accept, complete, expandSnippet, find, labels, sortedLabels } from '../support/completion';

describe('field names', () => {
  test('typing Re at a header line start offers Received, inserting `Received: `', () => {
    const result = complete('Cable: № 1\nRe|');
    assert.equal(find(result, 'Received').kind !== undefined, true);
    assert.equal(accept(result, 'Received'), 'Cable: № 1\nReceived: ');
    assert.match(String(find(result, 'Received').detail), /header field/);
    assert.ok(find(result, 'Received').documentation, 'the item says what the field holds');
  });

  test('right after the catalogue record, with nothing after it yet, the header fields', () => {
    assert.ok(labels(complete('---\ntitle: A cable\n---\n|')).includes('Cable'));
    assert.equal(accept(complete('---\ntitle: A cable\n---\nCa|'), 'Cable'), '---\ntitle: A cable\n---\nCable: ');
  });

  test('the header offers header fields only, the footer footer fields only', () => {
    const header = labels(complete('Cable: № 1\n|'));
    assert.ok(header.includes('Office') && header.includes('Copies to') && header.includes('Incoming'));
    assert.ok(!header.includes('Deciphered') && !header.includes('Copies printed'));
    const footer = labels(complete('Cable: № 1\n\nText.\n-----\nDec|'));
    assert.ok(footer.includes('Deciphered') && footer.includes('Copies printed') && footer.includes('Verified'));
    assert.ok(!footer.includes('Received') && !footer.includes('Cable'));
  });

  test('unused fields come first; used ones are still offered, last, marked as used', () => {
    const result = complete('Cable: № 1\nFrom: PARIS\n|\n\nText.');
    const order = sortedLabels(result).filter((label) => !label.startsWith('['));
    const cable = order.indexOf('Cable');
    const from = order.indexOf('From');
    assert.ok(cable > order.indexOf('Office') && cable > order.indexOf('Incoming'), order.join(', '));
    assert.ok(from > order.indexOf('Received'), order.join(', '));
    assert.match(String(find(result, 'From').detail), /already used/);
    assert.doesNotMatch(String(find(result, 'Office').detail), /already used/);
  });

  test('the field on the cursor line does not count as used', () => {
    const result = complete('Rec|eived: 1135 19 October 1951\nCable: № 1');
    assert.doesNotMatch(String(find(result, 'Received').detail), /already used/);
    assert.match(String(find(result, 'Cable').detail), /already used/);
  });

  test('aliases are offered as such', () => {
    const result = complete('Te|');
    assert.match(String(find(result, 'Telegram').detail), /alias of Cable/);
    assert.equal(accept(result, 'Telegram'), 'Telegram: ');
    assert.match(String(find(complete('Cable: 1\nDis|'), 'Distribution').detail), /alias of Copies to/);
  });

  test('a name of several words replaces what is typed; the rest of an existing name and its colon are replaced too', () => {
    assert.equal(accept(complete('Cable: 1\nCopies t|'), 'Copies to'), 'Cable: 1\nCopies to: ');
    assert.equal(accept(complete('Cable: 1\nRec|eived: 1135 19 October 1951'), 'Received'), 'Cable: 1\nReceived: 1135 19 October 1951');
  });

  test('CRLF line endings and a byte-order mark change nothing', () => {
    assert.equal(accept(complete('Cable: № 1\r\nRe|\r\n'), 'Received'), 'Cable: № 1\r\nReceived: \r\n');
    const withBom = complete('\uFEFFCable: 1\nRe|');
    assert.equal(accept(withBom, 'Received'), '\uFEFFCable: 1\nReceived: ');
    assert.equal(accept(complete('\uFEFFRe|\n\nText.'), 'Received'), '\uFEFFReceived: \n\nText.');
  });

  test('no field names in the body, mid-line, on continuation lines or in comments', () => {
    assert.ok(!labels(complete('Cable: 1\n\nSome text.\nRe|')).includes('Received'));
    assert.ok(!labels(complete('Cable: 1\n\nWe have Re|')).includes('Received'));
    assert.ok(!labels(complete('Copies to: Cde. Stalin;\n  Re|')).includes('Received'));
    assert.deepEqual(labels(complete('Cable: 1\n%% Re|')), []);
  });
});

describe('catalogue keys', () => {
  test('`ti` in the record offers title, inserting `title: `', () => {
    const result = complete('---\nti|\n---\nCable: 1\n');
    assert.equal(accept(result, 'title'), '---\ntitle: \n---\nCable: 1\n');
    assert.ok(!labels(result).includes('Cable'), 'no header fields in the record');
  });

  test('unused keys first, used ones last', () => {
    const result = complete('---\ntitle: X\ndate: 1951\n|\n---\n');
    const order = sortedLabels(result);
    assert.ok(order.indexOf('title') > order.indexOf('tags') && order.indexOf('date') > order.indexOf('source'), order.join(', '));
    assert.match(String(find(result, 'title').detail), /already used/);
  });

  test('on the line after a record not closed yet, a lower-case word is a key and a capitalised one a field', () => {
    assert.ok(labels(complete('---\ntitle: X\nda|')).includes('date'));
    assert.ok(labels(complete('---\ntitle: X\nCa|')).includes('Cable'));
  });

  test('nothing in catalogue values or on the fences', () => {
    assert.deepEqual(labels(complete('---\ntitle: Cable [|\n---\n')), []);
    assert.deepEqual(labels(complete('---\ndate: 19 |\n---\n')), []);
    assert.deepEqual(labels(complete('--|-\ntitle: X\n---\n')), []);
  });
});

describe('tags after [', () => {
  const requiredTags = ['Stamp: ', 'unclear: ', 'Note: ', 'Handwritten: ', 'Margin: ', 'Deleted: ', 'Underlined: ', 'illegible', 'sic', 'signature', '?', 'N groups unrecovered', 'N groups garbled', 'C% ', 'Redacted ', 'Page '];

  test('every tag of the format is offered', () => {
    const offered = labels(complete('Cable: 1\n\nText [|'));
    for (const tag of requiredTags) assert.ok(offered.includes(tag), `missing ${tag}`);
  });

  test('a closing ] is added only when the bracket is not closed yet', () => {
    assert.equal(accept(complete('Cable: 1\n\nText [ill|'), 'illegible'), 'Cable: 1\n\nText [illegible]');
    assert.equal(accept(complete('Cable: 1\n\nText [ill|]'), 'illegible'), 'Cable: 1\n\nText [illegible]');
    assert.equal((find(complete('Cable: 1\n\nText [St|'), 'Stamp: ').textEdit as TextEdit).newText, 'Stamp: $0]');
    assert.equal((find(complete('Cable: 1\n\nText [St|]'), 'Stamp: ').textEdit as TextEdit).newText, 'Stamp: $0');
    // the one `]` after the cursor closes the inner bracket; the stamp still needs one
    assert.equal(accept(complete('Cable: 1\n\n[Stamp: Incoming [ill|]'), 'illegible'), 'Cable: 1\n\n[Stamp: Incoming [illegible]]');
  });

  test('groups come as a snippet with the count to fill in, or with the count typed', () => {
    const item = find(complete('Cable: 1\n\nText [|'), 'N groups unrecovered');
    assert.equal(item.insertTextFormat, InsertTextFormat.Snippet);
    assert.match((item.textEdit as TextEdit).newText, /^\$\{1:3\} groups unrecovered/);
    assert.equal(accept(complete('Cable: 1\n\nText [12 gr|'), '12 groups garbled'), 'Cable: 1\n\nText [12 groups garbled]');
  });

  test('markers of notes are offered first in a document with notes, and only there', () => {
    const withNotes = complete('Cable: 1\n\nTo VIKTOR[|\n-----\n[i] VIKTOR: Lt. Gen. P. M. FITIN.\n');
    assert.equal(sortedLabels(withNotes)[0], 'i');
    assert.match(String(find(withNotes, 'i').documentation && JSON.stringify(find(withNotes, 'i').documentation)), /FITIN/);
    assert.equal(accept(withNotes, 'i'), 'Cable: 1\n\nTo VIKTOR[i]\n-----\n[i] VIKTOR: Lt. Gen. P. M. FITIN.\n');
    assert.ok(!labels(complete('Cable: 1\n\nTo VIKTOR[|\n')).includes('i'));
  });

  test('tags are offered in field values and stamps too, but not after a closed bracket', () => {
    assert.ok(labels(complete('From: [|')).includes('illegible'));
    assert.ok(!labels(complete('Cable: 1\n\nText [sic] and mo|')).includes('sic'));
  });
});

describe('months', () => {
  test('after a day number: `19 Oc` offers October, replacing the partial word', () => {
    const result = complete('Cable: 1\n\nOn 19 Oc|');
    assert.deepEqual(labels(result).length, 12);
    assert.equal(accept(result, 'October'), 'Cable: 1\n\nOn 19 October');
    assert.equal(accept(complete('Cable: 1\n\nOn 19 Oc|tobr 1951'), 'October'), 'Cable: 1\n\nOn 19 October 1951');
  });

  test('`19 ` offers every month, in calendar order', () => {
    const order = sortedLabels(complete('Cable: 1\n\nOn 19 |'));
    assert.deepEqual(order, ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);
  });

  test('in header and footer time values, after a time, in capitals, and after a date-time group', () => {
    assert.ok(labels(complete('Received: 1135 19 Oc|')).includes('October'));
    assert.ok(labels(complete('Cable: 1\n\nText.\n-----\nDeciphered: Fedyaev 1205 19 |')).includes('October'));
    assert.ok(labels(complete('Cable: 1\n\nON 19 OC|')).includes('OCTOBER'));
    assert.ok(labels(complete('Cable: 1\n\nDTG 241100Z Se|')).includes('September'));
    assert.ok(labels(complete('Cable: 1\n\n[Stamp: Incoming 19 Oc|')).includes('October'));
  });

  test('not after a number that is no day', () => {
    for (const marked of ['Cable: 1\n\nNo. 19 |', 'Cable: 1\n\nNº 19 |', 'Cable: 1\n\nref 254/19 |', 'Cable: 1\n\nabout 1,15 |', 'Cable: 1\n\nthe 45 |', 'Cable: 1\n\nthe 0 |', 'Cable: 1\n\nat 13.10 |', '---\ndate: 19 |\n---\n', 'Cable: 1\n\nOn 19|']) {
      assert.ok(!labels(complete(marked)).includes('October'), marked);
    }
  });
});

describe('number signs', () => {
  test('in Cable:, Copy: and Incoming: values, the sign the document uses most first', () => {
    const result = complete('Cable: |\nCopy: Nº 2\n\nText Nº 5 and № 3.\n');
    assert.deepEqual(sortedLabels(result), ['Nº', '№', 'N°', 'No.', '#']);
    assert.match(String(find(result, 'Nº').detail), /uses most/);
    assert.equal(accept(result, '№'), 'Cable: № \nCopy: Nº 2\n\nText Nº 5 and № 3.\n');
    assert.ok(labels(complete('Incoming: |')).includes('No.'));
    assert.ok(labels(complete('Telegram: |')).includes('№'), 'an alias of Cable counts');
  });

  test('the configured sign comes first', () => {
    const result = complete('Cable: |\nCopy: Nº 2\n', { settings: { numberSign: '#' } });
    assert.equal(sortedLabels(result)[0], '#');
    assert.match(String(find(result, '#').detail), /setting/);
  });

  test('typed right after the colon, a space is added; a partial sign is replaced', () => {
    assert.equal(accept(complete('Cable:|'), '№'), 'Cable: № ');
    assert.equal(accept(complete('Copy: N|'), 'No.'), 'Copy: No. ');
    assert.equal(accept(complete('Cable: |25025'), '№'), 'Cable: № 25025');
  });

  test('not in other fields, nor once the number is written', () => {
    assert.ok(!labels(complete('From: |')).includes('№'));
    assert.ok(!labels(complete('Cable: № 12|')).includes('№'));
    assert.ok(!labels(complete('Cable: 1\n\nText |')).includes('№'));
  });
});

describe('classification and priority', () => {
  test('Classification: offers the classifications, TOP SECRET first', () => {
    const result = complete('Classification: |');
    const offered = sortedLabels(result);
    assert.equal(offered[0], 'TOP SECRET');
    for (const value of ['SECRET', 'CONFIDENTIAL', 'RESTRICTED', 'UNCLASSIFIED']) assert.ok(offered.includes(value), value);
    assert.equal(accept(complete('Classification: TOP S|'), 'TOP SECRET'), 'Classification: TOP SECRET');
  });

  test('Priority: offers the priorities', () => {
    const offered = labels(complete('Cable: 1\nPriority: |'));
    assert.deepEqual([...offered].sort(), ['FLASH', 'IMMEDIATE', 'MOST IMMEDIATE', 'OPERATIONAL IMMEDIATE', 'PRIORITY', 'ROUTINE', 'URGENT']);
    assert.ok(!labels(complete('Priority: URGENT; see 19 Oc|')).includes('TOP SECRET'));
  });
});

describe('snippets', () => {
  test('an empty document offers the new-cable skeleton first', () => {
    const result = complete('|');
    const first = sortedLabels(result)[0];
    assert.equal(first, 'New cable');
    const item = find(result, 'New cable');
    assert.equal(item.insertTextFormat, InsertTextFormat.Snippet);
    assert.equal((item.textEdit as TextEdit).newText, newCableSnippet);
    assert.ok(labels(complete('\n  \n|')).includes('New cable'), 'blank lines are still empty');
    assert.ok(labels(complete('Ca|')).includes('New cable'), 'the first word typed still is');
    assert.ok(!labels(complete('Cable: 1\n|')).includes('New cable'));
  });

  test('the skeleton, with its defaults, is a whole cable that checks clean', () => {
    const text = expandSnippet(newCableSnippet);
    const tree = parseCable(text);
    assert.ok(tree.catalogue?.close, 'catalogue record closed');
    assert.deepEqual(
      tree.header.blocks.flatMap((block) => (block.type === 'field' ? [block.canonical] : [])),
      ['Cable', 'Classification', 'From', 'To', 'Received'],
    );
    assert.equal(tree.body.signature?.nameText, 'SENDER NAME');
    assert.ok(tree.footer?.blocks.some((block) => block.type === 'field' && block.canonical === 'Deciphered'));
    assert.deepEqual(check(text), []);
    assert.match(newCableSnippet, /\$0/);
  });

  test('the stamp snippet at a line start in header, body and footer', () => {
    for (const marked of ['Cable: 1\nSt|', 'Cable: 1\n\nText.\n\nSt|', 'Cable: 1\n\nText.\n-----\n|']) {
      const item = find(complete(marked), '[Stamp: …]');
      assert.equal((item.textEdit as TextEdit).newText, stampSnippet, marked);
    }
    assert.equal(accept(complete('Cable: 1\n\nText.\n\nSt|'), '[Stamp: …]'), 'Cable: 1\n\nText.\n\n[Stamp: text]');
    assert.ok(!labels(complete('Cable: 1\n\nSome text St|')).includes('[Stamp: …]'));
    // Not before what a line already holds: a field, the footer's separator.
    assert.ok(!labels(complete('Cable: 1\n|Received: 1135 19 October 1951\n')).includes('[Stamp: …]'));
    assert.ok(!labels(complete('Cable: 1\n\nText.\n|-----\n')).includes('[Stamp: …]'));
  });
});

describe('items', () => {
  test('every item has a kind, a detail, a sort text and an edit holding the cursor', () => {
    for (const marked of ['|', 'Cable: 1\nRe|', '---\nti|\n---\n', 'Cable: 1\n\n[|', 'Cable: 1\n\n19 |', 'Cable: |', 'Priority: |', 'Copies to: Cde. Stalin\n\nCde. |']) {
      const result = complete(marked);
      assert.ok(result.items.length > 0, marked);
      for (const item of result.items) {
        assert.ok(item.kind !== undefined && item.detail && item.sortText && item.textEdit, `${marked}: ${item.label}`);
        const range = (item.textEdit as TextEdit).range;
        assert.equal(range.start.line, result.fixture.position.line);
        assert.ok(range.start.character <= result.fixture.position.character && result.fixture.position.character <= range.end.character);
      }
    }
  });
});
