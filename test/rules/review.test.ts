import { describe, expect, it } from 'vitest';
import { revealOrder } from '../../src/rules/order';
import { summariseRound, type GivenAnswer } from '../../src/rules/result';
import { answerMistakes, cardMistakes } from '../../src/rules/review';
import { answerLabel } from '../../src/rules/scoring';
import { articleRound } from '../fixtures/plan';

const corePlan = () => articleRound({ questionCount: 4, seed: 5 });

describe('the review’s mistakes', () => {
  it('finds none in a perfect round', () => {
    const plan = corePlan();
    const order = revealOrder(plan.cards, plan.order).map((c) => c.id);
    const answers: GivenAnswer[] = plan.questions.map((q) => ({
      questionId: q.question.id,
      given: answerLabel(q.question),
      ms: 1,
    }));
    const result = summariseRound(plan, order, answers, 1);
    expect(cardMistakes(plan, result)).toEqual([]);
    expect(answerMistakes(plan, result)).toEqual([]);
  });

  it('lists misplaced cards with their events, and wrong answers by their place in the round', () => {
    const plan = corePlan();
    const order = revealOrder(plan.cards, plan.order)
      .map((c) => c.id)
      .reverse();
    const answers: GivenAnswer[] = plan.questions.map((q, i) => ({
      questionId: q.question.id,
      given: i === 1 ? null : answerLabel(q.question),
      ms: 1,
    }));
    const result = summariseRound(plan, order, answers, 1);
    const cards = cardMistakes(plan, result);
    expect(cards.length).toBeGreaterThan(0);
    for (const { event, verdict } of cards) {
      expect(verdict.correct).toBe(false);
      expect(event.id).toBe(verdict.id);
    }
    const wrong = answerMistakes(plan, result);
    expect(wrong.map((m) => [m.number, m.question.id, m.record.given])).toEqual([
      [2, plan.questions[1]!.question.id, null],
    ]);
  });
});
