import { describe, expect, it } from 'vitest';
import type { RoundResult } from '../../../src/rules/result';
import { bestLine, praise, statLines } from '../../../src/ui/results/results-text';

function result(overrides: Partial<RoundResult> = {}): RoundResult {
  return {
    ordering: { verdicts: [], correctPairs: 5, totalPairs: 6, fraction: 5 / 6, perfect: false },
    submittedOrder: [],
    answers: [],
    quizCorrect: 3,
    quizTotal: 4,
    bestStreak: 2,
    timeMs: 95_000,
    score: 79,
    ...overrides,
  };
}

describe('results wording', () => {
  it('praises by score band', () => {
    expect(praise(100)).toBe('A perfect round!');
    expect(praise(80)).toBe('Great work.');
    expect(praise(50)).toMatch(/^Good going/);
    expect(praise(49)).toMatch(/^Worth another go/);
  });

  it('names a new best, the standing best, or nothing before the first', () => {
    expect(bestLine('Core set (All)', true, 60)).toBe('★ New best for Core set (All)!');
    expect(bestLine('Core set (All)', false, 60)).toBe('Your best for Core set (All): 60 / 100');
    expect(bestLine('Core set (All)', false, null)).toBe('');
  });

  it('lists the figures behind the score, the streak only with a quiz', () => {
    const lines = statLines(result());
    expect(lines[0]).toBe('Timeline: 5 of 6 pairs in order');
    expect(lines[1]).toBe('Quiz: 3 of 4 right');
    expect(lines[2]).toMatch(/^Time: /);
    expect(lines[3]).toBe('Best streak: 2 right in a row');
    expect(statLines(result({ bestStreak: 0 }))[3]).toBe('Best streak: none this time');
    const timelineOnly = statLines(
      result({ quizTotal: 0, ordering: { ...result().ordering, correctPairs: 0, totalPairs: 0 } }),
    );
    expect(timelineOnly).toHaveLength(3);
    expect(timelineOnly.slice(0, 2)).toEqual([
      'Timeline: any order was right this time',
      'Quiz: no questions this round',
    ]);
  });
});
