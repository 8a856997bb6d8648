import type { Question } from '../content/schema';
import type { PartialOrder } from './order';

export interface CardVerdict {
  id: string;
  /** 0-based place where the player put the card. */
  position: number;
  /** True when the card breaks no constraint with any other card. */
  correct: boolean;
  /** Cards the player put after this one that must come before it. */
  shouldFollow: string[];
  /** Cards the player put before this one that must come after it. */
  shouldPrecede: string[];
}

export interface OrderingScore {
  verdicts: CardVerdict[];
  correctPairs: number;
  totalPairs: number;
  /** correctPairs / totalPairs, 1 when the order is fully consistent. */
  fraction: number;
  perfect: boolean;
}

/**
 * Partial credit counts the constrained pairs the player put the right way round (a Kendall-tau
 * style measure restricted to pairs the article actually orders). We chose pairs over exact
 * positions because one early card placed last would shift every other card and zero a
 * position score, while the player still knew most of the chronology; and pairs the article
 * leaves open are simply not counted, so every acceptable order scores full marks.
 */
export function scoreOrdering(order: PartialOrder, sequence: readonly string[]): OrderingScore {
  assertPermutation(order.ids, sequence);
  const position = new Map(sequence.map((id, i) => [id, i]));
  const at = (id: string): number => position.get(id) ?? -1;

  let correctPairs = 0;
  for (const [earlier, later] of order.constrainedPairs) if (at(earlier) < at(later)) correctPairs++;
  const totalPairs = order.constrainedPairs.length;

  const verdicts = sequence.map((id, i): CardVerdict => {
    const shouldFollow = sequence.slice(i + 1).filter((other) => order.precedes(other, id));
    const shouldPrecede = sequence.slice(0, i).filter((other) => order.precedes(id, other));
    return {
      id,
      position: i,
      correct: shouldFollow.length === 0 && shouldPrecede.length === 0,
      shouldFollow,
      shouldPrecede,
    };
  });

  return {
    verdicts,
    correctPairs,
    totalPairs,
    fraction: totalPairs === 0 ? 1 : correctPairs / totalPairs,
    perfect: correctPairs === totalPairs,
  };
}

function assertPermutation(ids: readonly string[], sequence: readonly string[]): void {
  const expected = [...ids].sort().join('\n');
  if ([...sequence].sort().join('\n') !== expected) {
    throw new Error(
      `an ordering must place each card of the round exactly once (got ${sequence.join(', ')})`,
    );
  }
}

export interface AnswerVerdict {
  correct: boolean;
  /** The right answer as the player sees it. */
  expected: string;
}

export const TRUE_LABEL = 'True';
export const FALSE_LABEL = 'False';

/** The right answer in the words the player chooses from. */
export function answerLabel(question: Question): string {
  switch (question.kind) {
    case 'true-false':
      return question.answer ? TRUE_LABEL : FALSE_LABEL;
    case 'number':
      return String(question.answer);
    default:
      return question.answer;
  }
}

/** How every part of the game compares an answer with an option: case and surrounding space don't count. */
export function sameAnswer(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * `given` is the option label the player picked, or the digits typed for a number question;
 * null when time ran out. Matching ignores case and surrounding space, never spelling.
 */
export function scoreAnswer(question: Question, given: string | null): AnswerVerdict {
  const expected = answerLabel(question);
  if (given === null) return { correct: false, expected };
  if (question.kind === 'number') {
    const digits = given.replace(/[\s,]/g, '');
    return { correct: /^\d+$/.test(digits) && Number(digits) === question.answer, expected };
  }
  return { correct: sameAnswer(given, expected), expected };
}
