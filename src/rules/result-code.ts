import CRC32 from 'crc-32';
import { QUESTION_KINDS, type Pack } from '../content/schema';
import {
  BitReader,
  BitWriter,
  bytesToCode,
  codeToBytes,
  compactCode,
  groupCode,
  isBytesLength,
  locateTypo,
  readCodeCharacters,
  typoSentence,
  type Typo,
} from './code-text';
import { legacyPlanFingerprint, PLAN_FINGERPRINT_BITS, planFingerprint } from './fingerprint';
import { planRound, type RoundPlan } from './plan';
import { summariseRound, type GivenAnswer, type RoundResult, type TimelineSubmission } from './result';
import {
  decodeRound,
  decodeRoundData,
  fromBase64Url,
  roundCodeData,
  toBase64Url,
  type DecodedRound,
} from './round-code';
import type { RoundConfig } from './round-config';
import { sameAnswer } from './scoring';

/**
 * A result code is what a student hands in at the end of an assigned round: one line a teacher
 * pastes into the gradebook. It holds the round, the student's name, what they did on the
 * timeline and the answer they gave to each question; the gradebook replays these against its
 * own copy of the pack and recomputes every score, so a score is never read from the code.
 *
 * Version 2 is `NLR2-` and Crockford base32 in groups of four (code-text.ts), so it survives
 * being read aloud or typed. Its bits, in order:
 *
 *   round            1 bit 0 + the 80 bits of a round code (round-code.ts), or
 *                    1 bit 1 + [length: 8][a version-1 round code's bytes]
 *   plan fingerprint 16      what decided this round's score (fingerprint.ts)
 *   name             [length: 8][UTF-8]: trimmed, NFC, no control characters, ≤ 40 characters
 *   timeline         sort: each card's index among the cards not yet placed (plan.cards order);
 *                    place: each placement's gap, 0 … cards already on the line
 *   answers          per planned question: 0 none, else choice index + 1 (as few bits as the
 *                    choices need); number questions 16 bits, 0 none, else value + 1
 *   seconds, attempt, abandoned   unsigned, in 3-bit pieces each led by a "more follows" bit
 *   zero bits to the byte, then CRC-32 of the bytes: 4 bytes
 *
 * The plan fingerprint makes a code played on different content fail loudly instead of being
 * scored against the wrong questions. `NLR1-` codes (base64url bytes) still decode.
 *
 * The checksum catches typos, a missing character and a code cut short. It is not a signature:
 * anyone who reads this file can build a code with any answers they like. Treat result codes
 * like a worksheet handed in, not like an exam under supervision.
 */
export const RESULT_CODE_PREFIX = 'NLR2-';
export const LEGACY_RESULT_CODE_PREFIX = 'NLR1-';
/** Longest name kept, in Unicode code points (whole characters, never half an emoji). */
export const MAX_NAME_LENGTH = 40;

const CHECKSUM_BYTES = 4;
const NUMBER_BITS = 16;
/** The largest number answer kept; a longer one is recorded as no answer. */
const MAX_NUMBER = 2 ** NUMBER_BITS - 2;
const MAX_SECONDS = 0xffff_ffff;
const MAX_COUNT = 0xffff;
const MIN_CODE_CHARS = 20;
/** Generous: 255 cards, 40 number questions and a 40-emoji name fit well inside. */
const MAX_CODE_CHARS = 4000;
const CHECKS_OUT_HINT = 'check it against what the student was shown, or ask them to send it again.';

export interface ResultCodeInput {
  roundCode: string;
  name: string;
  submission: TimelineSubmission;
  /**
   * One per plan question, in plan order: the option label chosen, the digits typed, or null
   * for a timeout or skip. A label that is not one of the question's choices, or a number that
   * is not plain digits (0–65534), is recorded as no answer.
   */
  answers: readonly (string | null)[];
  timeMs: number;
  /** 1 = the first attempt the student finished. */
  attempt: number;
  /** Attempts at this shared round the student started and left before this one. */
  abandoned: number;
}

export type ResultCodeError =
  | 'empty'
  | 'not-a-result-code'
  | 'bad-characters'
  | 'too-short'
  | 'too-long'
  | 'unknown-version'
  | 'checksum'
  | 'unknown-pack'
  | 'bad-round'
  | 'earlier-pack'
  | 'out-of-range';

export type DecodedResult =
  | {
      ok: true;
      /** The round code in its canonical spelling (a legacy code exactly as it was made). */
      roundCode: string;
      config: RoundConfig;
      pack: Pack;
      plan: RoundPlan;
      name: string;
      submission: TimelineSubmission;
      /** As the student gave them: option labels, digits, null for no answer. */
      answers: (string | null)[];
      /** Recomputed with summariseRound from the plan, never trusted from the code. */
      result: RoundResult;
      attempt: number;
      abandoned: number;
      /** An `NLR1-` code (always sort mode, the article pack, no count of abandoned attempts). */
      legacy: boolean;
    }
  | {
      ok: false;
      error: ResultCodeError;
      message: string;
      /** Where the one typo is, when exactly one character explains it. */
      typoAt?: Pick<Typo, 'index' | 'group' | 'kind'>;
      /** The code with that typo repaired, to offer, never to accept unasked. */
      suggestion?: string;
    };

/**
 * Cleans a name the way a result code stores it: NFC, no control or bidirectional-override
 * characters, runs of white space made one space, trimmed, at most 40 characters (cut between
 * whole characters). Markup is left alone: it is only ever shown as text.
 */
export function normaliseName(name: string): string {
  let current = name;
  // A cut can, very rarely, let NFC recompose differently; repeat until nothing changes.
  for (let pass = 0; pass < 4; pass++) {
    const next = cutToLength(
      current
        .normalize('NFC')
        .replace(/[\p{Cc}\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu, ' ')
        .replace(/[\s\u2028\u2029]+/gu, ' ')
        .trim(),
      MAX_NAME_LENGTH,
    ).trim();
    if (next === current) return next;
    current = next;
  }
  return current;
}

function cutToLength(text: string, maxCodePoints: number): string {
  if ([...text].length <= maxCodePoints) return text;
  const pieces =
    typeof Intl !== 'undefined' && 'Segmenter' in Intl
      ? Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment)
      : [...text];
  let out = '';
  let length = 0;
  for (const piece of pieces) {
    const size = [...piece].length;
    if (length + size > maxCodePoints) break;
    out += piece;
    length += size;
  }
  // A single grapheme longer than the limit (stacked accents): fall back to code points.
  return out.length > 0 ? out : [...text].slice(0, maxCodePoints).join('');
}

/** Bits that hold 0 … count − 1. */
function widthFor(count: number): number {
  return count <= 1 ? 0 : 32 - Math.clz32(count - 1);
}

function writeCount(writer: BitWriter, value: number): void {
  let rest = value;
  do {
    const piece = rest % 8;
    rest = Math.floor(rest / 8);
    writer.write(rest > 0 ? 1 : 0, 1).write(piece, 3);
  } while (rest > 0);
}

function readCount(reader: BitReader): number | null {
  let value = 0;
  for (let scale = 1; scale <= MAX_SECONDS; scale *= 8) {
    const more = reader.read(1);
    const piece = reader.read(3);
    if (more === null || piece === null) return null;
    value += piece * scale;
    if (more === 0) return value;
  }
  return null;
}

function clampCount(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.floor(value))) : min;
}

function sameRound(a: RoundConfig, b: RoundConfig): boolean {
  const canonical = (c: RoundConfig): string =>
    JSON.stringify([
      c.packId,
      c.setId,
      c.mode,
      c.questionCount,
      QUESTION_KINDS.filter((k) => c.kinds.includes(k)),
      c.difficulty.min,
      c.difficulty.max,
      c.timerSeconds,
      c.explanationsDuringPlay,
      c.allowRetry,
      c.seed,
    ]);
  return canonical(a) === canonical(b);
}

/** The submission as numbers: sort → each card's index among those not yet placed; place → gaps. */
function timelineNumbers(
  plan: RoundPlan,
  submission: TimelineSubmission,
): Array<{ value: number; count: number }> {
  const ids = plan.cards.map((c) => c.id);
  if (submission.mode !== plan.config.mode)
    throw new Error(`a ${submission.mode} submission for a ${plan.config.mode} round`);
  if (submission.mode === 'place') {
    if (submission.gaps.length !== Math.max(0, ids.length - 1))
      throw new Error(`expected ${ids.length - 1} placements, got ${submission.gaps.length}`);
    return submission.gaps.map((gap, i) => {
      if (!Number.isInteger(gap) || gap < 0 || gap > i + 1)
        throw new Error(`placement ${i + 1} has no gap ${gap}`);
      return { value: gap, count: i + 2 };
    });
  }
  const remaining = [...ids];
  const numbers = submission.order.map((id) => {
    const value = remaining.indexOf(id);
    if (value < 0) throw new Error('the submitted order must place each card of the round exactly once');
    const count = remaining.length;
    remaining.splice(value, 1);
    return { value, count };
  });
  if (remaining.length > 0)
    throw new Error('the submitted order must place each card of the round exactly once');
  return numbers;
}

function answerNumber(
  plan: RoundPlan,
  index: number,
  given: string | null,
): { value: number; width: number } {
  const planned = plan.questions[index]!;
  if (planned.question.kind === 'number') {
    const digits = given?.trim().replace(/[\s,]/g, '') ?? '';
    const value = /^\d+$/.test(digits) && Number(digits) <= MAX_NUMBER ? Number(digits) + 1 : 0;
    return { value, width: NUMBER_BITS };
  }
  const choice = given === null ? -1 : planned.choices.findIndex((c) => sameAnswer(c, given));
  return { value: choice + 1, width: widthFor(planned.choices.length + 1) };
}

/**
 * Packs a finished round into a result code. Throws only on a programming error: a round code
 * that is not this plan's, a submission that does not fit the plan, or the wrong number of answers.
 */
export function encodeResult(plan: RoundPlan, pack: Pack, input: ResultCodeInput): string {
  const round = decodeRound(input.roundCode, [pack]);
  if (!round.ok) throw new Error(`not a round code of pack ${pack.id}: ${round.message}`);
  if (!sameRound(round.config, plan.config)) throw new Error('the round code is not the round of this plan');
  if (input.answers.length !== plan.questions.length)
    throw new Error(`expected ${plan.questions.length} answers, got ${input.answers.length}`);

  const writer = new BitWriter();
  const legacyBytes = round.legacy ? fromBase64Url(round.code) : null;
  const roundBytes = legacyBytes ?? roundCodeData(round.code);
  if (!roundBytes || roundBytes.length > 255) throw new Error(`cannot store round code ${round.code}`);
  writer.write(legacyBytes ? 1 : 0, 1);
  if (legacyBytes) writer.write(legacyBytes.length, 8);
  roundBytes.forEach((b) => writer.write(b, 8));
  writer.write(planFingerprint(plan), PLAN_FINGERPRINT_BITS);

  const nameBytes = new TextEncoder().encode(normaliseName(input.name));
  writer.write(nameBytes.length, 8);
  nameBytes.forEach((b) => writer.write(b, 8));
  for (const { value, count } of timelineNumbers(plan, input.submission))
    writer.write(value, widthFor(count));
  input.answers.forEach((given, i) => {
    const { value, width } = answerNumber(plan, i, given);
    writer.write(value, width);
  });
  writeCount(writer, clampCount(Math.floor(input.timeMs / 1000), 0, MAX_SECONDS));
  writeCount(writer, clampCount(input.attempt, 1, MAX_COUNT));
  writeCount(writer, clampCount(input.abandoned, 0, MAX_COUNT));

  const body = writer.bytes();
  return RESULT_CODE_PREFIX + groupCode(bytesToCode(Uint8Array.from([...body, ...checksum(body)])));
}

/** Never throws: every way a code can be wrong comes back as a reason a teacher can read. */
export function decodeResult(text: string, packs: readonly Pack[]): DecodedResult {
  try {
    return decode(text, packs);
  } catch {
    // Nothing below should throw; this keeps the promise if a future change makes it.
    return fail('out-of-range', 'That result code could not be read.');
  }
}

function decode(text: string, packs: readonly Pack[]): DecodedResult {
  const code = text.trim();
  if (code.length === 0) return fail('empty', 'The result code is empty.');
  const prefix = /^NLR\s*(\d+)\s*-?/i.exec(code);
  if (!prefix) {
    const isRound = decodeRound(code, packs).ok || /^NL[\s-]/i.test(code);
    return fail(
      'not-a-result-code',
      isRound
        ? `That is a round code (what the teacher shares), not a result code: result codes start with "${RESULT_CODE_PREFIX}".`
        : `That is not a Newsline result code: result codes start with "${RESULT_CODE_PREFIX}".`,
    );
  }
  if (code.length > MAX_CODE_CHARS * 2) return fail('too-long', 'That is too long to be a result code.');
  const payload = code.slice(prefix[0].length);
  if (prefix[1] === '1') return decodeLegacy(payload, packs);
  if (prefix[1] !== '2')
    return fail(
      'unknown-version',
      'That result code was made by a newer version of Newsline than this site runs.',
    );

  const compact = compactCode(payload);
  const { chars, shown, unknownAt } = readCodeCharacters(compact);
  if (chars.length > MAX_CODE_CHARS) return fail('too-long', 'That is too long to be a result code.');
  if (chars.length < MIN_CODE_CHARS)
    return fail('too-short', 'That result code is too short: it may have been cut off.');
  const bytesOf = (candidate: string): Uint8Array | null => {
    const bytes = codeToBytes(candidate);
    if (!bytes || bytes.length <= CHECKSUM_BYTES) return null;
    const body = bytes.subarray(0, bytes.length - CHECKSUM_BYTES);
    const sum = bytes.subarray(bytes.length - CHECKSUM_BYTES);
    return checksum(body).every((b, i) => b === sum[i]) ? body : null;
  };
  const typoFailure = (error: ResultCodeError, typo: Typo, lead: string): DecodedResult => ({
    ok: false,
    error,
    message: `${lead} ${typoSentence(shown, typo)}`,
    typoAt: { index: typo.index, group: typo.group, kind: typo.kind },
    suggestion: RESULT_CODE_PREFIX + groupCode(typo.corrected),
  });
  const first = unknownAt[0];
  if (first !== undefined) {
    const typo = unknownAt.length === 1 ? locateTypo(chars, (c) => bytesOf(c) !== null, isBytesLength) : null;
    if (typo) return typoFailure('bad-characters', typo, `"${shown[first]}" is not used in result codes.`);
    return fail(
      'bad-characters',
      `A result code has only digits and the letters A–Z except U after "${RESULT_CODE_PREFIX}"; character ${first + 1} ("${shown[first]}") is not one of them.`,
    );
  }
  const body = bytesOf(chars);
  if (!body) {
    const typo = locateTypo(chars, (c) => bytesOf(c) !== null, isBytesLength);
    if (typo) return typoFailure('checksum', typo, 'That result code does not check out.');
    return fail(
      'checksum',
      `That result code does not check out: more than one character is wrong or missing, or it was cut short; ${CHECKS_OUT_HINT}`,
    );
  }

  const reader = new BitReader(body);
  const legacyRound = reader.read(1);
  const roundBytes = legacyRound === 1 ? reader.bytes(reader.read(8) ?? 0) : reader.bytes(10);
  if (legacyRound === null || !roundBytes) return malformed();
  const round =
    legacyRound === 1 ? decodeRound(toBase64Url(roundBytes), packs) : decodeRoundData(roundBytes, packs);
  if (round.ok && round.legacy !== (legacyRound === 1)) return malformed();
  const planned = plannedRound(round);
  if (!planned.ok) return planned.failure;
  const { plan, pack } = planned;
  if (reader.read(PLAN_FINGERPRINT_BITS) !== planFingerprint(plan)) return earlierPack(pack);

  const name = readName(reader.bytes(reader.read(8) ?? 0));
  if (name === null) return fail('out-of-range', 'The name in that result code is not valid text.');
  const submission = readSubmission(reader, plan);
  if (!submission) return fail('out-of-range', 'The timeline in that result code does not fit its round.');
  const answers: (string | null)[] = [];
  for (const [i, q] of plan.questions.entries()) {
    const value = reader.read(answerNumber(plan, i, null).width);
    if (value === null) return malformed();
    if (q.question.kind === 'number') answers.push(value === 0 ? null : String(value - 1));
    else if (value > q.choices.length)
      return fail('out-of-range', 'An answer in that result code is not one of the options.');
    else answers.push(value === 0 ? null : q.choices[value - 1]!);
  }
  const [seconds, attempt, abandoned] = [readCount(reader), readCount(reader), readCount(reader)];
  if (seconds === null || attempt === null || abandoned === null || !reader.atEnd()) return malformed();
  if (attempt < 1) return fail('out-of-range', 'The attempt number in that result code is out of range.');
  return graded(round, plan, pack, { name, submission, answers, seconds, attempt, abandoned, legacy: false });
}

type Planned = { ok: true; plan: RoundPlan; pack: Pack } | { ok: false; failure: DecodedResult };

function plannedRound(round: DecodedRound): Planned {
  if (!round.ok)
    return {
      ok: false,
      failure:
        round.error === 'unknown-pack'
          ? fail('unknown-pack', 'This result is for a round of a content pack this site does not have.')
          : fail('bad-round', `The round inside this result code is not valid: ${round.message}`),
    };
  const planned = planRound(round.pack, round.config);
  if (!planned.ok)
    return {
      ok: false,
      failure: fail('bad-round', `This result is for a round this site cannot rebuild: ${planned.error}.`),
    };
  return { ok: true, plan: planned.plan, pack: round.pack };
}

function earlierPack(pack: Pack): DecodedResult {
  return fail(
    'earlier-pack',
    `This result was made with an earlier version of the pack "${pack.title}", so it is not re-graded: the cards or questions it was played on differ from this site's copy.`,
  );
}

function readName(bytes: Uint8Array | null): string | null {
  if (!bytes) return null;
  try {
    return normaliseName(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
}

function readSubmission(reader: BitReader, plan: RoundPlan): TimelineSubmission | null {
  const ids = plan.cards.map((c) => c.id);
  if (plan.config.mode === 'place') {
    const gaps = ids.slice(1).map((_, i) => reader.read(widthFor(i + 2)) ?? -1);
    return gaps.every((gap, i) => gap >= 0 && gap <= i + 1) ? { mode: 'place', gaps } : null;
  }
  const remaining = [...ids];
  const order: string[] = [];
  while (remaining.length > 0) {
    const index = reader.read(widthFor(remaining.length));
    if (index === null || index >= remaining.length) return null;
    order.push(...remaining.splice(index, 1));
  }
  return { mode: 'sort', order };
}

interface HandIn {
  name: string;
  submission: TimelineSubmission;
  answers: (string | null)[];
  seconds: number;
  attempt: number;
  abandoned: number;
  legacy: boolean;
}

function graded(round: DecodedRound, plan: RoundPlan, pack: Pack, handIn: HandIn): DecodedResult {
  if (!round.ok) return malformed();
  const given: GivenAnswer[] = plan.questions.map((q, i) => ({
    questionId: q.question.id,
    given: handIn.answers[i] ?? null,
    ms: 0,
  }));
  const { seconds, ...rest } = handIn;
  return {
    ok: true,
    roundCode: round.code,
    config: round.config,
    pack,
    plan,
    ...rest,
    result: summariseRound(plan, handIn.submission, given, seconds * 1000),
  };
}

// Version 1 (`NLR1-`, base64url):
//   [1][round length][round code bytes …][plan fingerprint: 2][name length][name …]
//   [card count][card index …][question count][answer: 1 byte, or 2 for numbers; all ones = none]
//   [seconds: 4][attempt][CRC-32: 4]
const LEGACY_NO_CHOICE = 0xff;
const LEGACY_NO_NUMBER = 0xffff;
/** Version byte, round length, fingerprint, name length, card count, question count, seconds, attempt, CRC. */
const LEGACY_MIN_BYTES = 1 + 1 + 2 + 1 + 1 + 1 + 4 + 1 + CHECKSUM_BYTES;

function decodeLegacy(payload: string, packs: readonly Pack[]): DecodedResult {
  if (!/^[A-Za-z0-9_-]*$/.test(payload))
    return fail(
      'bad-characters',
      `A result code that starts with "${LEGACY_RESULT_CODE_PREFIX}" has only letters, digits, "-" and "_": check for a typo or a stray space.`,
    );
  const bytes = fromBase64Url(payload);
  if (!bytes || bytes.length < LEGACY_MIN_BYTES)
    return fail('too-short', 'That result code is too short: it may have been cut off.');
  const body = bytes.subarray(0, bytes.length - CHECKSUM_BYTES);
  if (checksum(body).some((b, i) => b !== bytes[body.length + i]))
    return fail(
      'checksum',
      `That result code does not check out: a character is wrong or missing (older codes also mind upper and lower case); ${CHECKS_OUT_HINT}`,
    );
  const reader = new BitReader(body);
  if (reader.read(8) !== 1)
    return fail('unknown-version', 'That result code was made by a different version of Newsline.');
  const roundBytes = reader.bytes(reader.read(8) ?? 0);
  if (!roundBytes) return malformed();
  const round = decodeRound(toBase64Url(roundBytes), packs);
  const planned = plannedRound(round);
  if (!planned.ok) return planned.failure;
  const { plan, pack } = planned;
  if (reader.read(16) !== legacyPlanFingerprint(plan)) return earlierPack(pack);
  const name = readName(reader.bytes(reader.read(8) ?? 0));
  if (name === null) return fail('out-of-range', 'The name in that result code is not valid text.');

  if (reader.read(8) !== plan.cards.length) return malformed();
  const indexes = plan.cards.map(() => reader.read(8) ?? -1);
  if (indexes.some((i) => i < 0 || i >= plan.cards.length) || new Set(indexes).size !== plan.cards.length)
    return fail('out-of-range', 'The timeline in that result code does not place each card once.');
  if (reader.read(8) !== plan.questions.length) return malformed();
  const answers: (string | null)[] = [];
  for (const q of plan.questions) {
    const value = reader.read(q.question.kind === 'number' ? 16 : 8);
    if (value === null) return malformed();
    if (q.question.kind === 'number') answers.push(value === LEGACY_NO_NUMBER ? null : String(value));
    else if (value !== LEGACY_NO_CHOICE && value >= q.choices.length)
      return fail('out-of-range', 'An answer in that result code is not one of the options.');
    else answers.push(value === LEGACY_NO_CHOICE ? null : q.choices[value]!);
  }
  const seconds = reader.read(32);
  const attempt = reader.read(8);
  if (seconds === null || attempt === null || !reader.atEnd()) return malformed();
  if (attempt < 1) return fail('out-of-range', 'The attempt number in that result code is out of range.');
  const submission: TimelineSubmission = { mode: 'sort', order: indexes.map((i) => plan.cards[i]!.id) };
  return graded(round, plan, pack, {
    name,
    submission,
    answers,
    seconds,
    attempt,
    abandoned: 0,
    legacy: true,
  });
}

/**
 * Every result code in a piece of pasted text, with its 1-based line number; a line may hold
 * several, and text around a code (a name, "here is my code:") is ignored. Grouped codes keep
 * their dashes; a code split by spaces or across lines is not found.
 */
export function findResultCodes(text: string): Array<{ line: number; code: string }> {
  const found: Array<{ line: number; code: string }> = [];
  const pattern = /(?<![A-Za-z0-9])(?:NLR1-[A-Za-z0-9_-]*|NLR\d+-[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)/gi;
  text.split(/\r\n|\r|\n/).forEach((lineText, i) => {
    for (const match of lineText.matchAll(pattern)) found.push({ line: i + 1, code: match[0] });
  });
  return found;
}

/**
 * The hand-in for a finished round, from what the results screen already has: the answers are
 * put in plan order by question id, and a question never reached counts as no answer.
 */
export function resultInput(
  plan: RoundPlan,
  result: RoundResult,
  handIn: { roundCode: string; name: string; attempt: number; abandoned: number },
): ResultCodeInput {
  const given = new Map(result.answers.map((a) => [a.questionId, a.given]));
  return {
    ...handIn,
    submission: result.submission,
    answers: plan.questions.map((q) => given.get(q.question.id) ?? null),
    timeMs: result.timeMs,
  };
}

/** A small text file a student can hand in instead of pasting; the gradebook finds the code in it. */
export function resultFile(name: string, code: string): { fileName: string; text: string } {
  const clean = normaliseName(name);
  const slug =
    clean
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 30) || 'student';
  return {
    fileName: `newsline-result-${slug}.txt`,
    text: `Newsline result for ${clean || '(no name)'}\n${code}\n`,
  };
}

function checksum(body: Uint8Array): number[] {
  const crc = CRC32.buf(body) >>> 0;
  return [(crc >>> 24) & 0xff, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff];
}

function fail(error: ResultCodeError, message: string): DecodedResult {
  return { ok: false, error, message };
}

function malformed(): DecodedResult {
  return fail(
    'out-of-range',
    'That result code checks out but does not fit its round: it was not made by Newsline.',
  );
}
