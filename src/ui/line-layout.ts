/**
 * Where the cards of the timeline and the gaps between them sit, as plain arithmetic: no Phaser,
 * so it is unit-tested in Node. All positions are vertical, in the line's own coordinates.
 */
export interface LineSpec {
  /** The cards in the order shown, earliest first. */
  order: readonly string[];
  heights: ReadonlyMap<string, number>;
  /** Space between two cards. */
  gap: number;
  /** Room above the first card and below the last (for "Earliest" / "Latest"). */
  endRoom: number;
  /** Extra room opened at a gap while a card is held over it. */
  open: { at: number; size: number } | null;
  /** Room below everything, so the last gap is never pinned to the bottom edge. */
  bottomRoom: number;
}

export interface LineLayout {
  /** Each card's centre. */
  slots: Map<string, number>;
  /** Each gap's centre: gap 0 above the first card, gap n below the last. */
  gaps: number[];
  /** The whole line's height. */
  height: number;
}

export function layoutLine(spec: LineSpec): LineLayout {
  const { order, heights, gap, endRoom, open } = spec;
  const slots = new Map<string, number>();
  const gaps: number[] = [];
  let previousBottom = endRoom;
  let y = endRoom + gap;
  order.forEach((id, index) => {
    const height = heights.get(id) ?? 0;
    if (open?.at === index) y += open.size;
    gaps.push((previousBottom + y) / 2);
    slots.set(id, y + height / 2);
    previousBottom = y + height;
    y += height + gap;
  });
  const openAtEnd = open?.at === order.length ? open.size : 0;
  gaps.push(previousBottom + gap / 2 + openAtEnd / 2);
  const cards = order.reduce((sum, id) => sum + (heights.get(id) ?? 0), 0);
  const height = cards + gap * (order.length + 1) + (open?.size ?? 0) + endRoom * 2 + spec.bottomRoom;
  return { slots, gaps, height };
}

/** The gap nearest a point of the line: where a dropped or tapped card goes. */
export function nearestGap(gaps: readonly number[], y: number): number {
  let best = 0;
  gaps.forEach((centre, i) => {
    if (Math.abs(centre - y) < Math.abs(gaps[best]! - y)) best = i;
  });
  return best;
}

/** Sort mode: the place a dragged card would take, from how many other cards sit above it. */
export function insertionIndex(
  slots: ReadonlyMap<string, number>,
  others: readonly string[],
  y: number,
): number {
  return others.filter((id) => (slots.get(id) ?? 0) < y).length;
}

/** The order with one card moved to a new place. */
export function withMoved(order: readonly string[], id: string, index: number): string[] {
  const without = order.filter((other) => other !== id);
  without.splice(Math.max(0, Math.min(without.length, index)), 0, id);
  return without;
}

/** Where a held card is relative to the line's scrolling edges. */
export interface EdgeScrollInput {
  /** The pointer's y on the canvas. */
  y: number;
  /** Where the line starts (below the deck) and the canvas ends. */
  lineTop: number;
  height: number;
  /** How deep each edge zone is. */
  edge: number;
  /** Whether the card has been inside the line, clear of both zones, during this drag. */
  enteredLine: boolean;
}

/**
 * Which way, and how fast (px per tick, negative is up), a held card scrolls the line. The top
 * zone counts only once the card has been inside the line: a card on its way down from the deck
 * crosses that zone and is not asking the line to move (on a phone it landed one gap off).
 */
export function edgeScroll({ y, lineTop, height, edge, enteredLine }: EdgeScrollInput): number {
  const top = lineTop + edge;
  const bottom = height - edge;
  if (y >= lineTop && y < top && enteredLine) return -(top - y) / 4;
  if (y > bottom) return (y - bottom) / 4;
  return 0;
}
