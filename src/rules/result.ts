import type { RoundPlan } from './plan';
import { scoreAnswer, scoreOrdering, type OrderingScore } from './scoring';

export interface AnswerRecord {
  questionId: string;
  /** What the player chose or typed; null when the timer ran out. */
  given: string | null;
  correct: boolean;
  expected: string;
  /** Time spent on the question, for the teacher's view (speed never earns points). */
  ms: number;
}

export interface RoundResult {
  ordering: OrderingScore;
  /** The order the player submitted. */
  submittedOrder: string[];
  answers: AnswerRecord[];
  quizCorrect: number;
  quizTotal: number;
  bestStreak: number;
  timeMs: number;
  /** 0–100: the timeline and the quiz weigh the same; a timeline-only round is all timeline. */
  score: number;
}

export interface GivenAnswer {
  questionId: string;
  given: string | null;
  ms: number;
}

export function recordAnswer(plan: RoundPlan, answer: GivenAnswer): AnswerRecord {
  const planned = plan.questions.find((q) => q.question.id === answer.questionId);
  if (!planned) throw new Error(`question ${answer.questionId} is not part of this round`);
  const verdict = scoreAnswer(planned.question, answer.given);
  return { ...answer, correct: verdict.correct, expected: verdict.expected };
}

/** Longest run of consecutive right answers. */
export function bestStreak(answers: readonly { correct: boolean }[]): number {
  let best = 0;
  let run = 0;
  for (const a of answers) {
    run = a.correct ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

/** Current run of right answers ending at the latest one. */
export function currentStreak(answers: readonly { correct: boolean }[]): number {
  let run = 0;
  for (let i = answers.length - 1; i >= 0 && answers[i]!.correct; i--) run++;
  return run;
}

export function summariseRound(
  plan: RoundPlan,
  submittedOrder: readonly string[],
  given: readonly GivenAnswer[],
  timeMs: number,
): RoundResult {
  const ordering = scoreOrdering(plan.order, submittedOrder);
  const answers = given.map((a) => recordAnswer(plan, a));
  const quizCorrect = answers.filter((a) => a.correct).length;
  const quizTotal = plan.questions.length;
  const quizFraction = quizTotal === 0 ? undefined : quizCorrect / quizTotal;
  const fraction = quizFraction === undefined ? ordering.fraction : (ordering.fraction + quizFraction) / 2;
  return {
    ordering,
    submittedOrder: [...submittedOrder],
    answers,
    quizCorrect,
    quizTotal,
    bestStreak: bestStreak(answers),
    timeMs,
    score: Math.round(fraction * 100),
  };
}
