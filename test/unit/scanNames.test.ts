import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { mayBeListed, scanNames } from '../../server/src/service/names/scanNames';
import type { NameNode } from '../../server/src/service/index';

/** The names of one line, as `text|key|title` with the text the node's range covers. */
function names(line: string): string[] {
  const found: NameNode[] = [];
  scanNames(line, 0, line.length, found);
  return found.map((name) => {
    assert.equal(line.slice(name.start, name.end).replace(/[ \t]+/g, ' ').replace(/(?<=\p{L}{2})\.(?= )/gu, ''), name.text, 'the range covers the name');
    return [name.text, name.key, name.title ?? ''].join('|');
  });
}

test('two or more capitalised words are a name; one word is one only after a title', () => {
  assert.deepEqual(names('He met Kim Il Sung today.'), ['Kim Il Sung|kim il sung|']);
  assert.deepEqual(names('Cde. Stalin agreed.'), ['Stalin|stalin|Cde.']);
  assert.deepEqual(names('Stalin agreed.'), []);
  assert.deepEqual(names('Comrade Mao Zedong and Marshal Zhukov'), ['Mao Zedong|mao zedong|Comrade', 'Zhukov|zhukov|Marshal']);
});

test('ranks, offices and forms of address are titles too: the name after one is the same name as without it', () => {
  assert.deepEqual(names('He did not think President Paasikivi could'), ['Paasikivi|paasikivi|President']);
  assert.deepEqual(names('Foreign Minister Zhou Enlai replied'), ['Zhou Enlai|zhou enlai|Minister']);
  assert.deepEqual(names('Chairman Mao Zedong and Ambassador Roshchin'), ['Mao Zedong|mao zedong|Chairman', 'Roshchin|roshchin|Ambassador']);
  assert.deepEqual(names('Lt. R. Hollis and Miss D. Webb'), ['R. Hollis|r. hollis|Lt.', 'D. Webb|d. webb|Miss']);
  // an office with no name after it is no name
  assert.deepEqual(names('the Finnish Minister said'), []);
  // `General` and `Major` open bodies' names as often as they stand before a man's
  assert.deepEqual(names('SECOND MAIN DIRECTORATE GENERAL STAFF'), ['SECOND MAIN DIRECTORATE GENERAL STAFF|second main directorate general staff|']);
  assert.deepEqual(names('Gen. Ridgway'), ['Ridgway|ridgway|Gen.']);
});

test('Russian titles, in lower case and declined as Russian writes them, or capitalised', () => {
  assert.deepEqual(names('Передать тов. Сталину и тов. Молотову.'), ['Сталину|сталину|тов.', 'Молотову|молотову|тов.']);
  assert.deepEqual(names('Товарищ Сталин сказал'), ['Сталин|сталин|Товарищ']);
  assert.deepEqual(names('записка товарищу Ким Ир Сену'), ['Ким Ир Сену|ким ир сену|товарищу']);
  assert.deepEqual(names('приказ генерала Ридгуэя и тт. Берии'), ['Ридгуэя|ридгуэя|генерала', 'Берии|берии|тт.']);
  // a lower-case word that is no title, or only ends like one, leaves a single word alone
  assert.deepEqual(names('после Сталина'), []);
  assert.deepEqual(names('сотоварищ Сталин'), []);
  assert.deepEqual(names('comrade Stalin'), []);
});

test('Russian words a sentence opens with before a name are no part of it', () => {
  assert.deepEqual(names('Передайте Ким Ир Сену'), ['Ким Ир Сену|ким ир сену|']);
  assert.deepEqual(names('Вчера Молотов и Вышинский'), []);
  assert.deepEqual(names('По мнению Иосифа Сталина'), ['Иосифа Сталина|иосифа сталина|']);
  assert.deepEqual(names('СОВЕРШЕННО СЕКРЕТНО'), []);
  assert.deepEqual(names('Затем Ким Ир Сен уехал'), ['Ким Ир Сен|ким ир сен|']);
});

test('the words a sentence opens with before a name are no part of it', () => {
  assert.deepEqual(names('Visit Zhou Enlai and tell him'), ['Zhou Enlai|zhou enlai|']);
  assert.deepEqual(names('Yesterday Kim Il Sung agreed.'), ['Kim Il Sung|kim il sung|']);
  assert.deepEqual(names('According Peng Dehuai'), ['Peng Dehuai|peng dehuai|']);
  // a word longer than the old longest listed word is still looked up
  assert.deepEqual(names('Furthermore Kim Il Sung'), ['Kim Il Sung|kim il sung|']);
  assert.deepEqual(names('Apparently Kim Il Sung agreed.'), ['Kim Il Sung|kim il sung|']);
  assert.deepEqual(names('Simultaneously Zhou Enlai left.'), ['Zhou Enlai|zhou enlai|']);
});

test('stop words, months and weekdays break a run and are no part of a name', () => {
  assert.deepEqual(names('In Moscow'), []);
  assert.deepEqual(names('The Soviet Embassy'), ['Soviet Embassy|soviet embassy|']);
  assert.deepEqual(names('Pyongyang January Seoul'), []);
  assert.deepEqual(names('Monday Kim Il Sung'), ['Kim Il Sung|kim il sung|']);
});

test('a sentence ends a run; initials keep their stop and initials alone are no name', () => {
  assert.deepEqual(names('saw Zhou Enlai. Moscow Radio said'), ['Zhou Enlai|zhou enlai|', 'Moscow Radio|moscow radio|']);
  assert.deepEqual(names('P. Roshchin wrote'), ['P. Roshchin|p. roshchin|']);
  assert.deepEqual(names('signed V. M.'), []);
});

test('words apart by tabs or several spaces join with one space; a possessive is left out', () => {
  assert.deepEqual(names('Kim  Il\tSung said'), ['Kim Il Sung|kim il sung|']);
  assert.deepEqual(names("Kim Il Sung's army"), ['Kim Il Sung|kim il sung|']);
  assert.deepEqual(names('Kim Il Sung’s army'), ['Kim Il Sung|kim il sung|']);
  assert.deepEqual(names('Kim Il Sung’ said'), ['Kim Il Sung|kim il sung|']);
});

test('a name right after an opening quote mark or a dash keeps its first word, and a title its name', () => {
  assert.deepEqual(names('“Kim Il Sung” said'), ['Kim Il Sung|kim il sung|']);
  assert.deepEqual(names('«Kim Il Sung»'), ['Kim Il Sung|kim il sung|']);
  assert.deepEqual(names("'Kim Il Sung' said"), ['Kim Il Sung|kim il sung|']);
  assert.deepEqual(names('—Zhou Enlai'), ['Zhou Enlai|zhou enlai|']);
  assert.deepEqual(names('“Cde. Peng Dehuai, copy'), ['Peng Dehuai|peng dehuai|Cde.']);
  // an apostrophe inside a word is part of it
  assert.deepEqual(names("O'Neil Smith"), ["O'Neil Smith|o'neil smith|"]);
});

test('long words, capitals beyond ASCII and all-capital names', () => {
  assert.deepEqual(names('Konstantinovich Rokossovsky'), ['Konstantinovich Rokossovsky|konstantinovich rokossovsky|']);
  assert.deepEqual(names('Émile Zola and Łukasz Nowak'), ['Émile Zola|émile zola|', 'Łukasz Nowak|łukasz nowak|']);
  assert.deepEqual(names('KIM IL SUNG'), ['KIM IL SUNG|kim il sung|']);
  // a capital inside a word does not start one
  assert.deepEqual(names('iPhone Xr'), []);
});

test('a range of a longer text: names are found only between start and end, at their offsets in the text', () => {
  const text = 'Mao Zedong\nKim Il Sung\n';
  const found: NameNode[] = [];
  scanNames(text, 11, 22, found);
  assert.deepEqual(found.map((name) => [name.text, name.start, name.end]), [['Kim Il Sung', 11, 22]]);
});

test('the same spelling gives the same key however often and in whatever text it appears', () => {
  const keys = ['Kim Il Sung met', '“Kim Il Sung” said', 'KIM Il Sung'].map((line) => names(line)[0].split('|')[1]);
  assert.deepEqual(keys, ['kim il sung', 'kim il sung', 'kim il sung']);
});

test('a word is looked up in the lists of titles and stop words only if it may lower-case to ASCII, as all of theirs do', () => {
  for (let code = 128; code <= 0xffff; code++) {
    const char = String.fromCharCode(code);
    const lowersToAscii = [...char.toLowerCase()].every((lower) => lower.charCodeAt(0) < 128);
    assert.equal(mayBeListed(`Co${char}`, 0, 3), lowersToAscii, `U+${code.toString(16).toUpperCase()}`);
  }
  assert.ok(mayBeListed('Cde.', 0, 4));
  // Prose past Latin keeps its stop words' effect only for ASCII ones: `In Moscow` is no name, `Éclat Moscow` is.
  const names = (text: string): string[] => {
    const found: NameNode[] = [];
    scanNames(text, 0, text.length, found);
    return found.map((name) => name.text);
  };
  assert.deepEqual(names('In Moscow'), []);
  assert.deepEqual(names('Éclat Moscow'), ['Éclat Moscow']);
});
