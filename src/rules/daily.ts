import type { Pack } from '../content/schema';
import { QUESTION_KINDS } from '../content/schema';
import { defaultRound, LIMITS, type RoundConfig } from './round-config';

/**
 * The daily round: one round a day, the same for everyone on the same local date, numbered
 * from the first day Newsline had one. The date is the player's own calendar day, so the
 * round turns over at their midnight; everything after the key is pure and time-zone free.
 */

/** The day of daily round #1. */
export const FIRST_DAILY_KEY = '2026-11-01';

const DAY_MS = 86_400_000;
const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 'YYYY-MM-DD' of the player's local calendar day. */
export function localDateKey(date: Date): string {
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/** True for a 'YYYY-MM-DD' that names a real calendar day. */
export function isDateKey(key: string): boolean {
  return dayIndex(key) !== null;
}

/**
 * The daily's number: 1 on FIRST_DAILY_KEY, one more each calendar day after. Counted on
 * UTC calendar days, which are all 24 hours, so a daylight-saving change can never skip or
 * repeat a number. Days before the first give 0 or less; a caller offering them should refuse.
 */
export function dailyNumber(key: string): number {
  const day = dayIndex(key);
  if (day === null) throw new Error(`"${key}" is not a date like 2026-11-29`);
  return day - (dayIndex(FIRST_DAILY_KEY) ?? 0) + 1;
}

export interface DailyRound {
  number: number;
  key: string;
  config: RoundConfig;
}

/**
 * The daily round of a pack: its first set placed one card at a time, five questions of every
 * kind and difficulty, no timer, explanations as answered, retries allowed. The seed comes
 * from the pack id and the date alone, so every player gets the same round that day.
 */
export function dailyRound(pack: Pick<Pack, 'id' | 'sets'>, key: string): DailyRound {
  const number = dailyNumber(key);
  const config: RoundConfig = {
    ...defaultRound(pack, dailySeed(pack.id, key)),
    mode: 'place',
    questionCount: 5,
    kinds: [...QUESTION_KINDS],
    difficulty: { min: 1, max: 3 },
    timerSeconds: 0,
    explanationsDuringPlay: true,
    allowRetry: true,
  };
  return { number, key, config };
}

/**
 * FNV-1a over the pack id and the date: a fixed, well-known hash (not Math.random, not the
 * engine's string hashing), folded into the seeds a round code carries.
 */
function dailySeed(packId: string, key: string): number {
  let hash = 0x811c9dc5;
  for (const char of `${packId}|${key}`) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193);
  }
  // Folding the top bits in keeps all 32 in play before cutting down to the code's 20.
  return ((hash >>> 20) ^ hash) & LIMITS.newSeed.max;
}

/** Days since 1970-01-01 for a real 'YYYY-MM-DD'; null for anything else. */
function dayIndex(key: string): number | null {
  const match = DATE_KEY.exec(key);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31 February over into March; a real day comes back as itself.
  if (utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day)
    return null;
  return Math.round(utc.getTime() / DAY_MS);
}
