import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/content/schema';
import { buildPartialOrder, isConsistent } from '../../src/rules/order';
import { scoreAnswer, scoreOrdering } from '../../src/rules/scoring';
import { event, permutations } from '../fixtures/events';
import { articlePack } from '../../src/content/article-pack';

const core = [
  event('erbil-rocket', '2021-02'),
  event('february-strike', '2021-02', ['erbil-rocket']),
  event('june-9-drone-attack', '2021-06-09'),
  event('june-strikes', '2021-06', ['june-9-drone-attack']),
];
const coreOrder = buildPartialOrder(core);
const coreIds = core.map((e) => e.id);

describe('scoreOrdering', () => {
  it('gives full marks and all-correct verdicts for the right order', () => {
    const score = scoreOrdering(coreOrder, coreIds);
    expect(score.perfect).toBe(true);
    expect(score.fraction).toBe(1);
    expect(score.verdicts.every((v) => v.correct)).toBe(true);
  });

  it('gives partial credit and names the misplaced cards', () => {
    // The drone attack put first: it breaks its pairs with the two February events only.
    const score = scoreOrdering(coreOrder, [
      'june-9-drone-attack',
      'erbil-rocket',
      'february-strike',
      'june-strikes',
    ]);
    expect(score.correctPairs).toBe(4);
    expect(score.totalPairs).toBe(6);
    expect(score.fraction).toBeCloseTo(4 / 6);
    const verdict = Object.fromEntries(score.verdicts.map((v) => [v.id, v.correct]));
    expect(verdict).toEqual({
      'june-9-drone-attack': false,
      'erbil-rocket': false,
      'february-strike': false,
      'june-strikes': true,
    });
    expect(score.verdicts[0]?.shouldFollow).toEqual(['erbil-rocket', 'february-strike']);
  });

  it('scores the reversed order zero', () => {
    expect(scoreOrdering(coreOrder, [...coreIds].reverse()).correctPairs).toBe(0);
  });

  it("refuses an ordering that is not the round's cards", () => {
    expect(() => scoreOrdering(coreOrder, coreIds.slice(1))).toThrow(/exactly once/);
  });

  for (const set of articlePack.sets) {
    const events = set.events.map((id) => articlePack.events.find((e) => e.id === id)!);
    const order = buildPartialOrder(events);
    // Small sets: every ordering. Larger ones: random linear extensions (all correct) plus
    // random shuffles (nearly all wrong), since listing 10! orders is too slow.
    const orders =
      events.length <= 7
        ? permutations(set.events)
        : [
            ...Array.from({ length: 300 }, (_, seed) => randomLinearExtension(order, set.events, seed)),
            ...fc.sample(fc.shuffledSubarray(set.events, { minLength: set.events.length }), 1000),
          ];
    const correct = orders.filter((o) => isConsistent(order, o));

    it(`${set.id}: every order the article allows scores full marks`, () => {
      expect(correct.length).toBeGreaterThan(0);
      for (const o of correct) expect(scoreOrdering(order, o).perfect).toBe(true);
      for (const o of orders.filter((x) => !isConsistent(order, x)))
        expect(scoreOrdering(order, o).perfect).toBe(false);
    });

    it(`${set.id}: swapping two cards the article orders always costs points`, () => {
      const linear = correct[0]!;
      for (let i = 0; i < linear.length; i++)
        for (let j = i + 1; j < linear.length; j++) {
          const a = linear[i]!;
          const b = linear[j]!;
          const swapped = [...linear];
          swapped[i] = b;
          swapped[j] = a;
          const score = scoreOrdering(order, swapped);
          if (order.interchangeable(a, b)) continue;
          expect(score.fraction).toBeLessThan(1);
          expect(score.verdicts.find((v) => v.id === a)?.correct).toBe(false);
        }
    });
  }

  it('property: for random extensions of the full set, any swap of ordered cards scores less', () => {
    const full = articlePack.sets.find((s) => s.id === 'full')!;
    const events = full.events.map((id) => articlePack.events.find((e) => e.id === id)!);
    const order = buildPartialOrder(events);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.nat(), fc.nat(), (seed, x, y) => {
        const linear = randomLinearExtension(order, full.events, seed);
        expect(scoreOrdering(order, linear).perfect).toBe(true);
        const i = x % linear.length;
        const j = y % linear.length;
        if (i === j || order.interchangeable(linear[i]!, linear[j]!)) return;
        const swapped = [...linear];
        [swapped[i], swapped[j]] = [swapped[j]!, swapped[i]!];
        expect(scoreOrdering(order, swapped).fraction).toBeLessThan(1);
      }),
    );
  });
});

/** Kahn's algorithm picking a random ready card each step: reaches every linear extension. */
function randomLinearExtension(
  order: ReturnType<typeof buildPartialOrder>,
  ids: string[],
  seed: number,
): string[] {
  const remaining = [...ids];
  const out: string[] = [];
  let state = seed;
  while (remaining.length > 0) {
    const ready = remaining.filter((id) => remaining.every((other) => !order.precedes(other, id)));
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const pick = ready[state % ready.length]!;
    out.push(pick);
    remaining.splice(remaining.indexOf(pick), 1);
  }
  return out;
}

describe('scoreAnswer', () => {
  const base = {
    id: 'q',
    prompt: 'p',
    explanation: 'e',
    paragraphs: [2],
    difficulty: 1,
    basis: 'article' as const,
  };
  const choice: Question = {
    ...base,
    kind: 'multiple-choice',
    options: ['F-15E', 'F-15s and F-16s', 'B-52s'],
    answer: 'F-15s and F-16s',
  };
  const truth: Question = { ...base, kind: 'true-false', answer: false };
  const count: Question = { ...base, kind: 'number', answer: 3 };

  it('accepts the right option regardless of case and spacing, and no other', () => {
    expect(scoreAnswer(choice, ' f-15s and f-16s ').correct).toBe(true);
    expect(scoreAnswer(choice, 'F-15E')).toEqual({ correct: false, expected: 'F-15s and F-16s' });
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
