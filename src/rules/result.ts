import type { RoundPlan } from './plan';
import { replayPlacements, type PlacementVerdict } from './placement';
import type { RoundMode } from './round-config';
import { scoreAnswer, scoreOrdering, type OrderingScore } from './scoring';

/** What the player did on the timeline: a whole order (sort mode) or a gap per card (place mode). */
export type TimelineSubmission = { mode: 'sort'; order: string[] } | { mode: 'place'; gaps: number[] };

/**
 * The timeline's verdict in both modes, in the terms a student uses: cards right out of cards
 * judged. Sort mode's fraction stays pair-based partial credit (see scoring.ts); place mode's is
 * the share of cards placed right first time.
 */
export interface TimelineScore {
  mode: RoundMode;
  /** Sort: cards that break no constraint. Place: cards placed right first time. */
  right: number;
  /** Sort: every card. Place: every card but the one the line starts with. */
  outOf: number;
  /** 0–1, the timeline's share of the score. */
  fraction: number;
  perfect: boolean;
  /** The line as it ended, earliest first. */
  finalOrder: string[];
  /** Sort mode: the pair-by-pair verdict. */
  ordering: OrderingScore | null;
  /** Place mode: one verdict per placement, in the order the cards were dealt. */
  placements: PlacementVerdict[] | null;
}

/** Judges a timeline submission against the plan. Throws on a submission that does not fit it. */
export function scoreTimeline(plan: RoundPlan, submission: TimelineSubmission): TimelineScore {
  if (submission.mode === 'sort') {
    const ordering = scoreOrdering(plan.order, submission.order);
    return {
      mode: 'sort',
      right: ordering.verdicts.filter((v) => v.correct).length,
      outOf: ordering.verdicts.length,
      fraction: ordering.fraction,
      perfect: ordering.perfect,
      finalOrder: [...submission.order],
      ordering,
      placements: null,
    };
  }
  const cards = plan.cards.map((c) => c.id);
  if (submission.gaps.length !== Math.max(0, cards.length - 1))
    throw new Error(`expected ${cards.length - 1} placements, got ${submission.gaps.length}`);
  const replay = replayPlacements(plan.order, cards, submission.gaps);
  return {
    mode: 'place',
    right: replay.rightFirstTime,
    outOf: replay.placed,
    fraction: replay.fraction,
    perfect: replay.rightFirstTime === replay.placed,
    finalOrder: replay.line,
    ordering: null,
    placements: replay.verdicts,
  };
}

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
  timeline: TimelineScore;
  /** What the player did on the timeline, as a result code stores it. */
  submission: TimelineSubmission;
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
  submission: TimelineSubmission,
  given: readonly GivenAnswer[],
  timeMs: number,
): RoundResult {
  const timeline = scoreTimeline(plan, submission);
  const answered = new Set<string>();
  for (const { questionId } of given) {
    // A second answer would count twice and could lift the quiz past 100%.
    if (answered.has(questionId)) throw new Error(`question ${questionId} was answered twice`);
    answered.add(questionId);
  }
  const answers = given.map((a) => recordAnswer(plan, a));
  const quizCorrect = answers.filter((a) => a.correct).length;
  const quizTotal = plan.questions.length;
  const quizFraction = quizTotal === 0 ? undefined : quizCorrect / quizTotal;
  const fraction = quizFraction === undefined ? timeline.fraction : (timeline.fraction + quizFraction) / 2;
  return {
    timeline,
    submission,
    answers,
    quizCorrect,
    quizTotal,
    bestStreak: bestStreak(answers),
    timeMs,
    score: Math.round(fraction * 100),
  };
}
