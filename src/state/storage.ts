import { z } from 'zod';

/**
 * Everything Newsline keeps in the browser, under one versioned key. Each field has a default,
 * so data saved by an older version loads with the new fields filled in; data that cannot be
 * read at all is replaced by defaults and the player is told in one line. Version 1 data (one
 * pack, best scores by set) is migrated into version 2 (everything kept per pack).
 *
 * The round in progress lives under its own key (saved-round.ts), so a damaged saved round can
 * never cost a player their settings, and settings writes never rewrite the round.
 */
export const STORAGE_KEY = 'newsline:v2';
export const LEGACY_STORAGE_KEY = 'newsline:v1';
/** The article pack every version-1 record belongs to. */
export const LEGACY_PACK_ID = 'us-strikes-syria-iraq-2021';

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

export const dailyRecordSchema = z.object({
  score: z.number().int().min(0).max(100),
  /** The share grid, so the menu can show today's result again. */
  grid: z.string().max(200),
});

/**
 * A shared round as played by one player in this browser: finished attempts, attempts started
 * and left, and the first finished attempt's result code (handed in when retries are off).
 */
export const attemptSchema = z.object({
  finished: z.number().int().min(0).max(10_000).default(0),
  abandoned: z.number().int().min(0).max(10_000).default(0),
  firstResult: z.string().max(1000).optional(),
});

/** The player's last choices on the menu, per pack. */
export const menuChoiceSchema = z.object({
  setId: z.string().max(40),
  questionCount: z.number().int().min(0).max(40),
  mode: z.enum(['place', 'sort']),
});

/** What the last round dealt, so "New round" can deal something else. */
export const lastDealSchema = z.object({
  eventIds: z.array(z.string().max(40)).max(100),
  questionIds: z.array(z.string().max(60)).max(100),
});

const perPack = <T extends z.ZodType>(value: T) => z.record(z.string().max(40), value).default({});

export const savedDataSchema = z.object({
  settings: settingsSchema.default(() => settingsSchema.parse({})),
  /** Best score per pack, then per set. */
  best: perPack(z.record(z.string().max(40), bestScoreSchema)),
  /** Daily results per pack, then per local date (YYYY-MM-DD). */
  daily: perPack(z.record(z.string().max(10), dailyRecordSchema)),
  /** The name last typed for a shared round, offered again next time. */
  playerName: z.string().max(80).default(''),
  attempts: z.record(z.string().max(300), attemptSchema).default({}),
  /** The pack chosen on the menu, when the site offers several. */
  packId: z.string().max(40).optional(),
  menu: perPack(menuChoiceSchema),
  lastDeal: perPack(lastDealSchema),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SavedData = z.infer<typeof savedDataSchema>;
export type BestScore = z.infer<typeof bestScoreSchema>;
export type Attempt = z.infer<typeof attemptSchema>;
export type MenuChoice = z.infer<typeof menuChoiceSchema>;
export type LastDeal = z.infer<typeof lastDealSchema>;
export type DailyRecord = z.infer<typeof dailyRecordSchema>;

/** Version 1 as it was saved: one pack, best scores by set, attempts as a plain count. */
const legacySchema = z.object({
  settings: settingsSchema.default(() => settingsSchema.parse({})),
  best: z.record(z.string().max(40), bestScoreSchema).default({}),
  playerName: z.string().max(80).default(''),
  attempts: z
    .record(
      z.string().max(240),
      z.object({ count: z.number().int().min(0).max(10_000), firstResult: z.string().max(400).optional() }),
    )
    .default({}),
});

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

export const NOT_PERSISTENT_NOTICE =
  'This browser is not letting Newsline save, so settings, scores and a round in progress last only until you close the page.';
const UNREADABLE_NOTICE =
  'Your saved settings could not be read, so Newsline started fresh with the defaults.';

/** `storage` is `window.localStorage` in the game; getting it may itself throw, hence the thunk. */
export function loadSavedData(getStorage: () => Storage): LoadedData {
  let raw: string | null;
  let legacy: string | null;
  try {
    raw = getStorage().getItem(STORAGE_KEY);
    legacy = raw === null ? getStorage().getItem(LEGACY_STORAGE_KEY) : null;
  } catch {
    return { data: defaultSavedData(), notice: NOT_PERSISTENT_NOTICE, persistent: false };
  }
  if (raw === null && legacy !== null) return migrateLegacy(legacy);
  if (raw === null) return { data: defaultSavedData(), notice: null, persistent: true };
  const parsed = parseJson(raw);
  const result = savedDataSchema.safeParse(parsed);
  return result.success
    ? { data: result.data, notice: null, persistent: true }
    : { data: defaultSavedData(), notice: UNREADABLE_NOTICE, persistent: true };
}

/** Version 1 data becomes version 2: settings and name as they were, scores and attempts under the article's pack. */
export function migrateLegacy(raw: string): LoadedData {
  const result = legacySchema.safeParse(parseJson(raw));
  if (!result.success) return { data: defaultSavedData(), notice: UNREADABLE_NOTICE, persistent: true };
  const old = result.data;
  const attempts: SavedData['attempts'] = {};
  for (const [key, attempt] of Object.entries(old.attempts)) {
    attempts[`${LEGACY_PACK_ID}|${key}`] = {
      finished: attempt.count,
      abandoned: 0,
      ...(attempt.firstResult ? { firstResult: attempt.firstResult } : {}),
    };
  }
  const data = savedDataSchema.parse({
    settings: old.settings,
    best: Object.keys(old.best).length > 0 ? { [LEGACY_PACK_ID]: old.best } : {},
    playerName: old.playerName,
    attempts,
  });
  return { data, notice: null, persistent: true };
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
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
export function recordBestScore(
  data: SavedData,
  packId: string,
  setId: string,
  score: number,
  at: Date,
): SavedData {
  const pack = data.best[packId] ?? {};
  const previous = pack[setId];
  if (previous && previous.score >= score) return data;
  return { ...data, best: { ...data.best, [packId]: { ...pack, [setId]: { score, at: at.toISOString() } } } };
}

/** Keeps the latest daily results only, so the record never grows without bound. */
const DAILY_DAYS_KEPT = 60;

export function recordDaily(
  data: SavedData,
  packId: string,
  dateKey: string,
  record: DailyRecord,
): SavedData {
  const days = { ...(data.daily[packId] ?? {}), [dateKey]: record };
  const kept = Object.keys(days).sort().slice(-DAILY_DAYS_KEPT);
  return { ...data, daily: { ...data.daily, [packId]: Object.fromEntries(kept.map((k) => [k, days[k]!])) } };
}
