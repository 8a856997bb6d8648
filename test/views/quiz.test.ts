import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/content/schema';
import { answerLabel } from '../../src/rules/scoring';
import { cleanDigits, MAX_DIGITS, OUTSIDE_CONTEXT, quizView, withDigit } from '../../src/views/quiz';
import { chainPack, fixturePack, fixtureQuestion, questionOfKind } from '../fixtures/packs';
import { fixtureRound, wrongAnswer } from '../fixtures/plan';
import { answerNow, newSession, toQuiz } from '../fixtures/session';

const DIGEST = 'Everything in the fixture happened.';

/** A session on the first question of a quiz made of `questions`. */
function quizAt(questions: Question[], options: { timerSeconds?: number; explanations?: boolean } = {}) {
  const pack = fixturePack(chainPack().events, questions, 'quiz-view');
  const plan = fixtureRound(pack, {
    questionCount: questions.length,
    explanationsDuringPlay: options.explanations ?? true,
  });
  const made = newSession(plan, { timerSeconds: options.timerSeconds ?? 0 });
  toQuiz(made.session, pack);
  const view = (digits = '', showStreak = true) => quizView(pack, made.session, { digits, showStreak })!;
  return { pack, plan, view, ...made };
}

const choice = questionOfKind('multiple-choice', 'q-choice', 'choice');
const number = questionOfKind('number', 'q-number', 'number');
const whoSaid: Question = {
  ...questionOfKind('who-said-it', 'q-who', 'who'),
  quote: { text: 'The lanterns stay lit tonight.', speaker: 'Keeper of the scarlet lantern q-who' },
};

describe('a question before it is answered', () => {
  it('says which question it is, with every option open under its key', () => {
    const { view, plan } = quizAt([choice]);
    const shown = view();
    expect(shown.heading).toBe('Question 1 of 1');
    expect(shown.prompt).toBe(choice.prompt);
    expect(shown.kind).toBe('multiple-choice');
    expect(shown.options.map((o) => o.label)).toEqual(plan.questions[0]!.choices);
    expect(shown.options.map((o) => o.key)).toEqual(['A', 'B', 'C']);
    expect(shown.options.every((o) => o.state === 'open' && o.stateLabel === '')).toBe(true);
    expect(shown.answered).toBeNull();
    expect(shown.next).toBeNull();
    expect(shown.number).toBeNull();
  });

  it('marks the question on screen and the ones still to come', () => {
    const { view } = quizAt([fixtureQuestion('one'), fixtureQuestion('two'), fixtureQuestion('three')]);
    expect(view().progress).toEqual(['current', 'todo', 'todo']);
  });

  it('holds back who said it until the answer is given', () => {
    const { view, session } = quizAt([whoSaid]);
    expect(view().quote).toEqual({ text: 'The lanterns stay lit tonight.', speaker: null });
    answerNow(session, '0');
    expect(view().quote).toEqual({ text: 'The lanterns stay lit tonight.', speaker: whoSaid.quote!.speaker });
  });

  it('shows a quote’s speaker at once in any other kind of question', () => {
    const quoted: Question = { ...choice, quote: { text: 'Ask the keeper.', speaker: 'A harbour pilot' } };
    const { view } = quizAt([quoted]);
    expect(view().quote).toEqual({ text: 'Ask the keeper.', speaker: 'A harbour pilot' });
  });

  it('takes a number on a pad instead of options', () => {
    const { view } = quizAt([number]);
    expect(view().options).toEqual([]);
    expect(view('').number).toEqual({
      digits: '',
      unit: 'lanterns',
      label: 'Your answer (lanterns)',
      canSubmit: false,
    });
    expect(view('12').number).toMatchObject({ digits: '12', canSubmit: true });
    const unitless: Question = { ...fixtureQuestion('count'), kind: 'number', answer: 3 } as Question;
    expect(quizAt([unitless]).view('3').number).toEqual({
      digits: '3',
      unit: null,
      label: 'Your answer',
      canSubmit: true,
    });
  });
});

describe('a question once answered', () => {
  it('marks the chosen wrong option, the right one, and leaves the rest', () => {
    const { view, session, plan } = quizAt([choice]);
    const wrong = wrongAnswer(choice);
    session.answer(wrong);
    const options = view().options;
    const byLabel = new Map(options.map((o) => [o.label, o]));
    expect(byLabel.get(wrong)).toMatchObject({ state: 'chosen-wrong', stateLabel: 'your answer, wrong' });
    expect(byLabel.get(answerLabel(choice))).toMatchObject({
      state: 'right',
      stateLabel: 'the right answer',
    });
    const others = plan.questions[0]!.choices.filter((c) => c !== wrong && c !== answerLabel(choice));
    expect(others.map((c) => byLabel.get(c)?.state)).toEqual(others.map(() => 'other'));
    expect(view().answered).toMatchObject({
      tone: 'wrong',
      headline: '✗ Not quite',
      line: `The answer is “${answerLabel(choice)}”; you said “${wrong}”.`,
    });
  });

  it('marks a right answer as the player’s and right', () => {
    const { view, session } = quizAt([choice]);
    answerNow(session, '1');
    const chosen = view().options.filter((o) => o.state !== 'other');
    expect(chosen).toHaveLength(1);
    expect(chosen[0]).toMatchObject({
      label: answerLabel(choice),
      state: 'chosen-right',
      stateLabel: 'your answer, right',
    });
    expect(view().answered).toMatchObject({
      tone: 'right',
      headline: '✓ Right!',
      line: `The answer is “${answerLabel(choice)}”.`,
    });
  });

  it('says time ran out when there was no answer', () => {
    const { view, session, time } = quizAt([choice], { timerSeconds: 10 });
    time.advance(10_000);
    session.expireIfDue();
    const shown = view();
    expect(shown.answered).toMatchObject({
      tone: 'wrong',
      headline: '✗ Time’s up',
      line: `The answer is “${answerLabel(choice)}”.`,
    });
    expect(shown.options.find((o) => o.state === 'right')?.label).toBe(answerLabel(choice));
    expect(shown.options.some((o) => o.state.startsWith('chosen'))).toBe(false);
    expect(shown.timer).toBeNull();
  });

  it('gives a number answer with its unit, and puts the pad away', () => {
    const { view, session } = quizAt([number]);
    session.answer('7');
    const shown = view('7');
    expect(shown.number).toBeNull();
    expect(shown.answered?.line).toBe(`The answer is ${number.answer} lanterns; you said 7 lanterns.`);
  });

  it('explains the answer with its paragraphs when explanations are on', () => {
    const { view, session } = quizAt([choice], { explanations: true });
    answerNow(session, '1');
    expect(view().answered).toMatchObject({
      explanation: choice.explanation,
      paragraphs: [{ mark: '¶1', text: DIGEST }],
    });
  });

  it('keeps the explanation for the results when explanations are off', () => {
    const { view, session } = quizAt([choice], { explanations: false });
    answerNow(session, '0');
    expect(view().answered).toMatchObject({ explanation: null, paragraphs: [] });
    expect(view().answered?.line).toContain('The answer is');
  });

  it('says when the answer rests on outside context', () => {
    const outside = fixtureQuestion('outside', { basis: 'context' });
    const inside = quizAt([choice]);
    answerNow(inside.session, '1');
    expect(inside.view().answered?.outsideContext).toBeNull();
    const { view, session } = quizAt([outside]);
    answerNow(session, '1');
    expect(view().answered?.outsideContext).toBe(OUTSIDE_CONTEXT);
  });

  it('offers the next question, or the results after the last', () => {
    const { view, session } = quizAt([fixtureQuestion('one'), fixtureQuestion('two')]);
    answerNow(session, '1');
    expect(view().next).toEqual({ label: 'Next question' });
    expect(view().progress).toEqual(['right', 'todo']);
    session.nextQuestion();
    expect(view().progress).toEqual(['right', 'current']);
    answerNow(session, '0');
    expect(view().next).toEqual({ label: 'See your results' });
    expect(view().progress).toEqual(['right', 'wrong']);
  });
});

describe('the streak', () => {
  const three = [fixtureQuestion('one'), fixtureQuestion('two'), fixtureQuestion('three')];

  it('shows from two right in a row, and only when the player shows it', () => {
    const { view, session } = quizAt(three);
    answerNow(session, '1');
    expect(view().streak).toBeNull();
    session.nextQuestion();
    answerNow(session, '1');
    expect(view().streak).toEqual({ count: 2, label: '2 in a row' });
    expect(view('', false).streak).toBeNull();
    session.nextQuestion();
    answerNow(session, '0');
    expect(view().streak).toBeNull();
  });
});

describe('the timer', () => {
  it('shows whole seconds left, rounded up, and nothing when untimed', () => {
    const { view, time } = quizAt([choice], { timerSeconds: 20 });
    expect(view().timer).toEqual({ totalMs: 20_000, leftMs: 20_000, label: '20 s left' });
    time.advance(12_300);
    expect(view().timer).toEqual({ totalMs: 20_000, leftMs: 7_700, label: '8 s left' });
    expect(quizAt([choice]).view().timer).toBeNull();
  });
});

describe('no question on screen', () => {
  it('gives no quiz view before the quiz or after it', () => {
    const pack = fixturePack(chainPack().events, [choice], 'none');
    const { session } = newSession(fixtureRound(pack, { questionCount: 1 }));
    expect(quizView(pack, session, { digits: '', showStreak: true })).toBeNull();
    toQuiz(session, pack);
    answerNow(session, '1');
    session.nextQuestion();
    expect(quizView(pack, session, { digits: '', showStreak: true })).toBeNull();
  });
});

describe('typing a number', () => {
  it('adds digits up to the longest answer, and only digits', () => {
    let digits = '';
    for (const d of '12345') digits = withDigit(digits, d);
    expect(digits).toBe('12345'.slice(0, MAX_DIGITS));
    expect(withDigit('12', 'x')).toBe('12');
    expect(withDigit('12', '')).toBe('12');
  });

  it('does not keep a leading zero', () => {
    expect(withDigit('', '0')).toBe('0');
    expect(withDigit('0', '7')).toBe('7');
  });

  it('cleans what a text box holds down to digits', () => {
    expect(cleanDigits(' 1,2a3 ')).toBe('123');
    expect(cleanDigits('98765')).toBe('9876');
    expect(cleanDigits('none')).toBe('');
  });
});
