import { describe, expect, it } from 'vitest';
import { planRound } from '../../src/rules/plan';
import { createRng } from '../../src/rules/random';
import { defaultRound, type RoundConfig } from '../../src/rules/round-config';
import { freshRound, repeatCost, roundContents, type RoundContents } from '../../src/rules/variety';
import { quizPack } from '../fixtures/packs';

const pack = quizPack();
const base: RoundConfig = { ...defaultRound(pack), questionCount: 5 };

function contentsOf(config: RoundConfig): RoundContents {
  const outcome = planRound(pack, config);
  if (!outcome.ok) throw new Error(outcome.error);
  return roundContents(outcome.plan);
}

/** Shared ids, counted here without the code under test. */
const sharedCount = (a: readonly string[], b: readonly string[]): number =>
  a.filter((id) => b.includes(id)).length;

/** Eight seeds per "New round", from a fixed stream so the test is repeatable. */
function seedBatches(count: number, stream = 1): number[][] {
  const rng = createRng(stream);
  return Array.from({ length: count }, () => Array.from({ length: 8 }, () => rng.int(0, 0xf_ffff)));
}

describe('repeatCost', () => {
  it('counts a repeated question twice and a repeated card once', () => {
    const before = { eventIds: ['e01', 'e02', 'e03'], questionIds: ['q1', 'q2'] };
    expect(repeatCost({ eventIds: ['e09'], questionIds: ['q7'] }, before)).toBe(0);
    expect(repeatCost({ eventIds: ['e01', 'e09'], questionIds: ['q2', 'q7'] }, before)).toBe(3);
  });
});

describe('freshRound', () => {
  it('keeps everything of the base config but the seed', () => {
    const [seeds] = seedBatches(1);
    const chosen = freshRound(pack, base, contentsOf(base), seeds!);
    expect({ ...chosen, seed: base.seed }).toEqual(base);
    expect(seeds).toContain(chosen.seed);
  });

  it('takes the first candidate when there was no previous round', () => {
    expect(freshRound(pack, base, null, [42, 7, 9]).seed).toBe(42);
  });

  it('picks the candidate repeating least, weighing questions over cards, ties to the first', () => {
    for (const seeds of seedBatches(40)) {
      const previous = contentsOf({ ...base, seed: seeds[0]! + 1 });
      const costs = seeds.map((seed) => {
        const round = contentsOf({ ...base, seed });
        return (
          2 * sharedCount(round.questionIds, previous.questionIds) +
          sharedCount(round.eventIds, previous.eventIds)
        );
      });
      const least = Math.min(...costs);
      expect(freshRound(pack, base, previous, seeds).seed).toBe(seeds[costs.indexOf(least)]);
    }
  });

  it('gives the same config for the same inputs', () => {
    const [seeds] = seedBatches(1, 5);
    const previous = contentsOf(base);
    expect(freshRound(pack, base, previous, seeds!)).toEqual(freshRound(pack, base, previous, seeds!));
  });

  it('skips seeds it cannot plan, and leaves a config that cannot be planned at all to planRound', () => {
    const broken = { ...base, setId: 'no-such-set' };
    expect(freshRound(pack, broken, null, [1, 2, 3])).toBe(broken);
  });

  it('repeats less than a plain reseed, and no question where the pack allows it', () => {
    // A player pressing "New round" again and again: each round is compared with the one before.
    const batches = seedBatches(200, 9);
    let freshPrevious = contentsOf(base);
    let plainPrevious = freshPrevious;
    const fresh = { questions: 0, events: 0, roundsRepeatingAQuestion: 0 };
    const plain = { questions: 0, events: 0 };
    for (const seeds of batches) {
      const chosen = contentsOf(freshRound(pack, base, freshPrevious, seeds));
      const reseeded = contentsOf({ ...base, seed: seeds[0]! });
      const repeatedQuestions = sharedCount(chosen.questionIds, freshPrevious.questionIds);
      fresh.questions += repeatedQuestions;
      fresh.events += sharedCount(chosen.eventIds, freshPrevious.eventIds);
      if (repeatedQuestions > 0) fresh.roundsRepeatingAQuestion++;
      plain.questions += sharedCount(reseeded.questionIds, plainPrevious.questionIds);
      plain.events += sharedCount(reseeded.eventIds, plainPrevious.eventIds);
      freshPrevious = chosen;
      plainPrevious = reseeded;
    }
    // Plain reseeds of this pack repeat about 0.7 questions and 2 of 5 cards a round.
    expect(fresh.questions).toBeLessThan(plain.questions / 4);
    expect(fresh.events).toBeLessThan(plain.events);
    expect(fresh.roundsRepeatingAQuestion).toBeLessThan(10);
  });

  it('repeats nothing whenever one of the candidates repeats nothing', () => {
    let nothingRepeated = 0;
    for (const seeds of seedBatches(300, 4)) {
      const previous = contentsOf({ ...base, seed: seeds[0]! ^ 1 });
      const candidates = seeds.map((seed) => contentsOf({ ...base, seed }));
      const fresh = (r: RoundContents) =>
        sharedCount(r.questionIds, previous.questionIds) + sharedCount(r.eventIds, previous.eventIds) === 0;
      if (!candidates.some(fresh)) continue;
      expect(fresh(contentsOf(freshRound(pack, base, previous, seeds)))).toBe(true);
      nothingRepeated++;
    }
    // Five of twelve cards and five of some forty questions: a clean sweep is rare but happens.
    expect(nothingRepeated).toBeGreaterThan(5);
  });

  it('still avoids repeated questions when every card must come back', () => {
    // The "every" set has no deal, so all twelve cards are dealt each round.
    const everyBase = { ...base, setId: 'every' };
    let roundsRepeatingAQuestion = 0;
    for (const seeds of seedBatches(100, 3)) {
      const previous = contentsOf({ ...everyBase, seed: seeds[0]! ^ 1 });
      const chosen = contentsOf(freshRound(pack, everyBase, previous, seeds));
      expect(sharedCount(chosen.eventIds, previous.eventIds)).toBe(12);
      if (sharedCount(chosen.questionIds, previous.questionIds) > 0) roundsRepeatingAQuestion++;
    }
    // A plain reseed repeats a question in about half of these rounds; eight candidates, about 1 in 100.
    expect(roundsRepeatingAQuestion).toBeLessThanOrEqual(3);
  });
});
