import assert from 'node:assert/strict';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import type { Pack } from '../../src/content/schema';
import { RoundClock } from '../../src/rules/clock';
import { planRound, type RoundPlan } from '../../src/rules/plan';
import { judgePlacement } from '../../src/rules/placement';
import { decodeResult } from '../../src/rules/result-code';
import { encodeRound } from '../../src/rules/round-code';
import { defaultRound, type RoundConfig } from '../../src/rules/round-config';
import { answerLabel, sameAnswer } from '../../src/rules/scoring';
import { RoundSession, type RoundOrigin, type SessionProgress } from '../../src/state/round-session';
import { SAVED_ROUND_KEY, toSavedRound, type SavedRound } from '../../src/state/saved-round';
import {
  deviceScale,
  openGame,
  screenshot,
  settle,
  VIEWPORTS,
  waitForScreen,
  type GamePage,
  type Harness,
  type ViewportName,
} from './harness';
import {
  drag,
  onPage,
  readout,
  rightGaps,
  tapAt,
  waitForBoard,
  waitForQuiz,
  type BoardReadout,
  type Input,
  type QuizReadout,
} from './player';

/**
 * Shared by the class, dialog, resume and clock browser tests: rounds made in Node (a teacher's
 * code, a saved round at a given stage), the saved round as the page keeps it, the dialogs, and
 * a player that remembers what it did so a result code can be checked against it.
 */

// ---------------------------------------------------------------------------------------------
// Rounds made in Node

/** A teacher's round of the article pack, as the round builder would make it, and its code. */
export function teacherRound(
  pack: Pack,
  patch: Partial<RoundConfig> = {},
): { config: RoundConfig; code: string } {
  const config: RoundConfig = { ...defaultRound(pack, 0x4242), questionCount: 3, ...patch };
  return { config, code: encodeRound(config, pack) };
}

export function planOf(pack: Pack, config: RoundConfig): RoundPlan {
  const planned = planRound(pack, config);
  if (!planned.ok) throw new Error(`the round cannot be planned: ${planned.error}`);
  return planned.plan;
}

export type Stage =
  /** Place mode, `placed` cards placed right. */
  | { phase: 'board'; placed: number }
  /** The board done, every card right. */
  | { phase: 'reveal' }
  /** On question `index` (0-based), answered (right) or not. */
  | { phase: 'quiz'; index: number; answered: boolean };

/**
 * localStorage holding a saved round at a stage, as if it had been played to there and left:
 * played in Node through the same RoundSession the game uses.
 */
export function savedRoundStorage(
  pack: Pack,
  config: RoundConfig,
  origin: RoundOrigin,
  stage: Stage,
  timerSeconds = config.timerSeconds,
): Record<string, string> {
  const plan = planOf(pack, config);
  let now = 0;
  const session = new RoundSession(plan, { clock: new RoundClock(() => now), timerSeconds, origin });
  const placeRight = (): void => {
    const card = session.nextCard!;
    session.place(judgePlacement(plan.order, session.line, card.id, 0).rightGaps.first);
    now += 2000;
  };
  if (stage.phase === 'board') for (let i = 0; i < stage.placed; i++) placeRight();
  else {
    while (session.nextCard) placeRight();
    if (stage.phase === 'quiz') {
      session.startQuiz();
      for (let i = 0; i <= stage.index; i++) {
        if (i === stage.index && !stage.answered) break;
        now += 3000;
        session.answer(answerLabel(session.currentQuestion!.question));
        if (i < stage.index) session.nextQuestion();
      }
    }
  }
  const record = toSavedRound({
    config,
    packVersion: plan.packVersion,
    origin,
    timerSeconds,
    progress: session.progress(),
    clock: session.clock.snapshot(),
    at: new Date(Date.now() - 2 * 60_000),
  });
  return { [SAVED_ROUND_KEY]: JSON.stringify(record) };
}

// ---------------------------------------------------------------------------------------------
// The page's own state

/** The round in progress as the page saved it (null when none is saved). */
export async function savedRound(page: Page): Promise<SavedRound | null> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), SAVED_ROUND_KEY);
  return raw === null ? null : (JSON.parse(raw) as SavedRound);
}

/** What a move changes in the saved round: where the cards went, the answers, the question. */
export async function savedProgress(page: Page): Promise<SessionProgress | null> {
  return (await savedRound(page))?.progress ?? null;
}

/** The menu's "Resume …?" banner, or null when there is none. */
export async function resumeBanner(page: Page): Promise<string | null> {
  const banner = page.locator('[data-banner="resume"]');
  return (await banner.count()) === 0 ? null : (await banner.innerText()).replace(/\s+/g, ' ').trim();
}

/** The question on screen and its verdict, if answered. */
export async function quizState(
  page: Page,
): Promise<{ prompt: string; answered: string | null; chosen: string[] }> {
  const prompt = ((await page.locator('[data-prompt]').textContent()) ?? '').trim();
  const verdict = page.locator('[data-answered]');
  const answered =
    (await verdict.count()) === 0 ? null : (await verdict.innerText()).replace(/\s+/g, ' ').trim();
  const chosen = await page.locator('.sr-layer [data-id^="option-"][aria-pressed="true"]').allTextContents();
  return { prompt, answered, chosen: chosen.map((c) => c.trim()) };
}

/** The board as it stands: line order and the card waiting (ids only). */
export async function boardState(
  page: Page,
): Promise<{ line: string[]; deck: string | null; done: boolean }> {
  const board = await readout<BoardReadout>(page);
  return { line: board.cards.map((c) => c.id), deck: board.deck?.id ?? null, done: board.done };
}

// ---------------------------------------------------------------------------------------------
// Dialogs

export function dialog(page: Page, name: string): Locator {
  return page.locator(`dialog[data-dialog="${name}"]`);
}

/** Waits for a dialog to be open (modal) and returns it. */
export async function waitForDialog(page: Page, name: string): Promise<Locator> {
  const found = dialog(page, name);
  await found.waitFor({ state: 'visible', timeout: 10_000 });
  assert.equal(
    await found.evaluate((d) => (d as HTMLDialogElement).open && d.matches(':modal')),
    true,
    `${name} is a modal dialog`,
  );
  return found;
}

/** How many dialogs are open now. */
export async function openDialogs(page: Page): Promise<string[]> {
  return page
    .locator('dialog[open]')
    .evaluateAll((list) => list.map((d) => (d as HTMLElement).dataset.dialog ?? '?'));
}

/** Presses one of a dialog's buttons by touch or mouse, and waits for that dialog to close unless told it stays. */
export async function pressDialog(
  page: Page,
  name: string,
  action: string,
  input: Input,
  stays = false,
): Promise<void> {
  const button = dialog(page, name).locator(`[data-action="${action}"]`);
  if (input === 'touch') await button.tap();
  else await button.click();
  if (!stays) await dialog(page, name).waitFor({ state: 'detached', timeout: 10_000 });
  await settle(page);
}

/** The centre of a page element, in page coordinates. */
export async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('the element has no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Records every JavaScript dialog the page raises (alert, confirm, beforeunload…) by type. */
export function recordJsDialogs(page: Page): string[] {
  const seen: string[] = [];
  page.on('dialog', (d) => seen.push(d.type()));
  return seen;
}

// ---------------------------------------------------------------------------------------------
// Opening the game

export const SIZES: ViewportName[] = [
  'phone',
  'phone-small',
  'phone-tall',
  'phone-large',
  'tablet',
  'laptop',
];

export function sizeLabel(viewport: ViewportName): string {
  const { width, height } = VIEWPORTS[viewport];
  return `${width}×${height}`;
}

/**
 * A context that has touch and a mouse: phones and the tablet as mobile devices, the laptop as
 * a touch-screen laptop. Reduced motion unless told otherwise.
 */
export async function touchContext(
  harness: Harness,
  viewport: ViewportName,
  reducedMotion = true,
): Promise<BrowserContext> {
  return harness.browser.newContext({
    viewport: VIEWPORTS[viewport],
    deviceScaleFactor: deviceScale(viewport),
    hasTouch: true,
    isMobile: viewport !== 'laptop' && viewport !== 'wide',
    reducedMotion: reducedMotion ? 'reduce' : 'no-preference',
  });
}

export async function openAt(
  harness: Harness,
  viewport: ViewportName,
  options: { query?: string; storage?: Record<string, string>; reducedMotion?: boolean } = {},
): Promise<GamePage> {
  const context = await touchContext(harness, viewport, options.reducedMotion ?? true);
  const game = await openGame(harness, { viewport, context, ...options });
  await waitForScreen(game.page, 'title');
  return game;
}

// ---------------------------------------------------------------------------------------------
// A player that remembers what it did

/** Scrolls the line (a swipe or the wheel) until a gap is on the canvas where a finger can reach it. */
export async function bringGapIntoView(page: Page, gap: number, input: Input): Promise<BoardReadout> {
  let last = '';
  for (let attempt = 0; attempt < 12; attempt++) {
    const board = await readout<BoardReadout>(page);
    const target = board.gaps.find((g) => g.index === gap);
    if (!target) throw new Error(`no gap ${gap} (gaps: ${board.gaps.map((g) => g.index).join(', ')})`);
    const top = board.lineTop + 4;
    const bottom = board.canvas.height - 8;
    const point = onPage(board, board.canvas.width / 2, target.y);
    const onCanvas = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.tagName === 'CANVAS', [
      point.x,
      point.y,
    ] as const);
    if (target.y >= top && target.y <= bottom && onCanvas) return board;
    last = `gap ${gap} at ${Math.round(target.y)} (line from ${board.lineTop} to ${Math.round(board.canvas.height)}, scrolled ${Math.round((board as BoardReadout & { scroll?: number }).scroll ?? 0)})`;
    const middle = (top + bottom) / 2;
    // Never so short a swipe that it counts as a tap (which would place a card in hand).
    const wanted = target.y - middle;
    const delta = Math.sign(wanted) * Math.max(40, Math.min(200, Math.abs(wanted)));
    const at = onPage(board, board.canvas.width - 16, middle);
    if (input === 'mouse') {
      await page.mouse.move(at.x, at.y);
      await page.mouse.wheel(0, delta);
    } else {
      await drag(page, at, { x: at.x, y: at.y - delta }, 'touch', 6);
    }
    await settle(page, 300);
  }
  throw new Error(`could not bring ${last} into view`);
}

/**
 * Places the card waiting into a gap the way a player taps: the card, then the gap. Checks the
 * game put it in that gap (the saved round records the gap chosen).
 */
export async function placeByTaps(page: Page, gap: number, input: Input): Promise<BoardReadout> {
  const before = (await savedProgress(page))?.gaps.length ?? 0;
  let board = await readout<BoardReadout>(page);
  if (!board.deck) throw new Error('no card to place');
  // A card whose title wraps to more lines must not reach over the line's first gap.
  if (board.deck.y + board.deck.height > board.lineTop)
    throw new Error(
      `the card to place (to y ${board.deck.y + board.deck.height}) covers the line (from y ${board.lineTop})`,
    );
  const deck = onPage(board, board.deck.x + board.deck.width / 2, board.deck.y + board.deck.height / 2);
  await tapAt(page, deck.x, deck.y, input);
  await bringGapIntoView(page, gap, input);
  const point = await gapPoint(page, gap);
  await tapAt(page, point.x, point.y, input);
  board = await waitForBoard(page);
  const gaps = (await savedProgress(page))?.gaps ?? [];
  if (gaps.length !== before + 1 || gaps[before] !== gap)
    throw new Error(`tapped gap ${gap}, the round recorded ${JSON.stringify(gaps.slice(before))}`);
  return board;
}

/** Plays the whole board by taps, right except where told; returns the gap chosen for each card. */
export async function playBoard(
  page: Page,
  pack: Pack,
  input: Input,
  options: { wrongAt?: number[] } = {},
): Promise<number[]> {
  let board = await waitForBoard(page);
  const chosen: number[] = [];
  while (board.deck) {
    const line = board.cards.map((c) => c.id);
    const right = rightGaps(pack, line, board.deck.id);
    let gap = right.first;
    if (options.wrongAt?.includes(chosen.length)) {
      const wrong = Array.from({ length: line.length + 1 }, (_, i) => i).find(
        (i) => i < right.first || i > right.last,
      );
      if (wrong !== undefined) gap = wrong;
    }
    board = await placeByTaps(page, gap, input);
    chosen.push(gap);
  }
  return chosen;
}

/** Where a canvas button's centre is on the page, and whether a press there reaches the canvas. */
async function reachable(
  page: Page,
  quiz: QuizReadout,
  id: string,
): Promise<{ x: number; y: number; ok: boolean } | null> {
  const b = quiz.buttons.find((button) => button.id === id);
  if (!b) return null;
  const x = quiz.canvas.left + b.x;
  const y = quiz.canvas.top + b.y;
  const ok = await page.evaluate(
    ([px, py]) => {
      if (px < 0 || py < 0 || px > window.innerWidth || py > window.innerHeight) return false;
      return document.elementFromPoint(px, py)?.tagName === 'CANVAS';
    },
    [x, y] as const,
  );
  return { x, y, ok };
}

export interface Answered {
  /** What was given, as a result code stores it: the option's label, or the digits. */
  given: string;
  /** Set when a canvas button could not be pressed where it is drawn (a layout fault). */
  fault: string | null;
}

/**
 * Answers the question on screen by tapping or clicking the canvas: the right answer, or a wrong
 * one. When a button the player needs cannot be reached on the canvas (drawn outside the stage,
 * under the footer, off the screen), that is returned as a fault and the answer is given with the
 * keyboard through the page's own answer buttons instead, so the round can go on.
 */
export async function answer(page: Page, pack: Pack, input: Input, right = true): Promise<Answered> {
  const quiz = await waitForQuiz(page);
  const prompt = ((await page.locator('[data-prompt]').textContent()) ?? '').trim();
  const question = pack.questions.find((q) => q.prompt === prompt);
  if (!question) throw new Error(`question not in the pack: ${prompt}`);
  const expected = answerLabel(question);
  const ids: string[] = [];
  let given: string;
  if (question.kind === 'number') {
    given = right ? expected : String(Number(expected) + 1);
    ids.push(...[...given].map((d) => `pad-${d}`), 'pad-submit');
  } else {
    const labels = (await page.locator('.sr-layer [data-id^="option-"]').allTextContents()).map((l) =>
      l.trim().replace(/^[A-H]\.\s*/, ''),
    );
    const index = labels.findIndex((l) => (right ? sameAnswer(l, expected) : !sameAnswer(l, expected)));
    given = labels[index]!;
    ids.push(`option-${index}`);
  }
  const points = await Promise.all(ids.map((id) => reachable(page, quiz, id)));
  const blocked = ids.filter((_, i) => !points[i]?.ok);
  let fault: string | null = null;
  if (blocked.length === 0) {
    for (const point of points) await tapAt(page, point!.x, point!.y, input);
  } else {
    const b = quiz.buttons.find((button) => button.id === blocked[0])!;
    fault =
      `"${prompt}" (${question.kind}): ${blocked.join(', ')} cannot be pressed: drawn at canvas (${Math.round(b.x)}, ${Math.round(b.y)}) ` +
      `on a ${Math.round(quiz.canvas.width)}×${Math.round(quiz.canvas.height)} canvas at page (${Math.round(quiz.canvas.left)}, ${Math.round(quiz.canvas.top)}), ` +
      `page point (${Math.round(quiz.canvas.left + b.x)}, ${Math.round(quiz.canvas.top + b.y)}) is ${await page.evaluate(
        ([x, y]) => {
          const el = document.elementFromPoint(x, y);
          return el
            ? `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`
            : 'off the screen';
        },
        [quiz.canvas.left + b.x, quiz.canvas.top + b.y] as const,
      )}`;
    const size = page.viewportSize();
    const shot = await screenshot(page, `quiz-unreachable-${size?.width}x${size?.height}-${question.id}`);
    fault += ` (${path.basename(shot)})`;
    if (question.kind === 'number') {
      await page.locator('.sr-layer [data-id="number-answer"]').focus();
      await page.keyboard.type(given);
      await page.keyboard.press('Enter');
    } else {
      await page.locator(`.sr-layer [data-id="${ids[0]}"]`).focus();
      await page.keyboard.press('Enter');
    }
  }
  await page.waitForFunction(
    () => (window as unknown as { __newsline?: { answered?: boolean } }).__newsline?.answered === true,
    undefined,
    {
      timeout: 10_000,
    },
  );
  return { given, fault };
}

/** Waits until the quiz shows a question other than `previous` (after Next), and returns it. */
export async function waitForNextQuestion(page: Page, previous: string): Promise<QuizReadout> {
  await page.waitForFunction(
    (before) => document.querySelector('[data-prompt]')?.textContent?.trim() !== before,
    previous,
    { timeout: 10_000 },
  );
  await page.waitForFunction(
    () => (window as unknown as { __newsline?: { answered?: boolean } }).__newsline?.answered === false,
  );
  await settle(page);
  return waitForQuiz(page);
}

/** The canvas point of a board gap, in page coordinates (the gap scrolled into view first). */
export async function gapPoint(page: Page, gap: number): Promise<{ x: number; y: number }> {
  const board = await readout<BoardReadout>(page);
  const target = board.gaps.find((g) => g.index === gap);
  if (!target) throw new Error(`no gap ${gap}`);
  return onPage(board, board.canvas.width / 2, target.y);
}

/** The result code on the hand-in panel, decoded in Node against the pack. */
export async function handedIn(
  page: Page,
  pack: Pack,
): Promise<Extract<ReturnType<typeof decodeResult>, { ok: true }> & { code: string }> {
  const code = ((await page.locator('[data-result-code]').textContent()) ?? '').trim();
  const decoded = decodeResult(code, [pack]);
  if (!decoded.ok) throw new Error(`the hand-in code does not decode: ${decoded.message} (${code})`);
  return { ...decoded, code };
}
