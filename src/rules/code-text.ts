import base32Decode from 'base32-decode';
import base32Encode from 'base32-encode';

/**
 * How Newsline writes a code for people to read aloud and type: Crockford base32 (digits and
 * letters without I, L, O and U, so nothing looks or sounds like something else), in groups of
 * four. Reading back forgives case, spaces, dashes, line breaks and the look-alikes O → 0 and
 * I, L → 1. When a code does not check out, every single-character change is tried so the
 * player can be told which character to look at.
 */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const GROUP_SIZE = 4;

const SYMBOL_VALUES = new Map([...CODE_ALPHABET].map((c, value) => [c, value]));
const LOOK_ALIKES: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' };
/** White space, hyphens, dashes and the minus sign: whatever a chat app or a hand puts between groups. */
const SEPARATORS = /[\s\-\u2010-\u2015\u2212]/gu;

/** "7K3QABCD" → "7K3Q-ABCD". */
export function groupCode(chars: string): string {
  return (chars.match(new RegExp(`.{1,${GROUP_SIZE}}`, 'gu')) ?? []).join('-');
}

/** Upper case with every separator dropped; nothing else changes, so a prefix can still be read. */
export function compactCode(text: string): string {
  return text.toUpperCase().replace(SEPARATORS, '');
}

export interface CodeCharacters {
  /** One character per character typed; "?" where it is not in the alphabet. */
  chars: string;
  /** What was typed at each position (look-alikes already read as digits), to quote back. */
  shown: string[];
  /** 0-based positions of characters outside the alphabet. */
  unknownAt: number[];
}

/** Compact text → code characters: look-alikes become the digits they resemble; nothing is dropped. */
export function readCodeCharacters(compact: string): CodeCharacters {
  const shown = [...compact].map((c) => LOOK_ALIKES[c] ?? c);
  const unknownAt = shown.flatMap((c, i) => (CODE_ALPHABET.includes(c) && c.length === 1 ? [] : [i]));
  const chars = shown.map((c, i) => (unknownAt.includes(i) ? '?' : c)).join('');
  return { chars, shown, unknownAt };
}

export function bytesToCode(bytes: Uint8Array): string {
  return base32Encode(bytes, 'Crockford');
}

/** True when bytesToCode writes this many characters for some number of bytes (never 1, 3 or 6 past a multiple of 8). */
export function isBytesLength(length: number): boolean {
  return Math.ceil((Math.floor((length * 5) / 8) * 8) / 5) === length;
}

/**
 * Null unless `chars` is exactly what bytesToCode writes for some bytes: a last character whose
 * unused bits are set, or a length no byte count gives, is a typo rather than the same code.
 */
export function codeToBytes(chars: string): Uint8Array | null {
  if (!isBytesLength(chars.length) || [...chars].some((c) => !SYMBOL_VALUES.has(c))) return null;
  const unusedBits = (chars.length * 5) % 8;
  const last = SYMBOL_VALUES.get(chars[chars.length - 1] ?? '0') ?? 0;
  return last % 2 ** unusedBits === 0 ? new Uint8Array(base32Decode(chars, 'Crockford')) : null;
}

// Check characters: a Reed–Solomon code over the 32 symbols (GF(32), x⁵ + x² + 1). A CRC cut
// to a few characters catches typos but may let two places both "fix" one; k check characters
// keep any two valid codes k + 1 characters apart, so up to k wrong characters are always
// caught, and one wrong character or one swapped pair has exactly one repair.
const PRIMITIVE_POLYNOMIAL = 0b100101;
const EXP: number[] = [];
const LOG: number[] = [];
for (let i = 0, x = 1; i < 31; i++) {
  EXP[i] = EXP[i + 31] = x;
  LOG[x] = i;
  x <<= 1;
  if (x & 0b100000) x ^= PRIMITIVE_POLYNOMIAL;
}
const multiply = (a: number, b: number): number => (a === 0 || b === 0 ? 0 : EXP[LOG[a]! + LOG[b]!]!);

const generators = new Map<number, number[]>();

/** (x + α)(x + α²)…(x + αᵏ), highest power first, without the leading 1. */
function generator(count: number): number[] {
  const known = generators.get(count);
  if (known) return known;
  let poly = [1];
  for (let i = 1; i <= count; i++) {
    const next = [...poly, 0];
    poly.forEach((c, j) => (next[j + 1]! ^= multiply(c, EXP[i]!)));
    poly = next;
  }
  generators.set(count, poly.slice(1));
  return poly.slice(1);
}

/** The remainder of dividing by the generator (a shift register); null for a character outside the alphabet. */
function remainder(chars: string, count: number): number[] | null {
  const poly = generator(count);
  const rest = new Array<number>(count).fill(0);
  for (let at = 0; at < chars.length; at++) {
    const value = SYMBOL_VALUES.get(chars[at]!);
    if (value === undefined) return null;
    const factor = value ^ rest[0]!;
    for (let i = 0; i < count - 1; i++) rest[i] = rest[i + 1]! ^ multiply(poly[i]!, factor);
    rest[count - 1] = multiply(poly[count - 1]!, factor);
  }
  return rest;
}

/** The `count` characters that make `chars` + them a valid code (31 characters at most in all). */
export function checkCharacters(chars: string, count: number): string {
  // Past 31 characters the field's symbols repeat and the promise above no longer holds.
  if (chars.length + count > 31) throw new Error('check characters guard at most 31 characters');
  const rest = remainder(chars, count);
  if (!rest) throw new Error(`"${chars}" has characters outside the code alphabet`);
  return rest.map((v) => CODE_ALPHABET[v]!).join('');
}

/** True when the last `count` characters are the check characters of the rest. */
export function checksOut(chars: string, count: number): boolean {
  return chars.length > count && (remainder(chars, count)?.every((v) => v === 0) ?? false);
}

export interface Typo {
  kind: 'wrong' | 'swapped' | 'missing' | 'extra';
  /** 1-based: the wrong, extra or first swapped character, or the one a missing character goes before. */
  index: number;
  /** 1-based group of four that `index` falls in. */
  group: number;
  /** The code characters with the typo repaired (not accepted until the player says so). */
  corrected: string;
}

/**
 * The one typo that makes `chars` valid: a wrong character, two neighbours swapped, one missing
 * or one too many (`lengths` says which lengths a valid code may have). Edits that keep the
 * length are tried first, as the likelier typo. Null when no single typo explains the code or
 * more than one does: then the player is told to check the whole code.
 */
export function locateTypo(
  chars: string,
  isValid: (candidate: string) => boolean,
  lengths: (length: number) => boolean = () => true,
): Typo | null {
  const found = new Map<string, Omit<Typo, 'group' | 'corrected'>>();
  const consider = (candidate: string, kind: Typo['kind'], at: number): void => {
    if (!found.has(candidate) && candidate !== chars && isValid(candidate))
      found.set(candidate, { kind, index: at + 1 });
  };
  if (lengths(chars.length))
    for (let i = 0; i < chars.length; i++) {
      for (const c of CODE_ALPHABET) consider(chars.slice(0, i) + c + chars.slice(i + 1), 'wrong', i);
      if (i + 1 < chars.length)
        consider(chars.slice(0, i) + chars[i + 1] + chars[i] + chars.slice(i + 2), 'swapped', i);
    }
  if (found.size === 0 && lengths(chars.length - 1))
    for (let i = 0; i < chars.length; i++) consider(chars.slice(0, i) + chars.slice(i + 1), 'extra', i);
  if (found.size === 0 && lengths(chars.length + 1))
    for (let i = 0; i <= chars.length; i++)
      for (const c of CODE_ALPHABET) consider(chars.slice(0, i) + c + chars.slice(i), 'missing', i);
  if (found.size !== 1) return null;
  const [corrected, typo] = [...found][0]!;
  return { ...typo, group: groupOf(Math.min(typo.index, chars.length)), corrected };
}

function groupOf(index: number): number {
  return Math.floor((index - 1) / GROUP_SIZE) + 1;
}

/** The group holding `group`, as typed. */
function groupText(shown: readonly string[], group: number): string {
  return shown.slice((group - 1) * GROUP_SIZE, group * GROUP_SIZE).join('');
}

/**
 * One sentence telling the player where to look, e.g. `Character 7 (group 2, "7K3Q") looks
 * wrong; check it.` `shown` is the code as typed, one entry per character.
 */
export function typoSentence(shown: readonly string[], typo: Typo): string {
  const at = (index: number): string => `group ${groupOf(index)}, "${groupText(shown, groupOf(index))}"`;
  switch (typo.kind) {
    case 'wrong':
      return `Character ${typo.index} (${at(typo.index)}) looks wrong; check it.`;
    case 'extra':
      return `Character ${typo.index} (${at(typo.index)}) looks like one too many; check it.`;
    case 'swapped': {
      const next = typo.index + 1;
      const [first, second] = [groupOf(typo.index), groupOf(next)];
      const where =
        first === second
          ? at(typo.index)
          : `groups ${first} and ${second}, "${groupText(shown, first)}" and "${groupText(shown, second)}"`;
      return `Characters ${typo.index} and ${next} (${where}) look swapped; check them.`;
    }
    case 'missing':
      return typo.index > shown.length
        ? `A character looks missing at the end (${at(shown.length)}); check it.`
        : `A character looks missing before character ${typo.index} (${at(typo.index)}); check it.`;
  }
}

/** Writes unsigned fields of any width up to 32 bits, most significant bit first. */
export class BitWriter {
  private readonly bits: number[] = [];

  write(value: number, width: number): this {
    if (!Number.isInteger(value) || value < 0 || value >= 2 ** width)
      throw new Error(`${value} does not fit in ${width} bits`);
    for (let bit = width - 1; bit >= 0; bit--) this.bits.push(Math.floor(value / 2 ** bit) % 2);
    return this;
  }

  /** The bits so far, the last byte filled up with zeros. */
  bytes(): Uint8Array {
    const out = new Uint8Array(Math.ceil(this.bits.length / 8));
    this.bits.forEach((bit, i) => (out[i >> 3]! |= bit << (7 - (i & 7))));
    return out;
  }
}

/** Reads what BitWriter wrote; a read past the end gives null instead of throwing. */
export class BitReader {
  private at = 0;

  constructor(private readonly data: Uint8Array) {}

  read(width: number): number | null {
    if (this.at + width > this.data.length * 8) return null;
    let value = 0;
    for (let i = 0; i < width; i++, this.at++)
      value = value * 2 + ((this.data[this.at >> 3]! >> (7 - (this.at & 7))) & 1);
    return value;
  }

  /** `count` whole bytes, or null past the end. */
  bytes(count: number): Uint8Array | null {
    if (this.at + count * 8 > this.data.length * 8) return null;
    return Uint8Array.from({ length: count }, () => this.read(8)!);
  }

  /** True when only the zero bits that fill up the last byte are left. */
  atEnd(): boolean {
    return this.data.length * 8 - this.at < 8 && this.read(this.data.length * 8 - this.at) === 0;
  }
}
