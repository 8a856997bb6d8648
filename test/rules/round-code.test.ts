import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundConfigs } from '../fixtures/configs';
import { decodeRound, encodeRound, toBase64Url } from '../../src/rules/round-code';
import { DEFAULT_ROUND, type RoundConfig } from '../../src/rules/round-config';

const validConfig: fc.Arbitrary<RoundConfig> = roundConfigs(
  fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,6})?$/),
);

describe('round codes', () => {
  it('round-trips every valid config', () => {
    fc.assert(
      fc.property(validConfig, (config) => {
        expect(decodeRound(encodeRound(config))).toEqual({ ok: true, config });
      }),
    );
  });

  it('are short and URL-safe', () => {
    const code = encodeRound({ ...DEFAULT_ROUND, seed: 0xffff_ffff });
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(code.length).toBeLessThanOrEqual(24);
    expect(encodeURIComponent(code)).toBe(code);
  });

  it('tolerate surrounding white space from a paste', () => {
    const code = encodeRound(DEFAULT_ROUND);
    expect(decodeRound(`  ${code}\n`)).toEqual({ ok: true, config: DEFAULT_ROUND });
  });

  it('never throw on arbitrary text, and always give a reason', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[A-Za-z0-9_-]{0,40}$/)), (text) => {
        const result = decodeRound(text);
        if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
      }),
      { numRuns: 2000 },
    );
  });

  it('catch every single-character typo', () => {
    const code = encodeRound({ ...DEFAULT_ROUND, seed: 987654 });
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 0; i < code.length; i++) {
      for (const c of alphabet) {
        if (c === code[i]) continue;
        const typo = code.slice(0, i) + c + code.slice(i + 1);
        const result = decodeRound(typo);
        // A change in the last character's padding bits can decode to the same bytes.
        if (result.ok) expect(result.config).toEqual({ ...DEFAULT_ROUND, seed: 987654 });
      }
    }
  });

  it('name what is wrong', () => {
    const code = encodeRound(DEFAULT_ROUND);
    expect(decodeRound('')).toMatchObject({ ok: false, error: 'empty' });
    expect(decodeRound('abc def')).toMatchObject({ ok: false, error: 'bad-characters' });
    expect(decodeRound('<script>')).toMatchObject({ ok: false, error: 'bad-characters' });
    expect(decodeRound(code.slice(0, 5))).toMatchObject({ ok: false, error: 'too-short' });
    expect(decodeRound(code.slice(0, -2))).toMatchObject({ ok: false, error: 'checksum' });
    expect(decodeRound('A'.repeat(500))).toMatchObject({ ok: false, error: 'too-long' });
  });

  it('reject a correctly checksummed code from an unknown version or with values out of range', () => {
    const code = encodeRound(DEFAULT_ROUND);
    const bytes = Uint8Array.from(atob(code.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
    const reseal = (mutate: (body: number[]) => void): string => {
      const body = [...bytes.subarray(0, bytes.length - 3)];
      mutate(body);
      return toBase64Url(Uint8Array.from([...body, ...crc3(body)]));
    };
    expect(decodeRound(reseal((b) => (b[0] = 9)))).toMatchObject({ ok: false, error: 'unknown-version' });
    // questionCount sits right after the set id "core": 1 + 1 + 4.
    expect(decodeRound(reseal((b) => (b[6] = 200)))).toMatchObject({ ok: false, error: 'out-of-range' });
    expect(decodeRound(reseal((b) => (b[7] = 0)))).toMatchObject({ ok: false, error: 'out-of-range' });
    expect(decodeRound(reseal((b) => (b[8] = 0x31)))).toMatchObject({ ok: false, error: 'out-of-range' });
    expect(decodeRound(reseal((b) => (b[9] = 2)))).toMatchObject({ ok: false, error: 'out-of-range' });
  });

  it('refuse to encode an invalid config', () => {
    expect(() => encodeRound({ ...DEFAULT_ROUND, kinds: [] })).toThrow(/question kind/);
  });
});

import CRC32 from 'crc-32';
function crc3(body: number[]): number[] {
  const crc = CRC32.buf(Uint8Array.from(body)) >>> 0;
  return [(crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff];
}
