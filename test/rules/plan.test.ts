import { describe, expect, it } from 'vitest';
import { articlePack } from '../../src/content/article-pack';
import { isConsistent } from '../../src/rules/order';
import { planRound, type RoundPlan } from '../../src/rules/plan';
import { DEFAULT_ROUND, effectiveTimerSeconds, type RoundConfig } from '../../src/rules/round-config';

function plan(overrides: Partial<RoundConfig> = {}): RoundPlan {
  const outcome = planRound(articlePack, { ...DEFAULT_ROUND, ...overrides });
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.plan;
}

const summary = (p: RoundPlan): string =>
  JSON.stringify({
    cards: p.cards.map((c) => c.id),
    questions: p.questions.map((q) => [q.question.id, q.choices]),
  });

describe('planRound', () => {
  it('gives the identical plan for the same seed', () => {
    expect(summary(plan({ seed: 77 }))).toBe(summary(plan({ seed: 77 })));
  });

  it('gives different plans for different seeds', () => {
    const seen = new Set(Array.from({ length: 10 }, (_, seed) => summary(plan({ seed }))));
    expect(seen.size).toBeGreaterThan(5);
  });

  it('never starts with the cards already in a correct order', () => {
    for (const setId of ['core', 'medium', 'full']) {
      for (let seed = 0; seed < 200; seed++) {
        const p = plan({ setId, seed });
        expect(
          isConsistent(
            p.order,
            p.cards.map((c) => c.id),
          ),
        ).toBe(false);
      }
    }
  });

  it("deals the core set's four events", () => {
    expect(
      plan()
        .cards.map((c) => c.id)
        .sort(),
    ).toEqual(['erbil-rocket', 'february-strike', 'june-9-drone-attack', 'june-strikes'].sort());
  });

  it('draws only the kinds and difficulties asked for, without repeats', () => {
    const p = plan({ kinds: ['true-false', 'number'], difficulty: { min: 2, max: 3 }, questionCount: 8 });
    expect(p.questions.length).toBeGreaterThan(0);
    for (const { question } of p.questions) {
      expect(['true-false', 'number']).toContain(question.kind);
      expect(question.difficulty).toBeGreaterThanOrEqual(2);
    }
    const ids = p.questions.map((q) => q.question.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('shuffles options but keeps every option and the answer', () => {
    for (let seed = 0; seed < 20; seed++) {
      for (const { question, choices } of plan({ seed, questionCount: 20 }).questions) {
        if (question.kind === 'multiple-choice' || question.kind === 'who-said-it') {
          expect([...choices].sort()).toEqual([...question.options].sort());
          expect(choices).toContain(question.answer);
        }
        if (question.kind === 'true-false') expect(choices).toEqual(['True', 'False']);
      }
    }
  });

  it('says how many questions were missing when the pool is smaller than asked', () => {
    const p = plan({ kinds: ['number'], difficulty: { min: 3, max: 3 }, questionCount: 40 });
    expect(p.questions.length + p.shortBy).toBe(40);
    expect(p.shortBy).toBeGreaterThan(0);
  });

  it('explains an unknown set or a bad config instead of throwing', () => {
    const unknown = planRound(articlePack, { ...DEFAULT_ROUND, setId: 'nope' });
    expect(unknown).toMatchObject({ ok: false, error: expect.stringContaining('no event set "nope"') });
    const bad = planRound(articlePack, { ...DEFAULT_ROUND, questionCount: -1 });
    expect(bad).toMatchObject({ ok: false, error: expect.stringContaining('question count') });
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
