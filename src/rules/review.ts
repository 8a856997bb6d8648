import type { Question, TimelineEvent } from '../content/schema';
import type { PlacementVerdict } from './placement';
import type { RoundPlan } from './plan';
import type { AnswerRecord, RoundResult } from './result';
import type { CardVerdict } from './scoring';

/** Sort mode: a card the player left in the wrong place, with what it should come before and after. */
export interface SortMistake {
  mode: 'sort';
  event: TimelineEvent;
  verdict: CardVerdict;
}

/**
 * Place mode: a card placed wrong first time, told against the line as it stood then: where the
 * player put it and the stretch where it belonged (it could go anywhere between the two
 * neighbours named; null means the start or the end of the line).
 */
export interface PlacementMistake {
  mode: 'place';
  event: TimelineEvent;
  verdict: PlacementVerdict;
  placedAfter: TimelineEvent | null;
  placedBefore: TimelineEvent | null;
  belongedAfter: TimelineEvent | null;
  belongedBefore: TimelineEvent | null;
}

export type CardMistake = SortMistake | PlacementMistake;

/** A question answered wrongly or not at all. */
export interface AnswerMistake {
  /** 1-based place of the question in the round. */
  number: number;
  question: Question;
  record: AnswerRecord;
}

/**
 * The cards a round got wrong. Sort mode: the misplaced cards in the order the player left them.
 * Place mode: the cards placed wrong first time, in the order they were dealt.
 */
export function cardMistakes(plan: RoundPlan, result: RoundResult): CardMistake[] {
  const events = new Map(plan.cards.map((e) => [e.id, e]));
  const { ordering, placements } = result.timeline;
  if (ordering) {
    return ordering.verdicts.flatMap((verdict): SortMistake[] => {
      const event = events.get(verdict.id);
      return !verdict.correct && event ? [{ mode: 'sort', event, verdict }] : [];
    });
  }
  // Replays the line from the verdicts, so each mistake names the neighbours the player saw.
  const line: TimelineEvent[] = plan.cards.slice(0, 1);
  const mistakes: PlacementMistake[] = [];
  for (const verdict of placements ?? []) {
    const event = events.get(verdict.cardId);
    if (!event) continue;
    if (!verdict.right) {
      mistakes.push({
        mode: 'place',
        event,
        verdict,
        placedAfter: line[verdict.chosenGap - 1] ?? null,
        placedBefore: line[verdict.chosenGap] ?? null,
        belongedAfter: line[verdict.rightGaps.first - 1] ?? null,
        belongedBefore: line[verdict.rightGaps.last] ?? null,
      });
    }
    line.splice(verdict.landedGap, 0, event);
  }
  return mistakes;
}

/** The questions a round got wrong, in the order they were asked. */
export function answerMistakes(plan: RoundPlan, result: RoundResult): AnswerMistake[] {
  const questions = plan.questions.map((q) => q.question);
  return result.answers.flatMap((record) => {
    const index = questions.findIndex((q) => q.id === record.questionId);
    const question = questions[index];
    return !record.correct && question ? [{ number: index + 1, question, record }] : [];
  });
}
