import type { SavedData } from './storage';

/**
 * Attempts at a shared (teacher's) round, per player in this browser. An attempt counts when
 * it is finished; one started and then left is recorded as abandoned. Both numbers travel in
 * the result code, so the gradebook can say plainly what "attempt 2" means.
 */
export interface AttemptNumbers {
  /** 1 = the first finished attempt. */
  attempt: number;
  /** Attempts started and left unfinished before this one. */
  abandoned: number;
}

/** Per pack, per round, per player: a shared computer must never mix students' attempts. */
export function attemptKey(packId: string, roundCode: string, playerName: string): string {
  return `${packId}|${roundCode}|${playerName.trim().toLowerCase()}`;
}

/** The numbers the attempt being finished now will carry. */
export function nextAttempt(data: SavedData, key: string): AttemptNumbers {
  const record = data.attempts[key];
  return { attempt: (record?.finished ?? 0) + 1, abandoned: record?.abandoned ?? 0 };
}

export function recordAbandoned(data: SavedData, key: string): SavedData {
  const record = data.attempts[key] ?? { finished: 0, abandoned: 0 };
  return { ...data, attempts: { ...data.attempts, [key]: { ...record, abandoned: record.abandoned + 1 } } };
}

/** Counts a finished attempt and keeps the first finished attempt's code, never replacing it. */
export function recordFinished(data: SavedData, key: string, resultCode: string): SavedData {
  const record = data.attempts[key] ?? { finished: 0, abandoned: 0 };
  return {
    ...data,
    attempts: {
      ...data.attempts,
      [key]: { ...record, finished: record.finished + 1, firstResult: record.firstResult ?? resultCode },
    },
  };
}

export interface HandIn {
  /** The code the student should hand in. */
  code: string;
  /** True when that is the code of this attempt; false when retries are off and an earlier one counts. */
  isThisAttempt: boolean;
  /** One line for the student about which attempt this is and what they hand in. */
  note: string;
}

/**
 * What a student hands in after finishing a shared round. With retries off, the first finished
 * attempt is the one that counts, whatever happens later; with retries on, the latest.
 */
export function handInFor(
  allowRetry: boolean,
  numbers: AttemptNumbers,
  thisCode: string,
  firstCode: string | undefined,
): HandIn {
  const earlier = describeEarlier(numbers);
  if (!allowRetry && numbers.attempt > 1 && firstCode) {
    return {
      code: firstCode,
      isThisAttempt: false,
      note: `Retries are off for this round, so the code to hand in is the one from your first finished attempt. ${earlier}`.trim(),
    };
  }
  return {
    code: thisCode,
    isThisAttempt: true,
    note: numbers.attempt === 1 && numbers.abandoned === 0 ? 'Your first attempt.' : earlier,
  };
}

/** "This is your 2nd finished attempt; you also started and left one before." in the student's words. */
export function describeEarlier({ attempt, abandoned }: AttemptNumbers): string {
  const finished =
    attempt === 1
      ? 'This is your first finished attempt'
      : `This is your ${ordinal(attempt)} finished attempt`;
  const left =
    abandoned === 0 ? '' : `; you also started and left ${abandoned === 1 ? 'one' : abandoned} before`;
  return `${finished}${left}.`;
}

export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix =
    tens >= 11 && tens <= 13
      ? 'th'
      : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}
