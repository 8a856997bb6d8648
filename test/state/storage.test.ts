import { describe, expect, it } from 'vitest';
import { attemptKey, nextAttempt } from '../../src/state/attempts';
import {
  defaultSavedData,
  LEGACY_PACK_ID,
  LEGACY_STORAGE_KEY,
  loadSavedData,
  recordBestScore,
  recordDaily,
  saveData,
  STORAGE_KEY,
  type SavedData,
} from '../../src/state/storage';
import { articlePack } from '../fixtures/article';
import { memoryStorage } from '../fixtures/storage';

const refusing = (): Storage => {
  throw new DOMException('denied', 'SecurityError');
};

/** A storage that reads fine but refuses every write (a full quota). */
function fullStorage(): Storage {
  const storage = memoryStorage();
  return {
    ...storage,
    setItem: () => {
      throw new DOMException('full', 'QuotaExceededError');
    },
  };
}

describe('saved data', () => {
  it('starts from defaults, without a notice, on a first visit', () => {
    const loaded = loadSavedData(() => memoryStorage());
    expect(loaded).toEqual({ data: defaultSavedData(), notice: null, persistent: true });
    expect(loaded.data.settings).toMatchObject({ soundOn: true, timer: 'as-set', showStreak: true });
  });

  it('keeps everything it saves: settings, bests and dailies per pack, attempts, menu, last deal', () => {
    const storage = memoryStorage();
    let data: SavedData = defaultSavedData();
    data = recordBestScore(data, 'pack-a', 'core', 80, new Date('2026-11-20T10:00:00Z'));
    data = recordBestScore(data, 'pack-b', 'core', 40, new Date('2026-11-21T10:00:00Z'));
    data = recordDaily(data, 'pack-a', '2026-11-20', { score: 70, grid: '1101|10' });
    data = {
      ...data,
      settings: { ...data.settings, soundOn: false, volume: 0.3, theme: 'high-contrast', textScale: 1.25 },
      playerName: 'Ada',
      attempts: {
        [attemptKey('pack-a', 'NL-X', 'Ada')]: { finished: 1, abandoned: 2, firstResult: 'NLR2-Y' },
      },
      packId: 'pack-b',
      menu: { 'pack-a': { setId: 'core', questionCount: 10, mode: 'sort' } },
      lastDeal: { 'pack-a': { eventIds: ['e1', 'e2'], questionIds: ['q1'] } },
    };
    expect(saveData(() => storage, data)).toBe(true);
    const loaded = loadSavedData(() => storage);
    expect(loaded.notice).toBeNull();
    expect(loaded.data).toEqual(data);
    expect(loaded.data.best['pack-a']?.core?.score).toBe(80);
    expect(loaded.data.best['pack-b']?.core?.score).toBe(40);
  });

  it.each([
    ['not JSON', '{oops'],
    ['an array', '[]'],
    ['wrong types', JSON.stringify({ settings: { soundOn: 'yes' } })],
    ['a volume out of range', JSON.stringify({ settings: { volume: 7 } })],
    ['a best score out of range', JSON.stringify({ best: { p: { core: { score: 1000, at: 'x' } } } })],
    ['a negative attempt count', JSON.stringify({ attempts: { k: { finished: -1 } } })],
    [
      'an unknown mode on the menu',
      JSON.stringify({ menu: { p: { setId: 's', questionCount: 5, mode: 'fly' } } }),
    ],
  ])('replaces %s with defaults and says so once', (_label, raw) => {
    const loaded = loadSavedData(() => memoryStorage({ [STORAGE_KEY]: raw }));
    expect(loaded.data).toEqual(defaultSavedData());
    expect(loaded.notice).toMatch(/could not be read/);
    expect(loaded.persistent).toBe(true);
  });

  it('fills in fields an earlier save did not have', () => {
    const loaded = loadSavedData(() =>
      memoryStorage({ [STORAGE_KEY]: JSON.stringify({ settings: { soundOn: false }, playerName: 'Bo' }) }),
    );
    expect(loaded.notice).toBeNull();
    expect(loaded.data.settings).toMatchObject({ soundOn: false, volume: 0.7, showStreak: true });
    expect(loaded.data.playerName).toBe('Bo');
    expect(loaded.data.daily).toEqual({});
  });

  it('plays on when the browser refuses storage (private mode)', () => {
    const loaded = loadSavedData(refusing);
    expect(loaded.persistent).toBe(false);
    expect(loaded.data).toEqual(defaultSavedData());
    expect(loaded.notice).toMatch(/not letting Newsline save/);
    expect(saveData(refusing, loaded.data)).toBe(false);
  });

  it('says a write failed when the storage is full', () => {
    expect(saveData(fullStorage, defaultSavedData())).toBe(false);
  });
});

describe('best scores and dailies', () => {
  it('keeps only a higher best, per pack and per set', () => {
    const first = recordBestScore(defaultSavedData(), 'p', 'core', 70, new Date(0));
    expect(recordBestScore(first, 'p', 'core', 60, new Date(1)).best.p?.core?.score).toBe(70);
    expect(recordBestScore(first, 'p', 'core', 70, new Date(1)).best.p?.core?.at).toBe(
      new Date(0).toISOString(),
    );
    const higher = recordBestScore(first, 'p', 'core', 90, new Date(1000));
    expect(higher.best.p?.core).toEqual({ score: 90, at: new Date(1000).toISOString() });
    const otherSet = recordBestScore(first, 'p', 'full', 10, new Date(1));
    expect(otherSet.best.p).toMatchObject({ core: { score: 70 }, full: { score: 10 } });
    const otherPack = recordBestScore(first, 'q', 'core', 5, new Date(1));
    expect(otherPack.best.p?.core?.score).toBe(70);
    expect(otherPack.best.q?.core?.score).toBe(5);
  });

  it('keeps the latest sixty days of daily results', () => {
    let data = defaultSavedData();
    const start = Date.UTC(2026, 10, 1);
    const keys = Array.from({ length: 75 }, (_, i) =>
      new Date(start + i * 86_400_000).toISOString().slice(0, 10),
    );
    for (const key of keys) data = recordDaily(data, 'p', key, { score: 50, grid: '1' });
    const kept = Object.keys(data.daily.p ?? {}).sort();
    expect(kept).toEqual(keys.slice(-60));
    // And what it keeps still loads.
    const storage = memoryStorage();
    saveData(() => storage, data);
    expect(loadSavedData(() => storage).data.daily.p).toEqual(data.daily.p);
  });
});

describe('version 1 data', () => {
  const v1 = {
    settings: { soundOn: false, volume: 0.4, showStreak: false },
    best: { core: { score: 85, at: '2025-03-01T09:00:00.000Z' } },
    playerName: 'Ada',
    attempts: { 'NL-CODE|ada': { count: 2, firstResult: 'NLR1-FIRST' } },
  };

  it('is migrated into version 2 under the article pack', () => {
    const loaded = loadSavedData(() => memoryStorage({ [LEGACY_STORAGE_KEY]: JSON.stringify(v1) }));
    expect(loaded.notice).toBeNull();
    expect(loaded.data.settings).toMatchObject({ soundOn: false, volume: 0.4, showStreak: false });
    expect(loaded.data.playerName).toBe('Ada');
    expect(loaded.data.best).toEqual({ [LEGACY_PACK_ID]: { core: v1.best.core } });
    expect(loaded.data.attempts[`${LEGACY_PACK_ID}|NL-CODE|ada`]).toEqual({
      finished: 2,
      abandoned: 0,
      firstResult: 'NLR1-FIRST',
    });
  });

  it('carries on the attempt count for the same student', () => {
    const { data } = loadSavedData(() => memoryStorage({ [LEGACY_STORAGE_KEY]: JSON.stringify(v1) }));
    // The name as the student types it again, in any case and with stray spaces.
    expect(nextAttempt(data, attemptKey(LEGACY_PACK_ID, 'NL-CODE', ' ADA '))).toEqual({
      attempt: 3,
      abandoned: 0,
    });
  });

  it('is filed under the id of the article pack the site serves', () => {
    const pack = articlePack();
    expect(pack.id).toBe(LEGACY_PACK_ID);
    // Version 1's best scores were kept by set; the set they name is still there.
    expect(pack.sets.some((s) => s.id === 'core')).toBe(true);
  });

  it('is ignored once version 2 data exists', () => {
    const v2 = recordBestScore(defaultSavedData(), 'other', 'core', 10, new Date(0));
    const loaded = loadSavedData(() =>
      memoryStorage({ [STORAGE_KEY]: JSON.stringify(v2), [LEGACY_STORAGE_KEY]: JSON.stringify(v1) }),
    );
    expect(loaded.data).toEqual(v2);
  });

  it('that cannot be read gives defaults and one notice', () => {
    const loaded = loadSavedData(() =>
      memoryStorage({ [LEGACY_STORAGE_KEY]: JSON.stringify({ best: { core: { score: 'lots' } } }) }),
    );
    expect(loaded.data).toEqual(defaultSavedData());
    expect(loaded.notice).toMatch(/could not be read/);
  });
});
