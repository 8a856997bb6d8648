import type { Pack, Question } from '../content/schema';
import type { RoundPlan } from '../rules/plan';
import type { RoundResult } from '../rules/result';
import { formatDuration, quizVerdicts, timelineMarks } from '../rules/share';
import type { HandIn } from '../state/attempts';
import type { RoundOrigin } from '../state/round-session';
import { dateLabel } from './board';
import { answerWords, citedDigests, count, endSentence, VERDICT } from './words';

/**
 * The results screen: the score (counted up on the canvas), what it is made of in a student's
 * words, the hand-in for a teacher's round, the share card, and a review of every mistake with
 * the paragraphs behind it. Pure.
 */
export interface ReviewItem {
  /** "Card" or "Question 3". */
  label: string;
  title: string;
  /** The quoted words a question asks about (its speaker is no secret once answered). */
  quote: { text: string; speaker: string } | null;
  /** What went wrong, e.g. "You placed it before “X”; it came after." */
  what: string;
  why: string;
  paragraphs: Array<{ mark: string; text: string }>;
  outsideContext: boolean;
}

export interface ResultsView {
  heading: string;
  score: number;
  scoreLabel: string;
  praise: string;
  perfect: boolean;
  /** One line per part of the score. */
  lines: string[];
  best: string | null;
  /** One mark per card, then per question: the grid the canvas reveals and the share card repeats. */
  grid: { timeline: boolean[]; quiz: boolean[] };
  handIn: {
    heading: string;
    name: string;
    note: string;
    code: string;
  } | null;
  share: { heading: string; text: string; link: string } | null;
  review: { heading: string; empty: string | null; items: ReviewItem[] };
  actions: Array<{ id: 'again' | 'new' | 'menu'; label: string }>;
}

export interface ResultsInputs {
  pack: Pack;
  plan: RoundPlan;
  result: RoundResult;
  origin: RoundOrigin;
  handIn: HandIn | null;
  /** The share card's text and the link it carries; null for a teacher's round. */
  share: { text: string; link: string } | null;
  newBest: boolean;
  previousBest: number | null;
}

export function praise(score: number): string {
  if (score === 100) return 'A perfect round!';
  if (score >= 80) return 'Great work.';
  if (score >= 50) return 'Good going. The review shows what to look at again.';
  return 'Worth another go. The review shows where things slipped.';
}

export function resultsView(input: ResultsInputs): ResultsView {
  const { plan, result, origin } = input;
  const set = plan.set;
  const timeline = result.timeline;
  const timelineLine =
    timeline.mode === 'place'
      ? `${timeline.right} of ${count(timeline.outOf, 'card')} placed right first time`
      : `${timeline.right} of ${count(timeline.outOf, 'card')} in a right place`;
  const lines = [
    timelineLine,
    result.quizTotal === 0
      ? 'No questions this round'
      : `${result.quizCorrect} of ${count(result.quizTotal, 'question')} right`,
  ];
  if (result.quizTotal > 0 && result.bestStreak >= 2)
    lines.push(`Best streak: ${result.bestStreak} in a row`);
  lines.push(`Time: ${formatDuration(result.timeMs)}`);
  const heading =
    origin.kind === 'daily'
      ? `Daily #${origin.number} done`
      : origin.kind === 'shared'
        ? 'Round complete: hand it in'
        : 'Round complete';
  return {
    heading,
    score: result.score,
    scoreLabel: `${result.score} out of 100`,
    praise: praise(result.score),
    perfect: result.score === 100,
    lines,
    // A first round is a first score, not a "new best" over nothing.
    best:
      input.newBest && input.previousBest === null
        ? `Your first score for ${set.shortName}: the one to beat.`
        : input.newBest
          ? `New best for ${set.shortName}! (It was ${input.previousBest}.)`
          : input.previousBest !== null
            ? `Your best for ${set.shortName}: ${input.previousBest}`
            : null,
    grid: gridOf(plan, result),
    handIn:
      origin.kind === 'shared' && input.handIn
        ? {
            heading: 'Hand in this code',
            name: `Name: ${origin.playerName}`,
            note: input.handIn.note,
            code: input.handIn.code,
          }
        : null,
    share: input.share ? { heading: 'Share your result', ...input.share } : null,
    review: reviewOf(input.pack, plan, result),
    actions: [
      ...(origin.kind === 'shared' && !plan.config.allowRetry
        ? []
        : [
            {
              id: 'again' as const,
              label: 'Play it again',
            },
          ]),
      ...(origin.kind === 'shared' ? [] : [{ id: 'new' as const, label: 'New round' }]),
      { id: 'menu' as const, label: 'Menu' },
    ],
  };
}

/** Timeline marks in the order cards were dealt (place) or as the player left them (sort). */
export function gridOf(plan: RoundPlan, result: RoundResult): ResultsView['grid'] {
  return { timeline: timelineMarks(result.timeline), quiz: quizVerdicts(plan, result) };
}

function reviewOf(pack: Pack, plan: RoundPlan, result: RoundResult): ResultsView['review'] {
  const events = new Map(plan.cards.map((e) => [e.id, e]));
  const title = (id: string): string => `“${events.get(id)?.title ?? id}”`;
  const items: ReviewItem[] = [];
  const { timeline } = result;
  for (const verdict of timeline.placements ?? []) {
    const event = events.get(verdict.cardId);
    if (verdict.right || !event) continue;
    const line = timeline.finalOrder;
    const at = line.indexOf(event.id);
    const neighbours = [line[at - 1], line[at + 1]].filter((id): id is string => id !== undefined);
    items.push({
      label: 'Card',
      title: event.title,
      quote: null,
      what: `Placed wrong at first. It belongs ${neighbours.length === 2 ? `between ${title(neighbours[0]!)} and ${title(neighbours[1]!)}` : at === 0 ? `first, before ${title(neighbours[0] ?? '')}` : `last, after ${title(neighbours[0] ?? '')}`}: ${dateLabel(event)}.`,
      why: event.howWeKnow,
      paragraphs: citedDigests(pack, event.paragraphs),
      outsideContext: event.basis === 'context',
    });
  }
  for (const verdict of timeline.ordering?.verdicts ?? []) {
    const event = events.get(verdict.id);
    if (verdict.correct || !event) continue;
    const after = verdict.shouldFollow.map(title).join(' and ');
    const before = verdict.shouldPrecede.map(title).join(' and ');
    items.push({
      label: 'Card',
      title: event.title,
      quote: null,
      what: `Out of place: ${[after && `it comes after ${after}`, before && `${after ? '' : 'it comes '}before ${before}`].filter(Boolean).join(', and ')}. Date: ${dateLabel(event)}.`,
      why: event.howWeKnow,
      paragraphs: citedDigests(pack, event.paragraphs),
      outsideContext: event.basis === 'context',
    });
  }
  result.answers.forEach((record) => {
    if (record.correct) return;
    const index = plan.questions.findIndex((q) => q.question.id === record.questionId);
    const question: Question | undefined = plan.questions[index]?.question;
    if (!question) return;
    const unit = question.kind === 'number' ? question.unit : undefined;
    const expected = answerWords(question.kind, record.expected, unit);
    items.push({
      label: `Question ${index + 1}`,
      title: question.prompt,
      quote: question.quote ? { text: question.quote.text, speaker: question.quote.speaker } : null,
      what:
        record.given === null
          ? `${VERDICT.wrong.icon} No answer in time. ${endSentence(`The answer: ${expected}`)}`
          : `${VERDICT.wrong.icon} ${endSentence(`You said ${answerWords(question.kind, record.given, unit)}`)} ${endSentence(`The answer: ${expected}`)}`,
      why: question.explanation,
      paragraphs: citedDigests(pack, question.paragraphs),
      outsideContext: question.basis === 'context',
    });
  });
  return {
    heading: 'Review',
    empty: items.length === 0 ? 'Nothing to review: every card and every answer was right.' : null,
    items,
  };
}
