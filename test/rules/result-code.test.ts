import CRC32 from 'crc-32';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Pack, Question } from '../../src/content/schema';
import { bytesToCode, CODE_ALPHABET, codeToBytes } from '../../src/rules/code-text';
import { legacyPlanFingerprint } from '../../src/rules/fingerprint';
import { planRound, type RoundPlan } from '../../src/rules/plan';
import { summariseRound, type TimelineSubmission } from '../../src/rules/result';
import {
  decodeResult,
  encodeResult,
  findResultCodes,
  MAX_NAME_LENGTH,
  normaliseName,
  RESULT_CODE_PREFIX,
  resultFile,
  resultInput,
  type ResultCodeInput,
} from '../../src/rules/result-code';
import { encodeRound, fromBase64Url, LEGACY_PACK_ID, toBase64Url } from '../../src/rules/round-code';
import { defaultRound, type RoundConfig } from '../../src/rules/round-config';
import { answerLabel } from '../../src/rules/scoring';
import { roundConfigs } from '../fixtures/configs';
import { fixtureEvent, fixturePack, questionOfKind, withSets } from '../fixtures/packs';

const XSS_NAME = '<img src=x onerror=alert(1)>';
const KINDS = ['multiple-choice', 'true-false', 'who-said-it', 'number'] as const;
const GROUPED = /^NLR2(-[0-9A-HJKMNP-TV-Z]{4})*(-[0-9A-HJKMNP-TV-Z]{1,4})$/;

/**
 * A class's pack: ten events (two share a month, so some pairs are open), twenty questions of
 * every kind and difficulty, each of its own fact, and sets of 4, 7 and 10 cards.
 */
function classPack(id = 'class-pack', setIds: [string, string, string] = ['four', 'seven', 'ten']): Pack {
  const dates = ['2010', '2012-03', '2012-03', '2013', '2014-06-01', '2015', '2016', '2017', '2018', '2019'];
  const events = dates.map((date, i) => fixtureEvent(`e${i}`, date));
  const questions = Array.from({ length: 20 }, (_, i) =>
    questionOfKind(KINDS[i % 4]!, `q${i}`, `fact-${i}`, { difficulty: (i % 3) + 1 }),
  );
  const ids = events.map((e) => e.id);
  return withSets(fixturePack(events, questions, id), [
    { id: setIds[0], events: ids.slice(0, 4) },
    { id: setIds[1], events: ids.slice(0, 7) },
    { id: setIds[2], events: ids },
  ]);
}

/** The article pack's id and set names on fixture content, for version-1 codes. */
const legacyPack = (): Pack => classPack(LEGACY_PACK_ID, ['core', 'medium', 'full']);
const PACK = classPack();

function planFor(pack: Pack, config: RoundConfig): RoundPlan {
  const outcome = planRound(pack, config);
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.plan;
}

/** A submission the player could make: any order (sort), any gap at each placement (place). */
function submissions(plan: RoundPlan): fc.Arbitrary<TimelineSubmission> {
  const ids = plan.cards.map((c) => c.id);
  if (plan.config.mode === 'sort')
    return fc
      .shuffledSubarray(ids, { minLength: ids.length, maxLength: ids.length })
      .map((order) => ({ mode: 'sort', order }));
  const gaps = ids.slice(1).map((_, i) => fc.integer({ min: 0, max: i + 1 }));
  return fc.tuple(...gaps).map((g) => ({ mode: 'place', gaps: g }));
}

/** What a player might type or pick for a question, with the answer the code should give back. */
function answers(plan: RoundPlan): fc.Arbitrary<Array<{ typed: string | null; expected: string | null }>> {
  const each = plan.questions.map((q) => {
    const skipped = fc.constant({ typed: null, expected: null });
    if (q.question.kind === 'number')
      return fc.oneof(
        skipped,
        fc.integer({ min: 0, max: 65_534 }).map((n) => ({ typed: ` ${n}`, expected: String(n) })),
        fc.constantFrom('about 5', '-3', '65535', '').map((typed) => ({ typed, expected: null })),
      );
    return fc.oneof(
      skipped,
      fc
        .tuple(fc.constantFrom(...q.choices), fc.boolean())
        .map(([label, shout]) => ({ typed: shout ? ` ${label.toUpperCase()}` : label, expected: label })),
      fc.constant({ typed: 'not one of the options', expected: null }),
    );
  });
  return fc.tuple(...each);
}

const names = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom(
    'Ada',
    XSS_NAME,
    'محمد الأحمد',
    'שרה כהן',
    '👩🏽‍🔬 Marie 🇫🇷',
    'Zoë Ñúñez',
    '=HYPERLINK("x")',
    '李小龍',
    '',
  ),
);

/** A round of `pack` and a hand-in for it, with the answers the code should give back. */
const handIns = (pack: Pack) =>
  roundConfigs(pack).chain((config) => {
    const plan = planFor(pack, config);
    return fc.record({
      plan: fc.constant(plan),
      answers: answers(plan),
      input: fc.record({
        roundCode: fc.constant(encodeRound(config, pack)),
        name: names,
        submission: submissions(plan),
        timeMs: fc.integer({ min: 0, max: 10 * 3600 * 1000 }),
        attempt: fc.integer({ min: 1, max: 500 }),
        abandoned: fc.integer({ min: 0, max: 500 }),
      }),
    });
  });

function sampleInput(config: Partial<RoundConfig> = {}, pack: Pack = PACK) {
  const round: RoundConfig = { ...defaultRound(pack, 77), setId: 'seven', questionCount: 6, ...config };
  const plan = planFor(pack, round);
  const ids = plan.cards.map((c) => c.id);
  const input: ResultCodeInput = {
    roundCode: encodeRound(round, pack),
    name: 'Ada',
    submission:
      round.mode === 'sort'
        ? { mode: 'sort', order: ids }
        : { mode: 'place', gaps: ids.slice(1).map(() => 0) },
    answers: plan.questions.map((q) => answerLabel(q.question)),
    timeMs: 125_400,
    attempt: 1,
    abandoned: 0,
  };
  return { plan, input, code: encodeResult(plan, pack, input) };
}

/** A code's characters after the prefix, without dashes. */
const charsOf = (code: string): string => code.slice(RESULT_CODE_PREFIX.length).replace(/-/g, '');
const spell = (chars: string): string => RESULT_CODE_PREFIX + chars.match(/.{1,4}/g)!.join('-');

/** Rewrites a code's bytes and seals it again with a valid CRC, as a forger (or a bug) could. */
function reseal(code: string, edit: (body: number[]) => number[]): string {
  const body = edit([...codeToBytes(charsOf(code))!].slice(0, -4));
  const crc = CRC32.buf(Uint8Array.from(body)) >>> 0;
  const sum = [crc >>> 24, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff];
  return spell(bytesToCode(Uint8Array.from([...body, ...sum])));
}

describe('result codes', () => {
  it('give back the submission, every answer, attempts and name that went in, and recompute the score', () => {
    fc.assert(
      fc.property(handIns(PACK), ({ plan, input, answers: given }) => {
        const code = encodeResult(plan, PACK, { ...input, answers: given.map((a) => a.typed) });
        expect(code).toMatch(GROUPED);
        const decoded = decodeResult(code, [classPack('another'), PACK]);
        if (!decoded.ok) throw new Error(decoded.message);
        const expectedAnswers = given.map((a) => a.expected);
        const seconds = Math.floor(input.timeMs / 1000);
        // The plan is rebuilt from the round: the same cards, questions and constraints.
        const { plan: rebuilt, ...rest } = decoded;
        expect({ ...rebuilt, order: rebuilt.order.constrainedPairs }).toEqual({
          ...plan,
          order: plan.order.constrainedPairs,
        });
        expect(rest).toEqual({
          ok: true,
          roundCode: input.roundCode,
          config: plan.config,
          pack: PACK,
          name: normaliseName(input.name),
          submission: input.submission,
          answers: expectedAnswers,
          result: summariseRound(
            plan,
            input.submission,
            plan.questions.map((q, i) => ({ questionId: q.question.id, given: expectedAnswers[i]!, ms: 0 })),
            seconds * 1000,
          ),
          attempt: input.attempt,
          abandoned: input.abandoned,
          legacy: false,
        });
      }),
      { numRuns: 300 },
    );
  });

  it('read the code however it was typed: any case, spaces or line breaks for dashes, look-alikes', () => {
    const { code } = sampleInput();
    const typed = code
      .toLowerCase()
      .replace(/0/g, 'o')
      .replace(/1/g, 'l')
      .replace(/-/g, (_, at: number) => (at % 3 ? ' ' : '\n'));
    expect(decodeResult(`  ${typed}\n`, [PACK])).toMatchObject({ ok: true, name: 'Ada' });
  });

  it('give names back as the same text, markup, emoji and right-to-left included', () => {
    for (const name of [XSS_NAME, '"><script>alert(1)</script>', 'محمد الأحمد', '👩🏽‍🔬 Marie 🇫🇷', 'a & b < c']) {
      const { plan, input } = sampleInput();
      expect(decodeResult(encodeResult(plan, PACK, { ...input, name }), [PACK])).toMatchObject({
        ok: true,
        name,
      });
    }
  });

  it('locate a wrong character at every position, and offer the code it should be', () => {
    const { code } = sampleInput({ mode: 'sort' });
    const chars = charsOf(code);
    for (let i = 0; i < chars.length; i++) {
      const replacement = CODE_ALPHABET[(CODE_ALPHABET.indexOf(chars[i]!) + 1 + (i % 31)) % 32]!;
      const decoded = decodeResult(spell(chars.slice(0, i) + replacement + chars.slice(i + 1)), [PACK]);
      expect(decoded).toMatchObject({
        ok: false,
        error: 'checksum',
        message: expect.stringMatching(
          new RegExp(
            `^That result code does not check out\\. Character ${i + 1} \\(group ${Math.floor(i / 4) + 1}, "`,
          ),
        ),
        typoAt: { index: i + 1, group: Math.floor(i / 4) + 1, kind: 'wrong' },
        suggestion: code,
      });
    }
  });

  it('locate swapped neighbours, a dropped character and a doubled one', () => {
    const { code } = sampleInput();
    const chars = charsOf(code);
    for (const i of [0, 7, 20, chars.length - 2]) {
      if (chars[i] === chars[i + 1]) continue;
      const swapped = chars.slice(0, i) + chars[i + 1] + chars[i] + chars.slice(i + 2);
      expect(decodeResult(spell(swapped), [PACK])).toMatchObject({
        ok: false,
        typoAt: { index: i + 1, kind: 'swapped' },
        suggestion: code,
      });
    }
    for (const i of [3, 15, chars.length - 1]) {
      const dropped = decodeResult(spell(chars.slice(0, i) + chars.slice(i + 1)), [PACK]);
      expect(dropped).toMatchObject({ ok: false, typoAt: { kind: 'missing' }, suggestion: code });
      const doubled = decodeResult(spell(chars.slice(0, i) + chars[i] + chars.slice(i)), [PACK]);
      expect(doubled).toMatchObject({ ok: false, typoAt: { kind: 'extra' }, suggestion: code });
    }
  });

  it('never throw on arbitrary text, and always give a reason', () => {
    const { code } = sampleInput();
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.stringMatching(/^[0-9A-Za-z -]{0,90}$/).map((s) => RESULT_CODE_PREFIX + s),
          fc.stringMatching(/^[0-9A-Z]{0,40}$/).map((s) => code.slice(0, 30) + s),
        ),
        (text) => {
          const decoded = decodeResult(text, [PACK]);
          if (!decoded.ok) expect(decoded.message.length).toBeGreaterThan(10);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuse every truncation and an extension with a reason', () => {
    const { code } = sampleInput();
    for (let length = 0; length < code.length; length++) {
      const decoded = decodeResult(code.slice(0, length), [PACK]);
      expect(decoded.ok, `cut to ${length}`).toBe(false);
      if (!decoded.ok) expect(decoded.message).toMatch(/^(The|That) /);
    }
    expect(decodeResult(`${code}-7K3Q-ABCD`, [PACK])).toMatchObject({
      ok: false,
      error: 'checksum',
      message: expect.stringContaining('more than one character is wrong or missing, or it was cut short'),
    });
  });

  it('refuse a result played on an earlier version of the pack, instead of re-grading it', () => {
    const { code, plan } = sampleInput();
    const dealt = plan.questions[0]!.question;
    const rekeyed: Pack = {
      ...PACK,
      questions: PACK.questions.map((q) => (q.id === dealt.id ? flipAnswer(q) : q)),
    };
    expect(decodeResult(code, [rekeyed])).toEqual({
      ok: false,
      error: 'earlier-pack',
      message:
        'This result was made with an earlier version of the pack "Fixture class-pack", so it is not re-graded: the cards or questions it was played on differ from this site\'s copy.',
    });
    // A question the round never dealt may change freely.
    const undealt = PACK.questions.find((q) => !plan.questions.some((p) => p.question.id === q.id))!;
    const edited: Pack = {
      ...PACK,
      questions: PACK.questions.map((q) => (q.id === undealt.id ? flipAnswer(q) : q)),
    };
    expect(decodeResult(code, [edited])).toMatchObject({ ok: true });
  });

  it('name a result for a pack or set this site does not have', () => {
    const { code } = sampleInput();
    expect(decodeResult(code, [classPack('elsewhere')])).toMatchObject({
      ok: false,
      error: 'unknown-pack',
      message: 'This result is for a round of a content pack this site does not have.',
    });
    const withoutSeven = withSets(PACK, [PACK.sets[0]!, PACK.sets[2]!]);
    expect(decodeResult(code, [withoutSeven])).toMatchObject({ ok: false, error: 'bad-round' });
  });

  it('name what is wrong with text that is not a result code', () => {
    const { code } = sampleInput();
    const expectError = (text: string, error: string) =>
      expect(decodeResult(text, [PACK])).toMatchObject({ ok: false, error });
    expectError('', 'empty');
    expectError('   \n', 'empty');
    expectError('hello teacher', 'not-a-result-code');
    expect(decodeResult(encodeRound(defaultRound(PACK), PACK), [PACK])).toMatchObject({
      ok: false,
      error: 'not-a-result-code',
      message: expect.stringContaining('That is a round code (what the teacher shares), not a result code'),
    });
    expectError(`${code}<script>`, 'bad-characters');
    expectError('NLR2-7K3Q', 'too-short');
    expectError(RESULT_CODE_PREFIX + '0'.repeat(9000), 'too-long');
    expectError(code.replace('NLR2-', 'NLR3-'), 'unknown-version');
  });

  it('refuse a code that checks out but does not fit its round', () => {
    const { code } = sampleInput({ mode: 'sort', setId: 'four', questionCount: 2 });
    // An extra byte, a missing byte, a pack tag no pack has.
    expect(
      decodeResult(
        reseal(code, (b) => [...b, 0]),
        [PACK],
      ),
    ).toMatchObject({ ok: false, error: 'out-of-range' });
    expect(
      decodeResult(
        reseal(code, (b) => b.slice(0, -1)),
        [PACK],
      ),
    ).toMatchObject({ ok: false, error: 'out-of-range' });
    expect(
      decodeResult(
        reseal(code, (b) => b.map((x, i) => (i === 1 ? x ^ 0x10 : x))),
        [PACK],
      ),
    ).toMatchObject({
      ok: false,
      error: 'unknown-pack',
    });
    // The name "Ada" is 3 bytes from bit 1 + 80 + 16 + 8 = 105: make its first byte a lone UTF-8 continuation.
    const badName = reseal(code, (b) => {
      const bits = b.flatMap((x) => [...x.toString(2).padStart(8, '0')].map(Number));
      [1, 0, 0, 0, 0, 0, 0, 0].forEach((bit, i) => (bits[105 + i] = bit));
      return Array.from({ length: b.length }, (_, i) => parseInt(bits.slice(i * 8, i * 8 + 8).join(''), 2));
    });
    expect(decodeResult(badName, [PACK])).toMatchObject({
      ok: false,
      error: 'out-of-range',
      message: expect.stringContaining('name'),
    });
  });

  it('record an answer that is not an option, or a number that is not digits, as no answer', () => {
    const { plan, input } = sampleInput({ questionCount: 8 });
    const wrong = plan.questions.map((q) => (q.question.kind === 'number' ? 'about 5' : 'Something else'));
    const decoded = decodeResult(encodeResult(plan, PACK, { ...input, answers: wrong }), [PACK]);
    expect(decoded).toMatchObject({ ok: true, answers: wrong.map(() => null), result: { quizCorrect: 0 } });
  });

  it('refuse to encode what no round could produce', () => {
    const { plan, input } = sampleInput();
    const ids = plan.cards.map((c) => c.id);
    expect(() => encodeResult(plan, PACK, { ...input, roundCode: 'nope' })).toThrow(/not a round code/);
    expect(() =>
      encodeResult(plan, PACK, { ...input, roundCode: encodeRound(defaultRound(PACK, 5), PACK) }),
    ).toThrow(/not the round/);
    expect(() => encodeResult(plan, PACK, { ...input, submission: { mode: 'sort', order: ids } })).toThrow(
      /sort submission/,
    );
    expect(() => encodeResult(plan, PACK, { ...input, submission: { mode: 'place', gaps: [0] } })).toThrow(
      /placements/,
    );
    expect(() =>
      encodeResult(plan, PACK, { ...input, submission: { mode: 'place', gaps: ids.slice(1).map(() => 9) } }),
    ).toThrow(/no gap 9/);
    expect(() => encodeResult(plan, PACK, { ...input, answers: [] })).toThrow(/answers/);
  });
});

function flipAnswer(q: Question): Question {
  switch (q.kind) {
    case 'true-false':
      return { ...q, answer: !q.answer };
    case 'number':
      return { ...q, answer: q.answer + 1 };
    default:
      return { ...q, answer: q.options.find((o) => o !== q.answer)! };
  }
}

describe('version-1 result codes', () => {
  const pack = legacyPack();
  /** The round code of 9bda3af's default round ("core", seed 1) and its plan on the fixture content. */
  const roundCode = 'AQRjb3JlBg8TAAMAAAABUJHI';
  const config: RoundConfig = { ...defaultRound(pack, 1), setId: 'core', mode: 'sort' };
  const plan = planFor(pack, config);

  /** Builds an NLR1- code the way commit 9bda3af did. */
  function legacyCode(
    target: RoundPlan,
    order: number[],
    choices: number[],
    seconds: number,
    attempt: number,
  ): string {
    const round = [...fromBase64Url(roundCode)!];
    const name = [...new TextEncoder().encode('Bo')];
    const print = legacyPlanFingerprint(target);
    const answerBytes = target.questions.flatMap((q, i) =>
      q.question.kind === 'number' ? [0, choices[i]!] : [choices[i]!],
    );
    const body = [
      1,
      round.length,
      ...round,
      print >> 8,
      print & 0xff,
      name.length,
      ...name,
      order.length,
      ...order,
      target.questions.length,
      ...answerBytes,
      seconds >>> 24,
      (seconds >>> 16) & 0xff,
      (seconds >>> 8) & 0xff,
      seconds & 0xff,
      attempt,
    ];
    const crc = CRC32.buf(Uint8Array.from(body)) >>> 0;
    return (
      'NLR1-' +
      toBase64Url(Uint8Array.from([...body, crc >>> 24, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff]))
    );
  }

  it('decode against the same content, as a sort-mode round of the article pack', () => {
    const order = plan.cards.map((_, i) => plan.cards.length - 1 - i);
    const code = legacyCode(
      plan,
      order,
      plan.questions.map(() => 0),
      300,
      2,
    );
    const decoded = decodeResult(code, [PACK, pack]);
    if (!decoded.ok) throw new Error(decoded.message);
    const submission = { mode: 'sort' as const, order: order.map((i) => plan.cards[i]!.id) };
    const answers = plan.questions.map((q) => (q.question.kind === 'number' ? '0' : q.choices[0]!));
    expect(decoded).toMatchObject({
      roundCode,
      config,
      name: 'Bo',
      submission,
      answers,
      attempt: 2,
      abandoned: 0,
      legacy: true,
    });
    expect(decoded.result).toEqual(
      summariseRound(
        plan,
        submission,
        plan.questions.map((q, i) => ({ questionId: q.question.id, given: answers[i]!, ms: 0 })),
        300_000,
      ),
    );
  });

  it('fail as made with an earlier pack when the content has changed', () => {
    const code = legacyCode(
      plan,
      plan.cards.map((_, i) => i),
      plan.questions.map(() => 0),
      60,
      1,
    );
    const changed: Pack = {
      ...pack,
      questions: pack.questions.map((q) =>
        q.id === plan.questions[0]!.question.id ? { ...q, id: 'renamed' } : q,
      ),
    };
    expect(decodeResult(code, [changed])).toMatchObject({ ok: false, error: 'earlier-pack' });
    expect(decodeResult(code, [PACK])).toMatchObject({ ok: false, error: 'unknown-pack' });
  });

  it('can be carried into a version-2 result code, keeping the old round code', () => {
    const input: ResultCodeInput = {
      roundCode,
      name: 'Bo',
      submission: { mode: 'sort', order: plan.cards.map((c) => c.id) },
      answers: plan.questions.map(() => null),
      timeMs: 1000,
      attempt: 1,
      abandoned: 3,
    };
    const code = encodeResult(plan, pack, input);
    expect(code.startsWith(RESULT_CODE_PREFIX)).toBe(true);
    expect(decodeResult(code, [pack])).toMatchObject({
      ok: true,
      roundCode,
      config,
      abandoned: 3,
      legacy: false,
    });
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
    const result = summariseRound(plan, input.submission, [...given].reverse(), 42_000);
    const handIn = resultInput(plan, result, {
      roundCode: input.roundCode,
      name: 'Ada',
      attempt: 2,
      abandoned: 1,
    });
    expect(handIn.answers).toEqual([
      answerLabel(plan.questions[0]!.question),
      'nonsense',
      ...plan.questions.slice(2).map(() => null),
    ]);
    expect(handIn.submission).toEqual(input.submission);
    const decoded = decodeResult(encodeResult(plan, PACK, handIn), [PACK]);
    expect(decoded).toMatchObject({
      ok: true,
      name: 'Ada',
      attempt: 2,
      abandoned: 1,
      result: { score: result.score, quizCorrect: 1, timeMs: 42_000 },
    });
  });
});

describe('normaliseName', () => {
  it('trims, drops control and direction-override characters, and keeps at most 40 whole characters', () => {
    expect(normaliseName('  Ada \n Lovelace\t')).toBe('Ada Lovelace');
    expect(normaliseName('Ad\u0000a\u202E')).toBe('Ad a');
    expect(normaliseName('Zoe\u0308')).toBe('Zoë');
    expect([...normaliseName('x'.repeat(100))].length).toBe(MAX_NAME_LENGTH);
    expect(normaliseName('a'.repeat(38) + '👨‍👩‍👧')).toBe('a'.repeat(38));
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
  it('finds grouped and old codes inside surrounding text, with line numbers, several to a line', () => {
    const { code } = sampleInput();
    const old = 'NLR1-AQRjb3Jl_-x';
    const text = `Results\n\nAda: ${code} (first try)\r\n${code}, ${old}\nnothing here, not even NL-7K3Q\n(${code}).`;
    expect(findResultCodes(text)).toEqual([
      { line: 3, code },
      { line: 4, code },
      { line: 4, code: old },
      { line: 6, code },
    ]);
    expect(findResultCodes('XNLR2-ABCD')).toEqual([]);
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
