import { z } from 'zod';

/**
 * Everything Newsline keeps in the browser, under one versioned key. Each field has a default,
 * so data saved by an older version loads with the new fields filled in; data that cannot be
 * read at all is replaced by defaults and the player is told in one line.
 */
export const STORAGE_KEY = 'newsline:v1';

export const settingsSchema = z.object({
  soundOn: z.boolean().default(true),
  volume: z.number().min(0).max(1).default(0.7),
  showStreak: z.boolean().default(true),
  /** 'system' follows the browser's prefers-reduced-motion. */
  reducedMotion: z.enum(['system', 'on', 'off']).default('system'),
  theme: z.enum(['standard', 'high-contrast']).default('standard'),
  textScale: z.union([z.literal(1), z.literal(1.25), z.literal(1.5)]).default(1),
  /** How a round's per-question timer applies to this player. */
  timer: z.enum(['as-set', 'longer', 'off']).default('as-set'),
});

export const bestScoreSchema = z.object({
  score: z.number().int().min(0).max(100),
  /** ISO timestamp of the round that set it. */
  at: z.string().max(40),
});

/** Shared rounds played in this browser, so a no-retry round hands in its first attempt. */
export const attemptSchema = z.object({
  count: z.number().int().min(0).max(10_000),
  /** The result code of the first finished attempt. */
  firstResult: z.string().max(400).optional(),
});

export const savedDataSchema = z.object({
  settings: settingsSchema.default(() => settingsSchema.parse({})),
  best: z.record(z.string().max(40), bestScoreSchema).default({}),
  /** The name last typed for a shared round, offered again next time. */
  playerName: z.string().max(80).default(''),
  attempts: z.record(z.string().max(240), attemptSchema).default({}),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SavedData = z.infer<typeof savedDataSchema>;
export type BestScore = z.infer<typeof bestScoreSchema>;
export type Attempt = z.infer<typeof attemptSchema>;

export function defaultSavedData(): SavedData {
  return savedDataSchema.parse({});
}

export interface LoadedData {
  data: SavedData;
  /** A line to show the player when something was lost or cannot be kept. */
  notice: string | null;
  /** False when the browser refuses storage (private mode, blocked cookies). */
  persistent: boolean;
}

/** `storage` is `window.localStorage` in the game; getting it may itself throw, hence the thunk. */
export function loadSavedData(getStorage: () => Storage): LoadedData {
  let raw: string | null;
  try {
    raw = getStorage().getItem(STORAGE_KEY);
  } catch {
    return {
      data: defaultSavedData(),
      notice:
        'This browser is not letting Newsline save, so settings and best scores last only until you close the page.',
      persistent: false,
    };
  }
  if (raw === null) return { data: defaultSavedData(), notice: null, persistent: true };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return resetNotice();
  }
  const result = savedDataSchema.safeParse(parsed);
  return result.success ? { data: result.data, notice: null, persistent: true } : resetNotice();
}

function resetNotice(): LoadedData {
  return {
    data: defaultSavedData(),
    notice: 'Your saved settings could not be read, so Newsline started fresh with the defaults.',
    persistent: true,
  };
}

/** False when the write failed (quota, private mode); the game plays on either way. */
export function saveData(getStorage: () => Storage, data: SavedData): boolean {
  try {
    getStorage().setItem(STORAGE_KEY, JSON.stringify(data));
    return true;
  } catch {
    return false;
  }
}

/** A new best only replaces a lower one. */
export function recordBestScore(data: SavedData, setId: string, score: number, at: Date): SavedData {
  const previous = data.best[setId];
  if (previous && previous.score >= score) return data;
  return { ...data, best: { ...data.best, [setId]: { score, at: at.toISOString() } } };
}
