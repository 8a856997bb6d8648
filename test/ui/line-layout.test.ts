import { describe, expect, it } from 'vitest';
import { edgeScroll, insertionIndex, layoutLine, nearestGap, withMoved } from '../../src/ui/line-layout';

const heights = new Map([
  ['a', 50],
  ['b', 80],
  ['c', 60],
]);
const base = { heights, gap: 10, endRoom: 0, open: null, bottomRoom: 0 };

describe('the line’s layout', () => {
  it('stacks cards with a gap between each, and a gap above the first and below the last', () => {
    const { slots, gaps, height } = layoutLine({ ...base, order: ['a', 'b', 'c'] });
    expect([...slots]).toEqual([
      ['a', 10 + 25],
      ['b', 70 + 40],
      ['c', 160 + 30],
    ]);
    // Gap centres: halfway between neighbours; the last just below the last card.
    expect(gaps).toEqual([5, 65, 155, 225]);
    expect(height).toBe(50 + 80 + 60 + 4 * 10);
  });

  it('opens room at the gap a card is held over, moving the cards below it down', () => {
    const open = layoutLine({ ...base, order: ['a', 'b', 'c'], open: { at: 1, size: 100 } });
    expect(open.slots.get('a')).toBe(35);
    expect(open.slots.get('b')).toBe(110 + 100);
    expect(open.gaps[1]).toBe((60 + 170) / 2);
    expect(open.height).toBe(230 + 100);
  });

  it('keeps room for the ends’ labels and below everything', () => {
    const { slots, height } = layoutLine({ ...base, order: ['a'], endRoom: 20, bottomRoom: 44 });
    expect(slots.get('a')).toBe(20 + 10 + 25);
    expect(height).toBe(50 + 20 + 40 + 44);
  });

  it('finds the nearest gap to a point, and where a dragged card would go', () => {
    const { slots, gaps } = layoutLine({ ...base, order: ['a', 'b', 'c'] });
    expect(nearestGap(gaps, 0)).toBe(0);
    expect(nearestGap(gaps, 150)).toBe(2);
    expect(nearestGap(gaps, 999)).toBe(3);
    expect(insertionIndex(slots, ['a', 'c'], 5)).toBe(0);
    expect(insertionIndex(slots, ['a', 'c'], 120)).toBe(1);
    expect(insertionIndex(slots, ['a', 'c'], 500)).toBe(2);
  });

  it('moves a card within an order, clamped to its ends', () => {
    expect(withMoved(['a', 'b', 'c'], 'a', 2)).toEqual(['b', 'c', 'a']);
    expect(withMoved(['a', 'b', 'c'], 'c', -4)).toEqual(['c', 'a', 'b']);
  });
});

describe('scrolling the line under a held card', () => {
  const at = (y: number, enteredLine: boolean): number =>
    edgeScroll({ y, lineTop: 100, height: 600, edge: 50, enteredLine });

  it('a card on its way down from the deck crosses the top zone without scrolling the line', () => {
    for (const y of [100, 120, 149]) expect(at(y, false)).toBe(0);
  });

  it('once the card has been inside the line, the top zone scrolls up, faster nearer the edge', () => {
    expect(at(149, true)).toBeLessThan(0);
    expect(at(100, true)).toBeLessThan(at(140, true));
    expect(at(150, true)).toBe(0);
  });

  it('the bottom zone scrolls down whether or not the card has been inside the line', () => {
    expect(at(580, false)).toBeGreaterThan(0);
    expect(at(599, true)).toBeGreaterThan(at(560, true));
    expect(at(550, false)).toBe(0);
  });

  it('over the deck, above the line, nothing scrolls', () => {
    expect(at(60, true)).toBe(0);
  });
});
