/**
 * Synthesises the game's sound effects as samples (build-time only: used by scripts/make-sounds.ts and its
 * tests, never imported by the game). Deterministic: no randomness, so `npm run sounds` always writes the
 * same bytes.
 */
import wavefile from 'wavefile';
import type { SoundName } from '../src/audio/sound-player';

export const SAMPLE_RATE = 22050;

/** One tone inside a sound. Times are in seconds. */
interface Voice {
  start: number;
  duration: number;
  /** Pitch at the voice's start, in Hz. */
  from: number;
  /** Pitch at its end (an exponential glide); defaults to `from`. */
  to?: number;
  /** Relative amplitudes of partials 1, 2, 3, ... (a pure sine is [1]). */
  partials: readonly number[];
  gain: number;
  /** Fade-in length. */
  attack: number;
  /** Time constant of the exponential decay after the attack; omit to hold. */
  decay?: number;
  /** Fade-out length, ending at exactly zero on the voice's last sample. */
  release: number;
}

interface Recipe {
  duration: number;
  /** The loudest sample after mixing. */
  peak: number;
  voices: readonly Voice[];
}

const C5 = 523.25;
const E5 = 659.26;
const G5 = 783.99;
const C6 = 1046.5;

const RECIPES: Record<SoundName, Recipe> = {
  // A soft short blip, rising.
  pickup: {
    duration: 0.08,
    peak: 0.45,
    voices: [
      {
        start: 0,
        duration: 0.08,
        from: 620,
        to: 940,
        partials: [1, 0.12],
        gain: 1,
        attack: 0.008,
        release: 0.05,
      },
    ],
  },
  // A soft low tap: a falling thump with a faint click-free tick on top for definition.
  drop: {
    duration: 0.09,
    peak: 0.55,
    voices: [
      {
        start: 0,
        duration: 0.09,
        from: 190,
        to: 120,
        partials: [1, 0.3, 0.08],
        gain: 1,
        attack: 0.004,
        decay: 0.035,
        release: 0.03,
      },
      {
        start: 0,
        duration: 0.03,
        from: 950,
        partials: [1],
        gain: 0.12,
        attack: 0.002,
        decay: 0.01,
        release: 0.015,
      },
    ],
  },
  // A two-note rising chime, G5 then C6.
  correct: {
    duration: 0.3,
    peak: 0.5,
    voices: [
      {
        start: 0,
        duration: 0.17,
        from: G5,
        partials: [1, 0.2, 0.06],
        gain: 1,
        attack: 0.005,
        decay: 0.1,
        release: 0.06,
      },
      {
        start: 0.09,
        duration: 0.21,
        from: C6,
        partials: [1, 0.2, 0.06],
        gain: 1,
        attack: 0.005,
        decay: 0.12,
        release: 0.08,
      },
    ],
  },
  // A gentle low descending buzz: a few soft harmonics, no hard edges.
  wrong: {
    duration: 0.3,
    peak: 0.4,
    voices: [
      {
        start: 0,
        duration: 0.3,
        from: 220,
        to: 150,
        partials: [1, 0.4, 0.22, 0.12, 0.06],
        gain: 1,
        attack: 0.015,
        decay: 0.35,
        release: 0.1,
      },
    ],
  },
  // A rising C major arpeggio, the last note ringing out.
  complete: {
    duration: 0.7,
    peak: 0.55,
    voices: [C5, E5, G5, C6].map((from, i) => ({
      start: i * 0.1,
      duration: i === 3 ? 0.4 : 0.3,
      from,
      partials: [1, 0.2, 0.05],
      gain: i === 3 ? 1 : 0.85,
      attack: 0.006,
      decay: i === 3 ? 0.22 : 0.15,
      release: i === 3 ? 0.15 : 0.08,
    })),
  },
};

/** The sound's samples in [-1, 1] at SAMPLE_RATE, starting and ending at zero. */
export function synthesize(name: SoundName): Float32Array {
  const recipe = RECIPES[name];
  const mix = new Float64Array(Math.round(recipe.duration * SAMPLE_RATE));
  for (const voice of recipe.voices) renderVoice(voice, mix);
  let loudest = 0;
  for (const sample of mix) loudest = Math.max(loudest, Math.abs(sample));
  const scale = loudest > 0 ? recipe.peak / loudest : 0;
  return Float32Array.from(mix, (sample) => sample * scale);
}

function renderVoice(voice: Voice, out: Float64Array): void {
  const offset = Math.round(voice.start * SAMPLE_RATE);
  const length = Math.min(Math.round(voice.duration * SAMPLE_RATE), out.length - offset);
  const to = voice.to ?? voice.from;
  let phase = 0;
  for (let i = 0; i < length; i++) {
    // t runs from 0 on the first sample to `duration` on the last, so both envelope ends land on zero.
    const progress = length > 1 ? i / (length - 1) : 0;
    const t = progress * voice.duration;
    let wave = 0;
    for (let k = 0; k < voice.partials.length; k++)
      wave += (voice.partials[k] ?? 0) * Math.sin((k + 1) * phase);
    const index = offset + i;
    out[index] = (out[index] ?? 0) + voice.gain * envelope(voice, t) * wave;
    // Accumulating the phase keeps a glide free of jumps.
    phase += (2 * Math.PI * voice.from * (to / voice.from) ** progress) / SAMPLE_RATE;
  }
}

function envelope(voice: Voice, t: number): number {
  const attack = t < voice.attack ? Math.sin((Math.PI / 2) * (t / voice.attack)) ** 2 : 1;
  const untilEnd = voice.duration - t;
  const release = untilEnd < voice.release ? Math.sin((Math.PI / 2) * (untilEnd / voice.release)) ** 2 : 1;
  const decay = voice.decay === undefined ? 1 : Math.exp(-Math.max(0, t - voice.attack) / voice.decay);
  return attack * decay * release;
}

/** Signed 16-bit samples, clamped. */
export function toPcm16(samples: Float32Array): Int16Array {
  return Int16Array.from(samples, (sample) => Math.round(Math.max(-1, Math.min(1, sample)) * 32767));
}

/** A mono 16-bit PCM WAV file at SAMPLE_RATE. */
export function encodeWav(samples: Float32Array): Uint8Array {
  const wav = new wavefile.WaveFile();
  wav.fromScratch(1, SAMPLE_RATE, '16', toPcm16(samples));
  return wav.toBuffer();
}
