import CRC32 from 'crc-32';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundConfigs } from '../fixtures/configs';
import { articlePack } from '../../src/content/article-pack';
import type { Pack } from '../../src/content/schema';
import { planRound, type RoundPlan } from '../../src/rules/plan';
import { summariseRound } from '../../src/rules/result';
import {
  MAX_NAME_LENGTH,
  RESULT_CODE_PREFIX,
  decodeResult,
  encodeResult,
  findResultCodes,
  normaliseName,
  resultFile,
  resultInput,
  type ResultCodeInput,
} from '../../src/rules/result-code';
import { encodeRound, fromBase64Url, toBase64Url } from '../../src/rules/round-code';
import { DEFAULT_ROUND, type RoundConfig } from '../../src/rules/round-config';
import { answerLabel, scoreAnswer } from '../../src/rules/scoring';

const XSS_NAME = '<img src=x onerror=alert(1)>';

const configArb: fc.Arbitrary<RoundConfig> = roundConfigs(
  fc.constantFrom(...articlePack.sets.map((s) => s.id)),
);

const nameArb = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom(
    'Ada',
    XSS_NAME,
    '"><script>alert(1)</script>',
    'محمد الأحمد',
    'שרה כהן',
    '👩🏽‍🔬 Marie 🇫🇷',
    'Zoë Ñúñez',
    '=HYPERLINK("http://x")',
    '李小龍',
    '',
  ),
);

function planFor(config: RoundConfig, pack: Pack = articlePack): RoundPlan {
  const outcome = planRound(pack, config);
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.plan;
}

/** A plan and a random, valid hand-in for it (answers in mixed case and padding, as a player might give). */
const caseArb = configArb.chain((config) => {
  const plan = planFor(config);
  const answerArbs = plan.questions.map((q) =>
    q.question.kind === 'number'
      ? fc.option(fc.integer({ min: 0, max: 9999 }).map(String), { nil: null })
      : fc.option(
          fc
            .tuple(fc.integer({ min: 0, max: q.choices.length - 1 }), fc.boolean(), fc.boolean())
            .map(([i, upper, pad]) => {
              const label = q.choices[i]!;
              return `${pad ? ' ' : ''}${upper ? label.toUpperCase() : label}`;
            }),
          { nil: null },
        ),
  );
  return fc.record({
    plan: fc.constant(plan),
    input: fc.record({
      roundCode: fc.constant(encodeRound(config)),
      name: nameArb,
      submittedOrder: fc.shuffledSubarray(
        plan.cards.map((c) => c.id),
        { minLength: plan.cards.length, maxLength: plan.cards.length },
      ),
      answers: fc.tuple(...answerArbs) as fc.Arbitrary<(string | null)[]>,
      timeMs: fc.integer({ min: 0, max: 10 * 3600 * 1000 }),
      attempt: fc.integer({ min: 1, max: 255 }),
    }) as fc.Arbitrary<ResultCodeInput>,
  });
});

function sampleInput(
  config: RoundConfig = { ...DEFAULT_ROUND, setId: 'medium', questionCount: 4, seed: 77 },
) {
  const plan = planFor(config);
  const input: ResultCodeInput = {
    roundCode: encodeRound(config),
    name: 'Ada',
    submittedOrder: plan.cards.map((c) => c.id),
    answers: plan.questions.map((q) => answerLabel(q.question)),
    timeMs: 125_400,
    attempt: 1,
  };
  return { plan, input, code: encodeResult(plan, input) };
}

/** Rewrites a code's bytes and signs it again with a valid CRC, as a forger (or a bug) could. */
function reforge(code: string, edit: (bytes: number[]) => number[]): string {
  const bytes = [...fromBase64Url(code.slice(RESULT_CODE_PREFIX.length))!].slice(0, -4);
  const body = edit(bytes);
  const crc = CRC32.buf(Uint8Array.from(body)) >>> 0;
  const sum = [(crc >>> 24) & 0xff, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff];
  return RESULT_CODE_PREFIX + toBase64Url(Uint8Array.from([...body, ...sum]));
}

describe('result codes', () => {
  it('round-trip any valid hand-in over random rounds, and the scores are recomputed, never trusted', () => {
    fc.assert(
      fc.property(caseArb, ({ plan, input }) => {
        const code = encodeResult(plan, input);
        expect(code.startsWith(RESULT_CODE_PREFIX)).toBe(true);
        expect(code).toMatch(/^NLR1-[A-Za-z0-9_-]+$/);
        const decoded = decodeResult(code, articlePack);
        if (!decoded.ok) throw new Error(decoded.message);
        expect(decoded.roundCode).toBe(input.roundCode);
        expect(decoded.config).toEqual(plan.config);
        expect(decoded.name).toBe(normaliseName(input.name));
        expect(decoded.submittedOrder).toEqual(input.submittedOrder);
        expect(decoded.attempt).toBe(input.attempt);
        // Answers come back in the words the player was shown.
        decoded.answers.forEach((answer, i) => {
          const q = plan.questions[i]!;
          const given = input.answers[i] ?? null;
          if (given === null) expect(answer).toBeNull();
          else if (q.question.kind === 'number') expect(answer).toBe(String(Number(given)));
          else expect(answer?.toLowerCase()).toBe(given.trim().toLowerCase());
        });
        const seconds = Math.round(input.timeMs / 1000);
        const expected = summariseRound(
          plan,
          input.submittedOrder,
          plan.questions.map((q, i) => ({
            questionId: q.question.id,
            given: input.answers[i] ?? null,
            ms: 0,
          })),
          seconds * 1000,
        );
        expect(decoded.result).toEqual({ ...expected, answers: decoded.result.answers });
        expect(decoded.result.score).toBe(expected.score);
        expect(decoded.result.quizCorrect).toBe(
          plan.questions.filter((q, i) => scoreAnswer(q.question, input.answers[i] ?? null).correct).length,
        );
        expect(decoded.result.ordering).toEqual(expected.ordering);
      }),
      { numRuns: 300 },
    );
  });

  it('give names back as the same plain string, markup, emoji and right-to-left included', () => {
    for (const name of [XSS_NAME, 'محمد الأحمد', 'שרה כהן', '👩🏽‍🔬 Marie 🇫🇷', 'Zoë', 'a & b < c']) {
      const { plan, input } = sampleInput();
      const decoded = decodeResult(encodeResult(plan, { ...input, name }), articlePack);
      expect(decoded).toMatchObject({ ok: true, name });
    }
  });

  it('are short enough to paste and to read out', () => {
    const { code } = sampleInput();
    expect(code.length).toBeLessThan(90);
    expect(encodeURIComponent(code)).toBe(code);
  });

  it('never throw on arbitrary text, and always give a reason', () => {
    const { code } = sampleInput();
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.stringMatching(/^[A-Za-z0-9_-]{0,120}$/).map((s) => RESULT_CODE_PREFIX + s),
          fc.stringMatching(/^[A-Za-z0-9_-]{0,40}$/).map((s) => code.slice(0, 30) + s),
        ),
        (text) => {
          const decoded = decodeResult(text, articlePack);
          if (!decoded.ok) expect(decoded.message.length).toBeGreaterThan(10);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reject every truncation of a valid code with a reason', () => {
    const { code } = sampleInput();
    for (let length = 0; length < code.length; length++) {
      const decoded = decodeResult(code.slice(0, length), articlePack);
      expect(decoded.ok, `cut to ${length}`).toBe(false);
      if (!decoded.ok) expect(decoded.message.length).toBeGreaterThan(10);
    }
  });

  it('catch every single-character typo', () => {
    const { code } = sampleInput();
    const reference = decodeResult(code, articlePack);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = RESULT_CODE_PREFIX.length; i < code.length; i++) {
      for (const c of alphabet) {
        if (c === code[i]) continue;
        const decoded = decodeResult(code.slice(0, i) + c + code.slice(i + 1), articlePack);
        // Only a change in the last character's unused padding bits can decode to the same bytes.
        if (decoded.ok) {
          expect(i).toBe(code.length - 1);
          expect(decoded).toEqual(reference);
        } else expect(decoded.error).toBe('checksum');
      }
    }
  });

  it('catch a dropped or doubled character', () => {
    const { code } = sampleInput();
    for (let i = RESULT_CODE_PREFIX.length; i < code.length; i++) {
      expect(decodeResult(code.slice(0, i) + code.slice(i + 1), articlePack).ok).toBe(false);
      expect(decodeResult(code.slice(0, i) + code[i] + code.slice(i), articlePack).ok).toBe(false);
    }
  });

  it('tolerate white space around a pasted code', () => {
    const { code } = sampleInput();
    expect(decodeResult(`  ${code}\n`, articlePack)).toMatchObject({ ok: true, name: 'Ada' });
  });

  it('say that a code for an event set this game lacks is for an unknown round', () => {
    const { code } = sampleInput();
    const withoutMedium: Pack = { ...articlePack, sets: articlePack.sets.filter((s) => s.id !== 'medium') };
    expect(decodeResult(code, withoutMedium)).toMatchObject({ ok: false, error: 'bad-round' });
  });

  it('refuse a result played on other content than this game has', () => {
    const { code } = sampleInput();
    const reworded: Pack = {
      ...articlePack,
      questions: articlePack.questions.map((q) =>
        q.kind === 'multiple-choice' || q.kind === 'who-said-it'
          ? { ...q, options: [...q.options].reverse() }
          : q,
      ),
    };
    const decoded = decodeResult(code, reworded);
    // Only a round whose questions are all true/false or number would survive this change.
    expect(decoded).toMatchObject({ ok: false, error: 'bad-round' });
  });

  it('name what is wrong', () => {
    const { code } = sampleInput();
    const roundCode = encodeRound(DEFAULT_ROUND);
    const expectError = (text: string, error: string) =>
      expect(decodeResult(text, articlePack)).toMatchObject({ ok: false, error });
    expectError('', 'empty');
    expectError('   \n', 'empty');
    expectError('hello teacher', 'not-a-result-code');
    expectError(roundCode, 'not-a-result-code');
    expectError(`${code.slice(0, 20)} ${code.slice(20)}`, 'bad-characters');
    expectError(`${code}<script>`, 'bad-characters');
    expectError('NLR1-AQ', 'too-short');
    expectError(code.slice(0, -3), 'checksum');
    expectError(RESULT_CODE_PREFIX + 'A'.repeat(3000), 'too-long');
    expectError(code.replace('NLR1-', 'NLR2-'), 'unknown-version');
    expectError(
      reforge(code, (b) => [2, ...b.slice(1)]),
      'unknown-version',
    );
  });

  it('refuse a correctly checksummed code whose contents do not fit its round', () => {
    const { code, plan } = sampleInput();
    const decoded = decodeResult(code, articlePack);
    expect(decoded.ok).toBe(true);
    const bytes = [...fromBase64Url(code.slice(RESULT_CODE_PREFIX.length))!];
    const roundLength = bytes[1]!;
    const nameAt = 2 + roundLength + 2;
    const orderAt = nameAt + 1 + bytes[nameAt]! + 1;
    const answersAt = orderAt + plan.cards.length + 1;
    // A card placed twice.
    expect(
      decodeResult(
        reforge(code, (b) => b.map((x, i) => (i === orderAt + 1 ? b[orderAt]! : x))),
        articlePack,
      ),
    ).toMatchObject({ ok: false, error: 'out-of-range' });
    // A choice beyond the options (the first question is multiple choice or true/false here).
    expect(plan.questions[0]!.question.kind).not.toBe('number');
    expect(
      decodeResult(
        reforge(code, (b) => b.map((x, i) => (i === answersAt ? 9 : x))),
        articlePack,
      ),
    ).toMatchObject({ ok: false, error: 'out-of-range' });
    // Attempt 0, an extra byte, a missing byte.
    expect(
      decodeResult(
        reforge(code, (b) => [...b.slice(0, -1), 0]),
        articlePack,
      ),
    ).toMatchObject({
      ok: false,
      error: 'out-of-range',
    });
    expect(
      decodeResult(
        reforge(code, (b) => [...b, 1]),
        articlePack,
      ),
    ).toMatchObject({ ok: false, error: 'out-of-range' });
    expect(
      decodeResult(
        reforge(code, (b) => b.slice(0, -1)),
        articlePack,
      ),
    ).toMatchObject({
      ok: false,
      error: 'out-of-range',
    });
    // A broken round inside.
    expect(
      decodeResult(
        reforge(code, (b) => b.map((x, i) => (i === 3 ? x ^ 0x40 : x))),
        articlePack,
      ),
    ).toMatchObject({
      ok: false,
      error: 'bad-round',
    });
    // A name that is not UTF-8.
    expect(
      decodeResult(
        reforge(code, (b) => b.map((x, i) => (i === nameAt + 1 ? 0xff : x))),
        articlePack,
      ),
    ).toMatchObject({ ok: false, error: 'out-of-range' });
  });

  it('record an answer that is not an option, or a number that is not digits, as no answer', () => {
    const config: RoundConfig = { ...DEFAULT_ROUND, setId: 'core', questionCount: 8, seed: 3 };
    const plan = planFor(config);
    const answers = plan.questions.map((q) => (q.question.kind === 'number' ? 'about 5' : 'Something else'));
    const code = encodeResult(plan, {
      roundCode: encodeRound(config),
      name: 'Bo',
      submittedOrder: plan.cards.map((c) => c.id),
      answers,
      timeMs: 1,
      attempt: 1,
    });
    const decoded = decodeResult(code, articlePack);
    expect(decoded.ok && decoded.answers.every((a) => a === null)).toBe(true);
    expect(decoded.ok && decoded.result.quizCorrect).toBe(0);
  });

  it('refuse to encode what no round could produce', () => {
    const { plan, input } = sampleInput();
    expect(() => encodeResult(plan, { ...input, roundCode: 'nope' })).toThrow();
    expect(() => encodeResult(plan, { ...input, submittedOrder: input.submittedOrder.slice(1) })).toThrow();
    expect(() => encodeResult(plan, { ...input, answers: [] })).toThrow();
  });
});

describe('resultInput', () => {
  it('turns a finished round into a hand-in whose code scores the same', () => {
    const { plan, input } = sampleInput();
    // Only the first two questions were reached, answered out of order in the record.
    const given = plan.questions.slice(0, 2).map((q, i) => ({
      questionId: q.question.id,
      given: i === 0 ? answerLabel(q.question) : 'nonsense',
      ms: 500,
    }));
    const result = summariseRound(plan, input.submittedOrder, [...given].reverse(), 42_000);
    const handIn = resultInput(plan, input.roundCode, 'Ada', result, 2);
    expect(handIn.answers).toEqual([answerLabel(plan.questions[0]!.question), 'nonsense', null, null]);
    const decoded = decodeResult(encodeResult(plan, handIn), articlePack);
    expect(decoded).toMatchObject({ ok: true, name: 'Ada', attempt: 2 });
    if (decoded.ok) {
      expect(decoded.result.score).toBe(result.score);
      expect(decoded.result.quizCorrect).toBe(1);
      expect(decoded.result.timeMs).toBe(42_000);
    }
  });
});

describe('normaliseName', () => {
  it('trims, drops control and direction-override characters, and keeps at most 40 whole characters', () => {
    expect(normaliseName('  Ada \n Lovelace\t')).toBe('Ada Lovelace');
    expect(normaliseName('Ad\u0000a\u202E')).toBe('Ad a');
    expect(normaliseName('Zoe\u0308')).toBe('Zoë');
    expect([...normaliseName('x'.repeat(100))].length).toBe(MAX_NAME_LENGTH);
    const family = '👨‍👩‍👧';
    const cut = normaliseName('a'.repeat(38) + family);
    expect(cut).toBe('a'.repeat(38));
  });

  it('is idempotent and bounded for any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 80 }),
          fc.string({ unit: 'grapheme', maxLength: 80 }),
        ),
        (s) => {
          const once = normaliseName(s);
          expect(normaliseName(once)).toBe(once);
          expect([...once].length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
          expect(once).not.toMatch(/\p{Cc}/u);
          expect(new TextEncoder().encode(once).length).toBeLessThanOrEqual(255);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('findResultCodes', () => {
  it('finds codes inside surrounding text, with line numbers, several to a line', () => {
    const { code } = sampleInput();
    const text = `Results\n\nAda: ${code} (first try)\r\n${code},${code}\nnothing here\n(${code})`;
    expect(findResultCodes(text)).toEqual([
      { line: 3, code },
      { line: 4, code },
      { line: 4, code },
      { line: 6, code },
    ]);
    expect(findResultCodes('XNLR1-abc')).toEqual([]);
    expect(findResultCodes('')).toEqual([]);
  });
});

describe('resultFile', () => {
  it('names a small text file after the student and holds the code the gradebook finds', () => {
    const { code } = sampleInput();
    const file = resultFile('Zoë Ñúñez', code);
    expect(file.fileName).toBe('newsline-result-zoe-nunez.txt');
    expect(findResultCodes(file.text)).toEqual([{ line: 2, code }]);
    expect(resultFile(XSS_NAME, code).fileName).toBe('newsline-result-img-src-x-onerror-alert-1.txt');
    expect(resultFile('李小龍', code).fileName).toBe('newsline-result-student.txt');
  });
});
