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

export interface ShareCard {
  /** The daily round's number, heading the card as "Newsline #29"; null for any other round. */
  dailyNumber: number | null;
  /** Heads a round that is not a daily. */
  setName: string;
  /** One per card judged, right or not: see `timelineMarks`. */
  timeline: readonly boolean[];
  /** One per question, in the order asked: see `quizVerdicts`. */
  quiz: readonly boolean[];
  /** 0–100. */
  score: number;
  /** Where a friend plays the same round; the caller builds it (`?daily=YYYY-MM-DD`, `?play=CODE`). */
  link: string;
}

const mark = (right: boolean): string => (right ? SHARE_RIGHT : SHARE_WRONG);
const row = (label: string, verdicts: readonly boolean[]): string =>
  `${label} ${verdicts.filter(Boolean).length}/${verdicts.length} ${verdicts.map(mark).join('')}`.trimEnd();

export function shareText(card: ShareCard): string {
  const { dailyNumber, setName, timeline, quiz, score, link } = card;
  const lines = [dailyNumber === null ? `Newsline — ${setName}` : `Newsline #${dailyNumber}`];
  lines.push(row('Timeline', timeline));
  if (quiz.length > 0) lines.push(row('Quiz', quiz));
  lines.push(`Score ${score}/100`);
  if (link) lines.push(link);
  return lines.join('\n');
}

/**
 * The timeline's marks. Place mode: one per card placed, in the order dealt, right first time
 * or not (the card the line starts with was never judged, so it has none). Sort mode: one per
 * card in the order the player left them.
 */
export function timelineMarks(timeline: TimelineScore): boolean[] {
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
