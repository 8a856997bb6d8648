import type { Pack } from '../content/schema';
import { planRound, type RoundPlan } from './plan';
import type { RoundConfig } from './round-config';

/**
 * "New round" should feel new: different cards and questions where the pack has them, not the
 * same ten reshuffled. A round is fixed by its config (that is what a round code carries), so
 * the only freedom is the seed: we plan a few candidate seeds and keep the one that repeats
 * least of the previous round.
 */

/** What a round dealt, as the game remembers it for the next "New round". */
export interface RoundContents {
  eventIds: readonly string[];
  questionIds: readonly string[];
}

/**
 * A repeated question costs more than a repeated card: a question comes back with its answer
 * remembered, while a card comes back among different neighbours and still has to be placed.
 */
export const REPEAT_COST = { question: 2, event: 1 } as const;

export function roundContents(plan: RoundPlan): RoundContents {
  return { eventIds: plan.cards.map((c) => c.id), questionIds: plan.questions.map((q) => q.question.id) };
}

/** How much of `previous` a round repeats, weighed by REPEAT_COST; 0 when nothing comes back. */
export function repeatCost(round: RoundContents, previous: RoundContents): number {
  const shared = (now: readonly string[], before: readonly string[]): number => {
    const earlier = new Set(before);
    return now.filter((id) => earlier.has(id)).length;
  };
  return (
    REPEAT_COST.question * shared(round.questionIds, previous.questionIds) +
    REPEAT_COST.event * shared(round.eventIds, previous.eventIds)
  );
}

/**
 * `base` with the candidate seed whose round repeats least of `previous` (ties go to the
 * earlier candidate; no previous round takes the first). Candidates that cannot be planned are
 * skipped; with none left, `base` comes back unchanged for planRound to explain. Deterministic:
 * the same inputs always give the same config.
 */
export function freshRound(
  pack: Pack,
  base: RoundConfig,
  previous: RoundContents | null,
  candidateSeeds: readonly number[],
): RoundConfig {
  let best: { config: RoundConfig; cost: number } | null = null;
  for (const seed of candidateSeeds) {
    const config = { ...base, seed };
    const outcome = planRound(pack, config);
    if (!outcome.ok) continue;
    if (previous === null) return config;
    const cost = repeatCost(roundContents(outcome.plan), previous);
    if (best === null || cost < best.cost) best = { config, cost };
    if (cost === 0) break;
  }
  return best?.config ?? base;
}
