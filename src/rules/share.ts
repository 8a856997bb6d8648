import type { RoundPlan } from './plan';
import type { RoundResult } from './result';

/**
 * The share card: a few lines a player can paste into a chat to show how the round went,
 * without spoiling it for whoever plays next. It names the game, the article pack and the
 * set, then gives counts and one symbol per card and per question, never an event, a
 * question, an option or an answer.
 *
 * The symbols are two emoji that every phone and chat app has shown since 2010; they differ
 * in shape (tick, cross) as well as colour, so they read without colour too.
 */
export const SHARE_RIGHT = '✅';
export const SHARE_WRONG = '❌';

const mark = (right: boolean): string => (right ? SHARE_RIGHT : SHARE_WRONG);

export function shareText(result: RoundResult, plan: RoundPlan, packTitle: string): string {
  const { ordering } = result;
  // Verdicts are listed in the order the player submitted the cards.
  const cards = ordering.verdicts.map((v) => mark(v.correct)).join('');
  const lines = [
    `Newsline — ${packTitle} (${plan.set.name})`,
    `Timeline ${ordering.correctPairs}/${ordering.totalPairs} ${cards}`,
  ];
  if (plan.questions.length > 0) {
    const verdicts = new Map(result.answers.map((a) => [a.questionId, a.correct]));
    // In the order the questions were asked; one never answered counts as wrong.
    const marks = plan.questions.map((q) => mark(verdicts.get(q.question.id) === true)).join('');
    lines.push(`Quiz ${result.quizCorrect}/${result.quizTotal} ${marks}`);
  }
  lines.push(`Score ${result.score}/100`);
  return lines.join('\n');
}

/** Minutes and seconds, "2:05"; whole minutes keep counting past an hour ("75:00"). */
export function formatDuration(ms: number): string {
  const totalSeconds = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}
