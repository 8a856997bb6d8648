import CRC32 from 'crc-32';
import type { Pack } from '../content/schema';
import type { RoundPlan } from './plan';

/**
 * Tags name things inside a code in a few bits; fingerprints pin the content a code was made
 * against, so a round played on changed content is noticed instead of being scored against
 * other questions. Both are CRC-32 of text cut to the bits a code has room for: they catch
 * accidents, not forgeries.
 */
export const PACK_TAG_BITS = 16;
export const SET_TAG_BITS = 10;
export const PACK_FINGERPRINT_BITS = 8;
export const PLAN_FINGERPRINT_BITS = 16;

function hash(text: string, bits: number): number {
  return (CRC32.str(text) >>> 0) % 2 ** bits;
}

/** Which pack a round code is for: 16 bits of its id. */
export function packTag(packId: string): number {
  return hash(packId, PACK_TAG_BITS);
}

/**
 * Which set of the pack a round code is for: 10 bits of its id. A hash rather than the set's
 * place in the list, so a code keeps naming the same set when an editor adds or reorders sets.
 */
export function setTag(setId: string): number {
  return hash(setId, SET_TAG_BITS);
}

/** Pairs of a pack's sets that a round code could not tell apart (rename one of each pair). */
export function setTagClashes(pack: Pick<Pack, 'sets'>): Array<[string, string]> {
  const clashes: Array<[string, string]> = [];
  pack.sets.forEach((a, i) =>
    pack.sets.slice(i + 1).forEach((b) => {
      if (setTag(a.id) === setTag(b.id)) clashes.push([a.id, b.id]);
    }),
  );
  return clashes;
}

/**
 * 8 bits over everything in the pack that decides what a round deals and how it is scored: the
 * events' ids, dates and `after`, the sets, and every question's id, kind, difficulty, facts,
 * options and answer. Titles, clues and explanations may change freely.
 */
export function packFingerprint(pack: Pack): number {
  const content = {
    events: pack.events.map((e) => [e.id, e.date, e.after ?? [], e.reveals ?? []]),
    sets: pack.sets.map((s) => [s.id, s.events, s.deal ?? null]),
    questions: pack.questions.map((q) => [
      q.id,
      q.kind,
      q.difficulty,
      q.fact,
      q.reveals ?? [],
      'options' in q ? q.options : [],
      q.answer,
    ]),
  };
  return hash(JSON.stringify(content), PACK_FINGERPRINT_BITS);
}

/**
 * 16 bits over what decides this round's score: the dealt cards in order, the constrained pairs
 * between them (as positions in that order), and each planned question's id, kind, choices in
 * the order shown and answer. Content the round never deals does not count.
 */
export function planFingerprint(plan: RoundPlan): number {
  const cards = plan.cards.map((c) => c.id);
  const position = new Map(cards.map((id, i) => [id, i]));
  const constraints = plan.order.constrainedPairs
    .map(([earlier, later]) => [position.get(earlier) ?? -1, position.get(later) ?? -1] as const)
    .sort(([a1, b1], [a2, b2]) => a1 - a2 || b1 - b2);
  const questions = plan.questions.map((q) => [q.question.id, q.question.kind, q.choices, q.question.answer]);
  return hash(JSON.stringify({ cards, constraints, questions }), PLAN_FINGERPRINT_BITS);
}

/** The fingerprint `NLR1-` result codes carry: dealt card ids, then each question's id and choices. */
export function legacyPlanFingerprint(plan: RoundPlan): number {
  const text = [
    plan.cards.map((c) => c.id).join(','),
    ...plan.questions.map((q) => `${q.question.id}:${q.choices.join('|')}`),
  ].join('\n');
  return hash(text, PLAN_FINGERPRINT_BITS);
}
