import type { RoundResult } from '../../rules/result';
import { formatDuration } from '../../rules/share';

/**
 * The words of the results summary, from the round's result alone. No Phaser here, so it is
 * unit-tested in Node.
 */

/** A word about the score, pointing to the review when there is something to look at again. */
export function praise(score: number): string {
  if (score === 100) return 'A perfect round!';
  if (score >= 80) return 'Great work.';
  if (score >= 50) return 'Good going. The review below shows what to look at again.';
  return 'Worth another go. The review below shows where things slipped.';
}

/** The line about the best score for this set: a new best, the standing one, or nothing yet. */
export function bestLine(setName: string, newBest: boolean, previousBest: number | null): string {
  if (newBest) return `★ New best for ${setName}!`;
  return previousBest !== null ? `Your best for ${setName}: ${previousBest} / 100` : '';
}

/** The figures behind the score: timeline pairs, quiz answers, time and (with a quiz) the best streak. */
export function statLines(result: RoundResult): string[] {
  const { ordering } = result;
  const stats = [
    ordering.totalPairs === 0
      ? 'Timeline: any order was right this time'
      : `Timeline: ${ordering.correctPairs} of ${ordering.totalPairs} pairs in order`,
    result.quizTotal === 0
      ? 'Quiz: no questions this round'
      : `Quiz: ${result.quizCorrect} of ${result.quizTotal} right`,
    `Time: ${formatDuration(result.timeMs)}`,
  ];
  if (result.quizTotal > 0)
    stats.push(
      result.bestStreak === 0
        ? 'Best streak: none this time'
        : `Best streak: ${result.bestStreak} right in a row`,
    );
  return stats;
}
