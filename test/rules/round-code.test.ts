import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../src/content/schema';
import { BitReader, BitWriter, bytesToCode, checkCharacters, CODE_ALPHABET } from '../../src/rules/code-text';
import { setTagClashes } from '../../src/rules/fingerprint';
import {
  decodeRound,
  decodeRoundData,
  encodeRound,
  encodeRoundData,
  LEGACY_PACK_ID,
  ROUND_CODE_LENGTH,
  roundCodeData,
  roundCodeProblems,
} from '../../src/rules/round-code';
import { defaultRound, type RoundConfig } from '../../src/rules/round-config';
import { roundConfigs } from '../fixtures/configs';
import { chainPack, fixtureEvent, fixturePack, fixtureQuestion, withSets } from '../fixtures/packs';

const GROUPED = /^NL(-[0-9A-HJKMNP-TV-Z]{4}){5}$/;
const slug = fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,6}){0,2}$/);

/** A pack with this id, a title after it, and these sets (each of the chain's events a–d). */
function packWith(id: string, setIds: readonly string[]): Pack {
  return withSets(
    { ...chainPack(), id, title: `Pack ${id}` },
    setIds.map((setId) => ({ id: setId, events: ['a', 'b', 'c', 'd'] })),
  );
}

const packs: fc.Arbitrary<Pack> = fc
  .tuple(slug, fc.uniqueArray(slug, { minLength: 1, maxLength: 6 }))
  .map(([id, setIds]) => packWith(id, setIds))
  .filter((pack) => setTagClashes(pack).length === 0);

const packAndConfig = packs.chain((pack) => fc.tuple(fc.constant(pack), roundConfigs(pack)));

/** The pack version-1 codes are for, rebuilt from fixtures: ten events, sets core, medium and full. */
function legacyPack(): Pack {
  const events = 'abcdefghij'.split('').map((id, i) => fixtureEvent(id, `${2010 + i}`));
  return withSets(fixturePack(events, [fixtureQuestion('one')], LEGACY_PACK_ID), [
    { id: 'core', events: ['a', 'b', 'c', 'd'] },
    { id: 'medium', events: events.slice(0, 7).map((e) => e.id) },
    { id: 'full', events: events.map((e) => e.id) },
  ]);
}

/** Codes made by the version-1 encoder at commit 9bda3af, with the configs they were made from. */
const LEGACY_CODES: Array<[string, Omit<RoundConfig, 'packId' | 'mode'>]> = [
  [
    'AQRjb3JlBg8TAAMAAAABUJHI',
    {
      setId: 'core',
      questionCount: 6,
      kinds: ['multiple-choice', 'true-false', 'who-said-it', 'number'],
      difficulty: { min: 1, max: 3 },
      timerSeconds: 0,
      explanationsDuringPlay: true,
      allowRetry: true,
      seed: 1,
    },
  ],
  [
    'AQZtZWRpdW0KCSMeAO5rKADcf64',
    {
      setId: 'medium',
      questionCount: 10,
      kinds: ['multiple-choice', 'number'],
      difficulty: { min: 2, max: 3 },
      timerSeconds: 30,
      explanationsDuringPlay: false,
      allowRetry: false,
      seed: 4_000_000_000,
    },
  ],
  [
    'AQRmdWxsAAIRtAEADxIGEj59',
    {
      setId: 'full',
      questionCount: 0,
      kinds: ['true-false'],
      difficulty: { min: 1, max: 1 },
      timerSeconds: 180,
      explanationsDuringPlay: true,
      allowRetry: false,
      seed: 987654,
    },
  ],
];

/** The characters after "NL-", without dashes. */
const charsOf = (code: string): string => code.slice(3).replace(/-/g, '');
const spell = (chars: string): string => `NL-${chars.match(/.{1,4}/g)!.join('-')}`;

/** The round's fields as the layout lists them, so a test can change one and seal the code again. */
const FIELD_WIDTHS = [2, 16, 8, 10, 1, 1, 1, 4, 3, 6, 8, 20];
function reseal(code: string, field: number, value: number): string {
  const reader = new BitReader(roundCodeData(code)!);
  const fields = FIELD_WIDTHS.map((width) => reader.read(width)!);
  fields[field] = value;
  const writer = new BitWriter();
  fields.forEach((v, i) => writer.write(v, FIELD_WIDTHS[i]!));
  const data = bytesToCode(writer.bytes());
  return spell(data + checkCharacters(data, 4));
}

describe('round codes', () => {
  it('round-trip every valid config of any pack, in both modes, as NL- and five groups of four', () => {
    fc.assert(
      fc.property(packAndConfig, ([pack, config]) => {
        const code = encodeRound(config, pack);
        expect(code).toMatch(GROUPED);
        expect(decodeRound(code, [packWith('other-pack', ['x']), pack])).toEqual({
          ok: true,
          config,
          pack,
          code,
          legacy: false,
          packChanged: false,
        });
        expect(decodeRoundData(encodeRoundData(config, pack), [pack])).toMatchObject({
          ok: true,
          config,
          code,
        });
      }),
      { numRuns: 300 },
    );
  });

  it('read a code however it was typed: any case, spaces, dashes, line breaks, look-alikes, no prefix', () => {
    const lookAlike = fc.constantFrom<Array<[RegExp, string]>>(
      [[/0/g, 'O']],
      [[/1/g, 'I']],
      [[/1/g, 'l']],
      [[/-/g, ' ']],
      [[/-/g, '\n']],
      [[/-/g, ' – ']],
      [[/-/g, '']],
      [[/^NL-/, '']],
      [[/^NL-/, 'nl ']],
    );
    fc.assert(
      fc.property(packAndConfig, fc.array(lookAlike), fc.boolean(), ([pack, config], edits, lower) => {
        const code = encodeRound(config, pack);
        let typed = edits.flat().reduce((text, [pattern, by]) => text.replace(pattern, by), code);
        if (lower) typed = typed.toLowerCase();
        expect(decodeRound(`  ${typed}\n`, [pack])).toMatchObject({ ok: true, config, code });
      }),
    );
  });

  it('catch and locate every wrong character at every position, and offer the code it should be', () => {
    const pack = chainPack();
    for (const seed of [0, 1, 0xf_ffff]) {
      const code = encodeRound({ ...defaultRound(pack, seed), mode: 'sort', timerSeconds: 45 }, pack);
      const chars = charsOf(code);
      for (let i = 0; i < ROUND_CODE_LENGTH; i++) {
        const group = Math.floor(i / 4) + 1;
        for (const c of CODE_ALPHABET.replace(chars[i]!, '')) {
          const typo = chars.slice(0, i) + c + chars.slice(i + 1);
          const decoded = decodeRound(spell(typo), [pack]);
          expect(decoded).toEqual({
            ok: false,
            error: 'checksum',
            message: `That round code does not check out. Character ${i + 1} (group ${group}, "${typo.slice((group - 1) * 4, group * 4)}") looks wrong; check it.`,
            typoAt: { index: i + 1, group, kind: 'wrong' },
            suggestion: code,
          });
        }
      }
    }
  });

  it('locate a character that is not used in codes at all', () => {
    const pack = chainPack();
    const code = encodeRound(defaultRound(pack, 7), pack);
    const typo = `${code.slice(0, 9)}U${code.slice(10)}`;
    expect(decodeRound(typo, [pack])).toMatchObject({
      ok: false,
      error: 'bad-characters',
      message: expect.stringMatching(
        /^"U" is not used in round codes\. Character 6 \(group 2, "\wU\w\w"\) looks wrong/,
      ),
      typoAt: { index: 6, group: 2, kind: 'wrong' },
      suggestion: code,
    });
    expect(decodeRound(`${code.slice(0, 9)}**${code.slice(11)}`, [pack])).toMatchObject({
      ok: false,
      error: 'bad-characters',
      message: expect.stringContaining('character 6 ("*")'),
    });
  });

  it('catch and locate swapped neighbours, a missing character and one too many', () => {
    fc.assert(
      fc.property(packAndConfig, fc.integer({ min: 0, max: ROUND_CODE_LENGTH - 2 }), ([pack, config], i) => {
        const code = encodeRound(config, pack);
        const chars = charsOf(code);
        if (chars[i] !== chars[i + 1]) {
          const swapped = chars.slice(0, i) + chars[i + 1] + chars[i] + chars.slice(i + 2);
          expect(decodeRound(spell(swapped), [pack])).toMatchObject({
            ok: false,
            error: 'checksum',
            message: expect.stringContaining(`Characters ${i + 1} and ${i + 2} (`),
            typoAt: { index: i + 1, kind: 'swapped' },
            suggestion: code,
          });
        }
        for (const typed of [
          chars.slice(0, i) + chars.slice(i + 1),
          `${chars.slice(0, i)}7${chars.slice(i)}`,
        ]) {
          const decoded = decodeRound(spell(typed), [pack]);
          expect(decoded.ok).toBe(false);
          // Rarely another valid code is also one edit away; then no place is named, never a wrong one.
          if (!decoded.ok && decoded.suggestion !== undefined) expect(decoded.suggestion).toBe(code);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('say when more than one character is wrong, without guessing', () => {
    const pack = chainPack();
    const chars = charsOf(encodeRound(defaultRound(pack, 99), pack));
    const flip = (text: string, i: number): string =>
      text.slice(0, i) + CODE_ALPHABET[(CODE_ALPHABET.indexOf(text[i]!) + 1) % 32] + text.slice(i + 1);
    const decoded = decodeRound(spell(flip(flip(chars, 3), 11)), [pack]);
    expect(decoded).toEqual({
      ok: false,
      error: 'checksum',
      message:
        'That round code does not check out: more than one character is wrong or missing. Check it against the original.',
    });
  });

  it('name a round for a content pack the site does not have', () => {
    const pack = chainPack();
    const code = encodeRound(defaultRound(pack), pack);
    for (const available of [[], [packWith('another-pack', ['all'])]]) {
      expect(decodeRound(code, available)).toEqual({
        ok: false,
        error: 'unknown-pack',
        message:
          'That round is for a content pack this site does not have. Ask for a link to the site it was made on.',
      });
    }
  });

  it('name a set the site’s copy of the pack no longer has', () => {
    const pack = packWith('history', ['early', 'late']);
    const code = encodeRound({ ...defaultRound(pack), setId: 'late' }, pack);
    const withoutLate = packWith('history', ['early']);
    expect(decodeRound(code, [withoutLate])).toMatchObject({
      ok: false,
      error: 'unknown-set',
      message: expect.stringContaining(
        'set of events that this site\'s copy of "Pack history" does not have',
      ),
    });
    // Sets are named by id, not by place: adding and reordering sets keeps the round on its set.
    const reordered = packWith('history', ['new', 'late', 'early']);
    expect(decodeRound(code, [reordered])).toMatchObject({ ok: true, config: { setId: 'late' } });
  });

  it('say when the pack has changed since the code was made, and still decode it', () => {
    const pack = chainPack();
    const config = defaultRound(pack, 5);
    const code = encodeRound(config, pack);
    const changed: Pack = { ...pack, questions: [fixtureQuestion('only-fact', { answer: false })] };
    expect(decodeRound(code, [changed])).toMatchObject({
      ok: true,
      config,
      packChanged: true,
      legacy: false,
    });
    const reworded: Pack = {
      ...pack,
      title: 'New title',
      questions: [fixtureQuestion('only-fact', { prompt: 'Again?' })],
    };
    expect(decodeRound(code, [reworded])).toMatchObject({ ok: true, packChanged: false });
  });

  it('refuse to encode what a code cannot carry, saying why', () => {
    const pack = chainPack();
    const config = defaultRound(pack);
    expect(() => encodeRound({ ...config, kinds: [] }, pack)).toThrow(/question kind/);
    expect(() => encodeRound({ ...config, seed: 0x10_0000 }, pack)).toThrow(/seed must be 0–1048575/);
    expect(() => encodeRound({ ...config, packId: 'other' }, pack)).toThrow(/for pack "other"/);
    expect(() => encodeRound({ ...config, setId: 'gone' }, pack)).toThrow(/no set "gone"/);
    expect(roundCodeProblems(config, pack)).toEqual([]);
  });
});

describe('round codes that check out but do not fit', () => {
  const pack = chainPack();
  const code = encodeRound(defaultRound(pack, 3), pack);

  it('come from a newer version', () => {
    expect(decodeRound(reseal(code, 0, 3), [pack])).toMatchObject({ ok: false, error: 'unknown-version' });
    expect(decodeRound(reseal(code, 0, 2), [pack])).toMatchObject({ ok: true });
  });

  it('ask for something out of range', () => {
    const cases: Array<[number, number, RegExp]> = [
      [7, 0, /question kind/],
      [8, 6, /difficulty/],
      [9, 41, /question count/],
      [10, 4, /timer/],
      [10, 181, /timer/],
    ];
    for (const [field, value, why] of cases)
      expect(decodeRound(reseal(code, field, value), [pack])).toMatchObject({
        ok: false,
        error: 'out-of-range',
        message: expect.stringMatching(why),
      });
  });
});

describe('version-1 round codes', () => {
  it('decode as before, for the article pack in sort mode, keeping their exact text', () => {
    const pack = legacyPack();
    for (const [code, config] of LEGACY_CODES) {
      expect(decodeRound(` ${code}\n`, [chainPack(), pack])).toEqual({
        ok: true,
        config: { ...config, packId: LEGACY_PACK_ID, mode: 'sort' },
        pack,
        code,
        legacy: true,
        packChanged: false,
      });
    }
  });

  it('still mind case and their checksum, and need the article pack', () => {
    const [code] = LEGACY_CODES[0]!;
    expect(decodeRound(code.replace('j', 'J'), [legacyPack()])).toMatchObject({
      ok: false,
      error: 'checksum',
    });
    expect(decodeRound(code.slice(0, -2), [legacyPack()])).toMatchObject({ ok: false });
    expect(decodeRound(code, [chainPack()])).toMatchObject({ ok: false, error: 'unknown-pack' });
    const withoutCore = withSets(legacyPack(), [{ id: 'full', events: ['a', 'b'] }]);
    expect(decodeRound(code, [withoutCore])).toMatchObject({ ok: false, error: 'unknown-set' });
  });
});

describe('decodeRound on anything', () => {
  it('never throws, and always gives a reason', () => {
    const pack = chainPack();
    const code = encodeRound(defaultRound(pack), pack);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.stringMatching(/^[A-Za-z0-9_-]{0,40}$/),
          fc.stringMatching(/^[0-9A-Z]{18,22}$/),
          fc.stringMatching(/^[0-9A-Z]{0,6}$/).map((s) => code.slice(0, 12) + s),
        ),
        (text) => {
          const decoded = decodeRound(text, [pack]);
          if (!decoded.ok) expect(decoded.message.length).toBeGreaterThan(10);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('name what is wrong with text that is no code at all', () => {
    const pack = chainPack();
    const code = encodeRound(defaultRound(pack), pack);
    expect(decodeRound('', [pack])).toMatchObject({ ok: false, error: 'empty' });
    expect(decodeRound('  \n', [pack])).toMatchObject({ ok: false, error: 'empty' });
    expect(decodeRound(code.slice(0, 12), [pack])).toMatchObject({
      ok: false,
      error: 'too-short',
      message: expect.stringContaining('20 characters after "NL-"'),
    });
    expect(decodeRound(`${code}-ABCD`, [pack])).toMatchObject({ ok: false, error: 'too-long' });
    expect(decodeRound('<script>alert(1)</script>', [pack])).toMatchObject({ ok: false });
    expect(decodeRound('A'.repeat(500), [pack])).toMatchObject({ ok: false, error: 'too-long' });
  });
});
