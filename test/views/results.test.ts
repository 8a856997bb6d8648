import { describe, expect, it } from 'vitest';
import type { Pack } from '../../src/content/schema';
import { answerLabel } from '../../src/rules/scoring';
import type { HandIn } from '../../src/state/attempts';
import type { RoundOrigin } from '../../src/state/round-session';
import { praise, resultsView, type ResultsInputs } from '../../src/views/results';
import { chainPack, fixtureEvent, fixturePack, questionOfKind } from '../fixtures/packs';
import { fixtureRound, wrongAnswer } from '../fixtures/plan';
import { answerAll, newSession, placeAll } from '../fixtures/session';

const DIGEST = 'Everything in the fixture happened.';

/** The chain with a choice question and a number question. */
const QUOTE = { text: 'the lanterns burn blue tonight', speaker: 'the quarry keeper' };

function quizPack(): Pack {
  return fixturePack(
    chainPack().events.map((e) => (e.id === 'c' ? { ...e, basis: 'context' as const } : e)),
    [
      { ...questionOfKind('multiple-choice', 'q-choice', 'choice'), quote: QUOTE },
      questionOfKind('number', 'q-number', 'number'),
    ],
    'results-view',
  );
}

interface Played {
  mode?: 'place' | 'sort';
  timeline?: string;
  /** `1` right, `0` wrong, `-` no answer, per question in the order asked. */
  quiz?: string;
  questionCount?: number;
  allowRetry?: boolean;
  origin?: RoundOrigin;
  seconds?: number;
  sortOrder?: string[];
}

/** A finished round played as told, and the results screen's inputs for it. */
function finished(played: Played = {}, extra: Partial<ResultsInputs> = {}): ResultsInputs {
  const pack = quizPack();
  const plan = fixtureRound(pack, {
    mode: played.mode ?? 'place',
    questionCount: played.questionCount ?? 2,
    allowRetry: played.allowRetry ?? true,
  });
  const { session, time } = newSession(plan, { origin: played.origin ?? { kind: 'own' } });
  time.advance((played.seconds ?? 65) * 1000);
  if (plan.config.mode === 'place') placeAll(session, pack, played.timeline ?? 'r');
  else {
    played.sortOrder?.forEach((id, i) => session.moveCard(id, i));
    session.checkOrder();
  }
  session.startQuiz();
  answerAll(session, played.quiz ?? '1');
  return {
    pack,
    plan,
    result: session.result(),
    origin: session.origin,
    handIn: null,
    share: null,
    newBest: false,
    previousBest: null,
    ...extra,
  };
}

const SHARED: RoundOrigin = { kind: 'shared', roundCode: 'NL-TEST', playerName: 'Ada Lovelace' };
const HAND_IN: HandIn = { code: 'NLR2-CODE', isThisAttempt: true, note: 'Your first attempt.' };

describe('the score in a student’s words', () => {
  it('place mode: cards right first time, questions right, time', () => {
    const view = resultsView(finished({ timeline: 'rwr', quiz: '10', seconds: 125 }));
    expect(view.lines).toEqual([
      '2 of 3 cards placed right first time',
      '1 of 2 questions right',
      'Time: 2:05',
    ]);
    expect(view.scoreLabel).toBe(`${view.score} out of 100`);
    expect(view.heading).toBe('Round complete');
  });

  it('sort mode: cards in a right place', () => {
    const view = resultsView(finished({ mode: 'sort', sortOrder: ['b', 'a', 'c', 'd'], quiz: '11' }));
    expect(view.lines[0]).toBe('2 of 4 cards in a right place');
    expect(view.lines).toContain('Best streak: 2 in a row');
  });

  it('a timeline-only round says there were no questions', () => {
    const view = resultsView(finished({ questionCount: 0 }));
    expect(view.lines).toEqual([
      '3 of 3 cards placed right first time',
      'No questions this round',
      'Time: 1:05',
    ]);
    expect(view.score).toBe(100);
    expect(view.perfect).toBe(true);
    expect(view.praise).toBe('A perfect round!');
  });

  it('names the best streak only from two in a row', () => {
    expect(resultsView(finished({ quiz: '10' })).lines.some((l) => l.startsWith('Best streak'))).toBe(false);
    expect(resultsView(finished({ quiz: '11' })).lines).toContain('Best streak: 2 in a row');
  });

  it('praises by score band', () => {
    expect([100, 99, 80, 79, 50, 49, 0].map(praise)).toEqual([
      'A perfect round!',
      'Great work.',
      'Great work.',
      'Good going. The review shows what to look at again.',
      'Good going. The review shows what to look at again.',
      'Worth another go. The review shows where things slipped.',
      'Worth another go. The review shows where things slipped.',
    ]);
  });

  it('shows a new best, or the best so far; a first score is not called a new best', () => {
    expect(resultsView(finished({}, { newBest: true, previousBest: 70 })).best).toBe(
      'New best for All! (It was 70.)',
    );
    expect(resultsView(finished({}, { newBest: true })).best).toBe(
      'Your first score for All: the one to beat.',
    );
    expect(resultsView(finished({}, { previousBest: 90 })).best).toBe('Your best for All: 90');
    expect(resultsView(finished()).best).toBeNull();
  });

  it('gives one mark per card placed and per question', () => {
    const view = resultsView(finished({ timeline: 'rwr', quiz: '01' }));
    expect(view.grid).toEqual({ timeline: [true, false, true], quiz: [false, true] });
  });
});

describe('what a round offers at the end', () => {
  it('a teacher’s round: the code to hand in with the name, nothing to share', () => {
    const view = resultsView(finished({ origin: SHARED }, { handIn: HAND_IN }));
    expect(view.heading).toBe('Round complete: hand it in');
    expect(view.handIn).toEqual({
      heading: 'Hand in this code',
      name: 'Name: Ada Lovelace',
      note: 'Your first attempt.',
      code: 'NLR2-CODE',
    });
    expect(view.share).toBeNull();
  });

  it('a round of one’s own: a share card, nothing to hand in', () => {
    const share = { text: 'Newsline — All', link: 'https://example.test/?play=NL-X' };
    const view = resultsView(finished({}, { share }));
    expect(view.handIn).toBeNull();
    expect(view.share).toEqual({ heading: 'Share your result', ...share });
  });

  it('a hand-in is never shown for a round that is not a teacher’s', () => {
    expect(resultsView(finished({}, { handIn: HAND_IN })).handIn).toBeNull();
  });

  it.each<[string, Played, string[]]>([
    ['own', {}, ['Play it again', 'New round', 'Menu']],
    [
      'daily',
      { origin: { kind: 'daily', number: 29, dateKey: '2026-11-29' } },
      ['Play it again', 'New round', 'Menu'],
    ],
    [
      'challenge',
      { origin: { kind: 'challenge', roundCode: 'NL-X' } },
      ['Play it again', 'New round', 'Menu'],
    ],
    ['shared, retries on', { origin: SHARED, allowRetry: true }, ['Play it again', 'Menu']],
    ['shared, retries off', { origin: SHARED, allowRetry: false }, ['Menu']],
  ])('%s: %j', (_label, played, labels) => {
    expect(resultsView(finished(played)).actions.map((a) => a.label)).toEqual(labels);
  });

  it('a daily round is headed by its number', () => {
    const view = resultsView(finished({ origin: { kind: 'daily', number: 29, dateKey: '2026-11-29' } }));
    expect(view.heading).toBe('Daily #29 done');
  });
});

describe('the review', () => {
  it('has nothing to review after a perfect round', () => {
    const view = resultsView(finished({ quiz: '11' }));
    expect(view.review.items).toEqual([]);
    expect(view.review.empty).toBe('Nothing to review: every card and every answer was right.');
  });

  it('explains a card placed wrong: where it belongs, how we know, the paragraphs', () => {
    const input = finished({ timeline: 'w', quiz: '11' });
    const view = resultsView(input);
    const cards = view.review.items.filter((i) => i.label === 'Card');
    const wrongIds = input.result.timeline.placements!.filter((p) => !p.right).map((p) => p.cardId);
    expect(cards.map((c) => c.title)).toEqual(wrongIds.map((id) => `Event ${id}`));
    expect(cards.length).toBeGreaterThan(0);
    // The chain ends as a, b, c, d whatever was placed where.
    const where: Record<string, string> = {
      'Event a': 'first, before “Event b”: 2019',
      'Event b': 'between “Event a” and “Event c”: March 2020',
      'Event c': 'between “Event b” and “Event d”: 10 February 2021',
      'Event d': 'last, after “Event c”: 27 June 2021',
    };
    for (const card of cards)
      expect(card.what).toBe(`Placed wrong at first. It belongs ${where[card.title]}.`);
    for (const card of cards) {
      expect(card.why).toBe('fixture');
      expect(card.paragraphs).toEqual([{ mark: '¶1', text: DIGEST }]);
      expect(card.outsideContext).toBe(card.title === 'Event c');
    }
  });

  it('explains a card out of place in sort mode', () => {
    const view = resultsView(finished({ mode: 'sort', sortOrder: ['a', 'c', 'b', 'd'], quiz: '11' }));
    const c = view.review.items.find((i) => i.title === 'Event c');
    expect(c?.what).toBe('Out of place: it comes after “Event b”. Date: 10 February 2021.');
    expect(view.review.items.map((i) => i.title).sort()).toEqual(['Event b', 'Event c']);
  });

  it('says in a whole sentence that a card should have come before another', () => {
    const view = resultsView(finished({ mode: 'sort', sortOrder: ['a', 'c', 'b', 'd'], quiz: '11' }));
    const b = view.review.items.find((i) => i.title === 'Event b');
    expect(b?.what).toBe('Out of place: it comes before “Event c”. Date: March 2020.');
  });

  it('explains each wrong or missing answer with its number, prompt and paragraphs', () => {
    const input = finished({ quiz: '0-' });
    const view = resultsView(input);
    const questions = input.plan.questions.map((q) => q.question);
    const items = view.review.items.filter((i) => i.label.startsWith('Question'));
    expect(items.map((i) => i.label)).toEqual(['Question 1', 'Question 2']);
    expect(items.map((i) => i.title)).toEqual(questions.map((q) => q.prompt));
    const [first, second] = questions;
    // Numbers read with their unit; options in quotation marks.
    const said = (q: typeof first, value: string) =>
      q?.kind === 'number' ? `${value} lanterns` : `“${value}”`;
    expect(items[0]?.what).toBe(
      `✗ You said ${said(first, wrongAnswer(first!))}. The answer: ${said(first, answerLabel(first!))}.`,
    );
    expect(items[1]?.what).toBe(`✗ No answer in time. The answer: ${said(second, answerLabel(second!))}.`);
    expect(items.map((i) => i.why)).toEqual(questions.map((q) => q.explanation));
    expect(items.every((i) => i.paragraphs[0]?.text === DIGEST)).toBe(true);
  });

  it('shows the words a question quotes, with their speaker, so “this” in its prompt points at something', () => {
    const input = finished({ quiz: '00' });
    const items = resultsView(input).review.items.filter((i) => i.label.startsWith('Question'));
    const quoted = input.plan.questions.map((q) => (q.question.quote ? QUOTE : null));
    expect(items.map((i) => i.quote)).toEqual(quoted);
    expect(quoted).toContainEqual(QUOTE);
  });

  it('skips right answers', () => {
    const view = resultsView(finished({ quiz: '10' }));
    expect(view.review.items.map((i) => i.label)).toEqual(['Question 2']);
  });

  it('cites only paragraphs the pack has a digest for', () => {
    const pack = fixturePack(
      [fixtureEvent('x', '2020', undefined, { paragraphs: [1, 7] }), fixtureEvent('y', '2021')],
      undefined,
      'cites',
    );
    const plan = fixtureRound(pack, { mode: 'sort', questionCount: 0 });
    const { session } = newSession(plan);
    ['y', 'x'].forEach((id, i) => session.moveCard(id, i));
    session.checkOrder();
    session.startQuiz();
    const view = resultsView({
      pack,
      plan,
      result: session.result(),
      origin: { kind: 'own' },
      handIn: null,
      share: null,
      newBest: false,
      previousBest: null,
    });
    expect(view.review.items.find((i) => i.title === 'Event x')?.paragraphs).toEqual([
      { mark: '¶1', text: DIGEST },
    ]);
  });
});
