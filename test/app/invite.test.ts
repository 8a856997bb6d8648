import { describe, expect, it } from 'vitest';
import { readInvite } from '../../src/app/invite';
import { encodeRound } from '../../src/rules/round-code';
import { defaultRound } from '../../src/rules/round-config';
import { chainPack, quizPack } from '../fixtures/packs';

const TODAY = new Date(2026, 11, 10, 12, 0); // 10 December 2026, local time
const chain = chainPack();
const second = quizPack();
const PACKS = [chain, second];
const CONFIG = {
  ...defaultRound(second),
  setId: 'every',
  mode: 'sort' as const,
  questionCount: 4,
  seed: 4242,
};
const CODE = encodeRound(CONFIG, second);

/** The code with one character changed, in its third group. */
function withTypo(code: string): string {
  const at = 'NL-XXXX-XXXX-'.length;
  const wrong = code[at] === '7' ? '8' : '7';
  return code.slice(0, at) + wrong + code.slice(at + 1);
}

describe('a page without an invite', () => {
  it('has nothing to offer and nothing to complain about', () => {
    expect(readInvite('', PACKS, TODAY)).toEqual({ ok: true, invite: null });
    expect(readInvite('?utm=mail', PACKS, TODAY)).toEqual({ ok: true, invite: null });
  });
});

describe('a teacher’s or a friend’s round', () => {
  it('?round= is a teacher’s round of the pack the code names', () => {
    const reading = readInvite(`?round=${CODE}`, PACKS, TODAY);
    expect(reading).toEqual({
      ok: true,
      invite: { kind: 'shared', code: CODE, config: CONFIG, pack: second },
    });
  });

  it('?play= is a friend’s round', () => {
    const reading = readInvite(`?play=${encodeURIComponent(CODE)}`, PACKS, TODAY);
    expect(reading.ok && reading.invite?.kind).toBe('challenge');
  });

  it('reads a code typed in lower case with its dashes left off', () => {
    const reading = readInvite(`?round=${CODE.replace(/-/g, '').toLowerCase()}`, PACKS, TODAY);
    expect(reading.ok && reading.invite).toMatchObject({ kind: 'shared', code: CODE });
  });

  it.each([
    ['round', 'NL-NOPE'],
    ['play', 'hello'],
    ['round', ''],
  ])('?%s=%s explains itself and points to the menu', (key, value) => {
    const reading = readInvite(`?${key}=${value}`, PACKS, TODAY);
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.problem?.heading).toBe('This round link does not work');
    expect(reading.problem?.message).toMatch(
      /Ask for the link again, or play a round of your own from the menu\.$/,
    );
  });

  it('says where a typo is', () => {
    const reading = readInvite(`?round=${withTypo(CODE)}`, PACKS, TODAY);
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.problem?.message).toMatch(
      /Character 9 \(group 3, "[0-9A-Z]{4}"\) looks wrong; check it\./,
    );
  });

  it('says when the code is for a pack this site does not have', () => {
    const reading = readInvite(`?round=${CODE}`, [chain], TODAY);
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.problem?.message).toMatch(/content pack this site does not have/);
  });
});

describe('a daily round of a given day', () => {
  it('is numbered from the first daily and played with the pack it names', () => {
    const reading = readInvite(`?daily=2026-11-03&pack=${second.id}`, PACKS, TODAY);
    expect(reading).toEqual({
      ok: true,
      invite: { kind: 'daily', dateKey: '2026-11-03', number: 3, pack: second },
    });
  });

  it('falls back to the first pack when the link names none the site has', () => {
    const reading = readInvite('?daily=2026-12-10&pack=gone', PACKS, TODAY);
    expect(reading.ok && reading.invite).toMatchObject({ kind: 'daily', number: 40, pack: chain });
  });

  it.each([
    ['tomorrow', '2026-12-11'],
    ['next year', '2027-01-01'],
    ['not a date', 'soon'],
    ['a date without its zeros', '2026-12-1'],
    ['a month that does not exist', '2026-13-01'],
  ])('refuses %s (%s) with a readable problem', (_label, key) => {
    const reading = readInvite(`?daily=${key}`, PACKS, TODAY);
    expect(reading).toEqual({
      ok: false,
      problem: {
        heading: 'This daily round link does not work',
        message:
          'The link names a day Newsline does not have a daily round for. Today’s daily round is on the menu.',
      },
    });
  });

  it('refuses a day that is not on the calendar instead of throwing', () => {
    const reading = readInvite('?daily=2026-11-31', PACKS, TODAY);
    expect(reading.ok).toBe(false);
  });

  it('refuses a day before the first daily round', () => {
    const reading = readInvite('?daily=2026-10-01', PACKS, TODAY);
    expect(reading.ok).toBe(false);
  });
});
