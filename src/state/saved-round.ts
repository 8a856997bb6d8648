import { z } from 'zod';
import { QUESTION_KINDS } from '../content/schema';
import { configProblems, ROUND_MODES, type RoundConfig } from '../rules/round-config';
import type { RoundOrigin, SessionProgress } from './round-session';

/**
 * The round in progress, saved after every move under its own key, so a reload, Back, a closed
 * tab or a crashed browser loses nothing: "Resume your round?" brings it back exactly where it
 * was. Only what cannot be rebuilt is kept: the plan comes back from the config.
 */
export const SAVED_ROUND_KEY = 'newsline:v2:round';

const configSchema = z.object({
  packId: z.string().max(40),
  setId: z.string().max(40),
  mode: z.enum(ROUND_MODES),
  questionCount: z.number().int(),
  kinds: z.array(z.enum(QUESTION_KINDS)),
  difficulty: z.object({ min: z.number().int(), max: z.number().int() }),
  timerSeconds: z.number().int(),
  explanationsDuringPlay: z.boolean(),
  allowRetry: z.boolean(),
  seed: z.number().int(),
});

const originSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('own') }),
  z.object({ kind: z.literal('daily'), number: z.number().int(), dateKey: z.string().max(10) }),
  z.object({ kind: z.literal('shared'), roundCode: z.string().max(120), playerName: z.string().max(80) }),
  z.object({ kind: z.literal('challenge'), roundCode: z.string().max(120) }),
]);

const progressSchema = z.object({
  phase: z.enum(['board', 'reveal', 'quiz', 'results']),
  gaps: z.array(z.number().int().min(0).max(1000)).max(1000),
  order: z.array(z.string().max(40)).max(1000),
  answers: z
    .array(
      z.object({
        questionId: z.string().max(60),
        given: z.string().max(400).nullable(),
        ms: z.number().min(0),
      }),
    )
    .max(1000),
  questionPointer: z.number().int().min(0).max(1000),
});

const clockSchema = z.object({
  elapsedMs: z.number().min(0),
  lapMs: z.number().min(0),
});

const line = z.string().max(2000);

/** A finished round's results screen, kept so a reload on the results (a hand-in!) loses nothing. */
const resultsSchema = z.object({
  heading: line,
  score: z.number().int().min(0).max(100),
  scoreLabel: line,
  praise: line,
  perfect: z.boolean(),
  lines: z.array(line).max(20),
  best: line.nullable(),
  grid: z.object({ timeline: z.array(z.boolean()).max(200), quiz: z.array(z.boolean()).max(200) }),
  handIn: z.object({ heading: line, name: line, note: line, code: line }).nullable(),
  share: z.object({ heading: line, text: line, link: line }).nullable(),
  review: z.object({
    heading: line,
    empty: line.nullable(),
    items: z
      .array(
        z.object({
          label: line,
          title: line,
          // Absent from results saved before quotes were shown in the review.
          quote: z.object({ text: line, speaker: line }).nullable().default(null),
          what: line,
          why: line,
          paragraphs: z.array(z.object({ mark: line, text: line })).max(50),
          outsideContext: z.boolean(),
        }),
      )
      .max(200),
  }),
  actions: z.array(z.object({ id: z.enum(['again', 'new', 'menu']), label: line })).max(5),
});

export const savedRoundSchema = z.object({
  version: z.literal(1),
  packId: z.string().max(40),
  packVersion: z.string().max(20),
  config: configSchema,
  origin: originSchema,
  timerSeconds: z.number().int().min(0).max(3600),
  progress: progressSchema,
  /** Questions actually dealt (a pack may have fewer than the config asks for). */
  questionTotal: z.number().int().min(0).max(1000).optional(),
  clock: clockSchema,
  savedAt: z.string().max(40),
  /** Set once the round is over: what its results screen showed. */
  results: resultsSchema.optional(),
});

export type SavedRound = z.infer<typeof savedRoundSchema>;
export type SavedClock = z.infer<typeof clockSchema>;

export interface LoadedRound {
  round: SavedRound | null;
  /** Said to the player when a saved round existed but could not be read. */
  notice: string | null;
}

export function loadSavedRound(getStorage: () => Storage): LoadedRound {
  let raw: string | null;
  try {
    raw = getStorage().getItem(SAVED_ROUND_KEY);
  } catch {
    return { round: null, notice: null };
  }
  if (raw === null) return { round: null, notice: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const result = savedRoundSchema.safeParse(parsed);
  if (!result.success || configProblems(result.data.config as RoundConfig).length > 0) {
    clearSavedRound(getStorage);
    return {
      round: null,
      notice: 'A saved round could not be read, so it was set aside. Your settings and scores are safe.',
    };
  }
  return { round: result.data, notice: null };
}

/** False when the browser refused the write (the round still plays; it just won't survive a reload). */
export function saveRound(getStorage: () => Storage, round: SavedRound): boolean {
  try {
    getStorage().setItem(SAVED_ROUND_KEY, JSON.stringify(round));
    return true;
  } catch {
    return false;
  }
}

export function clearSavedRound(getStorage: () => Storage): void {
  try {
    getStorage().removeItem(SAVED_ROUND_KEY);
  } catch {
    // Nothing to do: a browser that refuses storage never saved a round either.
  }
}

export function toSavedRound(input: {
  config: RoundConfig;
  packVersion: string;
  origin: RoundOrigin;
  timerSeconds: number;
  progress: SessionProgress;
  questionTotal?: number;
  clock: SavedClock;
  at: Date;
  results?: SavedRound['results'];
}): SavedRound {
  return {
    ...(input.results ? { results: input.results } : {}),
    version: 1,
    packId: input.config.packId,
    packVersion: input.packVersion,
    config: input.config,
    origin: input.origin,
    timerSeconds: input.timerSeconds,
    progress: input.progress,
    ...(input.questionTotal === undefined ? {} : { questionTotal: input.questionTotal }),
    clock: input.clock,
    savedAt: input.at.toISOString(),
  };
}

/** Where a saved round stands, in a player's words: "card 3 of 5", "question 2 of 6". */
export function whereLabel(round: SavedRound): string {
  const { progress, config } = round;
  switch (progress.phase) {
    case 'board':
      return config.mode === 'place' ? `card ${progress.gaps.length + 1} to place` : 'ordering the cards';
    case 'reveal':
      return 'the timeline is done';
    case 'quiz':
      return `question ${progress.questionPointer + 1} of ${round.questionTotal ?? config.questionCount}`;
    case 'results':
      return 'finished';
  }
}

/** "just now", "5 minutes ago", "2 hours ago", "3 days ago". */
export function agoLabel(savedAt: string, now: Date): string {
  const ms = now.getTime() - Date.parse(savedAt);
  if (!Number.isFinite(ms) || ms < 60_000) return 'just now';
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} hour${hours === 1 ? '' : 's'} ago`;
  const days = Math.floor(hours / 24);
  return `${days} day${days === 1 ? '' : 's'} ago`;
}
