import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Pack, Question } from '../../src/content/schema';
import { QuizController } from '../../src/app/quiz-controller';
import { RoundClock } from '../../src/rules/clock';
import { answerLabel } from '../../src/rules/scoring';
import { recordedEffects } from '../fixtures/effects';
import { chainPack, fixturePack, fixtureQuestion, questionOfKind } from '../fixtures/packs';
import { fixtureRound, wrongAnswer } from '../fixtures/plan';
import { newSession, toQuiz } from '../fixtures/session';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

/** A quiz on the round clock driven by the fake timers' `Date.now`. */
function quiz(questions: Question[], timerSeconds = 0) {
  const pack: Pack = fixturePack(chainPack().events, questions, 'quiz-controller');
  const plan = fixtureRound(pack, { questionCount: questions.length });
  const { session } = newSession(plan, { clock: new RoundClock(() => Date.now()), timerSeconds });
  toQuiz(session, pack);
  const effects = recordedEffects();
  const controller = new QuizController(pack, session, effects);
  return { pack, plan, session, effects, controller };
}

const question = (): Question => questionOfKind('multiple-choice', 'q-choice', 'choice');
const indexOf = (controller: QuizController, label: string): number =>
  controller.session.currentQuestion!.choices.indexOf(label);

describe('answering', () => {
  it('plays the verdict and reads it out', () => {
    const { controller, effects, session } = quiz([question()]);
    const q = session.currentQuestion!.question;
    controller.choose(indexOf(controller, answerLabel(q)));
    expect(session.currentAnswer?.correct).toBe(true);
    expect(effects.sounds).toEqual(['correct']);
    expect(effects.said).toEqual([`✓ Right! The answer is “${answerLabel(q)}”.`]);
  });

  it('plays the wrong sound for a wrong answer and ignores a second choice', () => {
    const { controller, effects, session } = quiz([question()]);
    const q = session.currentQuestion!.question;
    controller.choose(indexOf(controller, wrongAnswer(q)));
    controller.choose(indexOf(controller, answerLabel(q)));
    expect(effects.sounds).toEqual(['wrong']);
    expect(effects.said).toHaveLength(1);
    expect(effects.said[0]).toContain(`you said “${wrongAnswer(q)}”`);
    expect(session.answers).toHaveLength(1);
  });

  it('ignores an option that is not there', () => {
    const { controller, session } = quiz([question()]);
    controller.choose(7);
    expect(session.currentAnswer).toBeUndefined();
  });

  it('types, deletes and submits a number', () => {
    const number = questionOfKind('number', 'q-number', 'number');
    const { controller, session, effects } = quiz([number]);
    controller.submitNumber();
    expect(session.currentAnswer).toBeUndefined();
    for (const d of '10x9') controller.typeDigit(d);
    expect(controller.view()?.number?.digits).toBe('109');
    controller.deleteDigit();
    expect(controller.view()?.number?.digits).toBe('10');
    // A text box may hold anything; only its digits count.
    controller.setDigits(` ${String(number.answer).split('').join(',')} `);
    expect(controller.view()?.number?.digits).toBe(String(number.answer));
    controller.submitNumber();
    expect(session.currentAnswer).toMatchObject({ given: String(number.answer), correct: true });
    expect(effects.sounds.filter((s) => s === 'pickup')).toHaveLength(3);
    expect(effects.sounds.at(-1)).toBe('correct');
    // The pad is put away: more digits do nothing.
    controller.typeDigit('5');
    expect(session.answers).toHaveLength(1);
  });

  it('shows the streak only when the player wants it', () => {
    const { controller, effects, session } = quiz([fixtureQuestion('one'), fixtureQuestion('two')]);
    for (let i = 0; i < 2; i++) {
      controller.choose(indexOf(controller, answerLabel(session.currentQuestion!.question)));
      if (i === 0) controller.next();
    }
    expect(controller.view()?.streak?.label).toBe('2 in a row');
    effects.streakShown = false;
    expect(controller.view()?.streak).toBeNull();
  });
});

describe('moving on', () => {
  it('does not move on from an unanswered question', () => {
    const { controller, session, effects } = quiz([fixtureQuestion('one'), fixtureQuestion('two')]);
    controller.next();
    expect(session.questionIndex).toBe(0);
    expect(effects.finished).toBe(0);
  });

  it('calls finish after the last question, and only then', () => {
    const { controller, session, effects } = quiz([fixtureQuestion('one'), fixtureQuestion('two')]);
    controller.choose(0);
    controller.next();
    expect(session.questionIndex).toBe(1);
    expect(effects.finished).toBe(0);
    controller.choose(1);
    controller.next();
    expect(session.phase).toBe('results');
    expect(effects.finished).toBe(1);
  });

  it('clears the digits typed for the question before', () => {
    const first = questionOfKind('number', 'q-n1', 'n1');
    const second = questionOfKind('number', 'q-n2', 'n2');
    const { controller } = quiz([first, second]);
    controller.setDigits('12');
    controller.submitNumber();
    controller.next();
    expect(controller.view()?.number?.digits).toBe('');
  });
});

describe('the timer', () => {
  it('warns at 10 and 5 seconds once each, ticks in the last five, and times out as no answer', () => {
    const { effects, session } = quiz([question()], 20);
    const q = session.currentQuestion!.question;
    vi.advanceTimersByTime(9_750);
    expect(effects.said).toEqual([]);
    vi.advanceTimersByTime(250);
    expect(effects.said).toEqual(['10 seconds left.']);
    vi.advanceTimersByTime(4_750);
    expect(effects.sounds).toEqual([]);
    vi.advanceTimersByTime(250);
    expect(effects.said).toEqual(['10 seconds left.', '5 seconds left.']);
    vi.advanceTimersByTime(4_999);
    expect(effects.sounds).toEqual(['tick', 'tick', 'tick', 'tick', 'tick']);
    expect(session.currentAnswer).toBeUndefined();
    vi.advanceTimersByTime(1);
    expect(session.currentAnswer).toMatchObject({ given: null, correct: false });
    expect(effects.sounds.at(-1)).toBe('wrong');
    expect(effects.said.at(-1)).toBe(`✗ Time’s up. The answer is “${answerLabel(q)}”.`);
    // Nothing more once the question is over.
    const heard = effects.sounds.length;
    vi.advanceTimersByTime(30_000);
    expect(effects.sounds).toHaveLength(heard);
    expect(effects.said.filter((s) => s.includes('seconds left'))).toHaveLength(2);
  });

  it('stands still while a dialog is open', () => {
    const { controller, effects, session } = quiz([question()], 20);
    vi.advanceTimersByTime(8_000);
    session.pause('dialog');
    vi.advanceTimersByTime(120_000);
    expect(session.currentAnswer).toBeUndefined();
    expect(effects.said).toEqual([]);
    expect(controller.timeLeftMs).toBe(12_000);
    session.resume('dialog');
    vi.advanceTimersByTime(12_000);
    expect(session.currentAnswer).toMatchObject({ given: null });
  });

  it('starts afresh on the next question', () => {
    const { controller, effects, session } = quiz([fixtureQuestion('one'), fixtureQuestion('two')], 10);
    vi.advanceTimersByTime(10_000);
    expect(session.currentAnswer?.given).toBeNull();
    controller.next();
    effects.said.length = 0;
    effects.sounds.length = 0;
    expect(controller.timeLeftMs).toBe(10_000);
    vi.advanceTimersByTime(5_000);
    expect(effects.said).toEqual(['10 seconds left.', '5 seconds left.']);
    expect(effects.sounds).toEqual(['tick']);
  });

  it('does not run for an untimed quiz', () => {
    const { effects, session } = quiz([question()], 0);
    vi.advanceTimersByTime(10 * 60_000);
    expect(session.currentAnswer).toBeUndefined();
    expect(effects.said).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops once answered and once disposed', () => {
    const { controller, session } = quiz([fixtureQuestion('one'), fixtureQuestion('two')], 30);
    expect(vi.getTimerCount()).toBe(1);
    controller.choose(0);
    expect(vi.getTimerCount()).toBe(0);
    controller.next();
    expect(vi.getTimerCount()).toBe(1);
    controller.dispose();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(60_000);
    expect(session.currentAnswer).toBeUndefined();
  });

  it('says the time left once when resumed with under five seconds to go', () => {
    const pack: Pack = fixturePack(chainPack().events, [question()], 'quiz-controller');
    const plan = fixtureRound(pack, { questionCount: 1 });
    const { session } = newSession(plan, { clock: new RoundClock(() => Date.now()), timerSeconds: 20 });
    toQuiz(session, pack);
    const restored = newSession(
      plan,
      { clock: RoundClock.restore(() => Date.now(), { elapsedMs: 60_000, lapMs: 16_000 }), timerSeconds: 20 },
      session.progress(),
    ).session;
    const effects = recordedEffects();
    new QuizController(pack, restored, effects);
    vi.advanceTimersByTime(250);
    expect(effects.said.filter((s) => s.endsWith('seconds left.'))).toEqual(['4 seconds left.']);
  });
});
