import type { TimelineEvent } from '../content/schema';
import type { RoundPlan } from '../rules/plan';
import type { RoundResult, TimelineScore } from '../rules/result';
import { cardMistakes, type PlacementMistake } from '../rules/review';
import { answerLabel } from '../rules/scoring';
import { ordinal } from '../state/attempts';

/**
 * The gradebook's sentences: a student's timeline, their attempt, and their answers one by
 * one, in the words a teacher would use to a class. Pure.
 */

/** "5 of 6 placed right first time" (one card at a time) / "5 of 6 cards in a right place" (sorted). */
export function timelineWords(timeline: Pick<TimelineScore, 'mode' | 'right' | 'outOf'>): string {
  return timeline.mode === 'place'
    ? `${timeline.right} of ${timeline.outOf} placed right first time`
    : `${timeline.right} of ${timeline.outOf} ${timeline.outOf === 1 ? 'card' : 'cards'} in a right place`;
}

/**
 * Which attempt a code is, in plain words. With retries on, students hand in their latest
 * attempt; with them off the game hands in the first, so a later one means something to check.
 * `abandoned` is null for the oldest codes, which did not count attempts left unfinished.
 */
export function attemptWords(input: {
  attempt: number;
  abandoned: number | null;
  allowRetry: boolean;
}): string {
  const { attempt, abandoned, allowRetry } = input;
  const finished =
    attempt === 1
      ? '1st finished attempt'
      : allowRetry
        ? `${ordinal(attempt)} finished attempt (retries allowed)`
        : `${ordinal(attempt)} finished attempt — retries were off, so the 1st counts`;
  return abandoned !== null && abandoned > 0 ? `${finished} + ${abandoned} left unfinished before` : finished;
}

export interface TimelineStep {
  /** 1-based, in the order the cards were dealt (place) or left (sort). */
  number: number;
  eventId: string;
  title: string;
  /** Null for the card the line starts with: it was never judged. */
  right: boolean | null;
  /** What happened, e.g. "Placed after “A”; it belonged between “B” and “C”." */
  note: string;
}

export interface AnswerLine {
  number: number;
  questionId: string;
  prompt: string;
  /** As given; null when skipped or out of time. */
  given: string | null;
  expected: string;
  right: boolean;
}

export interface StudentDetails {
  mode: TimelineScore['mode'];
  timeline: TimelineStep[];
  answers: AnswerLine[];
}

const quoted = (event: TimelineEvent | null | undefined): string => `“${event?.title ?? '?'}”`;

/** "between “A” and “B”", "before “B” (at the start)", "after “A” (at the end)". */
function between(after: TimelineEvent | null, before: TimelineEvent | null): string {
  if (after && before) return `between ${quoted(after)} and ${quoted(before)}`;
  if (before) return `before ${quoted(before)}, at the start`;
  if (after) return `after ${quoted(after)}, at the end`;
  return 'on the empty line';
}

function placementNote(mistake: PlacementMistake | undefined): string {
  if (!mistake) return 'Placed right first time.';
  return `Placed ${between(mistake.placedAfter, mistake.placedBefore)}; it belonged ${between(mistake.belongedAfter, mistake.belongedBefore)}.`;
}

/** One student's round, card by card and question by question, for the gradebook's details row. */
export function studentDetails(
  plan: RoundPlan,
  result: RoundResult,
  given: readonly (string | null)[],
): StudentDetails {
  const events = new Map(plan.cards.map((c) => [c.id, c]));
  const { timeline } = result;
  const mistakes = new Map(cardMistakes(plan, result).map((m) => [m.event.id, m]));
  let steps: TimelineStep[];
  if (timeline.placements) {
    const first = plan.cards[0];
    steps = [
      ...(first
        ? [{ number: 1, eventId: first.id, title: first.title, right: null, note: 'Started on the line.' }]
        : []),
      ...timeline.placements.map((verdict, i) => {
        const mistake = mistakes.get(verdict.cardId);
        return {
          number: i + 2,
          eventId: verdict.cardId,
          title: events.get(verdict.cardId)?.title ?? verdict.cardId,
          right: verdict.right,
          note: placementNote(mistake?.mode === 'place' ? mistake : undefined),
        };
      }),
    ];
  } else {
    steps = (timeline.ordering?.verdicts ?? []).map((verdict, i) => {
      const notes = [
        verdict.shouldFollow.length > 0
          ? `should come after ${verdict.shouldFollow.map((id) => quoted(events.get(id))).join(' and ')}`
          : '',
        verdict.shouldPrecede.length > 0
          ? `should come before ${verdict.shouldPrecede.map((id) => quoted(events.get(id))).join(' and ')}`
          : '',
      ].filter(Boolean);
      return {
        number: i + 1,
        eventId: verdict.id,
        title: events.get(verdict.id)?.title ?? verdict.id,
        right: verdict.correct,
        note: verdict.correct ? 'In a right place.' : `${capitalise(notes.join('; '))}.`,
      };
    });
  }
  const records = new Map(result.answers.map((a) => [a.questionId, a]));
  const answers = plan.questions.map((planned, i): AnswerLine => {
    const record = records.get(planned.question.id);
    return {
      number: i + 1,
      questionId: planned.question.id,
      prompt: planned.question.prompt,
      given: given[i] ?? null,
      expected: record?.expected ?? answerLabel(planned.question),
      right: record?.correct === true,
    };
  });
  return { mode: timeline.mode, timeline: steps, answers };
}

function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
