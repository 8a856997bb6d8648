import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../fixtures/storage';
import { AppContext } from '../../src/app/context';
import type { SoundPlayer } from '../../src/audio/sound';
import { encodeRound } from '../../src/rules/round-code';
import { DEFAULT_ROUND } from '../../src/rules/round-config';
import { STORAGE_KEY } from '../../src/state/storage';

const silent: SoundPlayer = {
  play: () => undefined,
  setMuted: () => undefined,
  setVolume: () => undefined,
  status: 'idle',
  onStatusChange: () => () => undefined,
  unlock: () => undefined,
};

describe('AppContext', () => {
  it('explains a broken content pack instead of starting rounds', () => {
    const app = new AppContext(silent, memoryStorage, { id: 'x' });
    expect(app.pack).toBeNull();
    expect(app.packProblem).toMatch(/could not be loaded: .*version/);
    expect(app.startRound(DEFAULT_ROUND)).toBe(app.packProblem);
  });

  it('opens a shared round from a link and names what is wrong with a bad one', () => {
    const app = new AppContext(silent, memoryStorage);
    app.readRoundLink('?round=%3Cscript%3E');
    expect(app.linkProblem).toMatch(/letters, digits/);
    expect(app.assigned).toBeNull();
    const code = encodeRound({ ...DEFAULT_ROUND, setId: 'nope' });
    expect(app.openSharedRound(code)).toMatch(/no event set "nope"/);
    const good = encodeRound({ ...DEFAULT_ROUND, seed: 9 });
    app.readRoundLink(`?round=${good}`);
    expect(app.linkProblem).toBeNull();
    expect(app.assigned?.code).toBe(good);
  });

  it('counts attempts at a shared round and keeps the first result', () => {
    const storage = memoryStorage();
    const app = new AppContext(silent, () => storage);
    const code = encodeRound({ ...DEFAULT_ROUND, seed: 3, timerSeconds: 20 });
    app.openSharedRound(code);
    app.playerName = 'Ada';
    app.startRound(app.assigned!.config);
    expect(app.session?.shared).toEqual({ roundCode: code, playerName: 'Ada', attempt: 1 });
    const ada = app.session!.shared!;
    app.keepFirstResult(ada, 'NLR1-first');
    app.startRound(app.assigned!.config);
    app.keepFirstResult(app.session!.shared!, 'NLR1-second');
    expect(app.session?.shared?.attempt).toBe(2);
    expect(app.firstResult(ada)).toBe('NLR1-first');
    // It survives a reload.
    const reloaded = new AppContext(silent, () => storage);
    expect(reloaded.firstResult(ada)).toBe('NLR1-first');
    expect(reloaded.playerName).toBe('Ada');
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).attempts[`${code}|ada`].count).toBe(2);
  });

  it("keeps each player's attempts apart on a shared computer", () => {
    const storage = memoryStorage();
    const app = new AppContext(silent, () => storage);
    const code = encodeRound({ ...DEFAULT_ROUND, seed: 4, allowRetry: false });
    app.openSharedRound(code);
    app.playerName = 'Ada';
    app.startRound(app.assigned!.config);
    app.keepFirstResult(app.session!.shared!, 'NLR1-ada');
    app.playerName = 'Ben';
    app.startRound(app.assigned!.config);
    const ben = app.session!.shared!;
    expect(ben.attempt).toBe(1);
    expect(app.firstResult(ben)).toBeUndefined();
    app.keepFirstResult(ben, 'NLR1-ben');
    expect(app.firstResult(ben)).toBe('NLR1-ben');
  });

  it("applies the timer preference: longer anywhere, off only in the player's own rounds", () => {
    const app = new AppContext(silent, memoryStorage);
    app.updateSettings({ timer: 'off' });
    app.startRound({ ...DEFAULT_ROUND, timerSeconds: 20 });
    expect(app.session?.timerSeconds).toBe(0);
    app.openSharedRound(encodeRound({ ...DEFAULT_ROUND, timerSeconds: 20 }));
    app.startRound(app.assigned!.config);
    expect(app.session?.timerSeconds).toBe(40);
    expect(app.session?.shared).not.toBeNull();
  });
});
