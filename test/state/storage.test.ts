import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../fixtures/storage';
import {
  defaultSavedData,
  loadSavedData,
  recordBestScore,
  saveData,
  STORAGE_KEY,
} from '../../src/state/storage';

describe('saved data', () => {
  it('starts from defaults, without a notice, on a first visit', () => {
    const loaded = loadSavedData(() => memoryStorage());
    expect(loaded).toEqual({ data: defaultSavedData(), notice: null, persistent: true });
    expect(loaded.data.settings.soundOn).toBe(true);
  });

  it('round-trips settings and best scores', () => {
    const storage = memoryStorage();
    const data = recordBestScore(defaultSavedData(), 'core', 80, new Date('2026-01-01T00:00:00Z'));
    data.settings.soundOn = false;
    data.settings.volume = 0.3;
    expect(saveData(() => storage, data)).toBe(true);
    expect(loadSavedData(() => storage).data).toEqual(data);
  });

  it.each([
    ['not JSON', '{oops'],
    ['wrong types', JSON.stringify({ settings: { soundOn: 'yes' } })],
    ['an array', '[]'],
    ['a volume out of range', JSON.stringify({ settings: { volume: 7 } })],
    ['a best score out of range', JSON.stringify({ best: { core: { score: 1000, at: 'x' } } })],
  ])('replaces %s with defaults and says so', (_label, raw) => {
    const loaded = loadSavedData(() => memoryStorage({ [STORAGE_KEY]: raw }));
    expect(loaded.data).toEqual(defaultSavedData());
    expect(loaded.notice).toMatch(/could not be read/);
  });

  it('fills in fields an older version did not save', () => {
    const loaded = loadSavedData(() =>
      memoryStorage({ [STORAGE_KEY]: JSON.stringify({ settings: { soundOn: false } }) }),
    );
    expect(loaded.notice).toBeNull();
    expect(loaded.data.settings).toMatchObject({ soundOn: false, volume: 0.7, showStreak: true });
  });

  it('plays on when the browser refuses storage', () => {
    const refusing = (): Storage => {
      throw new DOMException('denied', 'SecurityError');
    };
    const loaded = loadSavedData(refusing);
    expect(loaded.persistent).toBe(false);
    expect(loaded.notice).toMatch(/not letting Newsline save/);
    expect(saveData(refusing, loaded.data)).toBe(false);
  });

  it('keeps only a higher best score', () => {
    const first = recordBestScore(defaultSavedData(), 'core', 70, new Date(0));
    expect(recordBestScore(first, 'core', 60, new Date(1)).best.core?.score).toBe(70);
    expect(recordBestScore(first, 'core', 90, new Date(1)).best.core?.score).toBe(90);
    expect(recordBestScore(first, 'full', 10, new Date(1)).best.core?.score).toBe(70);
  });
});
