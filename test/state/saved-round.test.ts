import { describe, expect, it } from 'vitest';
import { defaultRound } from '../../src/rules/round-config';
import type { RoundOrigin, SessionProgress } from '../../src/state/round-session';
import {
  agoLabel,
  clearSavedRound,
  loadSavedRound,
  SAVED_ROUND_KEY,
  saveRound,
  toSavedRound,
  whereLabel,
  type SavedRound,
} from '../../src/state/saved-round';
import { defaultSavedData, loadSavedData, saveData, STORAGE_KEY } from '../../src/state/storage';
import { chainPack } from '../fixtures/packs';
import { memoryStorage } from '../fixtures/storage';

const SAVED_AT = new Date('2026-11-20T10:00:00Z');

/** What a teacher's round's results screen said. */
const RESULTS: NonNullable<SavedRound['results']> = {
  heading: 'Round complete: hand it in',
  score: 75,
  scoreLabel: '75 out of 100',
  praise: 'Good going. The review shows what to look at again.',
  perfect: false,
  lines: ['2 of 3 cards placed right first time', '2 of 2 questions right', 'Time: 1:05'],
  best: null,
  grid: { timeline: [true, false, true], quiz: [true, true] },
  handIn: {
    heading: 'Hand in this code',
    name: 'Name: Ada',
    note: 'Your first attempt.',
    code: 'NLR2-ABCD-EFGH',
  },
  share: null,
  review: { heading: 'Review', empty: null, items: [] },
  actions: [{ id: 'menu', label: 'Menu' }],
};

function savedRound(
  progress: Partial<SessionProgress> = {},
  overrides: { origin?: RoundOrigin; mode?: 'place' | 'sort'; questionCount?: number } = {},
): SavedRound {
  const pack = chainPack();
  return toSavedRound({
    config: {
      ...defaultRound(pack, 77),
      mode: overrides.mode ?? 'place',
      questionCount: overrides.questionCount ?? 6,
    },
    packVersion: pack.version,
    origin: overrides.origin ?? { kind: 'own' },
    timerSeconds: 20,
    progress: {
      phase: 'board',
      gaps: [1],
      order: ['a', 'b', 'c', 'd'],
      answers: [],
      questionPointer: 0,
      ...progress,
    },
    clock: { elapsedMs: 12_000, lapMs: 3_000 },
    at: SAVED_AT,
  });
}

/** Storage holding good settings (sound off) and `raw` as the saved round. */
function storageWithRound(raw: string): Storage {
  const storage = memoryStorage({ [SAVED_ROUND_KEY]: raw });
  saveData(() => storage, {
    ...defaultSavedData(),
    playerName: 'Ada',
    settings: { ...defaultSavedData().settings, soundOn: false },
  });
  return storage;
}

describe('the saved round', () => {
  it('comes back exactly as saved', () => {
    const storage = memoryStorage();
    const round = savedRound(
      {
        phase: 'quiz',
        gaps: [1, 0, 2],
        answers: [{ questionId: 'q-1', given: 'True', ms: 2100 }],
        questionPointer: 1,
      },
      { origin: { kind: 'shared', roundCode: 'NL-ABCD', playerName: 'Ada' } },
    );
    expect(saveRound(() => storage, round)).toBe(true);
    expect(loadSavedRound(() => storage)).toEqual({ round, notice: null });
  });

  it('keeps a finished round’s results screen, hand-in code included', () => {
    const storage = memoryStorage();
    const round = { ...savedRound({ phase: 'results' }), results: RESULTS };
    saveRound(() => storage, round);
    expect(loadSavedRound(() => storage).round?.results).toEqual(RESULTS);
  });

  it('is nothing, without a notice, when none was saved or storage is refused', () => {
    expect(loadSavedRound(() => memoryStorage())).toEqual({ round: null, notice: null });
    const refusing = (): Storage => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(loadSavedRound(refusing)).toEqual({ round: null, notice: null });
    expect(saveRound(refusing, savedRound())).toBe(false);
    expect(() => clearSavedRound(refusing)).not.toThrow();
  });

  it('is gone once cleared', () => {
    const storage = memoryStorage();
    saveRound(() => storage, savedRound());
    clearSavedRound(() => storage);
    expect(loadSavedRound(() => storage).round).toBeNull();
  });

  const good = savedRound();
  it.each([
    ['not JSON', '{"version":1,'],
    ['another version', JSON.stringify({ ...good, version: 2 })],
    ['a negative gap', JSON.stringify({ ...good, progress: { ...good.progress, gaps: [-1] } })],
    ['an unknown phase', JSON.stringify({ ...good, progress: { ...good.progress, phase: 'bonus' } })],
    ['an unknown origin', JSON.stringify({ ...good, origin: { kind: 'tournament' } })],
    ['a negative clock', JSON.stringify({ ...good, clock: { elapsedMs: -5, lapMs: 0 } })],
    [
      'a config no round can have',
      JSON.stringify({ ...good, config: { ...good.config, questionCount: 999 } }),
    ],
    ['an empty list of kinds', JSON.stringify({ ...good, config: { ...good.config, kinds: [] } })],
    ['a score above 100 on its results', JSON.stringify({ ...good, results: { ...RESULTS, score: 150 } })],
  ])('with %s is set aside with a notice, settings untouched', (_label, raw) => {
    const storage = storageWithRound(raw);
    const settingsBefore = storage.getItem(STORAGE_KEY);
    const loaded = loadSavedRound(() => storage);
    expect(loaded.round).toBeNull();
    expect(loaded.notice).toBe(
      'A saved round could not be read, so it was set aside. Your settings and scores are safe.',
    );
    // Set aside for good: the next load is quiet.
    expect(storage.getItem(SAVED_ROUND_KEY)).toBeNull();
    expect(loadSavedRound(() => storage)).toEqual({ round: null, notice: null });
    expect(storage.getItem(STORAGE_KEY)).toBe(settingsBefore);
    const data = loadSavedData(() => storage);
    expect(data.notice).toBeNull();
    expect(data.data.settings.soundOn).toBe(false);
    expect(data.data.playerName).toBe('Ada');
  });
});

describe('where a saved round stands', () => {
  it.each([
    [savedRound({ phase: 'board', gaps: [] }), 'card 1 to place'],
    [savedRound({ phase: 'board', gaps: [0, 1] }), 'card 3 to place'],
    [savedRound({ phase: 'board' }, { mode: 'sort' }), 'ordering the cards'],
    [savedRound({ phase: 'reveal', gaps: [0, 1, 2] }), 'the timeline is done'],
    [savedRound({ phase: 'quiz', questionPointer: 0 }, { questionCount: 5 }), 'question 1 of 5'],
    [savedRound({ phase: 'quiz', questionPointer: 3 }, { questionCount: 5 }), 'question 4 of 5'],
    [savedRound({ phase: 'results' }), 'finished'],
  ])('%#: “%s”', (round, words) => {
    expect(whereLabel(round)).toBe(words);
  });
});

describe('how long ago a round was saved', () => {
  const at = (ms: number): Date => new Date(SAVED_AT.getTime() + ms);
  const MINUTE = 60_000;
  it.each([
    [0, 'just now'],
    [59_999, 'just now'],
    [MINUTE, '1 minute ago'],
    [5 * MINUTE + 30_000, '5 minutes ago'],
    [59 * MINUTE, '59 minutes ago'],
    [60 * MINUTE, '1 hour ago'],
    [2 * 60 * MINUTE + 59 * MINUTE, '2 hours ago'],
    [24 * 60 * MINUTE, '1 day ago'],
    [3 * 24 * 60 * MINUTE + 5 * MINUTE, '3 days ago'],
  ])('%i ms later: “%s”', (ms, words) => {
    expect(agoLabel(SAVED_AT.toISOString(), at(ms))).toBe(words);
  });

  it('says “just now” for a time in the future or one that cannot be read', () => {
    expect(agoLabel(SAVED_AT.toISOString(), at(-3 * 60 * MINUTE))).toBe('just now');
    expect(agoLabel('yesterday-ish', SAVED_AT)).toBe('just now');
  });
});
