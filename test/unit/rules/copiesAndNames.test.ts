import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { cable, check, codes, codesAt } from '../../support/check';
import { NameIndex, namesOf, parseCable } from '../../../server/src/service/index';

test('C302 compares Copy with Copies printed, and the counts in Copies to', () => {
  assert.deepEqual(codes(cable('Body', 'Cable: 1\nCopy: № 9', 'Copies printed: Eight')), ['C302']);
  assert.deepEqual(codes(cable('Body', 'Cable: 1\nCopy: № 2', 'Copies printed: Eight')), []);
  const [sum] = check(cable('Body', 'Cable: 1\nCopies to: Cde. Stalin (2); Cde. Molotov', 'Copies printed: 5'));
  assert.equal(sum.code, 'C302');
  assert.equal(sum.severity, 3);
  assert.deepEqual(codes(cable('Body', 'Cable: 1\nCopies to: Cde. Stalin (2); Cde. Molotov', 'Copies printed: Three')), []);
  assert.deepEqual(codes(cable('Body', 'Cable: 1\nCopies to: Cde. Stalin; Cde. Molotov', 'Copies printed: 5')), []);
});

test('C303 fires on the second listing of a recipient unless marked [sic]', () => {
  assert.deepEqual(codesAt(cable('Body', 'Cable: 1\nCopies to: Cde. Stalin; Cde. Molotov;\n  Cde. Stalin')), ['C303@3']);
  assert.deepEqual(codes(cable('Body', 'Cable: 1\nCopies to: Cde. Stalin; Cde. Stalin [sic]')), []);
});

test('C303 compares the recipients\' names, without their titles, as the format reads a name', () => {
  assert.deepEqual(codesAt(cable('Body', 'Cable: 1\nCopies to: Comrade Stalin; Cde. Molotov; Cde. Stalin')), ['C303@2']);
  assert.deepEqual(codes(cable('Body', 'Cable: 1\nCopies to: тов. Сталину; товарищу Сталину')), ['C303']);
  // Titles that tell people apart, or a title and none, are two recipients.
  assert.deepEqual(codes(cable('Body', 'Cable: 1\nCopies to: Mr. Harriman; Mrs. Harriman; Miss Harriman')), []);
  assert.deepEqual(codes(cable('Body', 'Cable: 1\nCopies to: Cde. Stalin; Stalin')), []);
  // Other names, and a recipient that is only a title, are no repeat.
  assert.deepEqual(codes(cable('Body', 'Cable: 1\nCopies to: Cde. Stalin; Cde. Molotov; Marshal Bulganin')), []);
  assert.deepEqual(codes(cable('Body', 'Cable: 1\nCopies to: Comrade; Cde.')), []);
});

test('C304 fires on each use of the rarer number sign; the configured sign wins', () => {
  assert.deepEqual(codesAt(cable('See № 5 and № 6 and Nº 7.')), ['C304@3']);
  assert.deepEqual(codes(cable('See № 5 and № 6 and Nº 7.'), { numberSign: 'Nº' }), ['C304', 'C304', 'C304']);
  assert.deepEqual(codes(cable('See № 5 and № 6.')), []);
  assert.deepEqual(codes(cable('No one came; piano. 5 keys; #hashtag')), []);
});

test('C305 fires on the rarer variant of a name, the later on a tie, not on [sic]', () => {
  assert.deepEqual(codesAt(cable('Cde. Li Kenong wrote.\nCde. Le Kenong replied.')), ['C305@4']);
  assert.deepEqual(codes(cable('Cde. Li Kenong wrote.\nCde. Le Kenong [sic] replied.')), []);
  assert.deepEqual(codes(cable('Kim Il Sung and Peng Dehuai met Li Kenong.')), []);
  assert.deepEqual(codes(cable('Cde. Stalin and Cde. Stalin and Cde. Stalen.')), ['C305']);
});

test('C305 leaves a Cyrillic name in another grammatical case alone, not a misspelling of it', () => {
  assert.deepEqual(codes(cable('Иосиф Сталин сказал. Записка от Иосифа Сталина. Вячеслав Молотов и Вячеславом Молотовым.')), []);
  assert.deepEqual(codesAt(cable('Иосиф Сталин сказал.\nИосиф Сталин ответил.\nИосиф Сталын ушёл.')), ['C305@5']);
  assert.deepEqual(codes(cable('Cde. Stalin and Cde. Stalin and Cde. Stalina.')), ['C305']);
  assert.deepEqual(codesAt(cable('Передать тов. Сталину.\nЗаписка тов. Сталина.\nОтвет тов. Сталына.')), ['C305@5']);
});

test('C305 compares with names used elsewhere in the workspace', () => {
  const index = new NameIndex();
  index.setDocument('file:///other.cable', namesOf(parseCable(cable('Cde. Li Kenong and Cde. Li Kenong.'))));
  const found = check(cable('Cde. Le Kenong wrote.'), {}, index, 'file:///this.cable');
  assert.deepEqual(
    found.map((diagnostic) => diagnostic.code),
    ['C305'],
  );
  assert.match(String(found[0].message), /Li Kenong/);
});

test('C305 leaves countries and their peoples a letter or two apart alone, but not two spellings of one', () => {
  assert.deepEqual(codes(cable('The Hungarian Embassy and the Bulgarian Embassy; the Austrian Government and the Australian Government; Iran Embassy, Iraq Embassy.')), []);
  assert.deepEqual(codes(cable('The Pakistani Government, and the Pakistan Government.')), []);
  assert.deepEqual(codes(cable('The Romanian Embassy and the Romanian Embassy wrote; the Rumanian Embassy replied.')), ['C305']);
});

test('C305 leaves possessives, endings, compass points and initials alone', () => {
  assert.deepEqual(codes(cable("Kim Il Sung's army and Kim Il Sung.")), []);
  assert.deepEqual(codes(cable('North Korea and South Korea; the South Korean army; Foreign Minister and Foreign Ministers.')), []);
  assert.deepEqual(codes(cable('[Margin: Agreed. V. M.] and [Margin: Seen. V. Z.]')), []);
});
