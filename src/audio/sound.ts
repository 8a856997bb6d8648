/**
 * The game's sound effects. The only module that imports Howler.
 * Nothing is created (no Howl, no AudioContext) until unlock(), which the game calls on the first user gesture.
 */
import { Howl, Howler } from 'howler';
import completeUrl from '../../assets/audio/complete.wav?url';
import correctUrl from '../../assets/audio/correct.wav?url';
import dropUrl from '../../assets/audio/drop.wav?url';
import pickupUrl from '../../assets/audio/pickup.wav?url';
import wrongUrl from '../../assets/audio/wrong.wav?url';
import {
  GatedSoundPlayer,
  SOUND_NAMES,
  type AudioBackendFactory,
  type SoundName,
  type SoundPlayer,
} from './sound-player';

export type { SoundName, SoundPlayer, SoundStatus } from './sound-player';

const DEFAULT_URLS: Readonly<Record<SoundName, string>> = {
  pickup: pickupUrl,
  drop: dropUrl,
  correct: correctUrl,
  wrong: wrongUrl,
  complete: completeUrl,
};

export function createSoundPlayer(options: {
  muted: boolean;
  volume: number;
  urls?: Partial<Record<SoundName, string>>;
}): SoundPlayer {
  const urls = { ...DEFAULT_URLS, ...options.urls };
  return new GatedSoundPlayer({
    muted: options.muted,
    volume: options.volume,
    createBackend: howlerBackend(urls),
  });
}

function howlerBackend(urls: Readonly<Record<SoundName, string>>): AudioBackendFactory {
  return (hooks) => {
    const howls = new Map<SoundName, Howl>();
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
          // Small files are inlined by Vite as data: URLs; the format tells Howler what they are.
          format: ['wav'],
          html5: false,
          preload: true,
          onload: () => hooks.loaded(name),
          onloaderror: (_id, error) => hooks.failed(`could not load the ${name} sound (${String(error)})`),
          onplayerror: (_id, error) => hooks.failed(`could not play the ${name} sound (${String(error)})`),
        }),
      );
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
  };
}
