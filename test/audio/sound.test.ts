import type { HowlOptions } from 'howler';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SOUND_NAMES, createSoundPlayer, type HowlerLibrary, type SoundName } from '../../src/audio/sound';

// vi.mock runs before this file's other top-level code, so what the fake package needs is made in vi.hoisted.
const { FakeHowl, fakeHowler, howlerImport } = vi.hoisted(() => {
  /** A stand-in for one Howl: remembers its options and how often it was played. */
  class FakeHowl {
    static made: FakeHowl[] = [];
    plays = 0;
    unloaded = false;
    constructor(readonly options: HowlOptions) {
      FakeHowl.made.push(this);
    }
    play(): number {
      this.plays++;
      return this.plays;
    }
    unload(): null {
      this.unloaded = true;
      return null;
    }
  }
  return {
    FakeHowl,
    /** What the fake global Howler was last told. */
    fakeHowler: { muted: false, level: 1, noAudio: false },
    /** Whether anything has imported the howler package yet. */
    howlerImport: { done: false },
  };
});
type FakeHowl = InstanceType<typeof FakeHowl>;

vi.mock('howler', () => {
  howlerImport.done = true;
  return {
    Howl: FakeHowl,
    Howler: {
      get noAudio() {
        return fakeHowler.noAudio;
      },
      mute: (muted: boolean) => {
        fakeHowler.muted = muted;
      },
      volume: (level: number) => {
        fakeHowler.level = level;
      },
    },
  };
});

async function library(): Promise<HowlerLibrary> {
  return (await import('howler')) as unknown as HowlerLibrary;
}

const howlFor = (name: SoundName): FakeHowl => {
  const howl = FakeHowl.made.find((made) => String(made.options.src).includes(name));
  if (!howl) throw new Error(`no Howl for ${name}`);
  return howl;
};

const loadEverySound = (): void => {
  for (const howl of FakeHowl.made) howl.options.onload?.(0);
};

beforeEach(() => {
  FakeHowl.made = [];
  Object.assign(fakeHowler, { muted: false, level: 1, noAudio: false });
});

afterEach(() => {
  vi.restoreAllMocks();
});

// First in the file: nothing else here may have imported howler yet.
describe('the first screen does not download the audio library', () => {
  it('imports howler only when unlock() is called, not when the module or the player is created', async () => {
    const player = createSoundPlayer({ muted: false, volume: 0.7 });
    player.play('pickup');
    player.setMuted(true);
    player.setVolume(0.5);
    expect(howlerImport.done).toBe(false);
    player.unlock();
    await vi.waitFor(() => expect(howlerImport.done).toBe(true));
    await vi.waitFor(() => expect(FakeHowl.made).toHaveLength(SOUND_NAMES.length));
  });

  it('asks the loader once, on the first unlock, however often unlock and play are called', async () => {
    const loadHowler = vi.fn(library);
    const player = createSoundPlayer({ muted: false, volume: 0.7, loadHowler });
    player.play('flip');
    expect(loadHowler).not.toHaveBeenCalled();
    expect(player.status).toBe('idle');
    player.unlock();
    player.unlock();
    expect(loadHowler).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(FakeHowl.made).toHaveLength(SOUND_NAMES.length));
    player.unlock();
    expect(loadHowler).toHaveBeenCalledTimes(1);
  });
});

describe('sounds through Howler', () => {
  async function readyPlayer(options: { muted?: boolean; volume?: number } = {}) {
    const player = createSoundPlayer({
      muted: options.muted ?? false,
      volume: options.volume ?? 0.7,
      loadHowler: library,
    });
    player.unlock();
    await vi.waitFor(() => expect(FakeHowl.made).toHaveLength(SOUND_NAMES.length));
    loadEverySound();
    expect(player.status).toBe('ready');
    return player;
  }

  it('loads one file per sound, each its own WAV, and plays the one asked for', async () => {
    const player = await readyPlayer();
    const sources = FakeHowl.made.map((howl) => String(howl.options.src));
    expect(new Set(sources).size).toBe(SOUND_NAMES.length);
    for (const name of SOUND_NAMES) expect(howlFor(name).options.format).toEqual(['wav']);
    player.play('celebrate');
    player.play('count');
    player.play('count');
    expect(howlFor('celebrate').plays).toBe(1);
    expect(howlFor('count').plays).toBe(2);
    expect(howlFor('pickup').plays).toBe(0);
  });

  it('passes mute and volume chosen before the first tap on to Howler', async () => {
    const player = createSoundPlayer({ muted: false, volume: 0.7, loadHowler: library });
    player.setMuted(true);
    player.setVolume(0.3);
    player.unlock();
    await vi.waitFor(() => expect(fakeHowler.muted).toBe(true));
    expect(fakeHowler.level).toBe(0.3);
    loadEverySound();
    player.play('tick');
    expect(howlFor('tick').plays).toBe(0);
  });

  it('goes quiet with a status for Settings when a sound file will not load', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const player = createSoundPlayer({ muted: false, volume: 0.7, loadHowler: library });
    player.unlock();
    await vi.waitFor(() => expect(FakeHowl.made).toHaveLength(SOUND_NAMES.length));
    howlFor('slide').options.onloaderror?.(0, 'Decoding audio data failed.');
    expect(player.status).toBe('unavailable');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('slide');
    loadEverySound();
    expect(() => player.play('pickup')).not.toThrow();
    expect(howlFor('pickup').plays).toBe(0);
    // What was loaded is let go.
    expect(FakeHowl.made.every((howl) => howl.unloaded)).toBe(true);
  });

  it('goes quiet with a status for Settings when the audio library itself cannot be downloaded', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const player = createSoundPlayer({
      muted: false,
      volume: 0.7,
      loadHowler: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    });
    player.unlock();
    await vi.waitFor(() => expect(player.status).toBe('unavailable'));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(() => player.play('correct')).not.toThrow();
  });

  it('goes quiet when the browser has no audio output', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    fakeHowler.noAudio = true;
    const player = createSoundPlayer({ muted: false, volume: 0.7, loadHowler: library });
    player.unlock();
    await vi.waitFor(() => expect(player.status).toBe('unavailable'));
    loadEverySound();
    player.play('drop');
    expect(FakeHowl.made.every((howl) => howl.plays === 0)).toBe(true);
  });

  it('plays nothing while muted, and plays again once unmuted', async () => {
    const player = await readyPlayer({ muted: true });
    expect(fakeHowler.muted).toBe(true);
    player.play('wrong');
    expect(howlFor('wrong').plays).toBe(0);
    player.setMuted(false);
    expect(fakeHowler.muted).toBe(false);
    player.play('wrong');
    expect(howlFor('wrong').plays).toBe(1);
  });
});
