import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MAX_SOUND_BYTES,
  MAX_TOTAL_SOUND_BYTES,
  SAMPLE_RATE,
  encodeWav,
  synthesize,
} from '../../scripts/sound-synth';
import { SOUND_NAMES, type SoundName } from '../../src/audio/sound-player';

// Lengths from the sound brief, in milliseconds.
const EXPECTED_MS: Record<SoundName, number> = {
  pickup: 80,
  drop: 90,
  correct: 300,
  wrong: 300,
  complete: 700,
  flip: 110,
  slide: 360,
  tick: 50,
  count: 45,
  celebrate: 880,
};

/** The loudest any sound may get: the game plays at 0.7 by default and nothing should make a player flinch. */
const LOUDEST = 0.6;
/** Sounds heard many times in a row (a countdown, a score counting up) stay quieter than the one-off cues. */
const REPEATED: readonly SoundName[] = ['tick', 'count'];

/** Sounds with a steady pitch (the others glide or are noise), and the note each is built on. */
const PITCHED: Partial<Record<SoundName, string>> = {
  correct: 'C6',
  complete: 'C6',
  tick: 'G5',
  count: 'E6',
  celebrate: 'C6',
};
const C_MAJOR_NOTES: Record<string, number> = { C5: 523.25, E5: 659.26, G5: 783.99, C6: 1046.5, E6: 1318.51 };

const wavOnDisk = (name: SoundName): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../assets/audio/${name}.wav`, import.meta.url)));

/** The frequency (1 Hz steps) with the most energy over the whole sound. */
function strongestFrequency(samples: Float32Array, lowest: number, highest: number): number {
  let best = { frequency: lowest, energy: -1 };
  for (let frequency = lowest; frequency <= highest; frequency++) {
    const w = (2 * Math.PI * frequency) / SAMPLE_RATE;
    let re = 0;
    let im = 0;
    for (let i = 0; i < samples.length; i++) {
      re += (samples[i] ?? 0) * Math.cos(w * i);
      im += (samples[i] ?? 0) * Math.sin(w * i);
    }
    const energy = re * re + im * im;
    if (energy > best.energy) best = { frequency, energy };
  }
  return best.frequency;
}

it('covers every sound the game plays', () => {
  expect(Object.keys(EXPECTED_MS).sort()).toEqual([...SOUND_NAMES].sort());
});

describe.each(SOUND_NAMES)('the %s sound', (name) => {
  const samples = synthesize(name);

  it('lasts about as long as asked', () => {
    expect(samples.length).toBeGreaterThan(0);
    const ms = (samples.length / SAMPLE_RATE) * 1000;
    expect(ms).toBeGreaterThan(EXPECTED_MS[name] * 0.8);
    expect(ms).toBeLessThan(EXPECTED_MS[name] * 1.2);
  });

  it('is audible but never loud enough to be harsh, and never clips', () => {
    let peak = 0;
    for (const sample of samples) {
      expect(Number.isFinite(sample)).toBe(true);
      peak = Math.max(peak, Math.abs(sample));
    }
    expect(peak).toBeGreaterThan(0.1);
    expect(peak).toBeLessThanOrEqual(REPEATED.includes(name) ? 0.3 : LOUDEST);
  });

  it('starts and ends at silence, with no jumps (no clicks)', () => {
    expect(Math.abs(samples[0] ?? 1)).toBeLessThan(0.01);
    expect(Math.abs(samples[samples.length - 1] ?? 1)).toBeLessThan(0.01);
    // Fades, not steps: nothing reaches 10% of full scale within a millisecond of either end.
    const edge = Math.round(SAMPLE_RATE * 0.001);
    for (let i = 0; i < edge; i++) {
      expect(Math.abs(samples[i] ?? 1)).toBeLessThan(0.1);
      expect(Math.abs(samples[samples.length - 1 - i] ?? 1)).toBeLessThan(0.1);
    }
    let biggestStep = 0;
    for (let i = 1; i < samples.length; i++) {
      biggestStep = Math.max(biggestStep, Math.abs((samples[i] ?? 0) - (samples[i - 1] ?? 0)));
    }
    expect(biggestStep).toBeLessThan(0.4);
  });

  it('comes out the same every time, and the committed file is what the script makes', () => {
    expect(synthesize(name)).toEqual(samples);
    expect(wavOnDisk(name)).toEqual(new Uint8Array(encodeWav(samples)));
  });

  it('encodes as a small mono 16-bit 22050 Hz WAV', () => {
    const bytes = encodeWav(samples);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const text = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
    expect(text(0)).toBe('RIFF');
    expect(text(8)).toBe('WAVE');
    expect(view.getUint16(20, true)).toBe(1); // PCM
    expect(view.getUint16(22, true)).toBe(1); // mono
    expect(view.getUint32(24, true)).toBe(22050);
    expect(view.getUint16(34, true)).toBe(16);
    expect(text(36)).toBe('data');
    expect(view.getUint32(40, true)).toBe(samples.length * 2);
    expect(bytes.length).toBe(44 + samples.length * 2);
    expect(bytes.length).toBeLessThanOrEqual(MAX_SOUND_BYTES);
  });
});

describe('the sounds together', () => {
  it('fit the download budget for the first tap', () => {
    const total = SOUND_NAMES.reduce((sum, name) => sum + wavOnDisk(name).length, 0);
    expect(total).toBeLessThanOrEqual(MAX_TOTAL_SOUND_BYTES);
  });

  it.each(Object.entries(PITCHED))('the %s sound is pitched on its C major note (%s)', (name, note) => {
    const expected = C_MAJOR_NOTES[note] ?? 0;
    const found = strongestFrequency(synthesize(name as SoundName), 400, 1800);
    // Within a quarter of a semitone.
    expect(Math.abs(Math.log2(found / expected) * 12)).toBeLessThan(0.25);
  });

  it('a score can count up fifteen steps in a second without the blips running into each other', () => {
    expect(synthesize('count').length / SAMPLE_RATE).toBeLessThanOrEqual(1 / 15);
  });

  it('a perfect round is celebrated in at most a second and a half', () => {
    expect(synthesize('celebrate').length / SAMPLE_RATE).toBeLessThanOrEqual(1.5);
  });
});
