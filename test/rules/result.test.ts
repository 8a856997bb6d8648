import { describe, expect, it } from 'vitest';
import { isConsistent } from '../../src/rules/order';
import { bestStreak, currentStreak, scoreTimeline, summariseRound } from '../../src/rules/result';
import { chainPack, longChainPack, quizPack, tiePack } from '../fixtures/packs';
import { fixtureRound, playQuiz, playTimeline } from '../fixtures/plan';

describe('scoreTimeline in place mode', () => {
  it('scores the share of cards placed right first time', () => {
    const plan = fixtureRound(longChainPack(), { mode: 'place', seed: 4 });
    // Nine placements: wrong, right, right, wrong, … wherever a wrong gap exists.
    const submission = playTimeline(plan, 'wrr');
    const score = scoreTimeline(plan, submission);
    const verdicts = score.placements!;
    expect(verdicts).toHaveLength(9);
    expect(score).toMatchObject({ mode: 'place', outOf: 9, ordering: null });
    const right = verdicts.filter((v) => v.right).length;
    expect(right).toBeLessThan(9);
    expect(right).toBeGreaterThanOrEqual(6);
    expect(score.right).toBe(right);
    expect(score.fraction).toBeCloseTo(right / 9);
    expect(score.perfect).toBe(false);
    expect(verdicts.map((v) => v.cardId)).toEqual(plan.cards.slice(1).map((c) => c.id));
  });

  it('ends with every card on the line in a correct order, even after mistakes', () => {
    const plan = fixtureRound(longChainPack(), { mode: 'place', seed: 8 });
    const score = scoreTimeline(plan, playTimeline(plan, 'w'));
    expect([...score.finalOrder].sort()).toEqual(plan.cards.map((c) => c.id).sort());
    expect(isConsistent(plan.order, score.finalOrder)).toBe(true);
  });

  it('gives full marks for a round placed right throughout', () => {
    const plan = fixtureRound(tiePack(), { mode: 'place', seed: 2 });
    expect(scoreTimeline(plan, playTimeline(plan, 'r'))).toMatchObject({
      right: 5,
      outOf: 5,
      fraction: 1,
      perfect: true,
    });
  });

  it('refuses a submission with the wrong number of placements', () => {
    const plan = fixtureRound(chainPack(), { mode: 'place' });
    expect(() => scoreTimeline(plan, { mode: 'place', gaps: [0, 0] })).toThrow(/expected 3 placements/);
  });
});

describe('scoreTimeline in sort mode', () => {
  it('keeps partial credit by pairs while counting the cards that are right', () => {
    const plan = fixtureRound(chainPack(), { mode: 'sort' });
    const score = scoreTimeline(plan, { mode: 'sort', order: ['c', 'a', 'b', 'd'] });
    expect(score).toMatchObject({ mode: 'sort', right: 1, outOf: 4, perfect: false, placements: null });
    expect(score.fraction).toBeCloseTo(4 / 6);
    expect(score.finalOrder).toEqual(['c', 'a', 'b', 'd']);
    expect(score.ordering?.correctPairs).toBe(4);
  });

  it('refuses an order that leaves a card out', () => {
    const plan = fixtureRound(chainPack(), { mode: 'sort' });
    expect(() => scoreTimeline(plan, { mode: 'sort', order: ['a', 'b', 'c'] })).toThrow(/exactly once/);
  });
});

describe('summariseRound', () => {
  it('reports a perfect round as 100 in either mode', () => {
    for (const mode of ['place', 'sort'] as const) {
      const plan = fixtureRound(quizPack(), { mode, questionCount: 4, seed: 5 });
      const result = summariseRound(plan, playTimeline(plan, 'r'), playQuiz(plan, '1'), 42_000);
      expect(result).toMatchObject({
        score: 100,
        quizCorrect: 4,
        quizTotal: 4,
        bestStreak: 4,
        timeMs: 42_000,
      });
      expect(result.timeline.perfect).toBe(true);
    }
  });

  it('weighs timeline and quiz equally, counting a timeout as wrong', () => {
    // Five cards dealt, so four placements; the pattern puts the first in a wrong gap where one exists.
    const plan = fixtureRound(quizPack(), { setId: 'dealt', mode: 'place', questionCount: 4, seed: 5 });
    const result = summariseRound(plan, playTimeline(plan, 'wrrr'), playQuiz(plan, '11--'), 1);
    expect(result.timeline.outOf).toBe(4);
    const timelineShare = result.timeline.right / 4;
    expect(timelineShare).toBeLessThan(1);
    expect(result.quizCorrect).toBe(2);
    expect(result.score).toBe(Math.round(((timelineShare + 0.5) / 2) * 100));
    expect(result.answers[3]).toMatchObject({ given: null, correct: false });
  });

  it('mixes sort-mode partial credit with the quiz the same way', () => {
    const plan = fixtureRound(chainPack(), { mode: 'sort', questionCount: 1 });
    const result = summariseRound(
      plan,
      { mode: 'sort', order: ['c', 'a', 'b', 'd'] },
      playQuiz(plan, '1'),
      1,
    );
    // (4/6 + 1/1) / 2 = 83.3…
    expect(result.score).toBe(83);
  });

  it('scores a timeline-only round on the timeline alone', () => {
    const plan = fixtureRound(chainPack(), { mode: 'sort', questionCount: 0 });
    expect(summariseRound(plan, { mode: 'sort', order: ['d', 'c', 'b', 'a'] }, [], 1).score).toBe(0);
  });

  it('refuses an answer given twice, or to a question not in the round', () => {
    const plan = fixtureRound(quizPack(), { questionCount: 2 });
    const [first] = playQuiz(plan, '1');
    expect(() => summariseRound(plan, playTimeline(plan), [first!, first!], 1)).toThrow(/answered twice/);
    const stranger = { questionId: 'not-asked', given: 'x', ms: 1 };
    expect(() => summariseRound(plan, playTimeline(plan), [stranger], 1)).toThrow(/not part of this round/);
  });
});

describe('streaks', () => {
  const run = (s: string) => [...s].map((c) => ({ correct: c === '1' }));
  it('finds the best and the current run', () => {
    expect(bestStreak(run('1101110'))).toBe(3);
    expect(currentStreak(run('1101110'))).toBe(0);
    expect(currentStreak(run('0011'))).toBe(2);
    expect(bestStreak([])).toBe(0);
  });
});
