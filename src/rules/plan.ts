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
  /** Cards in the shuffled starting order; never already a correct order when one can be wrong. */
  cards: TimelineEvent[];
  order: PartialOrder;
  questions: PlannedQuestion[];
  /** Set when fewer questions matched the config than it asked for. */
  shortBy: number;
}

export type PlanOutcome = { ok: true; plan: RoundPlan } | { ok: false; error: string };

/** Same pack, config and seed → the identical plan, everywhere. */
export function planRound(pack: Pack, config: RoundConfig): PlanOutcome {
  const problems = configProblems(config);
  if (problems.length > 0) return { ok: false, error: problems.join('; ') };
  const set = pack.sets.find((s) => s.id === config.setId);
  if (!set) {
    const known = pack.sets.map((s) => s.id).join(', ');
    return { ok: false, error: `this game has no event set "${config.setId}" (it has: ${known})` };
  }
  const events = set.events.map((id) => pack.events.find((e) => e.id === id));
  if (events.some((e) => e === undefined))
    return { ok: false, error: `set "${set.id}" names a missing event` };
  const setEvents = events as TimelineEvent[];
  const order = buildPartialOrder(setEvents, pack.events);
  if (!order.acyclic) return { ok: false, error: `set "${set.id}" has contradictory dates` };

  // Separate streams so changing the question settings never reshuffles the cards.
  const cardRng = createRng(config.seed);
  const questionRng = createRng(config.seed ^ 0x5f3759df);
  const cards = shuffleUntilWrong(setEvents, order, cardRng);
  const questions = drawQuestions(pack.questions, config, questionRng);

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

/** The questions matching the config's kinds and difficulty, in seeded random order, options shuffled. */
export function drawQuestions(pool: readonly Question[], config: RoundConfig, rng: Rng): PlannedQuestion[] {
  return rng
    .shuffle(eligibleQuestions(pool, config))
    .slice(0, config.questionCount)
    .map((question) => ({ question, choices: choicesFor(question, rng) }));
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
