import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUESTION_KINDS, type Pack, type Question } from '../../src/content/schema';
import { validatePack } from '../../src/content/validate';
import { isConsistent } from '../../src/rules/order';
import { eligibleQuestions, planRound, type RoundPlan } from '../../src/rules/plan';
import { defaultRound, effectiveTimerSeconds, type RoundConfig } from '../../src/rules/round-config';
import {
  afterChainPack,
  chainPack,
  longChainPack,
  mixedPack,
  oneEventPack,
  openPairsPack,
  quizPack,
  revealsPack,
  tiePack,
  twoEventPack,
  VALID_FIXTURE_PACKS,
  withSets,
} from '../fixtures/packs';
import { fixtureRound } from '../fixtures/plan';

const ids = (p: RoundPlan): string[] => p.cards.map((c) => c.id);
const questionIds = (p: RoundPlan): string[] => p.questions.map((q) => q.question.id);
const summary = (p: RoundPlan): string =>
  JSON.stringify({ cards: ids(p), questions: p.questions.map((q) => [q.question.id, q.choices]) });

describe('the fixture packs', () => {
  it('are all valid packs, so the rules are tested on content an editor could write', () => {
    for (const [name, make] of Object.entries(VALID_FIXTURE_PACKS)) {
      const validation = validatePack(make());
      expect(validation.ok ? [] : validation.problems, name).toEqual([]);
    }
  });
});

describe('planRound', () => {
  it('gives the identical plan for the same seed', () => {
    const pack = quizPack();
    expect(summary(fixtureRound(pack, { seed: 77 }))).toBe(summary(fixtureRound(pack, { seed: 77 })));
  });

  it('gives different plans for different seeds', () => {
    const pack = quizPack();
    const seen = new Set(Array.from({ length: 10 }, (_, seed) => summary(fixtureRound(pack, { seed }))));
    expect(seen.size).toBe(10);
  });

  it('deals every card of a set without a deal, each once', () => {
    for (const mode of ['place', 'sort'] as const) {
      const p = fixtureRound(longChainPack(), { mode, seed: 3 });
      expect([...ids(p)].sort()).toEqual(longChainPack().sets[0]!.events.sort());
      expect([...p.order.ids].sort()).toEqual([...ids(p)].sort());
    }
  });

  it('in place mode lets any card start the line', () => {
    const starters = new Set(
      Array.from({ length: 60 }, (_, seed) => ids(fixtureRound(chainPack(), { seed }))[0]),
    );
    expect([...starters].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('in sort mode never starts with the cards already in a correct order', () => {
    for (const pack of [
      chainPack(),
      twoEventPack(),
      tiePack(),
      openPairsPack(),
      mixedPack(),
      longChainPack(),
    ]) {
      for (let seed = 0; seed < 200; seed++) {
        const p = fixtureRound(pack, { mode: 'sort', seed });
        expect(isConsistent(p.order, ids(p)), `${pack.id} seed ${seed}`).toBe(false);
      }
    }
  });

  it('in sort mode still deals a set whose cards the article cannot order', () => {
    const pack = withSets(tiePack(), [{ id: 'june', events: ['ballot', 'speech', 'raid'] }]);
    const starts = new Set(
      Array.from({ length: 30 }, (_, seed) => ids(fixtureRound(pack, { mode: 'sort', seed })).join()),
    );
    expect(starts.size).toBeGreaterThan(1);
    for (const start of starts) expect(start.split(',').sort()).toEqual(['ballot', 'raid', 'speech']);
  });

  it('copes with a set of one card', () => {
    for (const mode of ['place', 'sort'] as const)
      expect(ids(fixtureRound(oneEventPack(), { mode }))).toEqual(['first']);
  });

  it('refuses a round made for another pack', () => {
    const outcome = planRound(chainPack(), { ...defaultRound(chainPack()), packId: 'some-other-pack' });
    expect(outcome).toMatchObject({ ok: false, error: expect.stringContaining('"some-other-pack"') });
  });

  it('explains an unknown set or a bad config instead of throwing', () => {
    const pack = quizPack();
    const unknown = planRound(pack, { ...defaultRound(pack), setId: 'nope' });
    expect(unknown).toMatchObject({ ok: false, error: expect.stringContaining('no event set "nope"') });
    const bad = planRound(pack, { ...defaultRound(pack), questionCount: -1 });
    expect(bad).toMatchObject({ ok: false, error: expect.stringContaining('question count') });
  });
});

describe('planRound with a deal', () => {
  it("deals that many of the set's cards, different ones in different rounds", () => {
    const pack = quizPack();
    const set = pack.sets[0]!;
    const deals = new Set<string>();
    const everDealt = new Set<string>();
    for (let seed = 0; seed < 60; seed++) {
      const p = fixtureRound(pack, { seed });
      expect(p.cards).toHaveLength(5);
      expect(new Set(ids(p)).size).toBe(5);
      for (const id of ids(p)) expect(set.events).toContain(id);
      deals.add([...ids(p)].sort().join());
      ids(p).forEach((id) => everDealt.add(id));
    }
    expect(deals.size).toBeGreaterThan(40);
    expect(everDealt.size).toBe(set.events.length);
  });

  it('orders dealt cards through an event that was not dealt', () => {
    const base = afterChainPack();
    const pack = withSets(base, [{ id: 'three', events: base.events.map((e) => e.id), deal: 3 }]);
    let checked = 0;
    for (let seed = 0; seed < 200; seed++) {
      const p = fixtureRound(pack, { seed, mode: 'sort' });
      const dealt = ids(p);
      if (!dealt.includes('rocket') || !dealt.includes('message') || dealt.includes('strike')) continue;
      expect(p.order.precedes('rocket', 'message')).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('keeps the chain for a set that leaves the middle event out', () => {
    const p = fixtureRound(afterChainPack(), { mode: 'sort' });
    expect(p.order.precedes('rocket', 'message')).toBe(true);
    expect(p.order.interchangeable('reply', 'message')).toBe(true);
  });
});

describe('planRound questions', () => {
  it('draws only the kinds and difficulties asked for, without repeats', () => {
    const p = fixtureRound(quizPack(), {
      kinds: ['true-false', 'number'],
      difficulty: { min: 2, max: 3 },
      questionCount: 8,
    });
    expect(p.questions).toHaveLength(8);
    for (const { question } of p.questions) {
      expect(['true-false', 'number']).toContain(question.kind);
      expect(question.difficulty).toBeGreaterThanOrEqual(2);
    }
    expect(new Set(questionIds(p)).size).toBe(8);
  });

  it('shuffles options but keeps every option and the answer', () => {
    const pack = quizPack();
    const orders = new Set<string>();
    for (let seed = 0; seed < 20; seed++) {
      for (const { question, choices } of fixtureRound(pack, { seed, questionCount: 20 }).questions) {
        if (question.kind === 'multiple-choice' || question.kind === 'who-said-it') {
          expect([...choices].sort()).toEqual([...question.options].sort());
          orders.add(choices.map((c) => question.options.indexOf(c)).join());
        }
        if (question.kind === 'true-false') expect(choices).toEqual(['True', 'False']);
        if (question.kind === 'number') expect(choices).toEqual([]);
      }
    }
    expect(orders.size).toBeGreaterThan(1);
  });

  it('says how many questions were missing when the pool is smaller than asked', () => {
    const p = fixtureRound(quizPack(), {
      kinds: ['number'],
      difficulty: { min: 3, max: 3 },
      questionCount: 40,
    });
    expect(p.questions.length).toBeGreaterThan(0);
    expect(p.questions.length + p.shortBy).toBe(40);
  });

  it('never asks about a fact a dealt card gives away', () => {
    const withX = fixtureRound(revealsPack(), { questionCount: 40 });
    expect(questionIds(withX)).not.toContain('q-x-date');
    const withoutX = fixtureRound(revealsPack(), { setId: 'without-x', questionCount: 40 });
    expect(questionIds(withoutX)).toContain('q-x-date');
  });

  it('asks one question per fact, and the one giving a fact away only after it', () => {
    const effects = new Set<string>();
    for (let seed = 0; seed < 100; seed++) {
      const asked = questionIds(fixtureRound(revealsPack(), { setId: 'without-x', seed, questionCount: 40 }));
      // Five questions on four facts: the two on `effect` take turns.
      expect(asked).toHaveLength(4);
      const effect = asked.filter((id) => id.startsWith('q-effect'));
      expect(effect).toHaveLength(1);
      effects.add(effect[0]!);
      expect(asked.indexOf(effect[0]!)).toBeLessThan(asked.indexOf('q-cause'));
    }
    expect(effects).toEqual(new Set(['q-effect', 'q-effect-number']));
  });

  it('leaves out one of two questions that give each other away', () => {
    const pack = quizPack();
    for (let seed = 0; seed < 50; seed++) {
      const asked = questionIds(fixtureRound(pack, { setId: 'every', seed, questionCount: 40 }));
      expect(asked.includes('q-f10-b') && asked.includes('q-f11-b')).toBe(false);
    }
  });
});

const configs = (pack: Pack): fc.Arbitrary<RoundConfig> =>
  fc
    .record({
      setId: fc.constantFrom(...pack.sets.map((s) => s.id)),
      mode: fc.constantFrom('place' as const, 'sort' as const),
      questionCount: fc.integer({ min: 0, max: 40 }),
      kinds: fc.subarray([...QUESTION_KINDS], { minLength: 1 }),
      low: fc.integer({ min: 1, max: 3 }),
      high: fc.integer({ min: 1, max: 3 }),
      seed: fc.integer({ min: 0, max: 0xffff_ffff }),
    })
    .map(({ low, high, ...rest }) => ({
      ...defaultRound(pack),
      ...rest,
      difficulty: { min: Math.min(low, high), max: Math.max(low, high) },
    }));

/** True when no order of `questions` keeps every one before any that gives its fact away (a loop). */
function revealLoop(questions: readonly Question[]): boolean {
  const mustFollow = (q: Question): Question[] =>
    questions.filter((r) => r !== q && r.reveals?.includes(q.fact));
  const visiting = new Set<Question>();
  const done = new Set<Question>();
  const loopFrom = (q: Question): boolean => {
    if (done.has(q)) return false;
    if (visiting.has(q)) return true;
    visiting.add(q);
    const found = mustFollow(q).some(loopFrom);
    visiting.delete(q);
    done.add(q);
    return found;
  };
  return questions.some(loopFrom);
}

describe('planRound property: facts are never given away', () => {
  it('holds for any seed and config on a pack with shared and revealed facts', () => {
    const pack = quizPack();
    fc.assert(
      fc.property(configs(pack), (config) => {
        const outcome = planRound(pack, config);
        if (!outcome.ok) throw new Error(outcome.error);
        const { cards, questions, shortBy } = outcome.plan;
        const asked = questions.map((q) => q.question);
        const revealedByCards = new Set(cards.flatMap((c) => c.reveals ?? []));

        expect(new Set(asked.map((q) => q.fact)).size).toBe(asked.length);
        asked.forEach((q, i) => {
          expect(revealedByCards.has(q.fact)).toBe(false);
          for (const earlier of asked.slice(0, i)) expect(earlier.reveals ?? []).not.toContain(q.fact);
          expect(config.kinds).toContain(q.kind);
          expect(q.difficulty).toBeGreaterThanOrEqual(config.difficulty.min);
          expect(q.difficulty).toBeLessThanOrEqual(config.difficulty.max);
        });
        expect(asked.length + shortBy).toBe(config.questionCount);

        // Short only when every question left out had to be: no room was wasted.
        if (shortBy > 0) {
          for (const q of eligibleQuestions(pack.questions, config).filter((q) => !asked.includes(q))) {
            const blocked =
              revealedByCards.has(q.fact) ||
              asked.some((a) => a.fact === q.fact) ||
              revealLoop([...asked, q]);
            expect(blocked, q.id).toBe(true);
          }
        }

        // The cards never depend on the question settings.
        const otherQuiz = planRound(pack, {
          ...config,
          questionCount: 3,
          kinds: ['number'],
          difficulty: { min: 1, max: 1 },
        });
        expect(otherQuiz.ok && ids(otherQuiz.plan)).toEqual(ids(outcome.plan));
      }),
      { numRuns: 300 },
    );
  });
});

describe('effectiveTimerSeconds', () => {
  it('keeps a round without a timer untimed', () => {
    expect(effectiveTimerSeconds(0, 'longer', false)).toBe(0);
  });
  it('doubles the time for players who ask for longer', () => {
    expect(effectiveTimerSeconds(20, 'longer', true)).toBe(40);
    expect(effectiveTimerSeconds(20, 'as-set', true)).toBe(20);
  });
  it("turns the timer off in a player's own round but only lengthens a shared one", () => {
    expect(effectiveTimerSeconds(20, 'off', false)).toBe(0);
    expect(effectiveTimerSeconds(20, 'off', true)).toBe(40);
  });
});
