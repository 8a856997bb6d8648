import type { Pack, Question } from '../content/schema';
import type { AnswerRecord } from '../rules/result';
import { sameAnswer } from '../rules/scoring';
import type { RoundSession } from '../state/round-session';
import { answerWords, citedDigests, endSentence, VERDICT, type VerdictTone } from './words';

/**
 * The quiz screen, described once for the canvas and the accessibility layer. Pure: built from
 * the session, the digits typed so far and the player's settings.
 */
export type OptionState = 'open' | 'chosen-right' | 'chosen-wrong' | 'right' | 'other';

export interface OptionView {
  /** "option-0": the canvas button and the page button share it. */
  id: string;
  /** "A", "B", …: the key that picks it. */
  key: string;
  label: string;
  state: OptionState;
  /** The state in words: "your answer, right". Empty while open. */
  stateLabel: string;
}

export interface QuizView {
  heading: string;
  /** One mark per question so far: the progress bar. */
  progress: Array<VerdictTone | 'current' | 'todo'>;
  /** "3 in a row", when the player shows the streak and has one. */
  streak: { count: number; label: string } | null;
  timer: { totalMs: number; leftMs: number; label: string } | null;
  kind: Question['kind'];
  prompt: string;
  /** The quoted words; the speaker is held back in a who-said-it question until answered. */
  quote: { text: string; speaker: string | null } | null;
  options: OptionView[];
  /** Number questions: what is typed, and the unit. */
  number: { digits: string; unit: string | null; label: string; canSubmit: boolean } | null;
  answered: AnsweredView | null;
  next: { label: string } | null;
}

export interface AnsweredView {
  tone: VerdictTone;
  /** "✓ Right!" / "✗ Not quite" / "✗ Time’s up". */
  headline: string;
  /** "The answer is …; you said …". */
  line: string;
  explanation: string | null;
  paragraphs: Array<{ mark: string; text: string }>;
  /** Set when the answer rests on outside context rather than the article. */
  outsideContext: string | null;
}

export interface QuizInputs {
  digits: string;
  showStreak: boolean;
}

export const OUTSIDE_CONTEXT = 'This answer relies on outside context, not on the article itself.';
const KEYS = 'ABCDEFGH';

export function quizView(pack: Pack, session: RoundSession, inputs: QuizInputs): QuizView | null {
  const planned = session.currentQuestion;
  if (!planned) return null;
  const { question, choices } = planned;
  const answer = session.currentAnswer ?? null;
  const index = session.questionIndex;
  const total = session.plan.questions.length;
  const progress = session.plan.questions.map((_, i): QuizView['progress'][number] => {
    const record = session.answers[i];
    if (record) return record.correct ? 'right' : 'wrong';
    return i === index ? 'current' : 'todo';
  });
  const streak = session.streak;
  const left = session.questionTimeLeftMs;
  const last = index === total - 1;
  return {
    heading: `Question ${index + 1} of ${total}`,
    progress,
    streak: inputs.showStreak && streak >= 2 ? { count: streak, label: `${streak} in a row` } : null,
    timer:
      left === null
        ? null
        : { totalMs: session.timerSeconds * 1000, leftMs: left, label: `${Math.ceil(left / 1000)} s left` },
    kind: question.kind,
    prompt: question.prompt,
    quote: question.quote
      ? {
          text: question.quote.text,
          speaker: question.kind === 'who-said-it' && !answer ? null : question.quote.speaker,
        }
      : null,
    options: question.kind === 'number' ? [] : choices.map((label, i) => optionView(label, i, answer)),
    number:
      question.kind === 'number' && !answer
        ? {
            digits: inputs.digits,
            unit: question.unit ?? null,
            label: question.unit ? `Your answer (${question.unit})` : 'Your answer',
            canSubmit: inputs.digits.length > 0,
          }
        : null,
    answered: answer
      ? answeredView(pack, question, answer, session.plan.config.explanationsDuringPlay)
      : null,
    next: answer ? { label: last ? 'See your results' : 'Next question' } : null,
  };
}

function optionView(label: string, index: number, answer: AnswerRecord | null): OptionView {
  const state = answer ? optionState(label, answer) : 'open';
  const stateLabel = {
    open: '',
    'chosen-right': `your answer, ${VERDICT.right.word.toLowerCase()}`,
    'chosen-wrong': `your answer, ${VERDICT.wrong.word.toLowerCase()}`,
    right: 'the right answer',
    other: '',
  }[state];
  return { id: `option-${index}`, key: KEYS[index] ?? String(index + 1), label, state, stateLabel };
}

export function optionState(label: string, answer: AnswerRecord): OptionState {
  const chosen = answer.given !== null && sameAnswer(label, answer.given);
  if (chosen) return answer.correct ? 'chosen-right' : 'chosen-wrong';
  return sameAnswer(label, answer.expected) ? 'right' : 'other';
}

function answeredView(
  pack: Pack,
  question: Question,
  answer: AnswerRecord,
  explanations: boolean,
): AnsweredView {
  const unit = question.kind === 'number' ? question.unit : undefined;
  const expected = answerWords(question.kind, answer.expected, unit);
  const tone: VerdictTone = answer.correct ? 'right' : 'wrong';
  const headline = answer.correct
    ? `${VERDICT.right.icon} Right!`
    : answer.given === null
      ? `${VERDICT.wrong.icon} Time’s up`
      : `${VERDICT.wrong.icon} Not quite`;
  const line =
    answer.correct || answer.given === null
      ? endSentence(`The answer is ${expected}`)
      : endSentence(`The answer is ${expected}; you said ${answerWords(question.kind, answer.given, unit)}`);
  return {
    tone,
    headline,
    line,
    explanation: explanations ? question.explanation : null,
    paragraphs: explanations ? citedDigests(pack, question.paragraphs) : [],
    outsideContext: question.basis === 'context' ? OUTSIDE_CONTEXT : null,
  };
}

/** Longest number answer the pad and the text box take. */
export const MAX_DIGITS = 4;

/** The digits after typing one more; unchanged when already full. A leading zero adds nothing. */
export function withDigit(digits: string, digit: string): string {
  if (!/^\d$/.test(digit) || digits.length >= MAX_DIGITS) return digits;
  return digits === '0' ? digit : digits + digit;
}

/** What a text box holds, as digits the answer can take. */
export function cleanDigits(value: string): string {
  return value.replace(/\D/g, '').slice(0, MAX_DIGITS);
}
