import { describe, expect, it } from 'vitest';
import type { Pack } from '../../src/content/schema';
import type { RoundPlan } from '../../src/rules/plan';
import { summariseRound, type RoundResult } from '../../src/rules/result';
import { answerLabel } from '../../src/rules/scoring';
import {
  formatDuration,
  quizVerdicts,
  SHARE_RIGHT,
  SHARE_WRONG,
  shareText,
  timelineMarks,
} from '../../src/rules/share';
import { chainPack, quizPack } from '../fixtures/packs';
import { fixtureRound, playQuiz, playTimeline } from '../fixtures/plan';

const LINK = 'https://newsline.example/?daily=2026-11-29';
const count = (text: string, symbol: string): number => text.split(symbol).length - 1;
const MARKS = `[${SHARE_RIGHT}${SHARE_WRONG}]`;

function play(plan: RoundPlan, timeline: string, quiz: string): RoundResult {
  return summariseRound(plan, playTimeline(plan, timeline), playQuiz(plan, quiz), 95_000);
}

function card(plan: RoundPlan, result: RoundResult, dailyNumber: number | null = null): string {
  return shareText({
    dailyNumber,
    setName: plan.set.name,
    timeline: timelineMarks(result.timeline),
    quiz: quizVerdicts(plan, result),
    score: result.score,
    link: LINK,
  });
}

/** Every phrase of the pack a share card must never give away. */
function spoilers(pack: Pack): string[] {
  const phrases = new Set<string>();
  for (const e of pack.events) [e.title, e.clue, e.detail].forEach((p) => phrases.add(p));
  for (const q of pack.questions) {
    phrases.add(q.prompt);
    phrases.add(q.explanation);
    if (q.kind === 'multiple-choice' || q.kind === 'who-said-it') q.options.forEach((o) => phrases.add(o));
    // Numbers and True/False are kept out by the card's fixed shape instead (see below).
    if (q.kind !== 'number' && q.kind !== 'true-false') phrases.add(answerLabel(q));
  }
  for (const f of pack.facts) phrases.add(f.about);
  return [...phrases];
}

describe('shareText', () => {
  const cases = [
    { mode: 'place', questions: 5, seed: 11, timeline: 'wr', quiz: '10-1' },
    { mode: 'sort', questions: 12, seed: 7, timeline: 'w', quiz: '0' },
    { mode: 'place', questions: 30, seed: 3, timeline: 'rrw', quiz: '1-0' },
  ] as const;

  for (const { mode, questions, seed, timeline, quiz } of cases) {
    it(`gives nothing away and marks every card and question (${mode}, ${questions} questions)`, () => {
      const pack = quizPack();
      const plan = fixtureRound(pack, { mode, setId: 'every', questionCount: questions, seed });
      const result = play(plan, timeline, quiz);
      const text = card(plan, result);

      for (const phrase of spoilers(pack)) expect(text, phrase).not.toContain(phrase);

      const lines = text.split('\n');
      expect(lines).toEqual([
        `Newsline — ${plan.set.name}`,
        expect.stringMatching(new RegExp(`^Timeline \\d+/\\d+ ${MARKS}+$`, 'u')),
        expect.stringMatching(new RegExp(`^Quiz \\d+/\\d+ ${MARKS}+$`, 'u')),
        `Score ${result.score}/100`,
        LINK,
      ]);

      // Place mode judges every card but the first; sort mode judges them all.
      const judged = mode === 'place' ? plan.cards.length - 1 : plan.cards.length;
      expect(count(lines[1]!, SHARE_RIGHT) + count(lines[1]!, SHARE_WRONG)).toBe(judged);
      expect(lines[1]).toContain(`Timeline ${count(lines[1]!, SHARE_RIGHT)}/${judged} `);
      expect(count(lines[1]!, SHARE_WRONG)).toBeGreaterThan(0);

      expect(count(lines[2]!, SHARE_RIGHT) + count(lines[2]!, SHARE_WRONG)).toBe(plan.questions.length);
      expect(lines[2]).toContain(`Quiz ${result.quizCorrect}/${plan.questions.length} `);
      expect(count(lines[2]!, SHARE_RIGHT)).toBe(result.quizCorrect);
    });
  }

  it('heads a daily round with its number', () => {
    const plan = fixtureRound(chainPack(), { questionCount: 1 });
    expect(card(plan, play(plan, 'r', '1'), 29).split('\n')[0]).toBe('Newsline #29');
  });

  it('marks placements in the order dealt and questions in the order asked', () => {
    const plan = fixtureRound(chainPack(), { mode: 'place', seed: 6, questionCount: 1 });
    const result = play(plan, 'wrw', '0');
    const [, timeline, quiz] = card(plan, result, 1).split('\n');
    const expected = result.timeline.placements!.map((p) => (p.right ? SHARE_RIGHT : SHARE_WRONG)).join('');
    expect(expected).toContain(SHARE_WRONG);
    expect(timeline).toBe(`Timeline ${result.timeline.right}/3 ${expected}`);
    expect(quiz).toBe(`Quiz 0/1 ${SHARE_WRONG}`);
  });

  it('marks sorted cards in the order the player left them', () => {
    const plan = fixtureRound(chainPack(), { mode: 'sort', questionCount: 0 });
    const result = summariseRound(plan, { mode: 'sort', order: ['c', 'a', 'b', 'd'] }, [], 1);
    const [, timeline] = card(plan, result, 1).split('\n');
    expect(timeline).toBe(`Timeline 1/4 ${SHARE_WRONG}${SHARE_WRONG}${SHARE_WRONG}${SHARE_RIGHT}`);
  });

  it('shows a perfect round as all right', () => {
    const plan = fixtureRound(quizPack(), { questionCount: 8, seed: 21 });
    const result = play(plan, 'r', '1');
    const text = card(plan, result, 3);
    expect(count(text, SHARE_WRONG)).toBe(0);
    expect(count(text, SHARE_RIGHT)).toBe(plan.cards.length - 1 + plan.questions.length);
    expect(text).toContain('Score 100/100');
  });

  it('counts a timed-out or unanswered question as wrong', () => {
    const plan = fixtureRound(quizPack(), { questionCount: 3 });
    const timedOut = play(plan, 'r', '-');
    expect(card(plan, timedOut, 3).split('\n')[2]).toBe(`Quiz 0/3 ${SHARE_WRONG.repeat(3)}`);
    const leftEarly = summariseRound(plan, playTimeline(plan), playQuiz(plan, '1').slice(0, 1), 1);
    expect(quizVerdicts(plan, leftEarly)).toEqual([true, false, false]);
  });

  it('leaves the quiz line out of a timeline-only round', () => {
    const plan = fixtureRound(chainPack(), { mode: 'place', questionCount: 0 });
    const lines = card(plan, play(plan, 'r', '1')).split('\n');
    expect(lines).toEqual([
      'Newsline — All events',
      `Timeline 3/3 ${SHARE_RIGHT.repeat(3)}`,
      'Score 100/100',
      LINK,
    ]);
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
