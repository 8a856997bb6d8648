/**
 * Synthesises the game's sound effects as samples (build-time only: used by scripts/make-sounds.ts and its
 * tests, never imported by the game). Deterministic: noise comes from a seeded generator, so
 * `npm run sounds` always writes the same bytes.
 *
 * Every pitched note is in C major, like the rest of the game's sounds, so any two of them can overlap
 * without clashing.
 */
import wavefile from 'wavefile';
import type { SoundName } from '../src/audio/sound-player';

export const SAMPLE_RATE = 22050;

/** Every sound is fetched after the first tap; these keep that download small. */
export const MAX_SOUND_BYTES = 40 * 1024;
export const MAX_TOTAL_SOUND_BYTES = 160 * 1024;

/** The envelope shared by tones and noise. Times are in seconds. */
interface Shape {
  start: number;
  duration: number;
  /** Pitch (or, for noise, the band's centre) at the voice's start, in Hz. */
  from: number;
  /** Pitch at its end (an exponential glide); defaults to `from`. */
  to?: number;
  gain: number;
  /** Fade-in length. */
  attack: number;
  /** Time constant of the exponential decay after the attack; omit to hold. */
  decay?: number;
  /** Fade-out length, ending at exactly zero on the voice's last sample. */
  release: number;
  /** A slow wobble in loudness (the shimmer of a held chord); depth 0..1. */
  tremolo?: { rate: number; depth: number };
}

/** A pitched tone: a sum of harmonic partials. */
interface Tone extends Shape {
  kind?: 'tone';
  /** Relative amplitudes of partials 1, 2, 3, ... (a pure sine is [1]). */
  partials: readonly number[];
}

/**
 * Band-passed noise around a (gliding) centre: paper, air. Scaled so its loudest sample is `gain`,
 * because a narrow band of noise is much quieter than a tone and would otherwise vanish in the mix.
 */
interface Noise extends Shape {
  kind: 'noise';
  /** Sharpness of the band: higher is narrower and more pitched. */
  q: number;
  /** Seed of the noise generator, so each noise voice is its own but the same on every run. */
  seed: number;
}

type Voice = Tone | Noise;

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
const E6 = 1318.51;
const G6 = 1567.98;
const C7 = 2093.0;
const E7 = 2637.02;
const G7 = 3135.96;
const C8 = 4186.01;

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
  // A card lands and its date flips: two quick papery flicks, the second softer, like a page turned over.
  flip: {
    duration: 0.11,
    peak: 0.4,
    voices: [
      {
        kind: 'noise',
        seed: 11,
        start: 0,
        duration: 0.06,
        from: 2800,
        to: 1800,
        q: 1.4,
        gain: 1,
        attack: 0.004,
        decay: 0.02,
        release: 0.02,
      },
      {
        kind: 'noise',
        seed: 12,
        start: 0.04,
        duration: 0.07,
        from: 2300,
        to: 1400,
        q: 1.4,
        gain: 0.55,
        attack: 0.004,
        decay: 0.022,
        release: 0.025,
      },
    ],
  },
  // A wrong card slides to where it belongs: a soft band of air sweeping down, with a faint G5-to-C5 glide
  // underneath so it settles on the home note.
  slide: {
    duration: 0.36,
    peak: 0.3,
    voices: [
      {
        kind: 'noise',
        seed: 21,
        start: 0,
        duration: 0.36,
        from: 2400,
        to: 500,
        q: 1.8,
        gain: 1,
        attack: 0.09,
        release: 0.2,
      },
      {
        start: 0.02,
        duration: 0.32,
        from: G5,
        to: C5,
        partials: [1],
        gain: 0.18,
        attack: 0.06,
        release: 0.18,
      },
    ],
  },
  // A gentle wooden tick for the last seconds of a countdown: short, soft, on G (no alarm-like beeping).
  tick: {
    duration: 0.05,
    peak: 0.28,
    voices: [
      {
        start: 0,
        duration: 0.05,
        from: G6,
        partials: [1],
        gain: 0.7,
        attack: 0.002,
        decay: 0.006,
        release: 0.02,
      },
      {
        start: 0,
        duration: 0.05,
        from: G5,
        partials: [1, 0.2],
        gain: 1,
        attack: 0.003,
        decay: 0.01,
        release: 0.025,
      },
    ],
  },
  // One step of a score counting up: a tiny soft E6 blip that stays pleasant played fifteen times in a row.
  count: {
    duration: 0.045,
    peak: 0.28,
    voices: [
      {
        start: 0,
        duration: 0.045,
        from: E6,
        partials: [1, 0.1],
        gain: 1,
        attack: 0.003,
        decay: 0.014,
        release: 0.02,
      },
    ],
  },
  // A perfect round: a quick bright C major run up into a held C-E-G chord that shimmers, with sparkles on top.
  celebrate: {
    duration: 0.88,
    peak: 0.58,
    voices: [
      ...[C5, E5, G5].map((from, i): Tone => ({
        start: i * 0.07,
        duration: 0.22,
        from,
        partials: [1, 0.35, 0.15, 0.06],
        gain: 0.7,
        attack: 0.008,
        decay: 0.12,
        release: 0.08,
      })),
      ...[C6, E6, G6].map((from, i): Tone => ({
        start: 0.21,
        duration: 0.67,
        from,
        partials: [1, 0.25, 0.08],
        gain: i === 0 ? 0.7 : 0.5,
        attack: 0.01,
        decay: 0.3,
        release: 0.25,
        tremolo: { rate: 9, depth: 0.2 },
      })),
      ...[C7, G7, E7, C8, G7].map((from, i): Tone => ({
        start: 0.26 + i * 0.09,
        duration: 0.16,
        from,
        partials: [1],
        gain: 0.22 - i * 0.02,
        attack: 0.004,
        decay: 0.04,
        release: 0.08,
      })),
    ],
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
  const wave = voice.kind === 'noise' ? noiseBand(voice, length) : tone(voice, length);
  for (let i = 0; i < length; i++) {
    // t runs from 0 on the first sample to `duration` on the last, so both envelope ends land on zero.
    const t = length > 1 ? (i / (length - 1)) * voice.duration : 0;
    const index = offset + i;
    out[index] = (out[index] ?? 0) + voice.gain * envelope(voice, t) * (wave[i] ?? 0);
  }
}

/** The pitch `progress` (0..1) of the way through an exponential glide. */
function pitchAt(voice: Shape, progress: number): number {
  const to = voice.to ?? voice.from;
  return voice.from * (to / voice.from) ** progress;
}

function tone(voice: Tone, length: number): Float64Array {
  const wave = new Float64Array(length);
  let phase = 0;
  for (let i = 0; i < length; i++) {
    let sample = 0;
    for (let k = 0; k < voice.partials.length; k++)
      sample += (voice.partials[k] ?? 0) * Math.sin((k + 1) * phase);
    wave[i] = sample;
    // Accumulating the phase keeps a glide free of jumps.
    phase += (2 * Math.PI * pitchAt(voice, length > 1 ? i / (length - 1) : 0)) / SAMPLE_RATE;
  }
  return wave;
}

/**
 * White noise through two band-pass filters in a row (RBJ biquads) whose centre glides: two stages give the
 * band steep enough sides that a sweep is heard as a sweep. Scaled so the loudest sample is ±1.
 */
function noiseBand(voice: Noise, length: number): Float64Array {
  const wave = new Float64Array(length);
  const random = seededRandom(voice.seed);
  const stages = [new BandPass(), new BandPass()];
  let loudest = 0;
  for (let i = 0; i < length; i++) {
    const w0 = (2 * Math.PI * pitchAt(voice, length > 1 ? i / (length - 1) : 0)) / SAMPLE_RATE;
    let sample = random() * 2 - 1;
    for (const stage of stages) sample = stage.next(sample, w0, voice.q);
    wave[i] = sample;
    loudest = Math.max(loudest, Math.abs(sample));
  }
  return loudest > 0 ? wave.map((sample) => sample / loudest) : wave;
}

/** One band-pass biquad (0 dB at the centre) that remembers its last two inputs and outputs. */
class BandPass {
  private x1 = 0;
  private x2 = 0;
  private y1 = 0;
  private y2 = 0;

  /** Filters one sample; `w0` is the centre in radians per sample, so it may change from sample to sample. */
  next(x0: number, w0: number, q: number): number {
    const alpha = Math.sin(w0) / (2 * q);
    const y0 =
      (alpha * x0 - alpha * this.x2 + 2 * Math.cos(w0) * this.y1 - (1 - alpha) * this.y2) / (1 + alpha);
    this.x2 = this.x1;
    this.x1 = x0;
    this.y2 = this.y1;
    this.y1 = y0;
    return y0;
  }
}

/** mulberry32: a small, fast generator; plenty for noise that only has to sound random. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
}

function envelope(voice: Shape, t: number): number {
  const attack = t < voice.attack ? Math.sin((Math.PI / 2) * (t / voice.attack)) ** 2 : 1;
  const untilEnd = voice.duration - t;
  const release = untilEnd < voice.release ? Math.sin((Math.PI / 2) * (untilEnd / voice.release)) ** 2 : 1;
  const decay = voice.decay === undefined ? 1 : Math.exp(-Math.max(0, t - voice.attack) / voice.decay);
  // The wobble starts at full loudness and dips, so it never pushes a voice over its gain.
  const tremolo = voice.tremolo
    ? 1 - voice.tremolo.depth * 0.5 * (1 - Math.cos(2 * Math.PI * voice.tremolo.rate * t))
    : 1;
  return attack * decay * release * tremolo;
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
