import { QUESTION_KINDS, type QuestionKind } from '../content/schema';

/**
 * How the timeline is played: `place` deals one card at a time onto a growing line (the default
 * for players); `sort` deals every card at once to be put in order (a teacher may pick it).
 */
export const ROUND_MODES = ['place', 'sort'] as const;
export type RoundMode = (typeof ROUND_MODES)[number];

/**
 * Everything that decides a round, small enough to travel in a link. The pack itself does not
 * travel: a round code names its pack, and is played against that pack as the site serves it.
 */
export interface RoundConfig {
  /** The pack's `id`. */
  packId: string;
  setId: string;
  mode: RoundMode;
  questionCount: number;
  /** Which question kinds may be drawn; never empty. */
  kinds: QuestionKind[];
  difficulty: { min: number; max: number };
  /** Seconds per question; 0 means no timer. */
  timerSeconds: number;
  /** Show each answer's explanation as it is given (otherwise only on the results screen). */
  explanationsDuringPlay: boolean;
  allowRetry: boolean;
  seed: number;
}

export const LIMITS = {
  questionCount: { min: 0, max: 40 },
  difficulty: { min: 1, max: 3 },
  /** 0 (off) or within these bounds. */
  timerSeconds: { min: 5, max: 180 },
  setIdLength: { min: 1, max: 40 },
  /** Seeds of rounds made by this version fit a round code's 20 bits; older codes carry up to 32. */
  newSeed: { max: 0xf_ffff },
} as const;

/** Everything but the pack and set, which come from the pack (its first set is the default). */
export const DEFAULT_ROUND_OPTIONS: Readonly<Omit<RoundConfig, 'packId' | 'setId'>> = {
  mode: 'place',
  questionCount: 6,
  kinds: [...QUESTION_KINDS],
  difficulty: { min: 1, max: 3 },
  timerSeconds: 0,
  explanationsDuringPlay: true,
  allowRetry: true,
  seed: 1,
};

/** The part of a config a problem is about, so a form can show it beside the right field. */
export type ConfigField =
  'packId' | 'setId' | 'mode' | 'questionCount' | 'kinds' | 'difficulty' | 'timerSeconds' | 'seed';

export interface ConfigProblem {
  field: ConfigField;
  message: string;
}

/** Problems with a config, each with its field, in words a teacher can act on; empty when valid. */
export function configFieldProblems(config: RoundConfig): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const add = (field: ConfigField, message: string): void => void problems.push({ field, message });
  const { questionCount, difficulty, timerSeconds, setId, packId, kinds, seed, mode } = config;
  const isSlug = (id: string): boolean => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) && id.length <= 40;
  if (!isSlug(packId)) add('packId', `pack "${packId}" is not a valid pack id`);
  if (!isSlug(setId)) add('setId', `set "${setId}" is not a valid set name`);
  if (!ROUND_MODES.includes(mode)) add('mode', 'mode must be "place" or "sort"');
  if (!Number.isInteger(questionCount) || questionCount < 0 || questionCount > LIMITS.questionCount.max)
    add('questionCount', `question count must be 0–${LIMITS.questionCount.max}`);
  if (kinds.length === 0) add('kinds', 'at least one question kind must be chosen');
  if (kinds.some((k) => !QUESTION_KINDS.includes(k))) add('kinds', 'unknown question kind');
  if (new Set(kinds).size !== kinds.length) add('kinds', 'a question kind is listed twice');
  const inRange = (d: number): boolean => Number.isInteger(d) && d >= 1 && d <= 3;
  if (!inRange(difficulty.min) || !inRange(difficulty.max) || difficulty.min > difficulty.max)
    add('difficulty', 'difficulty range must be within 1–3, lowest first');
  if (
    !Number.isInteger(timerSeconds) ||
    (timerSeconds !== 0 && (timerSeconds < LIMITS.timerSeconds.min || timerSeconds > LIMITS.timerSeconds.max))
  )
    add('timerSeconds', `timer must be off or ${LIMITS.timerSeconds.min}–${LIMITS.timerSeconds.max} seconds`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffff_ffff) add('seed', 'seed must be 0–4294967295');
  return problems;
}

/** The same problems as plain sentences (for codes and plans, which report them in one line). */
export function configProblems(config: RoundConfig): string[] {
  return configFieldProblems(config).map((p) => p.message);
}

export type TimerPreference = 'as-set' | 'longer' | 'off';

/**
 * The seconds a player actually gets per question. A player who needs more time may double it
 * anywhere; turning it off applies to rounds they set up themselves, while a shared round's
 * timer can only be lengthened, so a teacher's round still ends.
 */
export function effectiveTimerSeconds(
  roundSeconds: number,
  preference: TimerPreference,
  shared: boolean,
): number {
  if (roundSeconds === 0) return 0;
  if (preference === 'longer' || (preference === 'off' && shared)) return roundSeconds * 2;
  if (preference === 'off') return 0;
  return roundSeconds;
}

/** A new player's round for a pack: its first set, placed one card at a time. */
export function defaultRound(
  pack: { id: string; sets: ReadonlyArray<{ id: string }> },
  seed = 1,
): RoundConfig {
  const firstSet = pack.sets[0];
  if (!firstSet) throw new Error(`pack ${pack.id} has no sets`);
  return {
    ...DEFAULT_ROUND_OPTIONS,
    kinds: [...DEFAULT_ROUND_OPTIONS.kinds],
    packId: pack.id,
    setId: firstSet.id,
    seed,
  };
}
