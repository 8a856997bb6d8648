import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../src/content/schema';
import { RoundClock } from '../../src/rules/clock';
import { answerLabel } from '../../src/rules/scoring';
import type { SessionProgress } from '../../src/state/round-session';
import { chronologyOracle } from '../fixtures/events';
import { chainPack, fixturePack, questionOfKind, tiePack, VALID_FIXTURE_PACKS } from '../fixtures/packs';
import { fixtureRound, wrongAnswer } from '../fixtures/plan';
import {
  answerAll,
  answerNow,
  manualTime,
  newSession,
  oracleOrder,
  placeAll,
  rightGaps,
  sortCorrectly,
  toQuiz,
  wrongGap,
} from '../fixtures/session';

/** The chain's four cards and three questions of different kinds. */
function quizzyPack(): Pack {
  return fixturePack(
    chainPack().events,
    [
      questionOfKind('multiple-choice', 'q-one', 'fact-one'),
      questionOfKind('true-false', 'q-two', 'fact-two'),
      questionOfKind('number', 'q-three', 'fact-three'),
    ],
    'quizzy',
  );
}

describe('place mode', () => {
  it('starts with one card on the line and the next one waiting', () => {
    const pack = chainPack();
    const plan = fixtureRound(pack, { mode: 'place' });
    const { session } = newSession(plan);
    expect(session.phase).toBe('board');
    expect(session.line).toEqual([plan.cards[0]!.id]);
    expect(session.nextCard?.id).toBe(plan.cards[1]!.id);
    expect(session.placing).toEqual({ number: 1, of: plan.cards.length - 1 });
    expect(session.placements).toEqual([]);
  });

  it('puts a card placed right exactly where it was put', () => {
    const pack = chainPack();
    const { session } = newSession(fixtureRound(pack, { mode: 'place' }));
    const oracle = chronologyOracle(pack.events);
    const card = session.nextCard!.id;
    const gap = rightGaps(oracle, session.line, card)[0]!;
    const verdict = session.place(gap);
    expect(verdict?.right).toBe(true);
    expect(session.line.indexOf(card)).toBe(gap);
    expect(session.placements.map((p) => p.cardId)).toEqual([card]);
  });

  it('slides a card placed wrong to the right gap nearest the one chosen', () => {
    const pack = chainPack();
    const plan = fixtureRound(pack, { mode: 'place' });
    const { session } = newSession(plan);
    const oracle = chronologyOracle(pack.events);
    placeAll(session, pack, 'r');
    // Replay with every placement wrong, judging each landing against the oracle.
    const { session: wrongly } = newSession(plan);
    let wrongOnes = 0;
    while (wrongly.nextCard) {
      const card = wrongly.nextCard.id;
      const before = [...wrongly.line];
      const gap = wrongGap(oracle, before, card);
      if (gap === null) {
        wrongly.place(0);
        continue;
      }
      wrongOnes++;
      const right = rightGaps(oracle, before, card);
      const nearest = right.reduce((best, g) => (Math.abs(g - gap) < Math.abs(best - gap) ? g : best));
      expect(wrongly.place(gap)?.right).toBe(false);
      expect(wrongly.line.indexOf(card)).toBe(nearest);
      expect(oracle.allows(wrongly.line)).toBe(true);
    }
    expect(wrongOnes).toBeGreaterThan(0);
    // However it was placed, the line ends in the one order a chain allows.
    expect(wrongly.line).toEqual(session.line);
  });

  it('keeps the line in an order the article allows, whatever gaps are chosen', () => {
    const packs = Object.values(VALID_FIXTURE_PACKS).map((make) => make());
    fc.assert(
      fc.property(
        fc.constantFrom(...packs),
        fc.integer({ min: 0, max: 0xfffff }),
        fc.array(fc.integer({ min: -3, max: 15 }), { maxLength: 14 }),
        (pack, seed, gaps) => {
          const plan = fixtureRound(pack, { mode: 'place', seed, setId: pack.sets[0]!.id, questionCount: 0 });
          const { session } = newSession(plan);
          const oracle = chronologyOracle(pack.events);
          for (const gap of gaps) {
            const card = session.nextCard?.id;
            const lineBefore = [...session.line];
            const verdict = session.place(gap);
            if (card === undefined) {
              expect(verdict).toBeNull();
              expect(session.line).toEqual(lineBefore);
              continue;
            }
            const clamped = Math.max(0, Math.min(lineBefore.length, gap));
            expect(verdict?.right).toBe(rightGaps(oracle, lineBefore, card).includes(clamped));
            expect(oracle.allows(session.line)).toBe(true);
            expect(session.line).toHaveLength(lineBefore.length + 1);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('ends the board by itself once the last card is placed', () => {
    const pack = chainPack();
    const plan = fixtureRound(pack, { mode: 'place' });
    const { session } = newSession(plan);
    const gaps = placeAll(session, pack, 'rw');
    expect(session.phase).toBe('reveal');
    expect(session.nextCard).toBeUndefined();
    expect(session.placements).toHaveLength(plan.cards.length - 1);
    expect(session.submission).toEqual({ mode: 'place', gaps });
    expect(session.timeline?.finalOrder).toEqual(session.line);
    // Nothing more can be placed.
    expect(session.place(0)).toBeNull();
    expect(session.placements).toHaveLength(plan.cards.length - 1);
  });

  it('ignores sort-mode moves', () => {
    const { session } = newSession(fixtureRound(chainPack(), { mode: 'place' }));
    const line = [...session.line];
    const order = [...session.order];
    session.moveCard(order[3]!, 0);
    expect(session.line).toEqual(line);
    expect(session.order).toEqual(order);
    expect(session.checkOrder()).toBeNull();
    expect(session.phase).toBe('board');
  });
});

describe('sort mode', () => {
  it('moves a card and closes up the others, within the ends of the line', () => {
    const { session } = newSession(fixtureRound(chainPack(), { mode: 'sort' }));
    const [a, b, c, d] = session.order as string[];
    session.moveCard(a!, 2);
    expect(session.order).toEqual([b, c, a, d]);
    session.moveCard(a!, 99);
    expect(session.order).toEqual([b, c, d, a]);
    session.moveCard(a!, -5);
    expect(session.order).toEqual([a, b, c, d]);
    session.moveCard('no-such-card', 0);
    expect(session.order).toEqual([a, b, c, d]);
  });

  it('starts from an order the article does not allow', () => {
    const pack = chainPack();
    for (let seed = 0; seed < 20; seed++) {
      const { session } = newSession(fixtureRound(pack, { mode: 'sort', seed }));
      expect(chronologyOracle(pack.events).allows(session.order)).toBe(false);
    }
  });

  it('checks the order and then ignores any further move', () => {
    const pack = chainPack();
    const { session } = newSession(fixtureRound(pack, { mode: 'sort' }));
    const sorted = sortCorrectly(session, pack);
    expect(session.order).toEqual(sorted);
    expect(session.checkOrder()?.perfect).toBe(true);
    expect(session.phase).toBe('reveal');
    expect(session.line).toEqual(sorted);

    session.moveCard(sorted[0]!, 3);
    expect(session.order).toEqual(sorted);
    expect(session.line).toEqual(sorted);
    // Checking again judges the same order.
    expect(session.checkOrder()?.finalOrder).toEqual(sorted);
    expect(session.submission).toEqual({ mode: 'sort', order: sorted });
  });

  it('judges the order the player left, not a correct one', () => {
    const pack = chainPack();
    const { session } = newSession(fixtureRound(pack, { mode: 'sort' }));
    const reversed = oracleOrder(pack, session.order).reverse();
    reversed.forEach((id, i) => session.moveCard(id, i));
    const score = session.checkOrder();
    expect(score?.perfect).toBe(false);
    expect(score?.right).toBe(0);
    expect(session.line).toEqual(reversed);
  });

  it('ignores place-mode placements', () => {
    const { session } = newSession(fixtureRound(chainPack(), { mode: 'sort' }));
    expect(session.nextCard).toBeUndefined();
    expect(session.place(0)).toBeNull();
    expect(session.phase).toBe('board');
  });
});

describe('the quiz', () => {
  function quizSession(timerSeconds = 0, explanationsDuringPlay = true) {
    const pack = quizzyPack();
    const plan = fixtureRound(pack, { mode: 'place', questionCount: 3, explanationsDuringPlay });
    const made = newSession(plan, { timerSeconds });
    toQuiz(made.session, pack);
    return { pack, plan, ...made };
  }

  it('asks the plan’s questions in order, one at a time', () => {
    const { session, plan } = quizSession();
    expect(session.phase).toBe('quiz');
    const asked: string[] = [];
    while (session.currentQuestion) {
      asked.push(session.currentQuestion.question.id);
      answerNow(session, '1');
      session.nextQuestion();
    }
    expect(asked).toEqual(plan.questions.map((q) => q.question.id));
    expect(session.phase).toBe('results');
  });

  it('marks an answer and keeps the question on screen until the player moves on', () => {
    const { session } = quizSession();
    const question = session.currentQuestion!.question;
    const record = session.answer(wrongAnswer(question));
    expect(record).toMatchObject({
      questionId: question.id,
      correct: false,
      expected: answerLabel(question),
    });
    expect(session.currentQuestion?.question.id).toBe(question.id);
    expect(session.currentAnswer).toEqual(record);
    expect(session.questionIndex).toBe(0);
  });

  it('ignores a second answer to the same question', () => {
    const { session } = quizSession();
    const question = session.currentQuestion!.question;
    const first = session.answer(wrongAnswer(question));
    const second = session.answer(answerLabel(question));
    expect(second).toEqual(first);
    expect(session.answers).toHaveLength(1);
    expect(session.answers[0]?.correct).toBe(false);
  });

  it('does not move on from a question not yet answered', () => {
    const { session } = quizSession();
    const question = session.currentQuestion!.question.id;
    session.nextQuestion();
    expect(session.currentQuestion?.question.id).toBe(question);
    expect(session.questionIndex).toBe(0);
  });

  it('counts the streak of right answers ending now', () => {
    const { session } = quizSession();
    answerNow(session, '1');
    expect(session.streak).toBe(1);
    session.nextQuestion();
    answerNow(session, '1');
    expect(session.streak).toBe(2);
    session.nextQuestion();
    answerNow(session, '0');
    expect(session.streak).toBe(0);
  });

  it('records how long each question took, from when it was shown', () => {
    const { session, time } = quizSession();
    time.advance(4_000);
    answerNow(session, '1');
    time.advance(9_000); // reading the explanation
    session.nextQuestion();
    time.advance(2_500);
    answerNow(session, '0');
    expect(session.answers.map((a) => a.ms)).toEqual([4_000, 2_500]);
  });

  it('counts a question’s time down on the injected clock and times it out', () => {
    const { session, time } = quizSession(20);
    expect(session.questionTimeLeftMs).toBe(20_000);
    time.advance(12_300);
    expect(session.questionTimeLeftMs).toBe(7_700);
    expect(session.expireIfDue()).toBeNull();
    expect(session.currentAnswer).toBeUndefined();
    time.advance(7_700);
    const record = session.expireIfDue();
    expect(record).toMatchObject({ given: null, correct: false });
    expect(session.currentAnswer).toEqual(record);
    // Answered: no time left to show, nothing more to expire.
    expect(session.questionTimeLeftMs).toBeNull();
    expect(session.expireIfDue()).toBeNull();
    expect(session.answers).toHaveLength(1);
  });

  it('gives the next question its full time', () => {
    const { session, time } = quizSession(20);
    time.advance(15_000);
    answerNow(session, '1');
    time.advance(30_000);
    session.nextQuestion();
    expect(session.questionTimeLeftMs).toBe(20_000);
  });

  it('never times out an untimed question', () => {
    const { session, time } = quizSession(0);
    time.advance(10 * 60_000);
    expect(session.questionTimeLeftMs).toBeNull();
    expect(session.expireIfDue()).toBeNull();
    expect(session.currentAnswer).toBeUndefined();
  });

  it.each(['dialog', 'hidden'] as const)(
    'leaves the question’s time as it was while paused for %s',
    (reason) => {
      const { session, time } = quizSession(30);
      time.advance(10_000);
      session.pause(reason);
      time.advance(5 * 60_000);
      expect(session.questionTimeLeftMs).toBe(20_000);
      expect(session.expireIfDue()).toBeNull();
      session.resume(reason);
      time.advance(1_000);
      expect(session.questionTimeLeftMs).toBe(19_000);
    },
  );

  it('stays paused until every reason to pause is gone', () => {
    const { session, time } = quizSession(30);
    session.pause('dialog');
    session.pause('hidden');
    session.resume('dialog');
    time.advance(25_000);
    expect(session.questionTimeLeftMs).toBe(30_000);
    session.resume('hidden');
    time.advance(5_000);
    expect(session.questionTimeLeftMs).toBe(25_000);
  });

  it('goes straight to the results when the round has no questions', () => {
    const pack = chainPack();
    const { session } = newSession(fixtureRound(pack, { questionCount: 0 }));
    placeAll(session, pack);
    session.startQuiz();
    expect(session.phase).toBe('results');
    expect(session.currentQuestion).toBeUndefined();
    expect(session.result().quizTotal).toBe(0);
  });
});

describe('the result', () => {
  it('is refused before the round is over', () => {
    const { session } = newSession(fixtureRound(chainPack()));
    expect(session.inProgress).toBe(true);
    expect(() => session.result()).toThrow(/not over/);
  });

  it('counts the round’s active time in whole seconds', () => {
    const pack = quizzyPack();
    const { session, time } = newSession(fixtureRound(pack, { questionCount: 3 }));
    time.advance(20_400);
    placeAll(session, pack);
    session.startQuiz();
    session.pause('dialog');
    time.advance(60_000); // not counted
    session.resume('dialog');
    answerAll(session, '10-', 3_300, time);
    const result = session.result();
    expect(result.timeMs).toBe(30_000); // 20.4 s + 3 × 3.3 s = 30.3 s
    expect(result.timeMs % 1000).toBe(0);
    expect(session.inProgress).toBe(false);
  });

  it('adds up what the player did: timeline and answers', () => {
    const pack = quizzyPack();
    const plan = fixtureRound(pack, { questionCount: 3 });
    const { session } = newSession(plan);
    placeAll(session, pack, 'w');
    session.startQuiz();
    answerAll(session, '110');
    const result = session.result();
    expect(result.quizCorrect).toBe(2);
    expect(result.quizTotal).toBe(3);
    expect(result.bestStreak).toBe(2);
    expect(result.answers.map((a) => a.questionId)).toEqual(plan.questions.map((q) => q.question.id));
    expect(result.timeline.finalOrder).toEqual(session.line);
    expect(result.timeline.perfect).toBe(false);
  });
});

describe('progress and replay', () => {
  function replayed(pack: Pack, progress: SessionProgress, overrides = {}) {
    return newSession(fixtureRound(pack, { questionCount: 3, ...overrides }), {}, progress).session;
  }

  it('brings back a half-placed line', () => {
    const pack = chainPack();
    const plan = fixtureRound(pack, { mode: 'place' });
    const { session } = newSession(plan);
    const oracle = chronologyOracle(pack.events);
    session.place(wrongGap(oracle, session.line, session.nextCard!.id) ?? 0);
    session.place(rightGaps(oracle, session.line, session.nextCard!.id)[0]!);
    const again = newSession(plan, {}, session.progress()).session;
    expect(again.phase).toBe('board');
    expect(again.line).toEqual(session.line);
    expect(again.placements).toEqual(session.placements);
    expect(again.nextCard?.id).toBe(session.nextCard?.id);
  });

  it('brings back a sort order not yet checked', () => {
    const pack = chainPack();
    const plan = fixtureRound(pack, { mode: 'sort' });
    const { session } = newSession(plan);
    session.moveCard(session.order[3]!, 0);
    session.moveCard(session.order[2]!, 1);
    const again = newSession(plan, {}, session.progress()).session;
    expect(again.phase).toBe('board');
    expect(again.order).toEqual(session.order);
  });

  it('brings back a checked order with its verdict', () => {
    const pack = tiePack();
    const plan = fixtureRound(pack, { mode: 'sort', questionCount: 0 });
    const { session } = newSession(plan);
    session.moveCard(session.order[0]!, 5);
    session.checkOrder();
    const again = newSession(plan, {}, session.progress()).session;
    expect(again.phase).toBe('reveal');
    expect(again.line).toEqual(session.line);
    expect(again.timeline?.right).toBe(session.timeline?.right);
  });

  it('resumes on an answered question that was still on screen', () => {
    const pack = quizzyPack();
    const { session } = newSession(fixtureRound(pack, { questionCount: 3 }));
    toQuiz(session, pack);
    answerNow(session, '1');
    session.nextQuestion();
    answerNow(session, '0');
    const onScreen = session.currentQuestion!.question.id;
    const again = replayed(pack, session.progress());
    expect(again.phase).toBe('quiz');
    expect(again.currentQuestion?.question.id).toBe(onScreen);
    expect(again.currentAnswer).toMatchObject({ questionId: onScreen, correct: false });
    expect(again.answers.map((a) => a.correct)).toEqual([true, false]);
    // …and the player moves on from there.
    again.nextQuestion();
    expect(again.questionIndex).toBe(2);
    expect(again.currentAnswer).toBeUndefined();
  });

  it('resumes on the next question when the player had moved on', () => {
    const pack = quizzyPack();
    const { session } = newSession(fixtureRound(pack, { questionCount: 3 }));
    toQuiz(session, pack);
    answerNow(session, '1');
    session.nextQuestion();
    const again = replayed(pack, session.progress());
    expect(again.questionIndex).toBe(1);
    expect(again.currentQuestion?.question.id).toBe(session.currentQuestion?.question.id);
    expect(again.currentAnswer).toBeUndefined();
  });

  it('resumes a finished quiz as finished, with the same result', () => {
    const pack = quizzyPack();
    const { session } = newSession(fixtureRound(pack, { questionCount: 3 }));
    placeAll(session, pack, 'wr');
    session.startQuiz();
    answerAll(session, '01');
    const again = replayed(pack, session.progress());
    expect(again.phase).toBe('results');
    expect(again.result().score).toBe(session.result().score);
    expect(again.result().answers).toEqual(session.result().answers);
  });

  it('keeps the restored clock’s lap instead of restarting the question’s time', () => {
    const pack = quizzyPack();
    const plan = fixtureRound(pack, { questionCount: 3 });
    const { session, time } = newSession(plan, { timerSeconds: 30 });
    toQuiz(session, pack);
    time.advance(7_000);
    const later = manualTime(999_999);
    const again = newSession(
      plan,
      { clock: RoundClock.restore(later.now, session.clock.snapshot()), timerSeconds: 30 },
      session.progress(),
    ).session;
    expect(again.questionTimeLeftMs).toBe(23_000);
  });

  it('drops answers from the first one that does not fit the plan', () => {
    const pack = quizzyPack();
    const { session } = newSession(fixtureRound(pack, { questionCount: 3 }));
    toQuiz(session, pack);
    answerNow(session, '1');
    session.nextQuestion();
    answerNow(session, '1');
    session.nextQuestion();
    const progress = session.progress();
    const [first, second] = progress.answers;
    const tampered: SessionProgress = {
      ...progress,
      answers: [first!, { ...second!, questionId: 'q-not-in-this-round' }, second!],
    };
    const again = replayed(pack, tampered);
    expect(again.answers.map((a) => a.questionId)).toEqual([first!.questionId]);
    expect(again.phase).toBe('quiz');
    expect(again.currentQuestion?.question.id).toBe(second!.questionId);
  });

  it('drops placements beyond the cards of the round', () => {
    const pack = chainPack();
    const plan = fixtureRound(pack, { mode: 'place', questionCount: 0 });
    const { session } = newSession(
      plan,
      {},
      { phase: 'board', gaps: [0, 0, 0, 0, 0, 0, 0], order: [], answers: [], questionPointer: 0 },
    );
    expect(session.placements).toHaveLength(plan.cards.length - 1);
    expect(session.phase).toBe('reveal');
  });

  it('ignores a saved sort order that is not this round’s cards', () => {
    const pack = chainPack();
    const plan = fixtureRound(pack, { mode: 'sort' });
    const dealt = plan.cards.map((c) => c.id);
    const { session } = newSession(
      plan,
      {},
      {
        phase: 'board',
        gaps: [],
        order: [...dealt.slice(1), 'intruder'],
        answers: [],
        questionPointer: 0,
      },
    );
    expect(session.order).toEqual(dealt);
  });

  it('does not start the quiz from a saved board', () => {
    const pack = quizzyPack();
    const plan = fixtureRound(pack, { mode: 'sort', questionCount: 3 });
    const answers = plan.questions.map((q) => ({ questionId: q.question.id, given: 'x', ms: 1 }));
    const { session } = newSession(
      plan,
      {},
      { phase: 'board', gaps: [], order: [], answers, questionPointer: 2 },
    );
    expect(session.phase).toBe('board');
    expect(session.answers).toEqual([]);
  });
});

describe('listeners', () => {
  it('hear every change and stop hearing once unsubscribed', () => {
    const pack = quizzyPack();
    const { session } = newSession(fixtureRound(pack, { mode: 'sort', questionCount: 3 }));
    let heard = 0;
    const stop = session.onChange(() => heard++);
    const expectHeard = (action: () => void): void => {
      const before = heard;
      action();
      expect(heard).toBe(before + 1);
    };
    expectHeard(() => session.moveCard(session.order[0]!, 2));
    expectHeard(() => session.checkOrder());
    expectHeard(() => session.startQuiz());
    expectHeard(() => answerNow(session, '1'));
    expectHeard(() => session.nextQuestion());
    stop();
    answerNow(session, '1');
    session.nextQuestion();
    expect(heard).toBe(5);
  });

  it('hear each placement, the last one included', () => {
    const pack = chainPack();
    const { session } = newSession(fixtureRound(pack, { mode: 'place' }));
    const phases: string[] = [];
    session.onChange(() => phases.push(session.phase));
    placeAll(session, pack);
    expect(phases).toEqual(['board', 'board', 'reveal']);
  });

  it('hear nothing from an ignored second answer', () => {
    const pack = quizzyPack();
    const { session } = newSession(fixtureRound(pack, { questionCount: 3 }));
    toQuiz(session, pack);
    answerNow(session, '1');
    let heard = 0;
    session.onChange(() => heard++);
    answerNow(session, '0');
    expect(heard).toBe(0);
  });
});
