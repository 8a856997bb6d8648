import { describe, expect, it } from 'vitest';
import { SAMPLE_RATE, encodeWav, synthesize } from '../../scripts/sound-synth';
import type { SoundName } from '../../src/audio/sound-player';

// Lengths from the sound brief, in milliseconds.
const EXPECTED_MS: Record<SoundName, number> = {
  pickup: 80,
  drop: 90,
  correct: 300,
  wrong: 300,
  complete: 700,
};
const NAMES = Object.keys(EXPECTED_MS) as SoundName[];

describe.each(NAMES)('the %s sound', (name) => {
  const samples = synthesize(name);

  it('lasts about as long as asked', () => {
    expect(samples.length).toBeGreaterThan(0);
    const ms = (samples.length / SAMPLE_RATE) * 1000;
    expect(ms).toBeGreaterThan(EXPECTED_MS[name] * 0.8);
    expect(ms).toBeLessThan(EXPECTED_MS[name] * 1.2);
  });

  it('stays within [-1, 1] and is not silent', () => {
    let peak = 0;
    for (const sample of samples) {
      expect(Number.isFinite(sample)).toBe(true);
      peak = Math.max(peak, Math.abs(sample));
    }
    expect(peak).toBeLessThanOrEqual(1);
    expect(peak).toBeGreaterThan(0.1);
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

  it('comes out the same every time', () => {
    expect(synthesize(name)).toEqual(samples);
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
    expect(bytes.length).toBeLessThan(40 * 1024);
  });
});
