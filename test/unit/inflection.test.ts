import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { areCaseForms } from '../../server/src/service/names/inflection';

test('a Cyrillic name in another grammatical case is a form of it', () => {
  for (const [a, b] of [
    ['сталин', 'сталина'],
    ['сталину', 'сталиным'],
    ['молотов', 'молотову'],
    ['молотова', 'молотовым'],
    ['хрущев', 'хрущевым'],
    ['берия', 'берии'],
    ['берию', 'берией'],
    ['анна', 'анной'],
    ['игорь', 'игоря'],
    ['андрей', 'андреем'],
    ['сен', 'сену'],
  ]) {
    assert.equal(areCaseForms(a, b), true, `${a} / ${b}`);
    assert.equal(areCaseForms(b, a), true, `${b} / ${a}`);
  }
});

test('a changed letter that is no case ending is still a misspelling', () => {
  for (const [a, b] of [
    ['сталин', 'сталын'],
    ['молотов', 'молотав'],
    ['берия', 'берил'],
    ['громыко', 'громыка'],
    ['сталина', 'сталино'],
  ]) {
    assert.equal(areCaseForms(a, b), false, `${a} / ${b}`);
  }
});

test('short stems and words in the Latin script are not read as case forms', () => {
  assert.equal(areCaseForms('ли', 'лю'), false);
  assert.equal(areCaseForms('ли', 'лиа'), false);
  assert.equal(areCaseForms('kenong', 'kenonga'), false);
  assert.equal(areCaseForms('stalin', 'stalina'), false);
  assert.equal(areCaseForms('сталин', 'stalina'), false);
});
