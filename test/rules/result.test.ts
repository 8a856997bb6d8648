import { describe, expect, it } from 'vitest';
import { articlePack } from '../../src/content/article-pack';
import { isConsistent } from '../../src/rules/order';
import { planRound, type RoundPlan } from '../../src/rules/plan';
import { answerLabel } from '../../src/rules/scoring';
import { bestStreak, currentStreak, summariseRound, type GivenAnswer } from '../../src/rules/result';
import { DEFAULT_ROUND } from '../../src/rules/round-config';
import { revealOrder } from '../../src/rules/order';

function corePlan(questionCount = 4): RoundPlan {
  const outcome = planRound(articlePack, { ...DEFAULT_ROUND, questionCount, seed: 5 });
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.plan;
}

describe('summariseRound', () => {
  it('reports a perfect round as 100', () => {
    const plan = corePlan();
    const correctOrder = revealOrder(plan.cards, plan.order).map((c) => c.id);
    expect(isConsistent(plan.order, correctOrder)).toBe(true);
    const answers: GivenAnswer[] = plan.questions.map((q) => ({
      questionId: q.question.id,
      given: answerLabel(q.question),
      ms: 1000,
    }));
    const result = summariseRound(plan, correctOrder, answers, 42_000);
    expect(result).toMatchObject({ score: 100, quizCorrect: 4, quizTotal: 4, bestStreak: 4, timeMs: 42_000 });
    expect(result.ordering.perfect).toBe(true);
  });

  it('weighs timeline and quiz equally, counting a timeout as wrong', () => {
    const plan = corePlan();
    const correctOrder = revealOrder(plan.cards, plan.order).map((c) => c.id);
    const answers: GivenAnswer[] = plan.questions.map((q, i) => ({
      questionId: q.question.id,
      given: i < 2 ? answerLabel(q.question) : null,
      ms: 500,
    }));
    const result = summariseRound(plan, correctOrder, answers, 1);
    expect(result.quizCorrect).toBe(2);
    expect(result.score).toBe(75);
    expect(result.answers[3]).toMatchObject({ given: null, correct: false });
  });

  it('scores a timeline-only round on the timeline alone', () => {
    const plan = corePlan(0);
    const reversed = revealOrder(plan.cards, plan.order)
      .map((c) => c.id)
      .reverse();
    expect(summariseRound(plan, reversed, [], 1).score).toBe(0);
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
