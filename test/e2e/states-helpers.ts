import type { Page } from 'playwright-core';
import type { Pack, Question, QuestionKind } from '../../src/content/schema';
import { RoundClock } from '../../src/rules/clock';
import { judgePlacement } from '../../src/rules/placement';
import { planRound, type RoundPlan } from '../../src/rules/plan';
import { encodeRound } from '../../src/rules/round-code';
import { defaultRound, type RoundConfig } from '../../src/rules/round-config';
import { answerLabel } from '../../src/rules/scoring';
import { RoundSession, type RoundOrigin } from '../../src/state/round-session';
import {
  SAVED_ROUND_KEY,
  savedRoundSchema,
  toSavedRound,
  type SavedRound,
} from '../../src/state/saved-round';
import { STORAGE_KEY } from '../../src/state/storage';
import { waitForScreen } from './harness';
import { articlePack, waitForBoard, waitForQuiz } from './player';

/**
 * Rounds worked out in Node, for tests that need a screen in a given state without playing
 * their way to it: a round's config and code, a session played to a point by the same methods
 * the game calls, and that session as the saved round the game resumes from
 * (`localStorage['newsline:v2:round']`). The menu's Resume then brings the state back through
 * the game's own path (real input), so the screen under test is the one a player would see.
 */
export const pack: Pack = articlePack();

export function config(patch: Partial<RoundConfig> = {}): RoundConfig {
  return { ...defaultRound(pack, 1), questionCount: 5, ...patch };
}

export function planOf(round: RoundConfig): RoundPlan {
  const planned = planRound(pack, round);
  if (!planned.ok) throw new Error(`the round cannot be planned: ${planned.error}`);
  return planned.plan;
}

export function codeOf(round: RoundConfig): string {
  return encodeRound(round, pack);
}

/** The first seed (from `from`) whose plan satisfies `wanted`. */
export function findSeed(base: RoundConfig, wanted: (plan: RoundPlan) => boolean, from = 1): RoundConfig {
  for (let seed = from; seed < from + 5000; seed++) {
    const round = { ...base, seed };
    const planned = planRound(pack, round);
    if (planned.ok && wanted(planned.plan)) return round;
  }
  throw new Error('no seed deals such a round');
}

/** A round whose first question is of a kind (and, optionally, matches more). */
export function roundAsking(
  kind: QuestionKind,
  patch: Partial<RoundConfig> = {},
  more: (question: Question) => boolean = () => true,
): RoundConfig {
  return findSeed(config(patch), (plan) => {
    const first = plan.questions[0]?.question;
    return first !== undefined && first.kind === kind && more(first);
  });
}

export function newSession(
  round: RoundConfig,
  origin: RoundOrigin = { kind: 'own' },
  timerSeconds = 0,
): RoundSession {
  return new RoundSession(planOf(round), { clock: new RoundClock(() => 0), timerSeconds, origin });
}

/** Place mode: places the waiting card right (or, when `wrong`, in a wrong gap if there is one). */
export function placeNext(session: RoundSession, wrong = false): void {
  const card = session.nextCard;
  if (!card) throw new Error('no card to place');
  const right = judgePlacement(session.plan.order, session.line, card.id, 0).rightGaps;
  let gap = right.first;
  if (wrong) {
    const other = Array.from({ length: session.line.length + 1 }, (_, i) => i).find(
      (i) => i < right.first || i > right.last,
    );
    if (other !== undefined) gap = other;
  }
  session.place(gap);
}

/** Plays the board to its end (every card right, but those at `wrongAt`). */
export function finishBoard(session: RoundSession, wrongAt: number[] = []): void {
  if (session.mode === 'sort') {
    session.checkOrder();
    return;
  }
  let turn = 0;
  while (session.nextCard) placeNext(session, wrongAt.includes(turn++));
}

/** The answer a question takes, right or (when `right` is false) some other answer. */
export function answerFor(session: RoundSession, right = true): string {
  const planned = session.currentQuestion;
  if (!planned) throw new Error('no question on screen');
  const expected = answerLabel(planned.question);
  if (right) return expected;
  if (planned.question.kind === 'number') return String(Number(expected) + 1);
  return planned.choices.find((c) => c.trim().toLowerCase() !== expected.trim().toLowerCase())!;
}

/** Answers `count` questions (right, but those at `wrongAt`), leaving the last answered one on screen. */
export function answerQuestions(session: RoundSession, count: number, wrongAt: number[] = []): void {
  if (session.phase === 'reveal') session.startQuiz();
  for (let i = 0; i < count; i++) {
    if (i > 0) session.nextQuestion();
    session.answer(answerFor(session, !wrongAt.includes(i)));
  }
}

export function savedRoundOf(session: RoundSession, at = new Date()): SavedRound {
  return toSavedRound({
    config: session.plan.config,
    packVersion: session.plan.packVersion,
    origin: session.origin,
    timerSeconds: session.timerSeconds,
    progress: session.progress(),
    clock: { elapsedMs: 42_000, lapMs: 0 },
    at,
  });
}

/** localStorage items that make the menu offer to resume this session. */
export function storageWith(
  session: RoundSession,
  extra: Record<string, unknown> = {},
): Record<string, string> {
  const items: Record<string, string> = { [SAVED_ROUND_KEY]: JSON.stringify(savedRoundOf(session)) };
  if (Object.keys(extra).length > 0) items[STORAGE_KEY] = JSON.stringify(extra);
  return items;
}

/** The game's saved round, read back and replayed in Node: the session the page is showing. */
export async function sessionOnPage(page: Page): Promise<RoundSession | null> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), SAVED_ROUND_KEY);
  if (raw === null) return null;
  const saved = savedRoundSchema.parse(JSON.parse(raw));
  const plan = planOf(saved.config as RoundConfig);
  return new RoundSession(
    plan,
    {
      clock: RoundClock.restore(() => 0, saved.clock),
      timerSeconds: saved.timerSeconds,
      origin: saved.origin,
    },
    saved.progress,
  );
}

/** Presses Resume on the menu and waits for the round's screen. */
export async function resumeRound(
  page: Page,
  how: 'click' | 'tap' = 'click',
): Promise<'board' | 'quiz' | 'results'> {
  await waitForScreen(page, 'title');
  const button = page.locator('[data-action="resume"]');
  if (how === 'tap') await button.tap();
  else await button.click();
  await page.waitForFunction(() =>
    ['board', 'quiz', 'results'].includes(document.documentElement.dataset.screen ?? ''),
  );
  const screen = (await page.evaluate(() => document.documentElement.dataset.screen)) as
    'board' | 'quiz' | 'results';
  if (screen === 'board') await waitForBoard(page);
  if (screen === 'quiz') await waitForQuiz(page);
  return screen;
}

/** Settings as the game stores them (the rest of the record takes its defaults). */
export function settingsRecord(settings: Record<string, unknown>): Record<string, unknown> {
  return { settings };
}
