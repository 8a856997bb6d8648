import { describe, expect, it } from 'vitest';
import { articlePack } from '../../src/content/article-pack';
import type { Question } from '../../src/content/schema';
import { revealOrder } from '../../src/rules/order';
import { planRound, type RoundPlan } from '../../src/rules/plan';
import { summariseRound, type GivenAnswer, type RoundResult } from '../../src/rules/result';
import { DEFAULT_ROUND } from '../../src/rules/round-config';
import { answerLabel, FALSE_LABEL, TRUE_LABEL } from '../../src/rules/scoring';
import { formatDuration, SHARE_RIGHT, SHARE_WRONG, shareText } from '../../src/rules/share';

function plan(setId: string, questionCount: number, seed: number): RoundPlan {
  const outcome = planRound(articlePack, { ...DEFAULT_ROUND, setId, questionCount, seed });
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.plan;
}

function wrongAnswer(question: Question): string {
  switch (question.kind) {
    case 'true-false':
      return question.answer ? FALSE_LABEL : TRUE_LABEL;
    case 'number':
      return String(question.answer + 1);
    default:
      return question.options.find((o) => o !== question.answer)!;
  }
}

/** Answers right where `pattern` has a 1, wrong at 0, time-out at '-'; cycles if shorter. */
function play(p: RoundPlan, order: string[], pattern: string): RoundResult {
  const answers: GivenAnswer[] = p.questions.map((q, i) => {
    const c = pattern[i % pattern.length];
    const given = c === '1' ? answerLabel(q.question) : c === '0' ? wrongAnswer(q.question) : null;
    return { questionId: q.question.id, given, ms: 1000 };
  });
  return summariseRound(p, order, answers, 95_000);
}

const count = (text: string, symbol: string): number => text.split(symbol).length - 1;
const TITLE = articlePack.title;

/** Every phrase from the pack a share card must never give away. */
function spoilers(): string[] {
  const phrases = new Set<string>();
  for (const e of articlePack.events) phrases.add(e.title);
  for (const q of articlePack.questions) {
    phrases.add(q.prompt);
    if (q.kind === 'multiple-choice' || q.kind === 'who-said-it') q.options.forEach((o) => phrases.add(o));
    // Numbers and True/False are checked by the card's fixed shape instead (see below).
    if (q.kind !== 'number' && q.kind !== 'true-false') phrases.add(answerLabel(q));
  }
  return [...phrases];
}

describe('shareText', () => {
  const cases = [
    { setId: 'core', questions: 6, seed: 11, pattern: '10-1' },
    { setId: 'medium', questions: 12, seed: 7, pattern: '0' },
    { setId: 'full', questions: 40, seed: 3, pattern: '1-0' },
  ];

  for (const { setId, questions, seed, pattern } of cases) {
    it(`gives nothing away and counts every card and question (${setId})`, () => {
      const p = plan(setId, questions, seed);
      // The shuffled starting order is never fully right, so some cards are marked wrong.
      const result = play(
        p,
        p.cards.map((c) => c.id),
        pattern,
      );
      const text = shareText(result, p, TITLE);

      for (const phrase of spoilers()) expect(text, phrase).not.toContain(phrase);

      const lines = text.split('\n');
      expect(lines).toHaveLength(4);
      expect(lines[0]).toBe(`Newsline — ${TITLE} (${p.set.name})`);
      // The fixed shape: counts and symbols only, so no number or True/False answer can slip in.
      expect(lines[1]).toMatch(new RegExp(`^Timeline \\d+/\\d+ [${SHARE_RIGHT}${SHARE_WRONG}]+$`, 'u'));
      expect(lines[2]).toMatch(new RegExp(`^Quiz \\d+/\\d+ [${SHARE_RIGHT}${SHARE_WRONG}]+$`, 'u'));
      expect(lines[3]).toBe(`Score ${result.score}/100`);

      const { ordering } = result;
      expect(lines[1]).toContain(`Timeline ${ordering.correctPairs}/${ordering.totalPairs} `);
      expect(count(lines[1]!, SHARE_RIGHT) + count(lines[1]!, SHARE_WRONG)).toBe(p.cards.length);
      expect(count(lines[1]!, SHARE_RIGHT)).toBe(ordering.verdicts.filter((v) => v.correct).length);
      expect(count(lines[1]!, SHARE_WRONG)).toBeGreaterThan(0);

      expect(lines[2]).toContain(`Quiz ${result.quizCorrect}/${result.quizTotal} `);
      expect(count(lines[2]!, SHARE_RIGHT) + count(lines[2]!, SHARE_WRONG)).toBe(p.questions.length);
      expect(count(lines[2]!, SHARE_RIGHT)).toBe(result.quizCorrect);
    });
  }

  it('marks cards in the submitted order and questions in the asked order', () => {
    const p = plan('core', 4, 5);
    const result = play(
      p,
      p.cards.map((c) => c.id),
      '0110',
    );
    const [, timeline, quiz] = shareText(result, p, TITLE).split('\n');
    const cardMarks = result.ordering.verdicts.map((v) => (v.correct ? SHARE_RIGHT : SHARE_WRONG)).join('');
    expect(timeline!.endsWith(` ${cardMarks}`)).toBe(true);
    expect(quiz).toBe(`Quiz 2/4 ${SHARE_WRONG}${SHARE_RIGHT}${SHARE_RIGHT}${SHARE_WRONG}`);
  });

  it('shows a perfect round as all right', () => {
    const p = plan('medium', 8, 21);
    const result = play(
      p,
      revealOrder(p.cards, p.order).map((c) => c.id),
      '1',
    );
    expect(result.score).toBe(100);
    const text = shareText(result, p, TITLE);
    expect(count(text, SHARE_WRONG)).toBe(0);
    expect(count(text, SHARE_RIGHT)).toBe(p.cards.length + p.questions.length);
    expect(text).toContain('Score 100/100');
  });

  it('counts a timed-out answer as wrong', () => {
    const p = plan('core', 3, 2);
    const result = play(
      p,
      revealOrder(p.cards, p.order).map((c) => c.id),
      '-',
    );
    const quiz = shareText(result, p, TITLE).split('\n')[2];
    expect(quiz).toBe(`Quiz 0/3 ${SHARE_WRONG.repeat(3)}`);
  });

  it('leaves the quiz line out of a timeline-only round', () => {
    const p = plan('core', 0, 9);
    const result = play(
      p,
      revealOrder(p.cards, p.order).map((c) => c.id),
      '1',
    );
    const lines = shareText(result, p, TITLE).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe(
      `Timeline ${result.ordering.totalPairs}/${result.ordering.totalPairs} ${SHARE_RIGHT.repeat(4)}`,
    );
    expect(lines[2]).toBe('Score 100/100');
  });
});

describe('formatDuration', () => {
  it('shows minutes and zero-padded seconds', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(9_999)).toBe('0:09');
    expect(formatDuration(134_000)).toBe('2:14');
    expect(formatDuration(75 * 60_000)).toBe('75:00');
  });

  it('never shows a negative or broken time', () => {
    expect(formatDuration(-5)).toBe('0:00');
    expect(formatDuration(Number.NaN)).toBe('0:00');
  });
});
