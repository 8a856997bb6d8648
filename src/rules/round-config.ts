import { QUESTION_KINDS, type QuestionKind } from '../content/schema';

/**
 * Everything that decides a round, small enough to travel in a link. The pack itself does not
 * travel: a round code is played against the pack the game ships.
 */
export interface RoundConfig {
  setId: string;
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
  setIdLength: { min: 1, max: 24 },
} as const;

export const DEFAULT_ROUND: Readonly<RoundConfig> = {
  setId: 'core',
  questionCount: 6,
  kinds: [...QUESTION_KINDS],
  difficulty: { min: 1, max: 3 },
  timerSeconds: 0,
  explanationsDuringPlay: true,
  allowRetry: true,
  seed: 1,
};

/** Problems with a config, in words a teacher can act on; empty when it is valid. */
export function configProblems(config: RoundConfig): string[] {
  const problems: string[] = [];
  const { questionCount, difficulty, timerSeconds, setId, kinds, seed } = config;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(setId) || setId.length > LIMITS.setIdLength.max)
    problems.push(`set "${setId}" is not a valid set name`);
  if (!Number.isInteger(questionCount) || questionCount < 0 || questionCount > LIMITS.questionCount.max)
    problems.push(`question count must be 0–${LIMITS.questionCount.max}`);
  if (kinds.length === 0) problems.push('at least one question kind must be chosen');
  if (kinds.some((k) => !QUESTION_KINDS.includes(k))) problems.push('unknown question kind');
  if (new Set(kinds).size !== kinds.length) problems.push('a question kind is listed twice');
  const inRange = (d: number): boolean => Number.isInteger(d) && d >= 1 && d <= 3;
  if (!inRange(difficulty.min) || !inRange(difficulty.max) || difficulty.min > difficulty.max)
    problems.push('difficulty range must be within 1–3, lowest first');
  if (
    !Number.isInteger(timerSeconds) ||
    (timerSeconds !== 0 && (timerSeconds < LIMITS.timerSeconds.min || timerSeconds > LIMITS.timerSeconds.max))
  )
    problems.push(`timer must be off or ${LIMITS.timerSeconds.min}–${LIMITS.timerSeconds.max} seconds`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffff_ffff) problems.push('seed must be 0–4294967295');
  return problems;
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
