import CRC32 from 'crc-32';
import { QUESTION_KINDS, type Pack } from '../content/schema';
import {
  BitReader,
  BitWriter,
  bytesToCode,
  checkCharacters,
  checksOut,
  codeToBytes,
  compactCode,
  groupCode,
  locateTypo,
  readCodeCharacters,
  typoSentence,
  type Typo,
} from './code-text';
import {
  PACK_FINGERPRINT_BITS,
  PACK_TAG_BITS,
  SET_TAG_BITS,
  packFingerprint,
  packTag,
  setTag,
  setTagClashes,
} from './fingerprint';
import { configProblems, LIMITS, type RoundConfig } from './round-config';

/**
 * A round code is a RoundConfig a student can read aloud and type: `NL-` and 20 Crockford
 * base32 characters in groups of four, e.g. `NL-H7K3-Q0AB-…`. Version 2 packs 80 bits, then
 * 4 check characters (code-text.ts) that catch up to four wrong characters and point at one:
 *
 *   version 2 | pack tag 16 | pack fingerprint 8 | set tag 10 | mode 1 | explanations 1 |
 *   retry 1 | kinds 4 | difficulty range 3 | question count 6 | timer seconds 8 | seed 20
 *
 * The pack does not travel: its tag names it, its fingerprint tells whether the site's copy
 * still deals what the code's maker saw. Version 1 codes (base64url, case-sensitive, always
 * starting with "A", made before there were several packs) still decode, for the article pack.
 * The check characters catch typos; they are not a signature and do not stop forgery.
 */
export const ROUND_CODE_VERSION = 2;
export const ROUND_CODE_PREFIX = 'NL-';
/** Characters after the prefix: 16 for the round, 4 to check them. */
export const ROUND_CODE_LENGTH = 20;
/** The only pack version-1 round and result codes can be for. */
export const LEGACY_PACK_ID = 'us-strikes-syria-iraq-2021';

const CHECK_CHARS = 4;
const DATA_CHARS = ROUND_CODE_LENGTH - CHECK_CHARS;
const MAX_TEXT_LENGTH = 200;
/** Every valid difficulty range, so three bits say which. */
const DIFFICULTY_RANGES = [
  [1, 1],
  [1, 2],
  [1, 3],
  [2, 2],
  [2, 3],
  [3, 3],
] as const;
/** Version 2's fields in the order they are written, with their widths in bits (80 in all). */
const FIELDS = [
  ['version', 2],
  ['packTag', PACK_TAG_BITS],
  ['packFingerprint', PACK_FINGERPRINT_BITS],
  ['setTag', SET_TAG_BITS],
  ['sort', 1],
  ['explanations', 1],
  ['retry', 1],
  ['kinds', QUESTION_KINDS.length],
  ['difficulty', 3],
  ['questionCount', 6],
  ['timerSeconds', 8],
  ['seed', 20],
] as const;
type Fields = Record<(typeof FIELDS)[number][0], number>;
/** Said in more than one place. */
const MESSAGES = {
  unknownPack:
    'That round is for a content pack this site does not have. Ask for a link to the site it was made on.',
  codeLength: `a round code has ${ROUND_CODE_LENGTH} characters after "NL-", in five groups of four`,
};

export type RoundCodeError =
  | 'empty'
  | 'bad-characters'
  | 'too-long'
  | 'too-short'
  | 'checksum'
  | 'unknown-version'
  | 'unknown-pack'
  | 'unknown-set'
  | 'out-of-range';

export type DecodedRound =
  | {
      ok: true;
      config: RoundConfig;
      pack: Pack;
      /** The code in its canonical spelling (a legacy code exactly as it was made). */
      code: string;
      /** A version-1 code: always the article pack, sort mode, set by id. */
      legacy: boolean;
      /** The pack fingerprint differs: made with an earlier version of this pack (false for legacy codes). */
      packChanged: boolean;
    }
  | {
      ok: false;
      error: RoundCodeError;
      message: string;
      /** Where the one typo is, when exactly one character explains it. */
      typoAt?: Pick<Typo, 'index' | 'group' | 'kind'>;
      /** The code with that typo repaired, to offer ("Did you mean …?"), never to accept unasked. */
      suggestion?: string;
    };

/** Why this config cannot become a round code of `pack`, in words a teacher can act on; empty when it can. */
export function roundCodeProblems(config: RoundConfig, pack: Pack): string[] {
  const problems = configProblems(config);
  if (config.packId !== pack.id) problems.push(`the round is for pack "${config.packId}", not "${pack.id}"`);
  if (config.seed > LIMITS.newSeed.max)
    problems.push(`seed must be 0–${LIMITS.newSeed.max} in a new round code`);
  if (!pack.sets.some((s) => s.id === config.setId))
    problems.push(`pack "${pack.id}" has no set "${config.setId}"`);
  for (const [a, b] of setTagClashes(pack))
    if (a === config.setId || b === config.setId)
      problems.push(`sets "${a}" and "${b}" cannot be told apart in a round code: rename one`);
  return problems;
}

/** The 10 bytes a round code's first 16 characters spell (result codes carry them too). Throws like encodeRound. */
export function encodeRoundData(config: RoundConfig, pack: Pack): Uint8Array {
  const problems = roundCodeProblems(config, pack);
  if (problems.length > 0) throw new Error(`cannot encode this round: ${problems.join('; ')}`);
  const fields: Fields = {
    version: ROUND_CODE_VERSION,
    packTag: packTag(pack.id),
    packFingerprint: packFingerprint(pack),
    setTag: setTag(config.setId),
    sort: config.mode === 'sort' ? 1 : 0,
    explanations: config.explanationsDuringPlay ? 1 : 0,
    retry: config.allowRetry ? 1 : 0,
    kinds: QUESTION_KINDS.reduce(
      (mask, kind, bit) => (config.kinds.includes(kind) ? mask | (1 << bit) : mask),
      0,
    ),
    difficulty: DIFFICULTY_RANGES.findIndex(
      ([min, max]) => min === config.difficulty.min && max === config.difficulty.max,
    ),
    questionCount: config.questionCount,
    timerSeconds: config.timerSeconds,
    seed: config.seed,
  };
  const writer = new BitWriter();
  for (const [name, width] of FIELDS) writer.write(fields[name], width);
  return writer.bytes();
}

/**
 * `NL-` and five groups of four. Throws on an invalid config, a seed over 20 bits, a config for
 * another pack or a set the pack lacks (roundCodeProblems says which, without throwing).
 */
export function encodeRound(config: RoundConfig, pack: Pack): string {
  return roundCodeText(bytesToCode(encodeRoundData(config, pack)));
}

function roundCodeText(dataChars: string): string {
  return ROUND_CODE_PREFIX + groupCode(dataChars + checkCharacters(dataChars, CHECK_CHARS));
}

/** Never throws: every way a code can be wrong comes back as a reason the player can read. */
export function decodeRound(text: string, packs: readonly Pack[]): DecodedRound {
  try {
    return decode(text, packs);
  } catch {
    // Nothing above should throw; this keeps the promise if a future change makes it.
    return fail('out-of-range', 'That round code could not be read.');
  }
}

function decode(text: string, packs: readonly Pack[]): DecodedRound {
  const trimmed = text.trim();
  if (trimmed.length === 0) return fail('empty', 'The round code is empty.');
  if (trimmed.length > MAX_TEXT_LENGTH) return fail('too-long', 'That is too long to be a round code.');
  let compact = compactCode(trimmed);
  // Version 2 never starts with "A" (its first character holds the version), so this is version 1 —
  // unless it fails and has the length of a new code, when a typo in the first character is likelier.
  if (/^A[A-Za-z0-9_-]+$/.test(trimmed)) {
    const legacy = decodeLegacyRound(trimmed, packs);
    if (legacy.ok || compact.length !== ROUND_CODE_LENGTH) return legacy;
  }
  // "NL" may be left off; a 20-character code that begins "NL" is read as "N1…" typed with an L.
  if (compact.startsWith('NL') && compact.length !== ROUND_CODE_LENGTH) compact = compact.slice(2);
  const { chars, shown, unknownAt } = readCodeCharacters(compact);

  if (chars.length < ROUND_CODE_LENGTH - 1)
    return fail(
      'too-short',
      `That round code is too short (it may have been cut off): ${MESSAGES.codeLength}.`,
    );
  if (chars.length > ROUND_CODE_LENGTH + 1)
    return fail('too-long', `That round code is too long: ${MESSAGES.codeLength}.`);
  const valid = (candidate: string): boolean =>
    candidate.length === ROUND_CODE_LENGTH && checksOut(candidate, CHECK_CHARS);
  const typo = (): Typo | null => locateTypo(chars, valid, (length) => length === ROUND_CODE_LENGTH);
  const first = unknownAt[0];
  if (first !== undefined) {
    const unknown = shown[first];
    const found = unknownAt.length === 1 ? typo() : null;
    if (found) return typoFailure('bad-characters', shown, found, `"${unknown}" is not used in round codes.`);
    return fail(
      'bad-characters',
      `A round code has only digits and the letters A–Z except U; character ${first + 1} ("${unknown}") is not one of them.`,
    );
  }
  if (!valid(chars)) {
    const found = typo();
    if (found) return typoFailure('checksum', shown, found, 'That round code does not check out.');
    return fail(
      'checksum',
      'That round code does not check out: more than one character is wrong or missing. Check it against the original.',
    );
  }
  return decodeRoundData(codeToBytes(chars.slice(0, DATA_CHARS))!, packs);
}

/** The 10 bytes of a version-2 round code's canonical spelling (DecodedRound.code); null for any other text. */
export function roundCodeData(code: string): Uint8Array | null {
  const compact = compactCode(code);
  if (!compact.startsWith('NL') || compact.length !== ROUND_CODE_LENGTH + 2) return null;
  const chars = compact.slice(2);
  return checksOut(chars, CHECK_CHARS) ? codeToBytes(chars.slice(0, DATA_CHARS)) : null;
}

function typoFailure(
  error: RoundCodeError,
  shown: readonly string[],
  typo: Typo,
  lead: string,
): DecodedRound {
  return {
    ok: false,
    error,
    message: `${lead} ${typoSentence(shown, typo)}`,
    typoAt: { index: typo.index, group: typo.group, kind: typo.kind },
    suggestion: ROUND_CODE_PREFIX + groupCode(typo.corrected),
  };
}

/** Reads the 10 bytes encodeRoundData writes, against the packs this site has. Never throws. */
export function decodeRoundData(data: Uint8Array, packs: readonly Pack[]): DecodedRound {
  const reader = new BitReader(data);
  const fields = Object.fromEntries(
    FIELDS.map(([name, width]) => [name, reader.read(width) ?? -1]),
  ) as Fields;
  // A newer version may lay out other fields, so its number is read before anything else is judged.
  if (fields.version !== ROUND_CODE_VERSION)
    return fail(
      'unknown-version',
      'That round code was made by a newer version of Newsline than this site runs.',
    );
  if (fields.seed < 0 || !reader.atEnd()) return fail('too-short', 'That round code has the wrong length.');
  const { packTag: tag, packFingerprint: fingerprint, setTag: set, difficulty, kinds } = fields;

  const candidates = packs.filter((p) => packTag(p.id) === tag && p.sets.some((s) => setTag(s.id) === set));
  const sameContent = candidates.find((p) => packFingerprint(p) === fingerprint);
  const pack = sameContent ?? candidates[0];
  if (!pack) {
    const named = packs.find((p) => packTag(p.id) === tag);
    return named
      ? fail(
          'unknown-set',
          `That round uses a set of events that this site's copy of "${named.title}" does not have; it may be from another version of the pack.`,
        )
      : fail('unknown-pack', MESSAGES.unknownPack);
  }
  const range = DIFFICULTY_RANGES[difficulty];
  const config: RoundConfig = {
    packId: pack.id,
    setId: pack.sets.find((s) => setTag(s.id) === set)!.id,
    mode: fields.sort === 1 ? 'sort' : 'place',
    questionCount: fields.questionCount,
    kinds: QUESTION_KINDS.filter((_, bit) => (kinds & (1 << bit)) !== 0),
    difficulty: { min: range?.[0] ?? 0, max: range?.[1] ?? 0 },
    timerSeconds: fields.timerSeconds,
    explanationsDuringPlay: fields.explanations === 1,
    allowRetry: fields.retry === 1,
    seed: fields.seed,
  };
  const problems = configProblems(config);
  if (problems.length > 0)
    return fail('out-of-range', `That round code asks for something out of range (${problems.join('; ')}).`);
  return {
    ok: true,
    config,
    pack,
    code: roundCodeText(bytesToCode(data)),
    legacy: false,
    packChanged: !sameContent,
  };
}

function fail(error: RoundCodeError, message: string): DecodedRound {
  return { ok: false, error, message };
}

// Version 1, kept so codes already handed out keep working:
//   [1][set id length][set id …][question count][kinds bitmask][difficulty min<<4 | max]
//   [timer seconds][flags: 1 explanations, 2 retry][seed: 4 bytes][CRC-32: low 3 bytes]
const LEGACY_CHECKSUM_BYTES = 3;

function decodeLegacyRound(code: string, packs: readonly Pack[]): DecodedRound {
  const bytes = fromBase64Url(code);
  if (!bytes || bytes.length < 2 + LEGACY_CHECKSUM_BYTES)
    return fail('too-short', 'That round code is too short: it may have been cut off.');
  const body = [...bytes.subarray(0, bytes.length - LEGACY_CHECKSUM_BYTES)];
  const crc = CRC32.buf(Uint8Array.from(body)) >>> 0;
  const sum = bytes.subarray(bytes.length - LEGACY_CHECKSUM_BYTES);
  if ([(crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff].some((b, i) => b !== sum[i]))
    return fail(
      'checksum',
      'That round code does not check out: a character is wrong or missing (old codes also mind upper and lower case).',
    );
  if (body[0] !== 1)
    return fail('unknown-version', 'That round code was made by a different version of Newsline.');
  const setLength = body[1] ?? 0;
  if (body.length !== 2 + setLength + 9) return fail('out-of-range', 'That round code has the wrong length.');
  const setId = String.fromCharCode(...body.slice(2, 2 + setLength));
  const [questionCount, kinds, difficulty, timerSeconds, flags, s0, s1, s2, s3] = body.slice(
    2 + setLength,
  ) as [number, number, number, number, number, number, number, number, number];
  const config: RoundConfig = {
    packId: LEGACY_PACK_ID,
    setId,
    mode: 'sort',
    questionCount,
    kinds: QUESTION_KINDS.filter((_, bit) => (kinds & (1 << bit)) !== 0),
    difficulty: { min: difficulty >> 4, max: difficulty & 0x0f },
    timerSeconds,
    explanationsDuringPlay: (flags & 1) !== 0,
    allowRetry: (flags & 2) !== 0,
    seed: ((s0 << 24) | (s1 << 16) | (s2 << 8) | s3) >>> 0,
  };
  const problems = configProblems(config);
  if (kinds >> QUESTION_KINDS.length !== 0 || flags >> 2 !== 0 || problems.length > 0)
    return fail(
      'out-of-range',
      `That round code asks for something out of range (${problems.join('; ') || 'unknown option'}).`,
    );
  const pack = packs.find((p) => p.id === LEGACY_PACK_ID);
  if (!pack) return fail('unknown-pack', MESSAGES.unknownPack);
  if (!pack.sets.some((s) => s.id === setId))
    return fail(
      'unknown-set',
      `That round uses a set of events ("${setId}") that this site's copy of "${pack.title}" does not have.`,
    );
  return { ok: true, config, pack, code, legacy: true, packChanged: false };
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
