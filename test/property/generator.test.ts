/**
 * The generator the benchmarks and properties rely on: deterministic, and
 * realistic in the way that matters to a checker — a clean generated cable
 * draws no diagnostic (so any diagnostic on one is a false positive worth a
 * look), and one with slips draws at least one.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as fc from 'fast-check';
import { generateCable, generateCableOfLines, generateCableOfSize } from '../support/generate';
import { assertProperty } from './fuzz';
import { diagnose } from './invariants';

const seed = fc.integer({ min: 0, max: 2 ** 31 - 1 });

describe('the cable generator', () => {
  it('gives the same text for the same seed', () => {
    assertProperty(fc.property(seed, (value) => assert.equal(generateCable(value), generateCable(value))), 50);
  });

  it('writes clean cables the checker finds nothing in, wrapped or not, LF or CRLF', () => {
    assertProperty(
      fc.property(seed, fc.constantFrom(0, 60, 78), fc.constantFrom('\n', '\r\n') as fc.Arbitrary<'\n' | '\r\n'>, (value, wrap, lineEnding) => {
        const text = generateCable(value, { wrap, lineEnding });
        assert.deepEqual(diagnose(text).map((diagnostic) => `${String(diagnostic.code)}@${diagnostic.range.start.line + 1} ${diagnostic.message}`), []);
      }),
      100,
    );
  });

  it('puts at least one finding in a cable with slips', () => {
    assertProperty(fc.property(seed, (value) => assert.ok(diagnose(generateCable(value, { slips: 1 })).length > 0)), 100);
  });

  it('sizes long documents as asked', () => {
    assert.ok(generateCableOfSize(1, 200_000).length >= 200_000);
    const lines = generateCableOfLines(1, 3000).split('\n').length;
    assert.ok(Math.abs(lines - 3000) < 50, `${lines} lines`);
  });
});
