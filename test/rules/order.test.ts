import { describe, expect, it } from 'vitest';
import { buildPartialOrder, isConsistent, revealOrder } from '../../src/rules/order';
import { chronologyOracle, permutations } from '../fixtures/events';
import { afterChainPack, fixtureEvent, fixtureSets, mixedPack, tiePack } from '../fixtures/packs';

describe('buildPartialOrder', () => {
  it('combines date ranges with stated "after" links, and what they imply', () => {
    const order = buildPartialOrder(mixedPack().events);
    expect(order.precedes('treaty', 'protest')).toBe(true);
    // Same month, but the recount is stated to follow the vote.
    expect(order.precedes('vote', 'recount')).toBe(true);
    expect(order.precedes('recount', 'vote')).toBe(false);
    expect(order.precedes('treaty', 'ruling')).toBe(true);
    expect(order.acyclic).toBe(true);
  });

  it('leaves same-month and same-day events without a link open either way', () => {
    const order = buildPartialOrder(tiePack().events);
    expect(order.interchangeable('ballot', 'speech')).toBe(true);
    expect(order.interchangeable('raid', 'vigil')).toBe(true);
    expect(order.interchangeable('ballot', 'raid')).toBe(true);
    expect(order.interchangeable('ballot', 'prelude')).toBe(false);
    expect(isConsistent(order, ['prelude', 'ballot', 'speech', 'raid', 'vigil', 'aftermath'])).toBe(true);
    expect(isConsistent(order, ['prelude', 'vigil', 'raid', 'speech', 'ballot', 'aftermath'])).toBe(true);
    expect(isConsistent(order, ['ballot', 'prelude', 'speech', 'raid', 'vigil', 'aftermath'])).toBe(false);
  });

  it('reports a contradiction between dates and "after"', () => {
    const order = buildPartialOrder([fixtureEvent('a', '2020', ['b']), fixtureEvent('b', '2021')]);
    expect(order.acyclic).toBe(false);
  });

  it('keeps an "after" chain that runs through an event not dealt', () => {
    const pack = afterChainPack();
    const dealt = ['message', 'rocket'].map((id) => pack.events.find((e) => e.id === id)!);
    expect(buildPartialOrder(dealt).interchangeable('rocket', 'message')).toBe(true);
    const order = buildPartialOrder(dealt, pack.events);
    expect(order.precedes('rocket', 'message')).toBe(true);
    expect(order.ids).toEqual(['message', 'rocket']);
    expect(order.constrainedPairs).toEqual([['rocket', 'message']]);
  });
});

describe('revealOrder', () => {
  it('uses context dates to break ties the article leaves open', () => {
    const events = [
      fixtureEvent('late', '2021-06', undefined, { contextDate: '2021-06-27' }),
      fixtureEvent('early', '2021-06', undefined, { contextDate: '2021-06-18' }),
      fixtureEvent('first', '2020'),
    ];
    expect(revealOrder(events, buildPartialOrder(events)).map((e) => e.id)).toEqual([
      'first',
      'early',
      'late',
    ]);
  });

  it('never lets a context date override a stated "after"', () => {
    const events = [
      fixtureEvent('reply', '2021-06', ['question'], { contextDate: '2021-06-01' }),
      fixtureEvent('question', '2021-06', undefined, { contextDate: '2021-06-20' }),
    ];
    expect(revealOrder(events, buildPartialOrder(events)).map((e) => e.id)).toEqual(['question', 'reply']);
  });
});

describe('the order agrees with an independent reading of dates and "after"', () => {
  for (const { name, pack, events } of fixtureSets(6)) {
    it(`${name}: every pair, every order, and the order revealed`, () => {
      const oracle = chronologyOracle(pack.events);
      const order = buildPartialOrder(events, pack.events);
      const ids = events.map((e) => e.id);
      for (const a of ids)
        for (const b of ids) expect(order.precedes(a, b), `${a} before ${b}`).toBe(oracle.mustPrecede(a, b));
      expect(order.constrainedPairs.map((p) => p.join('<')).sort()).toEqual(
        oracle
          .orderedPairs(ids)
          .map((p) => p.join('<'))
          .sort(),
      );
      for (const sequence of permutations(ids))
        expect(isConsistent(order, sequence), sequence.join()).toBe(oracle.allows(sequence));
      const revealed = revealOrder(events, order).map((e) => e.id);
      expect([...revealed].sort()).toEqual([...ids].sort());
      expect(oracle.allows(revealed)).toBe(true);
    });
  }

  it('the sets walked through include ties, open pairs and a chain through an undealt event', () => {
    const names = fixtureSets(6).map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining(['ties/all', 'open-pairs/all', 'after-chain/without-strike', 'mixed/all']),
    );
    expect(fixtureSets(6).some((s) => s.events.length === 6)).toBe(true);
    expect(fixtureSets(6).some((s) => s.events.length === 1)).toBe(true);
  });
});
