import { describe, expect, it } from 'vitest';
import {
  attemptKey,
  describeEarlier,
  handInFor,
  nextAttempt,
  ordinal,
  recordAbandoned,
  recordFinished,
} from '../../src/state/attempts';
import { defaultSavedData } from '../../src/state/storage';

const KEY = attemptKey('pack', 'NL-ROUND', 'Ada');

describe('attempt keys', () => {
  it('are the same for a name typed with other case or spaces', () => {
    expect(attemptKey('pack', 'NL-ROUND', '  ADA ')).toBe(KEY);
  });

  it('keep students, rounds and packs apart', () => {
    const keys = [
      KEY,
      attemptKey('pack', 'NL-ROUND', 'Bo'),
      attemptKey('pack', 'NL-OTHER', 'Ada'),
      attemptKey('other-pack', 'NL-ROUND', 'Ada'),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('attempt numbers', () => {
  it('start at the first attempt with nothing left unfinished', () => {
    expect(nextAttempt(defaultSavedData(), KEY)).toEqual({ attempt: 1, abandoned: 0 });
  });

  it('count attempts left unfinished before the one being finished', () => {
    const data = recordAbandoned(recordAbandoned(defaultSavedData(), KEY), KEY);
    expect(nextAttempt(data, KEY)).toEqual({ attempt: 1, abandoned: 2 });
  });

  it('go up with each finished attempt', () => {
    let data = recordFinished(defaultSavedData(), KEY, 'NLR2-ONE');
    expect(nextAttempt(data, KEY)).toEqual({ attempt: 2, abandoned: 0 });
    data = recordAbandoned(data, KEY);
    data = recordFinished(data, KEY, 'NLR2-TWO');
    expect(nextAttempt(data, KEY)).toEqual({ attempt: 3, abandoned: 1 });
  });

  it('keep the first finished attempt’s code, never replacing it', () => {
    let data = recordFinished(defaultSavedData(), KEY, 'NLR2-ONE');
    data = recordFinished(data, KEY, 'NLR2-TWO');
    expect(data.attempts[KEY]?.firstResult).toBe('NLR2-ONE');
  });

  it('leave another student’s attempts alone', () => {
    const other = attemptKey('pack', 'NL-ROUND', 'Bo');
    const data = recordAbandoned(recordFinished(defaultSavedData(), KEY, 'NLR2-ONE'), KEY);
    expect(nextAttempt(data, other)).toEqual({ attempt: 1, abandoned: 0 });
  });

  it('do not change the data they are given', () => {
    const data = defaultSavedData();
    recordFinished(data, KEY, 'NLR2-ONE');
    recordAbandoned(data, KEY);
    expect(data.attempts).toEqual({});
  });
});

describe('the hand-in', () => {
  it('is this attempt’s code on a first attempt, whatever the retry setting', () => {
    for (const allowRetry of [true, false]) {
      const handIn = handInFor(allowRetry, { attempt: 1, abandoned: 0 }, 'NLR2-NOW', undefined);
      expect(handIn).toEqual({ code: 'NLR2-NOW', isThisAttempt: true, note: 'Your first attempt.' });
    }
  });

  it('is the latest attempt’s code when retries are on', () => {
    const handIn = handInFor(true, { attempt: 3, abandoned: 0 }, 'NLR2-NOW', 'NLR2-FIRST');
    expect(handIn.code).toBe('NLR2-NOW');
    expect(handIn.isThisAttempt).toBe(true);
    expect(handIn.note).toBe('This is your 3rd finished attempt.');
  });

  it('is the first finished attempt’s code when retries are off, and says why', () => {
    const handIn = handInFor(false, { attempt: 2, abandoned: 1 }, 'NLR2-NOW', 'NLR2-FIRST');
    expect(handIn.code).toBe('NLR2-FIRST');
    expect(handIn.isThisAttempt).toBe(false);
    expect(handIn.note).toMatch(
      /^Retries are off for this round, so the code to hand in is the one from your first finished attempt\./,
    );
    expect(handIn.note).toContain('This is your 2nd finished attempt; you also started and left one before.');
  });

  it('is this attempt’s code when retries are off but no earlier code was kept', () => {
    const handIn = handInFor(false, { attempt: 2, abandoned: 0 }, 'NLR2-NOW', undefined);
    expect(handIn.code).toBe('NLR2-NOW');
    expect(handIn.isThisAttempt).toBe(true);
  });

  it('mentions attempts left unfinished on a first finished attempt', () => {
    const handIn = handInFor(true, { attempt: 1, abandoned: 2 }, 'NLR2-NOW', undefined);
    expect(handIn.note).toBe('This is your first finished attempt; you also started and left 2 before.');
  });
});

describe('attempts in words', () => {
  it.each([
    [{ attempt: 1, abandoned: 0 }, 'This is your first finished attempt.'],
    [
      { attempt: 1, abandoned: 1 },
      'This is your first finished attempt; you also started and left one before.',
    ],
    [{ attempt: 2, abandoned: 0 }, 'This is your 2nd finished attempt.'],
    [{ attempt: 4, abandoned: 3 }, 'This is your 4th finished attempt; you also started and left 3 before.'],
  ])('%o reads “%s”', (numbers, words) => {
    expect(describeEarlier(numbers)).toBe(words);
  });

  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [23, '23rd'],
    [101, '101st'],
    [111, '111th'],
    [112, '112th'],
    [1013, '1013th'],
  ])('ordinal(%i) is %s', (n, words) => {
    expect(ordinal(n)).toBe(words);
  });
});
