import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPartialOrder, type PartialOrder } from '../../src/rules/order';
import { scoreAnswer, scoreOrdering } from '../../src/rules/scoring';
import { chronologyOracle, permutations, type ChronologyOracle } from '../fixtures/events';
import { chainPack, fixtureQuestion, fixtureSets, longChainPack } from '../fixtures/packs';

describe('scoreOrdering', () => {
  const order = buildPartialOrder(chainPack().events);

  it('gives full marks and all-correct verdicts for the right order', () => {
    const score = scoreOrdering(order, ['a', 'b', 'c', 'd']);
    expect(score).toMatchObject({ perfect: true, fraction: 1, correctPairs: 6, totalPairs: 6 });
    expect(score.verdicts.every((v) => v.correct)).toBe(true);
  });

  it('gives partial credit and names the misplaced cards', () => {
    // The third card put first breaks its pairs with the two before it, and only those.
    const score = scoreOrdering(order, ['c', 'a', 'b', 'd']);
    expect(score.correctPairs).toBe(4);
    expect(score.fraction).toBeCloseTo(4 / 6);
    expect(Object.fromEntries(score.verdicts.map((v) => [v.id, v.correct]))).toEqual({
      c: false,
      a: false,
      b: false,
      d: true,
    });
    expect(score.verdicts[0]).toMatchObject({
      id: 'c',
      position: 0,
      shouldFollow: ['a', 'b'],
      shouldPrecede: [],
    });
    expect(score.verdicts[1]).toMatchObject({ id: 'a', shouldFollow: [], shouldPrecede: ['c'] });
  });

  it('scores the reversed order zero', () => {
    expect(scoreOrdering(order, ['d', 'c', 'b', 'a'])).toMatchObject({
      correctPairs: 0,
      fraction: 0,
      perfect: false,
    });
  });

  it("refuses an ordering that is not the round's cards", () => {
    expect(() => scoreOrdering(order, ['a', 'b', 'c'])).toThrow(/exactly once/);
    expect(() => scoreOrdering(order, ['a', 'b', 'c', 'c'])).toThrow(/exactly once/);
  });
});

/** What the oracle says a card's verdict should be in `sequence`. */
function expectedVerdict(oracle: ChronologyOracle, sequence: readonly string[], i: number) {
  const id = sequence[i]!;
  const shouldFollow = sequence.slice(i + 1).filter((other) => oracle.mustPrecede(other, id));
  const shouldPrecede = sequence.slice(0, i).filter((other) => oracle.mustPrecede(id, other));
  return {
    id,
    position: i,
    correct: shouldFollow.length + shouldPrecede.length === 0,
    shouldFollow,
    shouldPrecede,
  };
}

function expectAgreement(order: PartialOrder, oracle: ChronologyOracle, sequence: string[]): void {
  const score = scoreOrdering(order, sequence);
  const label = sequence.join();
  expect(score.perfect, label).toBe(oracle.allows(sequence));
  expect(score.correctPairs, label).toBe(oracle.pairsKept(sequence));
  expect(score.totalPairs, label).toBe(oracle.orderedPairs(sequence).length);
  expect(score.verdicts, label).toEqual(sequence.map((_, i) => expectedVerdict(oracle, sequence, i)));
}

describe('scoreOrdering agrees with an independent reading of dates and "after"', () => {
  for (const { name, pack, events } of fixtureSets(6)) {
    it(`${name}: every order of the set`, () => {
      const order = buildPartialOrder(events, pack.events);
      const oracle = chronologyOracle(pack.events);
      for (const sequence of permutations(events.map((e) => e.id))) expectAgreement(order, oracle, sequence);
    });
  }

  it('long chain of ten: random orders and orders with one swap', () => {
    const pack = longChainPack();
    const ids = pack.events.map((e) => e.id);
    const order = buildPartialOrder(pack.events);
    const oracle = chronologyOracle(pack.events);
    const correct = ['m1', 'm2', 'm3', 'm4b', 'm4a', 'm5', 'm6', 'm7', 'm8', 'm9'];
    expect(oracle.allows(correct)).toBe(true);
    fc.assert(
      fc.property(fc.shuffledSubarray(ids, { minLength: ids.length }), (sequence) =>
        expectAgreement(order, oracle, sequence),
      ),
      { numRuns: 300 },
    );
    for (let i = 0; i < correct.length; i++)
      for (let j = i + 1; j < correct.length; j++) {
        const swapped = [...correct];
        [swapped[i], swapped[j]] = [swapped[j]!, swapped[i]!];
        expectAgreement(order, oracle, swapped);
        // Swapping two cards the article orders always costs points; swapping a tie never does.
        expect(scoreOrdering(order, swapped).perfect).toBe(order.interchangeable(correct[i]!, correct[j]!));
      }
  });
});

describe('scoreAnswer', () => {
  const choice = fixtureQuestion('fact-a', {
    kind: 'multiple-choice',
    options: ['The harbour', 'The quarry', 'The mill'],
    answer: 'The quarry',
  });
  const truth = fixtureQuestion('fact-b', { kind: 'true-false', answer: false });
  const count = fixtureQuestion('fact-c', { kind: 'number', answer: 3 });

  it('accepts the right option regardless of case and spacing, and no other', () => {
    expect(scoreAnswer(choice, '  THE QUARRY ').correct).toBe(true);
    expect(scoreAnswer(choice, 'The mill')).toEqual({ correct: false, expected: 'The quarry' });
  });

  it('reads true/false labels', () => {
    expect(scoreAnswer(truth, 'False').correct).toBe(true);
    expect(scoreAnswer(truth, 'True')).toEqual({ correct: false, expected: 'False' });
  });

  it('takes typed digits for number questions', () => {
    expect(scoreAnswer(count, ' 3 ').correct).toBe(true);
    expect(scoreAnswer(count, '03').correct).toBe(true);
    expect(scoreAnswer(count, '3.5').correct).toBe(false);
    expect(scoreAnswer(count, 'three').correct).toBe(false);
    expect(scoreAnswer(count, '').correct).toBe(false);
  });

  it('marks a timed-out question wrong and still shows the answer', () => {
    expect(scoreAnswer(count, null)).toEqual({ correct: false, expected: '3' });
  });
});
