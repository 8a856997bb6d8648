import { describe, expect, it } from 'vitest';
import { articlePack } from '../../src/content/article-pack';
import { revealOrder } from '../../src/rules/order';
import { planRound, type RoundPlan } from '../../src/rules/plan';
import { DEFAULT_ROUND } from '../../src/rules/round-config';
import { answerLabel } from '../../src/rules/scoring';
import { RoundSession } from '../../src/state/round-session';

function corePlan(questionCount = 3): RoundPlan {
  const outcome = planRound(articlePack, { ...DEFAULT_ROUND, questionCount, seed: 11 });
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.plan;
}

function clock(): { now: () => number; advance: (ms: number) => void } {
  let t = 1000;
  return { now: () => t, advance: (ms) => (t += ms) };
}

describe('RoundSession', () => {
  it('moves a card and closes up the others', () => {
    const session = new RoundSession(corePlan());
    const [a, b, c, d] = session.order;
    session.moveCard(a!, 3);
    expect(session.order).toEqual([b, c, d, a]);
    session.moveCard(a!, -5);
    expect(session.order).toEqual([a, b, c, d]);
  });

  it('plays a whole round through to a result', () => {
    const time = clock();
    const plan = corePlan();
    const session = new RoundSession(plan, time.now);
    revealOrder(plan.cards, plan.order).forEach((card, i) => session.moveCard(card.id, i));
    expect(session.checkOrder().perfect).toBe(true);
    expect(session.phase).toBe('reveal');
    session.moveCard(session.order[0]!, 3);
    expect(session.checkOrder().perfect).toBe(true);

    session.startQuiz();
    const verdicts: boolean[] = [];
    while (session.currentQuestion) {
      const q = session.currentQuestion.question;
      time.advance(2000);
      // Right, then wrong, then a timeout.
      const given = verdicts.length === 0 ? answerLabel(q) : verdicts.length === 1 ? 'not it' : null;
      verdicts.push(session.answer(given).correct);
      session.nextQuestion();
    }
    expect(verdicts).toEqual([true, false, false]);
    expect(session.phase).toBe('results');
    const result = session.result();
    expect(result).toMatchObject({ quizCorrect: 1, quizTotal: 3, bestStreak: 1, timeMs: 6000 });
    expect(result.answers.map((a) => a.ms)).toEqual([2000, 2000, 2000]);
    expect(result.score).toBe(Math.round(((1 + 1 / 3) / 2) * 100));
    expect(session.inProgress).toBe(false);
  });

  it('skips the quiz when the round has no questions', () => {
    const session = new RoundSession(corePlan(0));
    session.checkOrder();
    session.startQuiz();
    expect(session.phase).toBe('results');
    expect(session.result().quizTotal).toBe(0);
  });

  it('refuses to give a result before the end', () => {
    const session = new RoundSession(corePlan());
    expect(session.inProgress).toBe(true);
    expect(() => session.result()).toThrow(/not over/);
  });
});

describe('RoundSession between questions', () => {
  it('keeps the answered question on screen until the player moves on', () => {
    const session = new RoundSession(corePlan(2));
    session.checkOrder();
    session.startQuiz();
    const first = session.currentQuestion!.question.id;
    expect(session.currentAnswer).toBeUndefined();
    const verdict = session.answer('whatever');
    expect(session.currentQuestion!.question.id).toBe(first);
    expect(session.currentAnswer).toEqual(verdict);
    // A second tap on an answered question changes nothing.
    expect(session.answer(answerLabel(session.currentQuestion!.question))).toEqual(verdict);
    session.nextQuestion();
    expect(session.questionIndex).toBe(1);
    expect(session.currentAnswer).toBeUndefined();
    // Moving on without answering is not possible.
    session.nextQuestion();
    expect(session.questionIndex).toBe(1);
  });
});
