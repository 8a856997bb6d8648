import type { TimelineEvent } from '../content/schema';
import { dateRange, strictlyBefore } from './dates';

/**
 * The correct order of a set is a partial order: A must come before B when A's date range
 * ends before B's begins (at the precision the article gives), or when the article says B
 * followed A (`after`), and everything those imply. Pairs it leaves open may go either way.
 */
export interface PartialOrder {
  readonly ids: readonly string[];
  /** True when `a` must be placed before `b`. */
  precedes(a: string, b: string): boolean;
  /** True when the article cannot settle which of the two came first. */
  interchangeable(a: string, b: string): boolean;
  /** Every ordered pair the player is judged on, each once, as [earlier, later]. */
  readonly constrainedPairs: ReadonlyArray<readonly [string, string]>;
  /** False when dates and `after` contradict each other (a broken pack). */
  readonly acyclic: boolean;
}

/**
 * `events` are the cards being ordered; `allEvents` (the whole pack) lets an `after` chain pass
 * through an event that is not dealt, e.g. a message that followed a strike that followed a rocket.
 */
export function buildPartialOrder(
  events: readonly TimelineEvent[],
  allEvents: readonly TimelineEvent[] = events,
): PartialOrder {
  const dealt = new Set(events.map((e) => e.id));
  const universe = [...events, ...allEvents.filter((e) => !dealt.has(e.id))];
  const ids = events.map((e) => e.id);
  const allIds = universe.map((e) => e.id);
  const index = new Map(allIds.map((id, i) => [id, i]));
  const n = allIds.length;
  const reach: boolean[][] = allIds.map(() => allIds.map(() => false));

  universe.forEach((a, i) => {
    universe.forEach((b, j) => {
      if (i !== j && strictlyBefore(a.date, b.date)) reach[i]![j] = true;
    });
    for (const earlier of a.after ?? []) {
      const j = index.get(earlier);
      if (j !== undefined) reach[j]![i] = true;
    }
  });

  // Transitive closure (Floyd–Warshall); sets hold a handful of cards, so n³ is nothing.
  for (let k = 0; k < n; k++)
    for (let i = 0; i < n; i++)
      if (reach[i]![k]) for (let j = 0; j < n; j++) if (reach[k]![j]) reach[i]![j] = true;

  const acyclic = allIds.every((_, i) => !reach[i]![i]);
  const precedes = (a: string, b: string): boolean => {
    const i = index.get(a);
    const j = index.get(b);
    return dealt.has(a) && dealt.has(b) && i !== undefined && j !== undefined && reach[i]![j]!;
  };
  const constrainedPairs: Array<readonly [string, string]> = [];
  for (const a of ids) for (const b of ids) if (a !== b && precedes(a, b)) constrainedPairs.push([a, b]);

  return {
    ids,
    precedes,
    interchangeable: (a, b) => a !== b && !precedes(a, b) && !precedes(b, a),
    constrainedPairs,
    acyclic,
  };
}

/** True when the order breaks none of the partial order's constraints. */
export function isConsistent(order: PartialOrder, sequence: readonly string[]): boolean {
  return sequence.every((a, i) => sequence.slice(0, i).every((earlier) => !order.precedes(a, earlier)));
}

/**
 * One correct order to reveal: a topological sort that breaks ties by the most precise date
 * known (the context date where there is one), so the reveal reads like a real chronology.
 */
export function revealOrder(events: readonly TimelineEvent[], order: PartialOrder): TimelineEvent[] {
  const remaining = [...events];
  const placed: TimelineEvent[] = [];
  const sortKey = (e: TimelineEvent): number => dateRange(e.contextDate ?? e.date).start;
  while (remaining.length > 0) {
    const ready = remaining.filter((e) => remaining.every((other) => !order.precedes(other.id, e.id)));
    // A cycle leaves nothing ready; fall back to date order rather than loop forever.
    const pool = ready.length > 0 ? ready : remaining;
    const next = pool.reduce((best, e) => (sortKey(e) < sortKey(best) ? e : best));
    placed.push(next);
    remaining.splice(remaining.indexOf(next), 1);
  }
  return placed;
}
