import { describe, expect, it } from 'vitest';
import { buildPartialOrder, isConsistent, revealOrder } from '../../src/rules/order';
import { event } from '../fixtures/events';

const core = [
  event('june-strikes', '2021-06', ['june-9-drone-attack']),
  event('erbil-rocket', '2021-02'),
  event('june-9-drone-attack', '2021-06-09'),
  event('february-strike', '2021-02', ['erbil-rocket']),
];

describe('buildPartialOrder', () => {
  it('combines date ranges with stated "after" links', () => {
    const order = buildPartialOrder(core);
    expect(order.precedes('erbil-rocket', 'february-strike')).toBe(true);
    expect(order.precedes('february-strike', 'june-9-drone-attack')).toBe(true);
    expect(order.precedes('june-9-drone-attack', 'june-strikes')).toBe(true);
    expect(order.precedes('june-strikes', 'erbil-rocket')).toBe(false);
    expect(order.constrainedPairs).toHaveLength(6);
    expect(order.acyclic).toBe(true);
  });

  it('leaves same-month events without a link open either way', () => {
    const order = buildPartialOrder([event('raisi-elected', '2021-06'), ...core]);
    expect(order.interchangeable('raisi-elected', 'june-9-drone-attack')).toBe(true);
    expect(order.interchangeable('raisi-elected', 'june-strikes')).toBe(true);
    expect(order.interchangeable('raisi-elected', 'erbil-rocket')).toBe(false);
    expect(
      isConsistent(order, [
        'erbil-rocket',
        'february-strike',
        'raisi-elected',
        'june-9-drone-attack',
        'june-strikes',
      ]),
    ).toBe(true);
    expect(
      isConsistent(order, [
        'erbil-rocket',
        'february-strike',
        'june-9-drone-attack',
        'june-strikes',
        'raisi-elected',
      ]),
    ).toBe(true);
  });

  it('reports a contradiction between dates and "after"', () => {
    const order = buildPartialOrder([event('a', '2020', ['b']), event('b', '2021')]);
    expect(order.acyclic).toBe(false);
  });

  it('reveals a consistent chronology, using context dates to break ties', () => {
    const events = [
      { ...event('late', '2021-06'), contextDate: '2021-06-27' },
      { ...event('early', '2021-06'), contextDate: '2021-06-18' },
      event('first', '2020'),
    ];
    const order = buildPartialOrder(events);
    expect(revealOrder(events, order).map((e) => e.id)).toEqual(['first', 'early', 'late']);
  });
});

describe('buildPartialOrder across events left out of a set', () => {
  it('keeps an "after" chain that runs through an event not dealt', () => {
    const all = [
      event('rocket', '2021-02'),
      event('strike', '2021-02', ['rocket']),
      event('message', '2021-02', ['strike']),
    ];
    const dealt = [all[2]!, all[0]!];
    expect(buildPartialOrder(dealt).interchangeable('rocket', 'message')).toBe(true);
    const order = buildPartialOrder(dealt, all);
    expect(order.precedes('rocket', 'message')).toBe(true);
    expect(order.ids).toEqual(['message', 'rocket']);
    expect(order.constrainedPairs).toEqual([['rocket', 'message']]);
  });
});
