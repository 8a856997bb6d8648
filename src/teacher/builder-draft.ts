import { z } from 'zod';
import { QUESTION_KINDS, type Pack } from '../content/schema';
import { defaultRound, ROUND_MODES, type RoundConfig } from '../rules/round-config';

/**
 * The round builder's form as the teacher left it, kept in this browser so a closed tab or a
 * reload loses nothing — seed included, until they press "New round". Numbers are kept as
 * typed (text), so a half-typed field comes back as it was instead of being silently fixed.
 * Pure apart from the Storage it is handed.
 */
export const BUILDER_STORAGE_KEY = 'newsline:teacher:round:v1';

const slug = z.string().max(40);
const typed = z.string().max(40);

const draftSchema = z.object({
  packId: slug,
  setId: slug,
  mode: z.enum(ROUND_MODES),
  questionCount: typed,
  kinds: z.array(z.enum(QUESTION_KINDS)).max(QUESTION_KINDS.length),
  difficultyMin: z.number().int().min(1).max(3),
  difficultyMax: z.number().int().min(1).max(3),
  timerOn: z.boolean(),
  timerSeconds: typed,
  explanationsDuringPlay: z.boolean(),
  allowRetry: z.boolean(),
  seed: typed,
  /** Printed on the assignment sheet. */
  note: z.string().max(300),
  /** Print the answer key on its own page after the sheet. */
  printAnswerKey: z.boolean(),
});

export type BuilderDraft = z.infer<typeof draftSchema>;

/** Seconds offered when the teacher switches the timer on without typing any. */
export const DEFAULT_TIMER_SECONDS = 30;

export function draftFromConfig(
  config: RoundConfig,
  extras: Pick<BuilderDraft, 'note' | 'printAnswerKey'> = { note: '', printAnswerKey: true },
): BuilderDraft {
  return {
    packId: config.packId,
    setId: config.setId,
    mode: config.mode,
    questionCount: String(config.questionCount),
    kinds: QUESTION_KINDS.filter((k) => config.kinds.includes(k)),
    difficultyMin: config.difficulty.min,
    difficultyMax: config.difficulty.max,
    timerOn: config.timerSeconds > 0,
    timerSeconds: String(config.timerSeconds > 0 ? config.timerSeconds : DEFAULT_TIMER_SECONDS),
    explanationsDuringPlay: config.explanationsDuringPlay,
    allowRetry: config.allowRetry,
    seed: String(config.seed),
    ...extras,
  };
}

/** Whole numbers only: "12abc", "1.5" or "" become NaN, so configFieldProblems names the field. */
export function wholeNumber(text: string): number {
  const trimmed = text.trim();
  return /^\d{1,10}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** The round the form describes, possibly invalid: configFieldProblems says where. */
export function configFromDraft(draft: BuilderDraft): RoundConfig {
  return {
    packId: draft.packId,
    setId: draft.setId,
    mode: draft.mode,
    questionCount: wholeNumber(draft.questionCount),
    kinds: [...draft.kinds],
    difficulty: { min: draft.difficultyMin, max: draft.difficultyMax },
    timerSeconds: draft.timerOn ? wholeNumber(draft.timerSeconds) : 0,
    explanationsDuringPlay: draft.explanationsDuringPlay,
    allowRetry: draft.allowRetry,
    seed: wholeNumber(draft.seed),
  };
}

/** A first round for a pack: the game's defaults with a fresh seed. */
export function freshDraft(pack: Pack, seed: number): BuilderDraft {
  return draftFromConfig(defaultRound(pack, seed));
}

/**
 * Fits a remembered draft to the packs this site serves today: a pack that is gone gives way to
 * the first pack's defaults (keeping the seed), and a set the pack no longer has to its first set.
 */
export function fitDraftToPacks(draft: BuilderDraft, packs: readonly Pack[]): BuilderDraft {
  const pack = packs.find((p) => p.id === draft.packId);
  if (!pack) {
    const first = packs[0];
    if (!first) return draft;
    return {
      ...freshDraft(first, 0),
      seed: draft.seed,
      note: draft.note,
      printAnswerKey: draft.printAnswerKey,
    };
  }
  if (pack.sets.some((s) => s.id === draft.setId)) return draft;
  return { ...draft, setId: pack.sets[0]?.id ?? draft.setId };
}

export type RememberedDraft =
  | { kind: 'none' }
  | { kind: 'found'; draft: BuilderDraft }
  /** Something was stored but could not be read: start fresh and say so. */
  | { kind: 'unreadable' }
  /** The browser refuses storage (private mode, blocked site data). */
  | { kind: 'unavailable' };

/** `storage` is a thunk because reading `window.localStorage` can itself throw. */
export function loadDraft(storage: () => Storage): RememberedDraft {
  let raw: string | null;
  try {
    raw = storage().getItem(BUILDER_STORAGE_KEY);
  } catch {
    return { kind: 'unavailable' };
  }
  if (raw === null) return { kind: 'none' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable' };
  }
  const result = draftSchema.safeParse(parsed);
  return result.success ? { kind: 'found', draft: result.data } : { kind: 'unreadable' };
}

/** False when the browser would not keep it (quota, private mode); the page works on either way. */
export function saveDraft(storage: () => Storage, draft: BuilderDraft): boolean {
  try {
    storage().setItem(BUILDER_STORAGE_KEY, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/** What the page says about the remembered round, or null when there is nothing to say. */
export function rememberedNotice(remembered: RememberedDraft): string | null {
  switch (remembered.kind) {
    case 'found':
      return 'This is the round you were last building in this browser. Press “New round” for a fresh deal.';
    case 'unreadable':
      return 'The round remembered in this browser could not be read, so a new one was started.';
    case 'unavailable':
      return 'This browser is not letting the page keep anything, so the round is lost when you close the tab: note its code.';
    case 'none':
      return null;
  }
}
