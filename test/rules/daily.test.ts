import { afterAll, describe, expect, it } from 'vitest';
import { dailyNumber, dailyRound, FIRST_DAILY_KEY, isDateKey, localDateKey } from '../../src/rules/daily';
import { planRound } from '../../src/rules/plan';
import { LIMITS } from '../../src/rules/round-config';
import { quizPack } from '../fixtures/packs';

// Node reads TZ afresh whenever it is set; this file runs in its own process.
const originalZone = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalZone;
});

/** The key of `days` days after FIRST_DAILY_KEY, counted on the calendar. */
function keyAfter(days: number): string {
  const d = new Date(Date.UTC(2026, 10, 1 + days));
  return d.toISOString().slice(0, 10);
}

describe('localDateKey', () => {
  it("names the player's own calendar day, wherever they are", () => {
    const instant = new Date(Date.UTC(2026, 10, 29, 12, 30));
    process.env.TZ = 'Pacific/Auckland';
    expect(localDateKey(instant)).toBe('2026-11-30');
    process.env.TZ = 'America/Los_Angeles';
    expect(localDateKey(instant)).toBe('2026-11-29');
  });

  it('pads months and days, and turns over at local midnight', () => {
    process.env.TZ = 'Europe/London';
    expect(localDateKey(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
    expect(localDateKey(new Date(2027, 0, 6, 0, 0))).toBe('2027-01-06');
  });
});

describe('dailyNumber', () => {
  it('is 1 on the first daily and counts days after it', () => {
    expect(dailyNumber(FIRST_DAILY_KEY)).toBe(1);
    expect(dailyNumber('2026-11-29')).toBe(29);
    expect(dailyNumber('2027-11-01')).toBe(366);
    expect(dailyNumber('2026-10-31')).toBe(0);
  });

  for (const zone of ['America/New_York', 'Europe/London', 'Australia/Sydney', 'America/Santiago']) {
    it(`goes up by exactly one each local day through daylight-saving changes (${zone})`, () => {
      process.env.TZ = zone;
      // Every local day for two years, at midnight and just before the next (where DST bites).
      for (let i = 0; i < 730; i++) {
        const midnight = localDateKey(new Date(2026, 10, 1 + i, 0, 0));
        const lateEvening = localDateKey(new Date(2026, 10, 1 + i, 23, 59));
        expect(midnight).toBe(lateEvening);
        expect(dailyNumber(midnight), midnight).toBe(i + 1);
      }
    });
  }

  it('refuses what is not a calendar date', () => {
    expect(() => dailyNumber('2026-02-29')).toThrow(/not a date/);
    expect(() => dailyNumber('29/11/2026')).toThrow(/not a date/);
  });
});

describe('isDateKey', () => {
  it('accepts real days only, written YYYY-MM-DD', () => {
    expect(isDateKey('2028-02-29')).toBe(true);
    expect(isDateKey('2026-02-29')).toBe(false);
    expect(isDateKey('2026-13-01')).toBe(false);
    expect(isDateKey('2026-11-1')).toBe(false);
    expect(isDateKey('2026-11-01T00:00')).toBe(false);
  });
});

describe('dailyRound', () => {
  const pack = quizPack();

  it('is the same round for everyone on the same day', () => {
    const key = '2026-12-24';
    expect(dailyRound(quizPack(), key)).toEqual(dailyRound(pack, key));
    expect(dailyRound(pack, key)).toMatchObject({ number: 54, key });
  });

  it("plays the pack's first set, one card at a time, five questions of every kind, untimed, with help", () => {
    const { config } = dailyRound(pack, '2026-12-24');
    expect(config).toMatchObject({
      packId: pack.id,
      setId: pack.sets[0]!.id,
      mode: 'place',
      questionCount: 5,
      kinds: ['multiple-choice', 'true-false', 'who-said-it', 'number'],
      difficulty: { min: 1, max: 3 },
      timerSeconds: 0,
      explanationsDuringPlay: true,
      allowRetry: true,
    });
  });

  it('deals a different round every day, one a round code can carry', () => {
    const rounds = Array.from({ length: 400 }, (_, i) => {
      const { config } = dailyRound(pack, keyAfter(i));
      expect(config.seed).toBeLessThanOrEqual(LIMITS.newSeed.max);
      const outcome = planRound(pack, config);
      if (!outcome.ok) throw new Error(outcome.error);
      const { cards, questions } = outcome.plan;
      expect(questions).toHaveLength(5);
      return {
        deal: cards
          .map((c) => c.id)
          .sort()
          .join(),
        quiz: questions
          .map((q) => q.question.id)
          .sort()
          .join(),
      };
    });
    rounds.slice(1).forEach((today, i) => {
      const yesterday = rounds[i]!;
      expect(today.deal !== yesterday.deal || today.quiz !== yesterday.quiz, keyAfter(i + 1)).toBe(true);
    });
    // Over a year a quiz may come round again now and then, but never on the next day.
    expect(new Set(rounds.map((r) => r.quiz)).size).toBeGreaterThan(390);
    expect(new Set(rounds.map((r) => r.deal)).size).toBeGreaterThan(250);
  });

  it('gives different packs different rounds on the same day', () => {
    const other = { ...pack, id: 'another-pack' };
    const seeds = Array.from({ length: 50 }, (_, i) => [
      dailyRound(pack, keyAfter(i)).config.seed,
      dailyRound(other, keyAfter(i)).config.seed,
    ]);
    expect(seeds.filter(([a, b]) => a === b)).toEqual([]);
  });
});
