import type { Question, TimelineEvent } from '../content/schema';
import type { RoundPlan } from './plan';
import type { AnswerRecord, RoundResult } from './result';
import type { CardVerdict } from './scoring';

/** A card the player put in the wrong place, with what it should come before and after. */
export interface CardMistake {
  event: TimelineEvent;
  verdict: CardVerdict;
}

/** A question answered wrongly or not at all. */
export interface AnswerMistake {
  /** 1-based place of the question in the round. */
  number: number;
  question: Question;
  record: AnswerRecord;
}

/** The misplaced cards of a round, in the order the player left them. */
export function cardMistakes(plan: RoundPlan, result: RoundResult): CardMistake[] {
  const events = new Map(plan.cards.map((e) => [e.id, e]));
  return result.ordering.verdicts.flatMap((verdict) => {
    const event = events.get(verdict.id);
    return !verdict.correct && event ? [{ event, verdict }] : [];
  });
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
