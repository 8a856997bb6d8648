import type { QuestionKind } from '../content/schema';
import { revealOrder } from '../rules/order';
import { answerLabel } from '../rules/scoring';
import type { RoundGroup } from './gradebook';

/**
 * Item analysis for one round: which questions and which cards the class found hard. Rounds
 * deal different cards and questions, so it is always per round, never across them. Pure.
 */

export interface QuestionItem {
  /** 1-based, in the order the round asks them. */
  number: number;
  questionId: string;
  kind: QuestionKind;
  prompt: string;
  correctAnswer: string;
  students: number;
  right: number;
  /** right / students, 0–1. */
  share: number;
  /** The wrong answer given most often (null answer: no answer / time ran out); null when nobody was wrong. */
  commonWrong: { answer: string | null; count: number } | null;
}

export interface EventItem {
  eventId: string;
  title: string;
  /** Students whose placement of this card was judged (the card a line starts with never is). */
  judged: number;
  /** Sort: left in a wrong place. Place: placed wrong first time. */
  misplaced: number;
  /** misplaced / judged; 0 when none were judged. */
  share: number;
}

export interface ItemAnalysis {
  students: number;
  questions: QuestionItem[];
  /** In the correct chronological order. */
  events: EventItem[];
}

export function itemAnalysis(round: RoundGroup): ItemAnalysis {
  const { plan, rows } = round;
  const students = rows.length;

  const questions = plan.questions.map((planned, i): QuestionItem => {
    let right = 0;
    const wrong = new Map<string | null, number>();
    for (const row of rows) {
      const record = row.decoded.result.answers.find((a) => a.questionId === planned.question.id);
      if (record?.correct) right++;
      else {
        const given = row.decoded.answers[i] ?? null;
        wrong.set(given, (wrong.get(given) ?? 0) + 1);
      }
    }
    let commonWrong: QuestionItem['commonWrong'] = null;
    for (const [answer, count] of wrong)
      if (!commonWrong || count > commonWrong.count) commonWrong = { answer, count };
    return {
      number: i + 1,
      questionId: planned.question.id,
      kind: planned.question.kind,
      prompt: planned.question.prompt,
      correctAnswer: answerLabel(planned.question),
      students,
      right,
      share: students === 0 ? 0 : right / students,
      commonWrong,
    };
  });

  const events = revealOrder(plan.cards, plan.order).map((event): EventItem => {
    let judged = 0;
    let misplaced = 0;
    for (const row of rows) {
      const { ordering, placements } = row.decoded.result.timeline;
      const verdict = placements
        ? placements.find((p) => p.cardId === event.id)?.right
        : ordering?.verdicts.find((v) => v.id === event.id)?.correct;
      if (verdict === undefined) continue;
      judged++;
      if (!verdict) misplaced++;
    }
    return {
      eventId: event.id,
      title: event.title,
      judged,
      misplaced,
      share: judged === 0 ? 0 : misplaced / judged,
    };
  });

  return { students, questions, events };
}
