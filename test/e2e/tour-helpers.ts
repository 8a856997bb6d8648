import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import type { QuestionKind } from '../../src/content/schema';
import type { RoundPlan } from '../../src/rules/plan';
import type { RoundConfig } from '../../src/rules/round-config';
import type { RoundSession } from '../../src/state/round-session';
import {
  openGame,
  settle,
  VIEWPORTS,
  waitForScreen,
  type GamePage,
  type Harness,
  type ViewportName,
} from './harness';
import { readout, waitForBoard, waitForQuiz, type BoardReadout, type QuizReadout } from './player';
import {
  answerQuestions,
  codeOf,
  config,
  findSeed,
  finishBoard,
  newSession,
  placeNext,
  resumeRound,
  storageWith,
} from './states-helpers';

/**
 * A tour of the game's screens and dialogs for the tests that look at every one of them
 * (accessibility, photographs): each stop opens a fresh browser context (nothing left over from
 * the stop before), reaches its state through the game's own paths (a link, the menu's Resume
 * of a round saved in Node, a press on a button) and leaves the page there.
 */
export interface TourOptions {
  viewport?: ViewportName;
  /** Lets axe-core be injected (this context only: the game's CSP stays on everywhere else). */
  bypassCSP?: boolean;
  reducedMotion?: boolean;
  touch?: boolean;
  /** A script to run in every page of the context before the game's own (instrumentation). */
  init?: () => void;
}

export async function newGame(
  harness: Harness,
  options: TourOptions & { query?: string; storage?: Record<string, string> } = {},
): Promise<GamePage> {
  const name = options.viewport ?? 'laptop';
  const touch = options.touch ?? false;
  const context: BrowserContext = await harness.browser.newContext({
    viewport: VIEWPORTS[name],
    hasTouch: touch,
    isMobile: touch,
    reducedMotion: options.reducedMotion === false ? 'no-preference' : 'reduce',
    bypassCSP: options.bypassCSP ?? false,
  });
  if (options.init) await context.addInitScript(options.init);
  return openGame(harness, {
    context,
    viewport: name,
    ...(options.query ? { query: options.query } : {}),
    ...(options.storage ? { storage: options.storage } : {}),
  });
}

/** Waits for a dialog to be open and settled (its first focus taken). */
export async function waitForDialog(page: Page, name: string): Promise<void> {
  await page.waitForSelector(`dialog[data-dialog="${name}"][open]`);
  await settle(page);
}

// ---------------------------------------------------------------------------------------------
// The rounds the tour uses, worked out once in Node.

/**
 * Whether every answer the tour gives in Node (right, or the first other option) is at most 40
 * characters. The saved round refuses longer answers (saved-round.ts caps `given` at 40, while
 * the article's options run to 60): robustness.e2e.ts reports that bug; the tour, which only
 * needs to reach its screens, deals rounds it does not touch.
 */
export function shortAnswers(plan: RoundPlan): boolean {
  return plan.questions.every(
    (q) => q.question.kind === 'number' || q.choices.every((choice) => choice.length <= 40),
  );
}

/** A place-mode round whose questions come in the order multiple choice, true/false, number. */
export const mixedRound: RoundConfig = findSeed(config({ questionCount: 5 }), (plan) => {
  const kinds = plan.questions.map((q) => q.question.kind);
  return (
    kinds[0] === 'multiple-choice' && kinds[1] === 'true-false' && kinds[2] === 'number' && shortAnswers(plan)
  );
});

export function roundWithFirst(kind: QuestionKind, patch: Partial<RoundConfig> = {}): RoundConfig {
  return findSeed(
    config({ questionCount: 5, ...patch }),
    (plan) => plan.questions[0]?.question.kind === kind,
  );
}

export const sortRound: RoundConfig = config({ mode: 'sort', questionCount: 5, setId: 'mixed' });

export function boardMid(round: RoundConfig = mixedRound): RoundSession {
  const session = newSession(round);
  placeNext(session);
  placeNext(session, true);
  return session;
}

export function boardDone(round: RoundConfig = mixedRound): RoundSession {
  const session = newSession(round);
  finishBoard(session, [1]);
  return session;
}

/** On the quiz with `answered` questions answered (the last answered one still on screen). */
export function quizAt(round: RoundConfig, answered: number, origin?: RoundSession['origin']): RoundSession {
  const session = newSession(round, origin);
  finishBoard(session, [1]);
  if (answered === 0) session.startQuiz();
  else answerQuestions(session, answered, [1]);
  return session;
}

/** Every question answered and the last verdict on screen: one press of Next shows the results. */
export function lastAnswered(round: RoundConfig, origin?: RoundSession['origin']): RoundSession {
  return quizAt(round, round.questionCount, origin);
}

export const teacherOrigin = (round: RoundConfig): RoundSession['origin'] => ({
  kind: 'shared',
  roundCode: codeOf(round),
  playerName: 'Ada Lovelace',
});

// ---------------------------------------------------------------------------------------------
// Stops

/** A fresh page at the menu (or, for a bad link, wherever the link leads: `screen`). */
export async function openTitle(
  harness: Harness,
  options: TourOptions = {},
  query?: string,
  screen: 'title' | 'message' = 'title',
): Promise<GamePage> {
  const game = await newGame(harness, { ...options, ...(query ? { query } : {}) });
  await waitForScreen(game.page, screen);
  await settle(game.page);
  return game;
}

/** The menu offering a saved round; `resume` presses Resume and waits for the round's screen. */
export async function openSaved(
  harness: Harness,
  session: RoundSession,
  options: TourOptions & { resume?: boolean; query?: string } = {},
): Promise<GamePage> {
  const game = await newGame(harness, { ...options, storage: storageWith(session) });
  await waitForScreen(game.page, 'title');
  if (options.resume !== false) await resumeRound(game.page);
  await settle(game.page);
  return game;
}

/** Presses Next on an answered last question and waits for the results (and the finale's end). */
export async function toResults(page: Page): Promise<void> {
  await page.locator('[data-action="next"]').click();
  await waitForScreen(page, 'results');
  await page.waitForFunction(
    () => (window as unknown as { __newsline?: { scene?: string } }).__newsline?.scene === 'Finale',
  );
  await settle(page, 200);
}

/** Answers the quiz's current multiple-choice or true/false question by a tap on the canvas. */
export async function chooseOnCanvas(page: Page, index: number): Promise<void> {
  const quiz = await waitForQuiz(page);
  const button = quiz.buttons.find((b) => b.id === `option-${index}`);
  if (!button) throw new Error(`no option-${index} on the canvas: ${JSON.stringify(quiz.buttons)}`);
  await page.mouse.click(quiz.canvas.left + button.x, quiz.canvas.top + button.y);
  await page.waitForFunction(
    () => (window as unknown as { __newsline?: { answered?: boolean } }).__newsline?.answered === true,
  );
  await settle(page);
}

/** Types digits on the canvas number pad (without pressing OK). */
export async function typeOnPad(page: Page, digits: string): Promise<QuizReadout> {
  const quiz = await waitForQuiz(page);
  for (const digit of digits) {
    const key = quiz.buttons.find((b) => b.id === `pad-${digit}`)!;
    await page.mouse.click(quiz.canvas.left + key.x, quiz.canvas.top + key.y);
    await settle(page);
  }
  return quiz;
}

export async function submitPad(page: Page): Promise<void> {
  const quiz = await readout<QuizReadout>(page);
  const ok = quiz.buttons.find((b) => b.id === 'pad-submit')!;
  await page.mouse.click(quiz.canvas.left + ok.x, quiz.canvas.top + ok.y);
  await page.waitForFunction(
    () => (window as unknown as { __newsline?: { answered?: boolean } }).__newsline?.answered === true,
  );
  await settle(page);
}

/** Sort mode: a tap on one card picks it up (the board shows it selected). */
export async function pickUpOnCanvas(page: Page, index: number): Promise<BoardReadout> {
  const board = await waitForBoard(page);
  const card = board.cards[index]!;
  await page.mouse.click(
    board.canvas.left + card.x + card.width / 2,
    board.canvas.top + card.y + Math.min(card.height / 2, 20),
  );
  await settle(page);
  return waitForBoard(page);
}

// ---------------------------------------------------------------------------------------------
// Checks every screen gets

/** How far the page is wider than the window (0 when nothing overflows sideways). */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Elements of the top bar whose content is wider than their box (cut off or ellipsised). */
export async function topBarOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.top-bar, .top-bar *')]
      // Visually hidden labels (a 1-px clip for screen readers) are meant to be cut off.
      .filter((el) => el.getBoundingClientRect().width > 1 && getComputedStyle(el).display !== 'inline')
      .filter((el) => !(el instanceof SVGElement) && el.scrollWidth > el.clientWidth + 1)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} “${(el.textContent ?? '').trim().replace(/\s+/g, ' ')}” (${el.scrollWidth} > ${el.clientWidth})`,
      ),
  );
}

/** The main button of a screen: whole inside the window. */
export async function mainButtonProblems(page: Page, selector: string): Promise<string[]> {
  const box = await page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const rect = el.getBoundingClientRect();
      return {
        left: rect.left,
        top: rect.top,
        right: rect.right,
        bottom: rect.bottom,
        width: window.innerWidth,
        height: window.innerHeight,
        text: (el.textContent ?? '').trim().replace(/\s+/g, ' '),
      };
    });
  if (box.left >= 0 && box.top >= 0 && box.right <= box.width + 0.5 && box.bottom <= box.height + 0.5)
    return [];
  const at = [box.left, box.top, box.right, box.bottom].map(Math.round).join(', ');
  return [
    `“${box.text}” is not whole inside the window: left, top, right, bottom ${at} in ${box.width}×${box.height}`,
  ];
}

/** Buttons in view whose label (the big label alone, for Play and Daily) wrapped onto more lines. */
export async function wrappedLabels(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, a.button')]
      .filter((el) => {
        const rect = el.getBoundingClientRect();
        if (rect.width <= 1 || rect.bottom < 0 || rect.top > window.innerHeight) return false;
        if (el.closest('.sr-layer, .visually-hidden')) return false;
        const label = el.querySelector<HTMLElement>('.play-button__label, .daily-button__label') ?? el;
        const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
        const tops: number[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (
            !node.textContent?.trim() ||
            node.parentElement?.closest('.visually-hidden, [class*="sound-label"]')
          )
            continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const r of range.getClientRects()) if (r.width > 0) tops.push(r.top);
        }
        const lineHeight = parseFloat(getComputedStyle(label).fontSize) || 16;
        tops.sort((a, b) => a - b);
        return tops.some((top, i) => i > 0 && top - tops[i - 1]! > lineHeight * 0.6);
      })
      .map((el) => `“${(el.textContent ?? '').trim().replace(/\s+/g, ' ')}”`),
  );
}

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/** axe-core on the whole page (open dialogs included): the serious and critical findings. */
export async function axeSerious(page: Page): Promise<AxeFinding[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    type Result = {
      id: string;
      impact: string | null;
      help: string;
      nodes: Array<{ target: string[]; failureSummary?: string }>;
    };
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: Result[] }> };
      }
    ).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? '',
        help: v.help,
        nodes: v.nodes
          .slice(0, 5)
          .map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`),
      }));
  });
}
