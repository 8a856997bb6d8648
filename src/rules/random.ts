import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { LIMITS } from './round-config';

/**
 * Seeded randomness for round plans. pure-rand is integer-only, so the same seed gives the
 * same round on every browser and in Node — a teacher's preview and a student's round agree.
 */
export interface Rng {
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** A shuffled copy (Fisher–Yates); the input is left alone. */
  shuffle<T>(items: readonly T[]): T[];
}

export function createRng(seed: number): Rng {
  const generator = xoroshiro128plusFromState(seedState(seed));
  const int = (min: number, max: number): number => uniformInt(generator, min, max);
  return {
    int,
    shuffle<T>(items: readonly T[]): T[] {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
      }
      return copy;
    },
  };
}

/**
 * The generator's 128-bit state, spread from the seed by splitmix32. Seeding xoroshiro with
 * the seed itself (pure-rand's `xoroshiro128plus(seed)`) makes its first outputs a plain
 * function of the seed, so neighbouring seeds a teacher might type (1, 2, 3…) dealt the same
 * cards in pairs; splitmix is the seeding xoroshiro's authors recommend.
 */
function seedState(seed: number): number[] {
  let state = seed | 0;
  const next = (): number => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) | 0;
  };
  return [next(), next(), next(), next()];
}

/**
 * A fresh seed for a new round: the only place the game reaches for non-seeded randomness.
 * Within `LIMITS.newSeed`, so a round code can carry it.
 */
export function newSeed(): number {
  const buffer = new Uint32Array(1);
  globalThis.crypto.getRandomValues(buffer);
  return (buffer[0] ?? 0) & LIMITS.newSeed.max;
}

/** @deprecated The old name of `newSeed`, kept until the scenes that call it are replaced. */
export const randomSeed = newSeed;
