import CRC32 from 'crc-32';
import { QUESTION_KINDS } from '../content/schema';
import { configProblems, type RoundConfig } from './round-config';

/**
 * A round code is the RoundConfig packed into bytes, then base64url (safe in a URL and in a
 * chat message). Layout, version 1:
 *
 *   [version][set id length][set id …][question count][kinds bitmask]
 *   [difficulty: min<<4 | max][timer seconds][flags][seed: 4 bytes][CRC-32: low 3 bytes]
 *
 * Every version keeps the CRC last, so old and new codes are checked the same way.
 * The checksum catches typos and truncation; it is not a signature and does not stop forgery.
 */
export const ROUND_CODE_VERSION = 1;
const CHECKSUM_BYTES = 3;
const MAX_CODE_LENGTH = 120;
const FLAG_EXPLANATIONS = 1;
const FLAG_RETRY = 2;

export type RoundCodeError =
  'empty' | 'bad-characters' | 'too-long' | 'too-short' | 'unknown-version' | 'checksum' | 'out-of-range';

export type DecodedRound =
  { ok: true; config: RoundConfig } | { ok: false; error: RoundCodeError; message: string };

export function encodeRound(config: RoundConfig): string {
  const problems = configProblems(config);
  if (problems.length > 0) throw new Error(`cannot encode an invalid round: ${problems.join('; ')}`);
  const setBytes = [...config.setId].map((c) => c.charCodeAt(0));
  const kindsMask = QUESTION_KINDS.reduce(
    (mask, kind, bit) => (config.kinds.includes(kind) ? mask | (1 << bit) : mask),
    0,
  );
  const flags =
    (config.explanationsDuringPlay ? FLAG_EXPLANATIONS : 0) | (config.allowRetry ? FLAG_RETRY : 0);
  const seed = config.seed >>> 0;
  const body = [
    ROUND_CODE_VERSION,
    setBytes.length,
    ...setBytes,
    config.questionCount,
    kindsMask,
    (config.difficulty.min << 4) | config.difficulty.max,
    config.timerSeconds,
    flags,
    (seed >>> 24) & 0xff,
    (seed >>> 16) & 0xff,
    (seed >>> 8) & 0xff,
    seed & 0xff,
  ];
  return toBase64Url(Uint8Array.from([...body, ...checksum(body)]));
}

/** Never throws: every way a code can be wrong comes back as a reason the player can read. */
export function decodeRound(text: string): DecodedRound {
  const code = text.trim();
  if (code.length === 0) return fail('empty', 'The round code is empty.');
  if (code.length > MAX_CODE_LENGTH) return fail('too-long', 'That is too long to be a round code.');
  if (!/^[A-Za-z0-9_-]+$/.test(code))
    return fail('bad-characters', 'A round code has only letters, digits, "-" and "_": check for a typo.');
  const bytes = fromBase64Url(code);
  if (!bytes || bytes.length < 2 + CHECKSUM_BYTES)
    return fail('too-short', 'That round code is too short: it may have been cut off.');
  // Every version ends with the same checksum, so a typo in the version byte reads as a typo.
  const body = [...bytes.subarray(0, bytes.length - CHECKSUM_BYTES)];
  const sum = [...bytes.subarray(bytes.length - CHECKSUM_BYTES)];
  if (checksum(body).some((b, i) => b !== sum[i]))
    return fail('checksum', 'That round code does not check out: a character is wrong or missing.');
  if (body[0] !== ROUND_CODE_VERSION)
    return fail('unknown-version', 'That round code was made by a different version of Newsline.');

  const setLength = body[1] ?? 0;
  const expectedLength = 2 + setLength + 9;
  if (body.length !== expectedLength) return fail('out-of-range', 'That round code has the wrong length.');
  const setId = String.fromCharCode(...body.slice(2, 2 + setLength));
  const [questionCount, kindsMask, difficulty, timerSeconds, flags, s0, s1, s2, s3] = body.slice(
    2 + setLength,
  ) as [number, number, number, number, number, number, number, number, number];
  const config: RoundConfig = {
    setId,
    questionCount,
    kinds: QUESTION_KINDS.filter((_, bit) => (kindsMask & (1 << bit)) !== 0),
    difficulty: { min: difficulty >> 4, max: difficulty & 0x0f },
    timerSeconds,
    explanationsDuringPlay: (flags & FLAG_EXPLANATIONS) !== 0,
    allowRetry: (flags & FLAG_RETRY) !== 0,
    seed: ((s0 << 24) | (s1 << 16) | (s2 << 8) | s3) >>> 0,
  };
  const unknownBits = kindsMask >> QUESTION_KINDS.length !== 0 || flags >> 2 !== 0;
  const problems = configProblems(config);
  if (unknownBits || problems.length > 0)
    return fail(
      'out-of-range',
      `That round code asks for something out of range (${problems.join('; ') || 'unknown option'}).`,
    );
  return { ok: true, config };
}

function fail(error: RoundCodeError, message: string): DecodedRound {
  return { ok: false, error, message };
}

function checksum(body: readonly number[]): number[] {
  const crc = CRC32.buf(Uint8Array.from(body)) >>> 0;
  return [(crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff];
}

export function toBase64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** Null when the text is not base64url (for instance a length no encoder produces). */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}
