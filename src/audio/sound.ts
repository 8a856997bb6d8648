/**
 * The game's sound effects. The only module that uses Howler, and it loads Howler lazily: the library is
 * downloaded by unlock() (the first user gesture), so it is not part of the first screen's download. Nothing
 * is created (no Howl, no AudioContext) before then.
 */
import type { Howl, HowlOptions, HowlerGlobal } from 'howler';
import celebrateUrl from '../../assets/audio/celebrate.wav?url';
import completeUrl from '../../assets/audio/complete.wav?url';
import correctUrl from '../../assets/audio/correct.wav?url';
import countUrl from '../../assets/audio/count.wav?url';
import dropUrl from '../../assets/audio/drop.wav?url';
import flipUrl from '../../assets/audio/flip.wav?url';
import pickupUrl from '../../assets/audio/pickup.wav?url';
import slideUrl from '../../assets/audio/slide.wav?url';
import tickUrl from '../../assets/audio/tick.wav?url';
import wrongUrl from '../../assets/audio/wrong.wav?url';
import {
  GatedSoundPlayer,
  SOUND_NAMES,
  type AudioBackend,
  type AudioBackendHooks,
  type SoundName,
  type SoundPlayer,
} from './sound-player';

export type { SoundName, SoundPlayer, SoundStatus } from './sound-player';
export { SOUND_NAMES } from './sound-player';

/** The parts of the howler module this file uses (so tests can hand in a fake). */
export interface HowlerLibrary {
  Howl: new (options: HowlOptions) => Pick<Howl, 'play' | 'unload'>;
  Howler: Pick<HowlerGlobal, 'mute' | 'volume' | 'noAudio'>;
}

const DEFAULT_URLS: Readonly<Record<SoundName, string>> = {
  pickup: pickupUrl,
  drop: dropUrl,
  correct: correctUrl,
  wrong: wrongUrl,
  complete: completeUrl,
  flip: flipUrl,
  slide: slideUrl,
  tick: tickUrl,
  count: countUrl,
  celebrate: celebrateUrl,
};

/** A dynamic import, so the bundler puts Howler in its own chunk that is fetched only when called. */
const importHowler = (): Promise<HowlerLibrary> => import('howler');

export function createSoundPlayer(options: {
  muted: boolean;
  volume: number;
  urls?: Partial<Record<SoundName, string>>;
  /** Fetches the audio library; called once, by the first unlock(). Defaults to importing howler. */
  loadHowler?: () => Promise<HowlerLibrary>;
}): SoundPlayer {
  const urls = { ...DEFAULT_URLS, ...options.urls };
  const loadHowler = options.loadHowler ?? importHowler;
  return new GatedSoundPlayer({
    muted: options.muted,
    volume: options.volume,
    createBackend: async (hooks) => howlerBackend(await loadHowler(), urls, hooks),
  });
}

function howlerBackend(
  { Howl, Howler }: HowlerLibrary,
  urls: Readonly<Record<SoundName, string>>,
  hooks: AudioBackendHooks,
): AudioBackend {
  const howls = new Map<SoundName, Pick<Howl, 'play' | 'unload'>>();
  for (const name of SOUND_NAMES) {
    const url = urls[name];
    if (!url) {
      hooks.failed(`no file for the ${name} sound`);
      break;
    }
    howls.set(
      name,
      new Howl({
        src: [url],
        // Says what the file is even when its URL does not (a data: URL, should a build ever inline one).
        format: ['wav'],
        html5: false,
        preload: true,
        onload: () => hooks.loaded(name),
        onloaderror: (_id, error) => hooks.failed(`could not load the ${name} sound (${String(error)})`),
        onplayerror: (_id, error) => hooks.failed(`could not play the ${name} sound (${String(error)})`),
      }),
    );
    // Howler only knows whether the browser has audio output once the first Howl has set it up.
    if (Howler.noAudio) {
      hooks.failed('this browser has no audio output');
      break;
    }
  }
  return {
    play: (name) => {
      howls.get(name)?.play();
    },
    setMuted: (muted) => {
      Howler.mute(muted);
    },
    setVolume: (volume) => {
      Howler.volume(volume);
    },
    dispose: () => {
      for (const howl of howls.values()) howl.unload();
      howls.clear();
    },
  };
}
