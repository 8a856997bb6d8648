import type { PartialOrder } from './order';

/**
 * Placing one card at a time. The line on the table is always in a correct order: a card
 * placed wrong slides to the nearest place where it belongs. So each placement is judged
 * against the cards already on the line, by the same partial order the sort mode scores with:
 * a gap is right when no card on the line that must come before the new card sits after the
 * gap, and none that must come after it sits before. Where the article does not settle the
 * order of two cards, either side counts.
 */
export interface PlacementVerdict {
  cardId: string;
  /** The gap the player chose: 0 = before the first card, line.length = after the last. */
  chosenGap: number;
  right: boolean;
  /** The gaps that would have been right, first to last (always a contiguous range). */
  rightGaps: { first: number; last: number };
  /** Where the card ends up: the chosen gap when right, else the nearest right gap. */
  landedGap: number;
  /** Cards on the line whose order against this one the article leaves open. */
  unsettledWith: string[];
}

/** Judges one placement against the line as it stands. */
export function judgePlacement(
  order: PartialOrder,
  line: readonly string[],
  cardId: string,
  chosenGap: number,
): PlacementVerdict {
  if (line.includes(cardId)) throw new Error(`${cardId} is already on the line`);
  if (!Number.isFinite(chosenGap))
    throw new Error(`placing ${cardId}: ${chosenGap} is not a gap in the line`);
  const gap = Math.max(0, Math.min(line.length, Math.floor(chosenGap)));
  // Right gaps start after the last card that must precede this one and end before the first that must follow.
  let first = 0;
  let last = line.length;
  line.forEach((other, i) => {
    if (order.precedes(other, cardId)) first = Math.max(first, i + 1);
  });
  for (let i = line.length - 1; i >= 0; i--) if (order.precedes(cardId, line[i]!)) last = Math.min(last, i);
  // A consistent line keeps first ≤ last; guard anyway so a broken pack cannot trap a card.
  if (first > last) last = first;
  const right = gap >= first && gap <= last;
  const landedGap = right ? gap : gap < first ? first : last;
  const unsettledWith = line.filter((other) => order.interchangeable(other, cardId));
  return { cardId, chosenGap: gap, right, rightGaps: { first, last }, landedGap, unsettledWith };
}

export interface PlacementReplay {
  /** The line after every placement, earliest first. */
  line: string[];
  verdicts: PlacementVerdict[];
  /** Placements right first time. */
  rightFirstTime: number;
  /** Cards placed (every card but the one the line starts with). */
  placed: number;
  /** rightFirstTime / placed; 1 when nothing had to be placed. */
  fraction: number;
}

/**
 * Replays a round's placements: `cards[0]` starts on the line, then each next card goes to the
 * gap the player chose. The gradebook uses this to re-score a result code from its gaps alone.
 */
export function replayPlacements(
  order: PartialOrder,
  cards: readonly string[],
  gaps: readonly number[],
): PlacementReplay {
  if (cards.length === 0) return { line: [], verdicts: [], rightFirstTime: 0, placed: 0, fraction: 1 };
  if (gaps.length > cards.length - 1) throw new Error('more placements than cards to place');
  const line = [cards[0]!];
  const verdicts = gaps.map((gap, i) => {
    const verdict = judgePlacement(order, line, cards[i + 1]!, gap);
    line.splice(verdict.landedGap, 0, verdict.cardId);
    return verdict;
  });
  const rightFirstTime = verdicts.filter((v) => v.right).length;
  return {
    line,
    verdicts,
    rightFirstTime,
    placed: verdicts.length,
    fraction: verdicts.length === 0 ? 1 : rightFirstTime / verdicts.length,
  };
}
