import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BitReader,
  BitWriter,
  CODE_ALPHABET,
  bytesToCode,
  checkCharacters,
  checksOut,
  codeToBytes,
  compactCode,
  groupCode,
  locateTypo,
  readCodeCharacters,
  typoSentence,
} from '../../src/rules/code-text';

const CHECKS = 4;
const dataChars = fc
  .array(fc.constantFrom(...CODE_ALPHABET), { minLength: 16, maxLength: 16 })
  .map((c) => c.join(''));
const withChecks = (data: string): string => data + checkCharacters(data, CHECKS);
const isValid = (chars: string): boolean => chars.length === 20 && checksOut(chars, CHECKS);
const twenty = (length: number): boolean => length === 20;

/** Another character of the alphabet at position i, chosen by `shift` (1–31). */
function substitute(chars: string, i: number, shift: number): string {
  const replacement = CODE_ALPHABET[(CODE_ALPHABET.indexOf(chars[i]!) + shift) % 32]!;
  return chars.slice(0, i) + replacement + chars.slice(i + 1);
}

describe('code text', () => {
  it('uses no I, L, O or U, so nothing reads as something else', () => {
    expect(CODE_ALPHABET).toHaveLength(32);
    expect(CODE_ALPHABET).not.toMatch(/[ILOU]/);
  });

  it('groups characters in fours for reading aloud', () => {
    expect(groupCode('7K3QABCD12')).toBe('7K3Q-ABCD-12');
    expect(groupCode('')).toBe('');
  });

  it('reads back whatever a person typed: case, spaces, dashes, line breaks and look-alikes', () => {
    const typed = compactCode(' 7k3q - abcd\n0o1 –iL ');
    expect(typed).toBe('7K3QABCD0O1IL');
    expect(readCodeCharacters(typed)).toEqual({
      chars: '7K3QABCD00111',
      shown: [...'7K3QABCD00111'],
      unknownAt: [],
    });
  });

  it('keeps characters outside the alphabet in place and says where they are', () => {
    expect(readCodeCharacters('7KU3*')).toEqual({
      chars: '7K?3?',
      shown: ['7', 'K', 'U', '3', '*'],
      unknownAt: [2, 4],
    });
    expect(readCodeCharacters('A😀B').unknownAt).toEqual([1]);
  });

  it('spells any bytes and reads them back, refusing a spelling the encoder never writes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 60 }), (bytes) => {
        const code = bytesToCode(bytes);
        expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]+$/);
        expect(codeToBytes(code)).toEqual(bytes);
      }),
    );
    // One byte is two characters with two unused bits: setting them is a typo, not the same code.
    expect(codeToBytes('Z0')).toEqual(Uint8Array.of(0xf8));
    expect(codeToBytes('Z1')).toBeNull();
    expect(codeToBytes('Z0Q')).toBeNull();
    expect(codeToBytes('Z?')).toBeNull();
  });

  it('check characters catch any one to four wrong characters', () => {
    fc.assert(
      fc.property(
        dataChars,
        fc.uniqueArray(fc.integer({ min: 0, max: 19 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.integer({ min: 1, max: 31 }), { minLength: 4, maxLength: 4 }),
        (data, positions, shifts) => {
          const code = withChecks(data);
          expect(isValid(code)).toBe(true);
          const broken = positions.reduce((chars, at, i) => substitute(chars, at, shifts[i]!), code);
          expect(isValid(broken)).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('refuse to guard more characters than the check can promise to cover', () => {
    expect(checkCharacters('0'.repeat(27), 4)).toHaveLength(4);
    expect(() => checkCharacters('0'.repeat(28), 4)).toThrow(/at most 31/);
  });

  it('locates every single wrong character, at every position, to exactly one repair', () => {
    fc.assert(
      fc.property(dataChars, (data) => {
        const code = withChecks(data);
        for (let i = 0; i < code.length; i++)
          for (let shift = 1; shift < 32; shift++) {
            const typo = locateTypo(substitute(code, i, shift), isValid, twenty);
            expect(typo).toEqual({
              kind: 'wrong',
              index: i + 1,
              group: Math.floor(i / 4) + 1,
              corrected: code,
            });
          }
      }),
      { numRuns: 3 },
    );
  });

  it('locates swapped neighbours to exactly one repair', () => {
    fc.assert(
      fc.property(dataChars, fc.integer({ min: 0, max: 18 }), (data, i) => {
        const code = withChecks(data);
        fc.pre(code[i] !== code[i + 1]);
        const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        expect(locateTypo(swapped, isValid, twenty)).toEqual({
          kind: 'swapped',
          index: i + 1,
          group: Math.floor(i / 4) + 1,
          corrected: code,
        });
      }),
      { numRuns: 300 },
    );
  });

  it('locates a missing character or one too many, unless another valid code is one edit away too', () => {
    /** Every valid code one inserted or one deleted character away from `chars`. */
    const validNeighbours = (chars: string): Set<string> => {
      const found = new Set<string>();
      for (let i = 0; i <= chars.length; i++) {
        for (const c of CODE_ALPHABET) found.add(chars.slice(0, i) + c + chars.slice(i));
        found.add(chars.slice(0, i) + chars.slice(i + 1));
      }
      return new Set([...found].filter(isValid));
    };
    let located = 0;
    fc.assert(
      fc.property(
        dataChars,
        fc.integer({ min: 0, max: 19 }),
        fc.constantFrom(...CODE_ALPHABET),
        (data, i, c) => {
          const code = withChecks(data);
          const short = code.slice(0, i) + code.slice(i + 1);
          const long = code.slice(0, i) + c + code.slice(i);
          for (const [typed, kind] of [
            [short, 'missing'],
            [long, 'extra'],
          ] as const) {
            const typo = locateTypo(typed, isValid, twenty);
            if (typo) {
              located++;
              expect(typo).toMatchObject({ kind, corrected: code });
              // A repeated character may be the one missing or extra at either place; the first is named.
              const at = typo.index - 1;
              expect(
                kind === 'missing'
                  ? typed.slice(0, at) + code[at] + typed.slice(at)
                  : typed.slice(0, at) + typed.slice(at + 1),
              ).toBe(code);
            } else expect(validNeighbours(typed).size).toBeGreaterThan(1);
          }
        },
      ),
      { numRuns: 300 },
    );
    expect(located).toBeGreaterThan(590);
  });

  it('names no place when no single typo explains the code', () => {
    const code = withChecks('0123456789ABCDEF');
    expect(locateTypo(substitute(substitute(code, 2, 1), 9, 1), isValid, twenty)).toBeNull();
    expect(locateTypo(code.slice(0, 12), isValid, twenty)).toBeNull();
  });

  it('tells the player where to look, in words', () => {
    const shown = [...'HFY5BX7QX1G00C1S9DZX'];
    const at = (kind: 'wrong' | 'swapped' | 'missing' | 'extra', index: number) =>
      typoSentence(shown, { kind, index, group: Math.floor((index - 1) / 4) + 1, corrected: '' });
    expect(at('wrong', 6)).toBe('Character 6 (group 2, "BX7Q") looks wrong; check it.');
    expect(at('swapped', 6)).toBe('Characters 6 and 7 (group 2, "BX7Q") look swapped; check them.');
    expect(at('swapped', 8)).toBe(
      'Characters 8 and 9 (groups 2 and 3, "BX7Q" and "X1G0") look swapped; check them.',
    );
    expect(at('extra', 1)).toBe('Character 1 (group 1, "HFY5") looks like one too many; check it.');
    expect(at('missing', 9)).toBe(
      'A character looks missing before character 9 (group 3, "X1G0"); check it.',
    );
    expect(at('missing', 21)).toBe('A character looks missing at the end (group 5, "9DZX"); check it.');
  });
});

describe('bit fields', () => {
  it('read back exactly what was written, in any widths up to 32 bits', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc
            .integer({ min: 0, max: 32 })
            .chain((width) => fc.tuple(fc.constant(width), fc.integer({ min: 0, max: 2 ** width - 1 }))),
        ),
        (fields) => {
          const writer = new BitWriter();
          for (const [width, value] of fields) writer.write(value, width);
          const reader = new BitReader(writer.bytes());
          for (const [width, value] of fields) expect(reader.read(width)).toBe(value);
          expect(reader.atEnd()).toBe(true);
        },
      ),
    );
  });

  it('give null past the end, see stray bits after the last field, and refuse a value too wide', () => {
    const reader = new BitReader(Uint8Array.of(0b1010_0001));
    expect(reader.read(4)).toBe(0b1010);
    expect(reader.atEnd()).toBe(false);
    expect(reader.read(5)).toBeNull();
    expect(new BitReader(Uint8Array.of(1, 2)).bytes(3)).toBeNull();
    expect(() => new BitWriter().write(8, 3)).toThrow(/does not fit/);
    expect(() => new BitWriter().write(-1, 3)).toThrow(/does not fit/);
  });
});
