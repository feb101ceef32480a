/**
 * Name completion: names of this document and of the workspace while a
 * capitalised word is typed, after a title, inside a supplied mark and as
 * recipients, ranked by use and cut to a hundred.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { NameIndex } from '../../server/src/service/index';
import { accept, complete, find, labels, sortedLabels, uri, workspaceWith } from '../support/completion';
import { workedExample } from '../support/paths';

describe('names', () => {
  const workspace = (): NameIndex =>
    workspaceWith({
      'file:///work/a.cable': 'Cable: 1\n\nCde. Li Kenong met Kim Il Sung and Cde. Molotov.\n',
      'file:///work/b.cable': 'Cable: 2\n\nCde. Li Kenong and Peng Dehuai. Cde. Molotov.\n',
    });

  test('a capitalised word in the body finds names of the workspace, several words replaced together', () => {
    const result = complete('Cable: 1\n\nI wrote to Cde. Li Ke|', { names: workspace() });
    assert.equal(accept(result, 'Li Kenong'), 'Cable: 1\n\nI wrote to Cde. Li Kenong');
    assert.match(String(find(result, 'Li Kenong').detail), /2 other cables/);
    assert.ok(!labels(result).includes('Li Ke'), 'the half-typed name itself is not offered');
  });

  test('after a title every name is offered, those of this document first', () => {
    const result = complete('Cable: 1\nCopies to: Cde. Kaganovich\n\nTo Cde. |', { names: workspace() });
    const order = sortedLabels(result);
    assert.equal(order[0], 'Kaganovich');
    assert.ok(order.includes('Li Kenong') && order.includes('Molotov'));
  });

  test('after a rank or an office as after Cde., and a recipient after one: the name without it', () => {
    const names = workspace();
    assert.equal(sortedLabels(complete('Cable: 1\nCopies to: Cde. Kaganovich\n\nTo Ambassador |', { names }))[0], 'Kaganovich');
    assert.equal(accept(complete('Cable: 1\n\nChairman Kim Il Sung and Premier Li Ke|', { names }), 'Li Kenong'), 'Cable: 1\n\nChairman Kim Il Sung and Premier Li Kenong');
    const recipients = complete('Copies to: Secretary Molotov; Miss |', { names });
    assert.ok(labels(recipients).includes('Li Kenong'));
    assert.ok(!labels(recipients).includes('Molotov'), 'already listed, after its title');
    const russian = workspaceWith({ 'file:///work/r.cable': 'Cable: 1\n\nПередать тов. Молотову и тов. Вышинскому.\n' });
    assert.deepEqual(sortedLabels(complete('Cable: 2\n\nтов. |', { names: russian })).slice(0, 2).sort(), ['Вышинскому', 'Молотову']);
    assert.ok(labels(complete('Copies to: тов. Молотову; тов. |', { names: russian })).includes('Вышинскому'));
  });

  test('names of this document are found without a workspace', () => {
    assert.ok(labels(complete('Copies to: Cde. Kaganovich\n\nWe told Kag|')).includes('Kaganovich'));
    assert.ok(labels(complete('Cable: 1\n\nKim Il Sung wrote. Then Kim Il |')).includes('Kim Il Sung'));
  });

  test('no names for lower-case words, nor in other header values', () => {
    assert.ok(!labels(complete('Copies to: Cde. Kaganovich\n\nWe told kag|')).includes('Kaganovich'));
    assert.ok(!labels(complete('Copies to: Cde. Kaganovich\nOffice: Ka|')).includes('Kaganovich'));
  });

  test('recipients in Copies to after `; `, without those already listed', () => {
    const names = workspace();
    const result = complete('Copies to: Cde. Molotov; Cde. |', { names });
    assert.ok(labels(result).includes('Li Kenong'));
    assert.ok(!labels(result).includes('Molotov'), 'already listed');
    assert.equal(accept(complete('Copies to: Cde. Stalin; Cde. Mo|', { names }), 'Molotov'), 'Copies to: Cde. Stalin; Cde. Molotov');
    assert.ok(labels(complete('Copies to: Cde. Stalin;\n  Cde. Mo|', { names })).includes('Molotov'), 'on a continuation line');
    assert.ok(labels(complete('Cable: 1\nTo: Cde. Mo|', { names })).includes('Molotov'));
    assert.ok(labels(complete('Cable: 1\nFrom: |', { names })).includes('Li Kenong'));
  });

  test('names inside a supplied mark, after the tags', () => {
    const result = complete('Copies to: Cde. Stalin\n\nFILIPPOV [Sta|');
    const order = sortedLabels(result);
    assert.ok(order.indexOf('Stamp: ') < order.indexOf('Stalin') && order.includes('Stalin'), order.join(', '));
  });

  test('many names are cut and the list marked incomplete', () => {
    const many: Record<string, string> = {};
    for (let index = 0; index < 150; index++) many[`file:///work/n${index}.cable`] = `Cable: 1\n\nCde. Name${String.fromCharCode(97 + (index % 26))}${String.fromCharCode(97 + Math.floor(index / 26))}x arrived.\n`;
    const result = complete('Cable: 1\n\nTo Cde. |', { names: workspaceWith(many) });
    assert.equal(result.isIncomplete, true);
    assert.equal(result.items.length, 100);
  });

  test('after a title in a large workspace, the hundred offered are the first hundred of the whole ranking', () => {
    const index = new NameIndex();
    const spelled = (n: number): string => `Name${String.fromCharCode(97 + (n % 26))}${String.fromCharCode(97 + ((n * 7) % 26))}`;
    // 600 names, each in 1 to 4 other cables: many ties on use, broken by key.
    for (let document = 0; document < 1200; document++) index.setDocument(`file:///work/w${document}.cable`, [{ key: spelled(document % 600).toLowerCase(), text: spelled(document % 600) }, { key: `x${document % 300}`, text: `X${document % 300}` }]);
    const result = complete('Cable: 1\nCopies to: Cde. Kaganovich\n\nTo Cde. |', { names: index });
    const others = (key: string): number => index.documentsUsing(key).size;
    const everyName = [...index.keys()].map((key) => ({ key, text: index.spelling(key) ?? key, elsewhere: others(key) }));
    const ranked = everyName.sort((a, b) => b.elsewhere - a.elsewhere || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((name) => name.text);
    assert.equal(result.isIncomplete, true);
    assert.deepEqual(sortedLabels(result), ['Kaganovich', ...ranked.slice(0, 99)]);
  });

  test('the index may still hold names this cable no longer writes: those used nowhere else are not offered, and it is not counted among the other cables', () => {
    const names = workspace();
    // As the server's index has it between a keystroke and the next check: the cable's names as they were.
    names.setDocument(uri, [
      { key: 'kuznetsov', text: 'Kuznetsov' },
      { key: 'li kenong', text: 'Li Kenong' },
    ]);
    const result = complete('Cable: 3\n\nTo Cde. |', { names });
    assert.ok(!labels(result).includes('Kuznetsov'), 'used in this cable only, and no longer');
    assert.match(String(find(result, 'Li Kenong').detail), /in 2 other cables/);
    assert.match(String(find(result, 'Molotov').detail), /in 2 other cables/);
  });

  test('the worked example offers its own names after a title', () => {
    const text = fs.readFileSync(workedExample, 'utf8').replace('Cde. FILIPPOV!', 'Cde. |');
    const result = complete(text);
    for (const name of ['Stalin', 'FILIPPOV', 'Li Kenong', 'Molotov']) assert.ok(labels(result).includes(name), name);
    assert.equal(sortedLabels(result)[0], 'Stalin', 'the name used most comes first');
  });
});
