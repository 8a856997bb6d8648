import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPartialOrder } from '../../src/rules/order';
import { judgePlacement, replayPlacements } from '../../src/rules/placement';
import { arrangements, chronologyOracle, permutations, type ChronologyOracle } from '../fixtures/events';
import { chainPack, fixtureSets, longChainPack, tiePack } from '../fixtures/packs';

const insert = (line: readonly string[], gap: number, id: string): string[] => [
  ...line.slice(0, gap),
  id,
  ...line.slice(gap),
];

/** The gaps where the oracle lets `id` go: inserting it there leaves the line in a correct order. */
function allowedGaps(oracle: ChronologyOracle, line: readonly string[], id: string): number[] {
  return Array.from({ length: line.length + 1 }, (_, gap) => gap).filter((gap) =>
    oracle.allows(insert(line, gap, id)),
  );
}

describe('judgePlacement', () => {
  const order = buildPartialOrder(chainPack().events);

  it('accepts a card put where it belongs and leaves it there', () => {
    expect(judgePlacement(order, ['a', 'd'], 'b', 1)).toMatchObject({
      cardId: 'b',
      right: true,
      chosenGap: 1,
      rightGaps: { first: 1, last: 1 },
      landedGap: 1,
    });
  });

  it('slides a card put too early or too late to the nearest right gap', () => {
    expect(judgePlacement(order, ['a', 'b', 'd'], 'c', 0)).toMatchObject({ right: false, landedGap: 2 });
    expect(judgePlacement(order, ['b', 'c', 'd'], 'a', 3)).toMatchObject({ right: false, landedGap: 0 });
  });

  it('counts either side of a card the article cannot order against it', () => {
    const ties = buildPartialOrder(tiePack().events);
    const verdict = judgePlacement(ties, ['prelude', 'ballot', 'aftermath'], 'speech', 1);
    expect(verdict).toMatchObject({ right: true, rightGaps: { first: 1, last: 2 } });
    expect(verdict.unsettledWith).toEqual(['ballot']);
    expect(judgePlacement(ties, ['prelude', 'ballot', 'aftermath'], 'speech', 2).right).toBe(true);
  });

  it('refuses a card already on the line, or a gap that is not a number', () => {
    expect(() => judgePlacement(order, ['a', 'b'], 'b', 0)).toThrow(/already on the line/);
    expect(() => judgePlacement(order, ['a', 'b'], 'c', Number.NaN)).toThrow(/not a gap/);
  });

  it('reads a gap beyond either end as that end', () => {
    expect(judgePlacement(order, ['a', 'b'], 'c', 99)).toMatchObject({ chosenGap: 2, right: true });
    expect(judgePlacement(order, ['b', 'c'], 'a', -4)).toMatchObject({ chosenGap: 0, right: true });
  });
});

describe('judgePlacement agrees with an independent reading of dates and "after"', () => {
  for (const { name, pack, events } of fixtureSets(6)) {
    it(`${name}: every card at every gap of every correct line`, () => {
      const order = buildPartialOrder(events, pack.events);
      const oracle = chronologyOracle(pack.events);
      const ids = events.map((e) => e.id);
      let judged = 0;
      for (const line of arrangements(ids).filter((l) => oracle.allows(l))) {
        for (const card of ids.filter((id) => !line.includes(id))) {
          const allowed = allowedGaps(oracle, line, card);
          // A correct line always has room for a card somewhere, in one unbroken stretch.
          expect(allowed.length).toBeGreaterThan(0);
          expect(allowed).toEqual(Array.from({ length: allowed.length }, (_, i) => allowed[0]! + i));
          for (let gap = 0; gap <= line.length; gap++) {
            const verdict = judgePlacement(order, line, card, gap);
            const label = `${card} at ${gap} in ${line.join()}`;
            expect(verdict.right, label).toBe(allowed.includes(gap));
            expect(verdict.rightGaps, label).toEqual({ first: allowed[0], last: allowed.at(-1) });
            const nearest = allowed.reduce((best, g) =>
              Math.abs(g - gap) < Math.abs(best - gap) ? g : best,
            );
            expect(verdict.landedGap, label).toBe(nearest);
            expect(verdict.unsettledWith, label).toEqual(
              line.filter((other) => !oracle.mustPrecede(other, card) && !oracle.mustPrecede(card, other)),
            );
            judged++;
          }
        }
      }
      expect(judged).toBeGreaterThan(0);
    });
  }
});

const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));

/** Every way to choose a gap for each of `placements` cards: gap i ranges over 0..i+1. */
function gapChoices(placements: number): number[][] {
  let all: number[][] = [[]];
  for (let i = 0; i < placements; i++)
    all = all.flatMap((gaps) => Array.from({ length: i + 2 }, (_, g) => [...gaps, g]));
  return all;
}

describe('replayPlacements', () => {
  it('starts the line with the first card and places the rest in turn', () => {
    const order = buildPartialOrder(chainPack().events);
    const replay = replayPlacements(order, ['c', 'a', 'd', 'b'], [0, 0, 1]);
    expect(replay.line).toEqual(['a', 'b', 'c', 'd']);
    expect(replay.verdicts.map((v) => [v.cardId, v.right, v.landedGap])).toEqual([
      ['a', true, 0],
      ['d', false, 2],
      ['b', true, 1],
    ]);
    expect(replay).toMatchObject({ rightFirstTime: 2, placed: 3, fraction: 2 / 3 });
  });

  it('replays part of a round, as a saved round in progress has it', () => {
    const order = buildPartialOrder(chainPack().events);
    expect(replayPlacements(order, ['c', 'a', 'd', 'b'], [1])).toMatchObject({ line: ['a', 'c'], placed: 1 });
  });

  it('counts nothing for a round of one card or none', () => {
    const order = buildPartialOrder(chainPack().events);
    expect(replayPlacements(order, ['a'], [])).toMatchObject({ line: ['a'], placed: 0, fraction: 1 });
    expect(replayPlacements(order, [], [])).toMatchObject({ line: [], placed: 0, fraction: 1 });
  });

  it('refuses more placements than there are cards to place', () => {
    const order = buildPartialOrder(chainPack().events);
    expect(() => replayPlacements(order, ['a', 'b'], [0, 0])).toThrow(/more placements/);
  });

  for (const { name, pack, events } of fixtureSets(5)) {
    it(`${name}: every dealing order and every choice of gaps ends in a correct line`, () => {
      const order = buildPartialOrder(events, pack.events);
      const oracle = chronologyOracle(pack.events);
      // Collected and compared once: an expect per replay would make this the slowest test by far.
      const disagreements: string[] = [];
      let replays = 0;
      for (const cards of permutations(events.map((e) => e.id))) {
        for (const gaps of gapChoices(cards.length - 1)) {
          const replay = replayPlacements(order, cards, gaps);
          const label = `${cards.join()} / ${gaps.join()}`;
          // Each card judged against the line as it stood, by the oracle.
          let line = cards.slice(0, 1);
          let right = 0;
          gaps.forEach((gap, i) => {
            const card = cards[i + 1]!;
            const allowed = allowedGaps(oracle, line, card);
            if (replay.verdicts[i]!.right !== allowed.includes(gap)) disagreements.push(`${label}: ${card}`);
            if (allowed.includes(gap)) right++;
            line = insert(line, replay.verdicts[i]!.landedGap, card);
          });
          if (replay.line.join() !== line.join()) disagreements.push(`${label}: line ${replay.line.join()}`);
          if (!oracle.allows(replay.line)) disagreements.push(`${label}: ends wrong`);
          if (replay.rightFirstTime !== right || replay.placed !== gaps.length)
            disagreements.push(`${label}: counted ${replay.rightFirstTime}/${replay.placed}`);
          if (replay.fraction !== (gaps.length === 0 ? 1 : right / gaps.length))
            disagreements.push(`${label}: fraction`);
          replays++;
        }
      }
      expect(disagreements).toEqual([]);
      expect(replays).toBe(factorial(events.length) ** 2);
    });
  }

  it('six cards and ten cards: any dealing order and gaps end in a correct line', () => {
    for (const { pack, events } of [
      ...fixtureSets(6).filter((s) => s.events.length === 6),
      { pack: longChainPack(), events: longChainPack().events },
    ]) {
      const order = buildPartialOrder(events, pack.events);
      const oracle = chronologyOracle(pack.events);
      const ids = events.map((e) => e.id);
      fc.assert(
        fc.property(
          fc.shuffledSubarray(ids, { minLength: ids.length }),
          fc.array(fc.nat(), { minLength: ids.length - 1, maxLength: ids.length - 1 }),
          (cards, raw) => {
            const gaps = raw.map((n, i) => n % (i + 2));
            const replay = replayPlacements(order, cards, gaps);
            expect(oracle.allows(replay.line)).toBe(true);
            let line = cards.slice(0, 1);
            gaps.forEach((gap, i) => {
              const allowed = allowedGaps(oracle, line, cards[i + 1]!);
              expect(replay.verdicts[i]!.right).toBe(allowed.includes(gap));
              line = insert(line, replay.verdicts[i]!.landedGap, cards[i + 1]!);
            });
          },
        ),
        { numRuns: 300 },
      );
    }
  });
});
