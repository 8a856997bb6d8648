import CRC32 from 'crc-32';
import type { Pack } from '../content/schema';
import { planRound, type RoundPlan } from './plan';
import { summariseRound, type GivenAnswer, type RoundResult } from './result';
import { decodeRound, fromBase64Url, toBase64Url } from './round-code';
import { sameAnswer } from './scoring';
import type { RoundConfig } from './round-config';

/**
 * A result code is what a student hands in at the end of an assigned round: one line of text
 * that a teacher pastes into the gradebook. It holds the round code, the student's name, the
 * order they submitted and the answer they gave to each question; the gradebook replays these
 * against the game's own content pack and recomputes every score, so a score is never read
 * from the code itself.
 *
 * Layout after the `NLR1-` prefix, as bytes then base64url (version 1):
 *
 *   [version]
 *   [round length][round code bytes …]        the round code's own bytes, with its own CRC
 *   [round fingerprint: 2 bytes]             CRC-32 of the planned cards, questions and options
 *   [name length][name, UTF-8 …]              trimmed, NFC, no control characters, ≤ 40 characters
 *   [card count][card index …]                the submitted order, as indexes into plan.cards
 *   [question count][answer …]                per planned question: a choice index (0xFF: none),
 *                                             or for number questions a uint16 (0xFFFF: none)
 *   [time: uint32 seconds][attempt]
 *   [CRC-32 of everything before it: 4 bytes]
 *
 * The round fingerprint makes a code played against different content (a newer pack that
 * draws other questions for the same seed) fail loudly instead of being scored against the
 * wrong questions.
 *
 * Be clear about what the checksum is for: it catches typos, a missing character and a code
 * cut short in a copy and paste. It is not a signature: anyone who reads this file can build a
 * code with any answers they like, so a determined student can forge a result. Treat result
 * codes like a worksheet handed in, not like an exam under supervision.
 */
export const RESULT_CODE_PREFIX = 'NLR1-';
export const RESULT_CODE_VERSION = 1;
/** Longest name kept, in Unicode code points (whole characters, never half an emoji). */
export const MAX_NAME_LENGTH = 40;

const CHECKSUM_BYTES = 4;
const NO_CHOICE = 0xff;
const NO_NUMBER = 0xffff;
const MAX_ATTEMPT = 255;
const MAX_SECONDS = 0xffff_ffff;
/** A full set of 255 cards, 255 number questions and a 40-emoji name still fits. */
const MAX_CODE_LENGTH = 2000;
/** version, round length, fingerprint, name length, card count, question count, time, attempt, CRC. */
const FIXED_BYTES = 1 + 1 + 2 + 1 + 1 + 1 + 4 + 1 + CHECKSUM_BYTES;

export interface ResultCodeInput {
  roundCode: string;
  name: string;
  submittedOrder: readonly string[];
  /**
   * One per plan question, in plan order: the option label chosen, the digits typed, or null
   * for a timeout or skip. A label that is not one of the question's choices, or a number that
   * is not plain digits (0–65534), is recorded as no answer.
   */
  answers: readonly (string | null)[];
  timeMs: number;
  /** 1 = first attempt. */
  attempt: number;
}

export type ResultCodeError =
  | 'empty'
  | 'not-a-result-code'
  | 'bad-characters'
  | 'too-short'
  | 'too-long'
  | 'unknown-version'
  | 'checksum'
  | 'bad-round'
  | 'out-of-range';

export type DecodedResult =
  | {
      ok: true;
      /** The round code in its canonical spelling. */
      roundCode: string;
      config: RoundConfig;
      plan: RoundPlan;
      name: string;
      submittedOrder: string[];
      /** As the student gave them: option labels, digits, null for no answer. */
      answers: (string | null)[];
      /** Recomputed with summariseRound from the plan, never trusted from the code. */
      result: RoundResult;
      attempt: number;
    }
  | { ok: false; error: ResultCodeError; message: string };

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

/** The index of an option label among a question's choices, matched as scoreAnswer does. */
function choiceIndex(choices: readonly string[], given: string): number {
  return choices.findIndex((c) => sameAnswer(c, given));
}

function numberValue(given: string): number | null {
  const digits = given.trim().replace(/[\s,]/g, '');
  if (!/^\d+$/.test(digits)) return null;
  const value = Number(digits);
  return value < NO_NUMBER ? value : null;
}

/**
 * Packs a finished round into a result code. Throws only on a programming error: a round code
 * that does not decode, an order that is not a permutation of the plan's cards, or an answer
 * list of the wrong length.
 */
export function encodeResult(plan: RoundPlan, input: ResultCodeInput): string {
  const roundBytes = fromBase64Url(input.roundCode.trim());
  const round = decodeRound(input.roundCode);
  if (!roundBytes || !round.ok) throw new Error(`not a valid round code: ${input.roundCode}`);
  if (roundBytes.length > 255) throw new Error('round code too long');

  const cardIndex = new Map(plan.cards.map((card, i) => [card.id, i]));
  const order = input.submittedOrder.map((id) => cardIndex.get(id) ?? -1);
  if (order.length !== plan.cards.length || order.includes(-1) || new Set(order).size !== order.length)
    throw new Error('the submitted order must place each card of the round exactly once');
  if (plan.cards.length > 255 || plan.questions.length > 255) throw new Error('round too large');
  if (input.answers.length !== plan.questions.length)
    throw new Error(`expected ${plan.questions.length} answers, got ${input.answers.length}`);

  const answerBytes: number[] = [];
  plan.questions.forEach((planned, i) => {
    const given = input.answers[i] ?? null;
    if (planned.question.kind === 'number') {
      const value = given === null ? null : numberValue(given);
      const v = value ?? NO_NUMBER;
      answerBytes.push((v >>> 8) & 0xff, v & 0xff);
    } else {
      const index = given === null ? -1 : choiceIndex(planned.choices, given);
      answerBytes.push(index >= 0 && index < NO_CHOICE ? index : NO_CHOICE);
    }
  });

  const nameBytes = new TextEncoder().encode(normaliseName(input.name));
  const seconds = Number.isFinite(input.timeMs)
    ? Math.min(MAX_SECONDS, Math.max(0, Math.round(input.timeMs / 1000)))
    : 0;
  const attempt = Number.isFinite(input.attempt)
    ? Math.min(MAX_ATTEMPT, Math.max(1, Math.floor(input.attempt)))
    : 1;
  const fingerprint = planFingerprint(plan);

  const body = [
    RESULT_CODE_VERSION,
    roundBytes.length,
    ...roundBytes,
    (fingerprint >>> 8) & 0xff,
    fingerprint & 0xff,
    nameBytes.length,
    ...nameBytes,
    order.length,
    ...order,
    plan.questions.length,
    ...answerBytes,
    (seconds >>> 24) & 0xff,
    (seconds >>> 16) & 0xff,
    (seconds >>> 8) & 0xff,
    seconds & 0xff,
    attempt,
  ];
  return RESULT_CODE_PREFIX + toBase64Url(Uint8Array.from([...body, ...checksum(body)]));
}

/** Never throws: every way a code can be wrong comes back as a reason a teacher can read. */
export function decodeResult(text: string, pack: Pack): DecodedResult {
  try {
    return decode(text, pack);
  } catch {
    // Nothing above should throw; this keeps the promise if a future change makes it.
    return fail('out-of-range', 'That result code could not be read.');
  }
}

function decode(text: string, pack: Pack): DecodedResult {
  const code = text.trim();
  if (code.length === 0) return fail('empty', 'The result code is empty.');
  const prefix = /^NLR(\d+)-/i.exec(code);
  if (!prefix) {
    if (decodeRound(code).ok)
      return fail(
        'not-a-result-code',
        'That is a round code (what the teacher shares), not a result code: result codes start with "NLR1-".',
      );
    return fail('not-a-result-code', 'That is not a Newsline result code: result codes start with "NLR1-".');
  }
  if (prefix[1] !== '1')
    return fail('unknown-version', 'That result code was made by a different version of Newsline.');
  if (code.length > MAX_CODE_LENGTH) return fail('too-long', 'That is too long to be a result code.');
  const payload = code.slice(prefix[0].length);
  if (!/^[A-Za-z0-9_-]*$/.test(payload))
    return fail(
      'bad-characters',
      'A result code has only letters, digits, "-" and "_" after "NLR1-": check for a typo or a stray space.',
    );
  if (payload.length < Math.ceil((FIXED_BYTES * 4) / 3))
    return fail('too-short', 'That result code is too short: it may have been cut off.');
  const bytes = fromBase64Url(payload);
  if (!bytes)
    return fail('checksum', 'That result code does not check out: a character is missing or extra.');

  // Every version keeps the CRC last, so a typo in the version byte reads as a typo.
  const body = bytes.subarray(0, bytes.length - CHECKSUM_BYTES);
  const sum = bytes.subarray(bytes.length - CHECKSUM_BYTES);
  if (checksum(body).some((b, i) => b !== sum[i]))
    return fail(
      'checksum',
      'That result code does not check out: a character is wrong or missing, or it was cut short.',
    );
  if (body[0] !== RESULT_CODE_VERSION)
    return fail('unknown-version', 'That result code was made by a different version of Newsline.');

  const reader = new Reader(body, 1);
  const roundBytes = reader.bytes(reader.byte());
  const fingerprint = reader.uint16();
  const nameBytes = reader.bytes(reader.byte());
  if (!roundBytes || fingerprint === null || !nameBytes) return malformed();

  const roundCode = toBase64Url(roundBytes);
  const round = decodeRound(roundCode);
  if (!round.ok) return fail('bad-round', `The round inside this result code is not valid: ${round.message}`);
  const planned = planRound(pack, round.config);
  if (!planned.ok)
    return fail('bad-round', `This result is for a round this game cannot rebuild: ${planned.error}.`);
  const plan = planned.plan;
  if (planFingerprint(plan) !== fingerprint)
    return fail(
      'bad-round',
      'This result was played on different questions than this copy of the game has (another version of the content).',
    );

  let name: string;
  try {
    name = normaliseName(new TextDecoder('utf-8', { fatal: true }).decode(nameBytes));
  } catch {
    return fail('out-of-range', 'The name in that result code is not valid text.');
  }

  const cardCount = reader.byte();
  if (cardCount !== plan.cards.length) return malformed();
  const order: number[] = [];
  for (let i = 0; i < cardCount; i++) order.push(reader.byte() ?? -1);
  if (order.some((i) => i < 0 || i >= cardCount) || new Set(order).size !== cardCount)
    return fail('out-of-range', 'The timeline in that result code does not place each card once.');
  const submittedOrder = order.map((i) => plan.cards[i]!.id);

  const questionCount = reader.byte();
  if (questionCount !== plan.questions.length) return malformed();
  const answers: (string | null)[] = [];
  for (const q of plan.questions) {
    if (q.question.kind === 'number') {
      const value = reader.uint16();
      if (value === null) return malformed();
      answers.push(value === NO_NUMBER ? null : String(value));
    } else {
      const index = reader.byte();
      if (index === null) return malformed();
      if (index !== NO_CHOICE && index >= q.choices.length)
        return fail('out-of-range', 'An answer in that result code is not one of the options.');
      answers.push(index === NO_CHOICE ? null : q.choices[index]!);
    }
  }
  const seconds = reader.uint32();
  const attempt = reader.byte();
  if (seconds === null || attempt === null || !reader.atEnd()) return malformed();
  if (attempt < 1) return fail('out-of-range', 'The attempt number in that result code is out of range.');

  const given: GivenAnswer[] = plan.questions.map((q, i) => ({
    questionId: q.question.id,
    given: answers[i] ?? null,
    ms: 0,
  }));
  const result = summariseRound(plan, submittedOrder, given, seconds * 1000);
  return {
    ok: true,
    roundCode,
    config: round.config,
    plan,
    name,
    submittedOrder,
    answers,
    result,
    attempt,
  };
}

/**
 * Every result code in a piece of pasted text, with its 1-based line number; a line may hold
 * several, and text around a code (a name, "here is my code:") is ignored.
 */
export function findResultCodes(text: string): Array<{ line: number; code: string }> {
  const found: Array<{ line: number; code: string }> = [];
  text.split(/\r\n|\r|\n/).forEach((lineText, i) => {
    for (const match of lineText.matchAll(/(?<![A-Za-z0-9])NLR\d+-[A-Za-z0-9_-]*/gi))
      found.push({ line: i + 1, code: match[0] });
  });
  return found;
}

/**
 * The hand-in for a finished round, from what the results screen already has: the answers are
 * put in plan order by question id, and a question never reached counts as no answer.
 */
export function resultInput(
  plan: RoundPlan,
  roundCode: string,
  name: string,
  result: RoundResult,
  attempt = 1,
): ResultCodeInput {
  const given = new Map(result.answers.map((a) => [a.questionId, a.given]));
  return {
    roundCode,
    name,
    submittedOrder: result.submittedOrder,
    answers: plan.questions.map((q) => given.get(q.question.id) ?? null),
    timeMs: result.timeMs,
    attempt,
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

/** Two bytes that change when the same round code would deal other cards, questions or options. */
export function planFingerprint(plan: RoundPlan): number {
  const text = [
    plan.cards.map((c) => c.id).join(','),
    ...plan.questions.map((q) => `${q.question.id}:${q.choices.join('|')}`),
  ].join('\n');
  return (CRC32.buf(new TextEncoder().encode(text)) >>> 0) & 0xffff;
}

function checksum(body: ArrayLike<number>): number[] {
  const crc = CRC32.buf(Uint8Array.from(body)) >>> 0;
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

/** Reads bytes in order; every read past the end gives null instead of throwing. */
class Reader {
  constructor(
    private readonly data: Uint8Array,
    private at: number,
  ) {}

  byte(): number | null {
    return this.at < this.data.length ? this.data[this.at++]! : null;
  }

  bytes(count: number | null): Uint8Array | null {
    if (count === null || this.at + count > this.data.length) return null;
    const out = this.data.subarray(this.at, this.at + count);
    this.at += count;
    return out;
  }

  uint16(): number | null {
    const b = this.bytes(2);
    return b ? (b[0]! << 8) | b[1]! : null;
  }

  uint32(): number | null {
    const b = this.bytes(4);
    return b ? ((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0 : null;
  }

  atEnd(): boolean {
    return this.at === this.data.length;
  }
}
