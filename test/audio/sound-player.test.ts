import { describe, expect, it, vi } from 'vitest';
import {
  GatedSoundPlayer,
  SOUND_NAMES,
  type AudioBackend,
  type AudioBackendHooks,
  type SoundName,
  type SoundStatus,
} from '../../src/audio/sound-player';

/** A stand-in for Howler: records what the player asks of it and lets the test decide when loading ends. */
class FakeBackend implements AudioBackend {
  played: SoundName[] = [];
  muted: boolean | undefined;
  volume: number | undefined;
  disposed = false;
  failPlay = false;

  constructor(readonly hooks: AudioBackendHooks) {}

  play(name: SoundName): void {
    if (this.failPlay) throw new Error('boom');
    this.played.push(name);
  }
  setMuted(muted: boolean): void {
    this.muted = muted;
  }
  setVolume(volume: number): void {
    this.volume = volume;
  }
  dispose(): void {
    this.disposed = true;
  }
  loadAll(): void {
    for (const name of SOUND_NAMES) this.hooks.loaded(name);
  }
}

function setup(options: { muted?: boolean; volume?: number } = {}) {
  const backends: FakeBackend[] = [];
  const warn = vi.fn();
  const player = new GatedSoundPlayer({
    muted: options.muted ?? false,
    volume: options.volume ?? 1,
    warn,
    createBackend: (hooks) => {
      const backend = new FakeBackend(hooks);
      backends.push(backend);
      return backend;
    },
  });
  const statuses: SoundStatus[] = [];
  player.onStatusChange((status) => statuses.push(status));
  const backend = (): FakeBackend => {
    const created = backends[0];
    if (!created) throw new Error('no backend was created');
    return created;
  };
  return { player, backends, backend, statuses, warn };
}

function readyPlayer(options: { muted?: boolean; volume?: number } = {}) {
  const context = setup(options);
  context.player.unlock();
  context.backend().loadAll();
  return context;
}

describe('sound player', () => {
  it('creates and loads nothing before unlock, and play is a no-op then', () => {
    const { player, backends } = setup();
    player.play('pickup');
    player.setMuted(true);
    player.setVolume(0.5);
    expect(player.status).toBe('idle');
    expect(backends).toHaveLength(0);
  });

  it('goes loading on unlock and ready once every sound has loaded', () => {
    const { player, backend, statuses } = setup();
    player.unlock();
    expect(player.status).toBe('loading');
    const [first, ...rest] = SOUND_NAMES;
    backend().hooks.loaded(first ?? 'pickup');
    expect(player.status).toBe('loading');
    for (const name of rest) backend().hooks.loaded(name);
    expect(player.status).toBe('ready');
    expect(statuses).toEqual(['loading', 'ready']);
  });

  it('only starts loading once, however often unlock is called', () => {
    const { player, backends } = setup();
    player.unlock();
    player.unlock();
    backends[0]?.loadAll();
    player.unlock();
    expect(backends).toHaveLength(1);
    expect(player.status).toBe('ready');
  });

  it('plays only when ready', () => {
    const { player, backend } = setup();
    player.unlock();
    player.play('pickup');
    expect(backend().played).toEqual([]);
    backend().loadAll();
    player.play('correct');
    expect(backend().played).toEqual(['correct']);
  });

  it('becomes unavailable when a sound fails to load, and then play does nothing and never throws', () => {
    const { player, backend, statuses, warn } = setup();
    player.unlock();
    backend().hooks.loaded('pickup');
    backend().hooks.failed('404');
    expect(player.status).toBe('unavailable');
    backend().loadAll(); // late loads change nothing
    expect(player.status).toBe('unavailable');
    expect(() => player.play('pickup')).not.toThrow();
    expect(() => player.setMuted(true)).not.toThrow();
    expect(() => player.setVolume(0.3)).not.toThrow();
    expect(backend().played).toEqual([]);
    expect(statuses).toEqual(['loading', 'unavailable']);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('becomes unavailable when a play fails or the backend throws', () => {
    const { player, backend, warn } = readyPlayer();
    backend().failPlay = true;
    expect(() => player.play('drop')).not.toThrow();
    expect(player.status).toBe('unavailable');
    backend().failPlay = false;
    player.play('drop');
    expect(backend().played).toEqual([]);
    backend().hooks.failed('again');
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('becomes unavailable when the backend cannot even be created', () => {
    const warn = vi.fn();
    const player = new GatedSoundPlayer({
      muted: false,
      volume: 1,
      warn,
      createBackend: () => {
        throw new Error('no AudioContext');
      },
    });
    expect(() => player.unlock()).not.toThrow();
    expect(player.status).toBe('unavailable');
    expect(() => player.play('wrong')).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('becomes unavailable when the backend reports no audio while starting', () => {
    const backends: FakeBackend[] = [];
    const player = new GatedSoundPlayer({
      muted: false,
      volume: 1,
      warn: () => {},
      createBackend: (hooks) => {
        const backend = new FakeBackend(hooks);
        backends.push(backend);
        hooks.failed('no audio');
        return backend;
      },
    });
    player.unlock();
    expect(player.status).toBe('unavailable');
    backends[0]?.loadAll();
    player.play('complete');
    expect(backends[0]?.played).toEqual([]);
    expect(backends[0]?.disposed).toBe(true);
  });

  it('plays nothing while muted, and plays again once unmuted', () => {
    const { player, backend } = readyPlayer({ muted: true });
    expect(backend().muted).toBe(true);
    player.play('pickup');
    expect(backend().played).toEqual([]);
    player.setMuted(false);
    expect(backend().muted).toBe(false);
    player.play('pickup');
    expect(backend().played).toEqual(['pickup']);
  });

  it('applies a mute set before unlock once loading starts', () => {
    const { player, backend } = setup();
    player.setMuted(true);
    player.unlock();
    backend().loadAll();
    expect(backend().muted).toBe(true);
    player.play('drop');
    expect(backend().played).toEqual([]);
  });

  it('clamps the volume to 0..1', () => {
    const { player, backend } = setup({ volume: 7 });
    player.unlock();
    expect(backend().volume).toBe(1);
    player.setVolume(-0.5);
    expect(backend().volume).toBe(0);
    player.setVolume(0.25);
    expect(backend().volume).toBe(0.25);
    player.setVolume(Number.NaN);
    expect(backend().volume).toBe(0);
    player.setVolume(Number.POSITIVE_INFINITY);
    expect(backend().volume).toBe(1);
  });

  it('tells listeners of status changes until they unsubscribe', () => {
    const { player, backend } = setup();
    const heard: SoundStatus[] = [];
    const unsubscribe = player.onStatusChange((status) => heard.push(status));
    player.unlock();
    unsubscribe();
    backend().loadAll();
    expect(heard).toEqual(['loading']);
    expect(player.status).toBe('ready');
    expect(() => unsubscribe()).not.toThrow();
  });

  it('waits for a backend that arrives later (the audio library downloading) and then applies the settings', async () => {
    let arrive: (backend: FakeBackend) => void = () => {};
    let hooks: AudioBackendHooks | undefined;
    const player = new GatedSoundPlayer({
      muted: false,
      volume: 1,
      warn: () => {},
      createBackend: (given) => {
        hooks = given;
        return new Promise<FakeBackend>((resolve) => (arrive = resolve));
      },
    });
    player.unlock();
    expect(player.status).toBe('loading');
    // The player changes the settings and plays while the library is still on its way.
    player.setMuted(true);
    player.setVolume(0.4);
    expect(() => player.play('tick')).not.toThrow();
    const backend = new FakeBackend(hooks as AudioBackendHooks);
    arrive(backend);
    await Promise.resolve();
    expect(backend.muted).toBe(true);
    expect(backend.volume).toBe(0.4);
    backend.loadAll();
    expect(player.status).toBe('ready');
    player.setMuted(false);
    player.play('celebrate');
    expect(backend.played).toEqual(['celebrate']);
  });

  it('becomes unavailable, and says so once, when the audio library cannot be downloaded', async () => {
    const warn = vi.fn();
    const player = new GatedSoundPlayer({
      muted: false,
      volume: 1,
      warn,
      createBackend: () => Promise.reject(new Error('Failed to fetch dynamically imported module')),
    });
    const statuses: SoundStatus[] = [];
    player.onStatusChange((status) => statuses.push(status));
    player.unlock();
    await vi.waitFor(() => expect(player.status).toBe('unavailable'));
    expect(statuses).toEqual(['loading', 'unavailable']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('Failed to fetch');
    expect(() => player.play('flip')).not.toThrow();
  });

  it('throws away a late backend when loading already failed', async () => {
    let arrive: (backend: FakeBackend) => void = () => {};
    let hooks: AudioBackendHooks | undefined;
    const player = new GatedSoundPlayer({
      muted: false,
      volume: 1,
      warn: () => {},
      createBackend: (given) => {
        hooks = given;
        return new Promise<FakeBackend>((resolve) => (arrive = resolve));
      },
    });
    player.unlock();
    hooks?.failed('no audio output');
    const backend = new FakeBackend(hooks as AudioBackendHooks);
    arrive(backend);
    await Promise.resolve();
    expect(backend.disposed).toBe(true);
    backend.loadAll();
    player.play('count');
    expect(backend.played).toEqual([]);
    expect(player.status).toBe('unavailable');
  });

  it('keeps going when a listener throws', () => {
    const { player, backend, statuses } = setup();
    player.onStatusChange(() => {
      throw new Error('listener bug');
    });
    expect(() => player.unlock()).not.toThrow();
    expect(() => backend().loadAll()).not.toThrow();
    expect(statuses).toEqual(['loading', 'ready']);
  });
});
