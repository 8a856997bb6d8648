import type { EventSet, Pack, Question, TimelineEvent } from '../content/schema';
import { buildPartialOrder, isConsistent, type PartialOrder } from './order';
import { createRng, type Rng } from './random';
import { configProblems, type RoundConfig } from './round-config';
import { FALSE_LABEL, TRUE_LABEL } from './scoring';

export interface PlannedQuestion {
  question: Question;
  /** Labels in the order shown; empty for number questions. */
  choices: string[];
}

export interface RoundPlan {
  config: RoundConfig;
  packId: string;
  packVersion: string;
  set: EventSet;
  /**
   * The cards dealt this round (all of the set's, or `set.deal` of them chosen by seed).
   * Place mode: the dealing order; `cards[0]` starts on the line and the rest are drawn in turn.
   * Sort mode: the shuffled starting order, never already a correct order when one can be wrong.
   */
  cards: TimelineEvent[];
  /** The order among the dealt cards, worked out with the whole pack so `after` chains hold. */
  order: PartialOrder;
  /**
   * In the order asked. No two test the same fact; none tests a fact that a dealt card or an
   * earlier question's explanation gives away (`reveals`).
   */
  questions: PlannedQuestion[];
  /** Set when fewer questions could be dealt than the config asked for. */
  shortBy: number;
}

export type PlanOutcome = { ok: true; plan: RoundPlan } | { ok: false; error: string };

/** Same pack, config and seed → the identical plan, everywhere. */
export function planRound(pack: Pack, config: RoundConfig): PlanOutcome {
  const problems = configProblems(config);
  if (problems.length > 0) return { ok: false, error: problems.join('; ') };
  if (config.packId !== pack.id)
    return { ok: false, error: `this round is for the game "${config.packId}", not "${pack.id}"` };
  const set = pack.sets.find((s) => s.id === config.setId);
  if (!set) {
    const known = pack.sets.map((s) => s.id).join(', ');
    return { ok: false, error: `this game has no event set "${config.setId}" (it has: ${known})` };
  }
  const events = set.events.map((id) => pack.events.find((e) => e.id === id));
  if (events.some((e) => e === undefined))
    return { ok: false, error: `set "${set.id}" names a missing event` };

  // Separate streams so changing the question settings never changes the cards.
  const cardRng = createRng(config.seed);
  const questionRng = createRng(config.seed ^ 0x5f3759df);
  const dealt = dealEvents(events as TimelineEvent[], set.deal, cardRng);
  const order = buildPartialOrder(dealt, pack.events);
  if (!order.acyclic) return { ok: false, error: `set "${set.id}" has contradictory dates` };
  const cards = config.mode === 'sort' ? shuffleUntilWrong(dealt, order, cardRng) : cardRng.shuffle(dealt);
  const revealedByCards = new Set(cards.flatMap((card) => card.reveals ?? []));
  const questions = drawQuestions(pack.questions, config, questionRng, revealedByCards);

  return {
    ok: true,
    plan: {
      config,
      packId: pack.id,
      packVersion: pack.version,
      set,
      cards,
      order,
      questions,
      shortBy: Math.max(0, config.questionCount - questions.length),
    },
  };
}

/** `deal` of the set's events chosen by seed, kept in the set's own order; all of them without a deal. */
function dealEvents(events: TimelineEvent[], deal: number | undefined, rng: Rng): TimelineEvent[] {
  if (deal === undefined || deal >= events.length) return events;
  const chosen = new Set(rng.shuffle(events).slice(0, deal));
  return events.filter((e) => chosen.has(e));
}

function shuffleUntilWrong(events: TimelineEvent[], order: PartialOrder, rng: Rng): TimelineEvent[] {
  if (order.constrainedPairs.length === 0) return rng.shuffle(events);
  for (let attempt = 0; attempt < 20; attempt++) {
    const shuffled = rng.shuffle(events);
    if (
      !isConsistent(
        order,
        shuffled.map((e) => e.id),
      )
    )
      return shuffled;
  }
  // Twenty correct shuffles in a row only happens for tiny sets: swap one ordered pair by hand.
  const fallback = rng.shuffle(events);
  const [earlier, later] = order.constrainedPairs[0]!;
  const i = fallback.findIndex((e) => e.id === earlier);
  const j = fallback.findIndex((e) => e.id === later);
  if (i < j) [fallback[i], fallback[j]] = [fallback[j]!, fallback[i]!];
  return fallback;
}

/** The questions a config may draw from: its kinds, within its difficulty range. */
export function eligibleQuestions(pool: readonly Question[], config: RoundConfig): Question[] {
  return pool.filter(
    (q) =>
      config.kinds.includes(q.kind) &&
      q.difficulty >= config.difficulty.min &&
      q.difficulty <= config.difficulty.max,
  );
}

/**
 * Up to `config.questionCount` eligible questions in seeded random order, options shuffled,
 * keeping the fact rules: one question per fact, none on a fact in `revealedByCards`, and none
 * after a question whose explanation `reveals` its fact. A question is taken in shuffled order
 * when some order of those taken so far keeps the last rule; the taken ones are then asked in
 * shuffled order except that a question giving a fact away waits until that fact's question.
 */
export function drawQuestions(
  pool: readonly Question[],
  config: RoundConfig,
  rng: Rng,
  revealedByCards: ReadonlySet<string> = new Set(),
): PlannedQuestion[] {
  const taken: Question[] = [];
  for (const question of rng.shuffle(eligibleQuestions(pool, config))) {
    if (taken.length >= config.questionCount) break;
    if (revealedByCards.has(question.fact) || taken.some((q) => q.fact === question.fact)) continue;
    // Only a question tied to those taken by a `reveals` can close a loop; most are not.
    const tied = taken.some((q) => q.reveals?.includes(question.fact) || question.reveals?.includes(q.fact));
    if (!tied || askingOrder([...taken, question]) !== null) taken.push(question);
  }
  return (askingOrder(taken) ?? []).map((question) => ({ question, choices: choicesFor(question, rng) }));
}

/**
 * The questions (one per fact) in an order where none comes after one that gives its fact away:
 * next goes the earliest-listed question that gives away no fact still to be asked. Null when
 * two give each other's facts away, directly or round a loop, so no order works.
 */
function askingOrder(questions: readonly Question[]): Question[] | null {
  const remaining = [...questions];
  const ordered: Question[] = [];
  while (remaining.length > 0) {
    const next = remaining.find(
      (q) => !remaining.some((other) => other !== q && q.reveals?.includes(other.fact)),
    );
    if (!next) return null;
    ordered.push(next);
    remaining.splice(remaining.indexOf(next), 1);
  }
  return ordered;
}

function choicesFor(question: Question, rng: Rng): string[] {
  switch (question.kind) {
    case 'true-false':
      // True before False always: shuffling these only confuses.
      return [TRUE_LABEL, FALSE_LABEL];
    case 'number':
      return [];
    default:
      return rng.shuffle(question.options);
  }
}
