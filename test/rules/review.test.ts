import { describe, expect, it } from 'vitest';
import type { RoundPlan } from '../../src/rules/plan';
import { summariseRound, type TimelineSubmission } from '../../src/rules/result';
import { answerMistakes, cardMistakes, type CardMistake } from '../../src/rules/review';
import { chainPack, quizPack, tiePack } from '../fixtures/packs';
import { fixtureRound, playQuiz, playTimeline } from '../fixtures/plan';

/** The plan with its cards dealt in the order given, to set up one placement story exactly. */
function dealtAs(plan: RoundPlan, ids: string[]): RoundPlan {
  return { ...plan, cards: ids.map((id) => plan.cards.find((c) => c.id === id)!) };
}

const mistakesOf = (plan: RoundPlan, submission: TimelineSubmission): CardMistake[] =>
  cardMistakes(plan, summariseRound(plan, submission, playQuiz(plan, '1'), 1));

/** A placement mistake as a reviewer reads it: card, where it went, where it belonged. */
const told = (m: CardMistake) =>
  m.mode === 'place'
    ? [
        m.event.id,
        m.placedAfter?.id ?? 'start',
        m.placedBefore?.id ?? 'end',
        m.belongedAfter?.id ?? 'start',
        m.belongedBefore?.id ?? 'end',
      ]
    : [m.event.id];

describe('card mistakes in place mode', () => {
  it('finds none in a round placed right throughout', () => {
    const plan = fixtureRound(quizPack(), { mode: 'place', seed: 3 });
    expect(mistakesOf(plan, playTimeline(plan, 'r'))).toEqual([]);
  });

  it('lists the cards placed wrong first time, with where they went and where they belonged', () => {
    const plan = dealtAs(fixtureRound(chainPack(), { mode: 'place' }), ['c', 'a', 'd', 'b']);
    // a goes after c (wrong), d goes first (wrong), b between a and c (right).
    const mistakes = mistakesOf(plan, { mode: 'place', gaps: [1, 0, 1] });
    expect(mistakes.map(told)).toEqual([
      ['a', 'c', 'end', 'start', 'c'],
      ['d', 'start', 'a', 'c', 'end'],
    ]);
    expect(mistakes.every((m) => m.mode === 'place' && !m.verdict.right)).toBe(true);
  });

  it('names the whole stretch where a card could have gone when the article leaves it open', () => {
    const plan = dealtAs(fixtureRound(tiePack(), { mode: 'place' }), [
      'prelude',
      'aftermath',
      'ballot',
      'speech',
      'raid',
      'vigil',
    ]);
    // speech lands first, before prelude: it belonged anywhere between prelude and aftermath.
    const mistakes = mistakesOf(plan, { mode: 'place', gaps: [1, 1, 0, 2, 2] });
    expect(mistakes.map(told)).toEqual([['speech', 'start', 'prelude', 'prelude', 'aftermath']]);
  });
});

describe('card mistakes in sort mode', () => {
  it('finds none in a correct order', () => {
    const plan = fixtureRound(chainPack(), { mode: 'sort' });
    expect(mistakesOf(plan, playTimeline(plan, 'r'))).toEqual([]);
  });

  it('lists the misplaced cards in the order the player left them', () => {
    const plan = fixtureRound(chainPack(), { mode: 'sort' });
    const mistakes = mistakesOf(plan, { mode: 'sort', order: ['c', 'a', 'b', 'd'] });
    expect(mistakes.map((m) => m.event.id)).toEqual(['c', 'a', 'b']);
    const first = mistakes[0]!;
    expect(first.mode === 'sort' && first.verdict.shouldFollow).toEqual(['a', 'b']);
  });
});

describe('answer mistakes', () => {
  it('finds none when every answer is right', () => {
    const plan = fixtureRound(quizPack(), { questionCount: 4 });
    const result = summariseRound(plan, playTimeline(plan), playQuiz(plan, '1'), 1);
    expect(answerMistakes(plan, result)).toEqual([]);
  });

  it('lists wrong and timed-out answers by their place in the round', () => {
    const plan = fixtureRound(quizPack(), { questionCount: 4 });
    const result = summariseRound(plan, playTimeline(plan), playQuiz(plan, '1-10'), 1);
    expect(
      answerMistakes(plan, result).map((m) => [m.number, m.question.id, m.record.given === null]),
    ).toEqual([
      [2, plan.questions[1]!.question.id, true],
      [4, plan.questions[3]!.question.id, false],
    ]);
  });
});
