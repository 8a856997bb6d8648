import type { RoundPlan } from './plan';
import type { RoundResult, TimelineScore } from './result';

/**
 * The share card: a few lines a player can paste into a chat to show how the round went,
 * without spoiling it for whoever plays next. It names the daily's number or the set, gives
 * counts and one mark per card and per question, the score and a link to play the same round;
 * never an event, a question, an option or an answer.
 *
 * The marks are ✅ and ❌ rather than 🟩 and 🟥: both pairs sit in a chat as equal-width
 * emoji cells, so a row of them reads as a grid; but ✅/❌ differ in shape as well as colour,
 * while the squares differ only in red against green, the pair colour-blind players most often
 * cannot tell apart. Both have shown on every phone and chat app since 2010.
 */
export const SHARE_RIGHT = '✅';
export const SHARE_WRONG = '❌';

/** What heads the card: the daily round's number, or the name of the set played. */
export type ShareHeading = { daily: number } | { setName: string };

export interface ShareCard {
  heading: ShareHeading;
  timeline: TimelineScore;
  /** One per question, in the order asked: true when answered right. */
  quiz: readonly boolean[];
  /** 0–100. */
  score: number;
  /** Where a friend plays the same round; the caller builds it (`?daily=YYYY-MM-DD`, `?play=CODE`). */
  link: string;
}

const mark = (right: boolean): string => (right ? SHARE_RIGHT : SHARE_WRONG);

export function shareText(card: ShareCard): string {
  const { heading, timeline, quiz, score, link } = card;
  const lines = ['daily' in heading ? `Newsline #${heading.daily}` : `Newsline — ${heading.setName}`];
  const marks = timelineMarks(timeline).map(mark).join('');
  lines.push(`Timeline ${timeline.right}/${timeline.outOf}${marks ? ` ${marks}` : ''}`);
  if (quiz.length > 0)
    lines.push(`Quiz ${quiz.filter(Boolean).length}/${quiz.length} ${quiz.map(mark).join('')}`);
  lines.push(`Score ${score}/100`);
  if (link) lines.push(link);
  return lines.join('\n');
}

/**
 * Place mode: one per card placed, in the order dealt, right first time or not (the card the
 * line starts with was never judged, so it has none). Sort mode: one per card in the order the
 * player left them.
 */
function timelineMarks(timeline: TimelineScore): boolean[] {
  if (timeline.placements) return timeline.placements.map((p) => p.right);
  return (timeline.ordering?.verdicts ?? []).map((v) => v.correct);
}

/** Right or not per question in the order asked; a question never answered counts as wrong. */
export function quizVerdicts(plan: RoundPlan, result: RoundResult): boolean[] {
  const verdicts = new Map(result.answers.map((a) => [a.questionId, a.correct]));
  return plan.questions.map((q) => verdicts.get(q.question.id) === true);
}

/** Minutes and seconds, "2:05"; whole minutes keep counting past an hour ("75:00"). */
export function formatDuration(ms: number): string {
  const totalSeconds = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}
