import type { BrowserContext, Page } from 'playwright-core';
import type { Pack } from '../../src/content/schema';
import { planRound, type RoundPlan } from '../../src/rules/plan';
import { encodeRound } from '../../src/rules/round-code';
import { defaultRound, type RoundConfig } from '../../src/rules/round-config';
import {
  deviceScale,
  screenshot,
  settle,
  VIEWPORTS,
  waitForScreen,
  type Harness,
  type ViewportName,
} from './harness';
import {
  answerQuestion,
  onPage,
  press,
  readout,
  rightGaps,
  tapAt,
  touchPoint,
  waitForBoard,
  waitForQuiz,
  type BoardReadout,
  type Input,
} from './player';

/**
 * Helpers shared by the play, sort, daily, map, motion and packs browser tests: rounds found by
 * seed, a frame-by-frame record of the board's read-out, inputs that do not wait for a landing,
 * and the page's words for a card or a verdict.
 */

/** The board read-out with the line's scroll offset (canvas pixels scrolled down). */
export type Board = BoardReadout & { scroll: number };

/** A round of the pack whose plan passes `wanted`, with its `?play=` code; the lowest seed wins. */
export function findRound(
  pack: Pack,
  options: Partial<RoundConfig>,
  wanted: (plan: RoundPlan) => boolean,
  maxSeed = 5000,
): { config: RoundConfig; plan: RoundPlan; code: string } {
  for (let seed = 1; seed <= maxSeed; seed++) {
    const config: RoundConfig = { ...defaultRound(pack, seed), ...options, seed };
    const planned = planRound(pack, config);
    if (planned.ok && wanted(planned.plan))
      return { config, plan: planned.plan, code: encodeRound(config, pack) };
  }
  throw new Error(`no seed up to ${maxSeed} deals a round like that`);
}

export interface Frame {
  t: number;
  scene: string | null;
  landing: boolean;
  ids: string[];
  /** Each line card's top (canvas pixels), in line order. */
  ys: number[];
  deckY: number | null;
  scroll: number;
  deck: string | null;
}

// Run as page source text: a function passed to page.evaluate would carry tsx's `__name` calls.
const START_FRAMES = `(() => {
  window.__frames = [];
  const w = window;
  w.__frameLoop = requestAnimationFrame(function loop() {
    const r = w.__newsline;
    w.__frames.push({
      t: performance.now(),
      scene: r && r.scene ? r.scene : null,
      landing: !!(r && r.landing),
      ids: ((r && r.cards) || []).map((c) => c.id),
      ys: ((r && r.cards) || []).map((c) => Math.round(c.y * 10) / 10),
      deckY: r && r.deck ? Math.round(r.deck.y * 10) / 10 : null,
      scroll: (r && r.scroll) || 0,
      deck: r && r.deck ? r.deck.id : null,
    });
    w.__frameLoop = requestAnimationFrame(loop);
  });
})()`;

/** Starts recording the read-out on every animation frame (until stopFrames). */
export async function startFrames(page: Page): Promise<void> {
  await page.evaluate(START_FRAMES);
}

export async function stopFrames(page: Page): Promise<Frame[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __frames: Frame[]; __frameLoop: number };
    cancelAnimationFrame(w.__frameLoop);
    return w.__frames;
  });
}

/** The page's clock, to line frames up with inputs. */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

type Point = { x: number; y: number };

/** A finger or the mouse button going down, moving in steps, and lifting: the parts of a drag. */
export const pointer = {
  async down(page: Page, at: Point, input: Input): Promise<void> {
    if (input === 'mouse') {
      await page.mouse.move(at.x, at.y);
      await page.mouse.down();
    } else await touchPoint(page, 'touchStart', at.x, at.y);
  },
  async move(page: Page, from: Point, to: Point, input: Input, steps = 8): Promise<void> {
    for (let i = 1; i <= steps; i++) {
      const at = { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps };
      if (input === 'mouse') await page.mouse.move(at.x, at.y);
      else await touchPoint(page, 'touchMove', at.x, at.y);
    }
  },
  async up(page: Page, at: Point, input: Input): Promise<void> {
    if (input === 'mouse') await page.mouse.up();
    else await touchPoint(page, 'touchEnd', at.x, at.y);
  },
};

/** The board's edge zones (BoardScene's EDGE): a card held there scrolls the line. */
const EDGE = 56;

/** Waits until the line's scroll offset stops changing (a flick's glide has ended). */
export async function scrollAtRest(page: Page): Promise<void> {
  let last = (await board(page)).scroll;
  for (let i = 0; i < 40; i++) {
    await settle(page, 80);
    const now = (await board(page)).scroll;
    if (Math.abs(now - last) < 0.5) return;
    last = now;
  }
}

/**
 * Scrolls the line (wheel or swipe) until a gap is in view, like player.scrollGapIntoView, but
 * content with a gap that is on the canvas when the line can scroll no further (the last gap of
 * a long line sits near the canvas's bottom edge).
 */
export async function scrollToGap(page: Page, gap: number, input: Input, forDrag = false): Promise<Board> {
  let previous: number | null = null;
  for (let attempt = 0; attempt < 12; attempt++) {
    const now = await board(page);
    const target = now.gaps.find((g) => g.index === gap);
    if (!target) throw new Error(`no gap ${gap} (gaps: ${now.gaps.map((g) => g.index).join(', ')})`);
    // A card held within EDGE of the line's top or bottom scrolls the line: a drag aims clear of it.
    const room = now.canvas.height - now.lineTop;
    const inset = forDrag && room > 2 * EDGE + 60 ? EDGE + 10 : 0;
    const top = now.lineTop + 2 + inset;
    const bottom = now.canvas.height - 24 - inset;
    if (target.y >= top && target.y <= bottom) return now;
    const stuck = previous !== null && Math.abs(previous - now.scroll) < 1;
    if (stuck && target.y > now.lineTop && target.y < now.canvas.height - 2) return now;
    previous = now.scroll;
    const middle = (top + bottom) / 2;
    const delta = Math.max(-200, Math.min(200, target.y - middle));
    const at = onPage(now, now.canvas.width - 12, middle);
    if (input === 'mouse') {
      await page.mouse.move(at.x, at.y);
      await page.mouse.wheel(0, delta);
    } else {
      await pointer.down(page, at, 'touch');
      await pointer.move(page, at, { x: at.x, y: at.y - delta }, 'touch', 6);
      await pointer.up(page, { x: at.x, y: at.y - delta }, 'touch');
    }
    await scrollAtRest(page);
  }
  throw new Error(`could not scroll gap ${gap} into view`);
}

/**
 * Drags the deck card to a gap as a player with eyes does: a quick move from the deck into the
 * line (a finger that lingers in the line's top edge zone on the way makes it scroll), then on to
 * where the gap's marker is while the card is in hand (an opened gap moves the line), and lets go
 * once the line has stopped moving under it. Returns at once (the card may still be landing)
 * with the board before the drag.
 */
export async function dragToGap(page: Page, gap: number, input: Input): Promise<Board> {
  const start = await scrollToGap(page, gap, input, true);
  if (!start.deck) throw new Error('no card to place');
  const deck = onPage(start, start.deck.x + start.deck.width / 2, start.deck.y + start.deck.height / 2);
  const aimAt = (b: Board): Point => {
    const target = b.gaps.find((g) => g.index === gap);
    if (!target) throw new Error(`no gap ${gap}`);
    return onPage(b, b.canvas.width / 2, target.y);
  };
  await pointer.down(page, deck, input);
  // Straight from the deck into the line in one move: held over the deck, the card would be in
  // the line's top edge zone and the line would scroll under it.
  let at = aimAt(start);
  await pointer.move(page, deck, at, input, 1);
  let scroll = start.scroll;
  for (let attempt = 0; attempt < 12; attempt++) {
    await settle(page, 60);
    const now = await board(page);
    const want = aimAt(now);
    const still = Math.abs(now.scroll - scroll) < 0.5;
    scroll = now.scroll;
    if (Math.abs(want.y - at.y) < 4 && still) break;
    await pointer.move(page, at, want, input, 2);
    at = want;
  }
  await pointer.up(page, at, input);
  await settle(page);
  return start;
}

/**
 * Puts the deck card into a gap by a real drag (see dragToGap) or two real taps and returns at
 * once (the card may still be landing). Returns the board as it was just before the input.
 */
export async function placeNoWait(
  page: Page,
  gap: number,
  input: Input,
  how: 'drag' | 'tap',
): Promise<Board> {
  if (how === 'drag') return dragToGap(page, gap, input);
  const board = await scrollToGap(page, gap, input);
  if (!board.deck) throw new Error('no card to place');
  const deck = onPage(board, board.deck.x + board.deck.width / 2, board.deck.y + board.deck.height / 2);
  const target = board.gaps.find((g) => g.index === gap)!;
  await tapAt(page, deck.x, deck.y, input);
  // Picking the card up can open the line's gaps: aim at where the gap is now.
  const now = await readout<Board>(page);
  const point = onPage(now, now.canvas.width / 2, (now.gaps.find((g) => g.index === gap) ?? target).y);
  await tapAt(page, point.x, point.y, input);
  return board;
}

/** Places the deck card and waits for it to land (and slide home if wrong). */
export async function placeCard(page: Page, gap: number, input: Input, how: 'drag' | 'tap'): Promise<Board> {
  await placeNoWait(page, gap, input, how);
  return (await waitForBoard(page)) as Board;
}

/** Plays the rest of a place-mode board, every card right, by drags and taps in turn. */
export async function finishPlaceBoard(page: Page, pack: Pack, input: Input): Promise<Board> {
  let now = (await waitForBoard(page)) as Board;
  let turn = 0;
  while (now.deck) {
    now = await placeRight(page, pack, now, input, turn % 2 === 0 ? 'drag' : 'tap');
    turn++;
  }
  return now;
}

/**
 * Places the deck card in its first right gap and checks it was judged right: a card aimed at a
 * right gap that ends up marked wrong means the input went somewhere the player did not aim.
 */
export async function placeRight(
  page: Page,
  pack: Pack,
  now: Board,
  input: Input,
  how: 'drag' | 'tap',
): Promise<Board> {
  const line = now.cards.map((c) => c.id);
  const id = now.deck!.id;
  const gap = rightGaps(pack, line, id).first;
  const next = await placeCard(page, gap, input, how);
  const verdict = await cardText(page, id);
  if (/\bWrong\b/.test(verdict)) {
    const file = await screenshot(page, `aim-missed-${id}`);
    throw new Error(
      `${how} (${input}) aimed ${id} at gap ${gap} of ${line.join(', ')}, but it was judged wrong: ${verdict} (${file})`,
    );
  }
  return next;
}

const WATCH_TOUCHES = `(() => {
  window.__touches = [];
  if (window.__touchesWatched) return;
  window.__touchesWatched = true;
  for (const type of ['touchstart', 'touchmove', 'touchend']) {
    window.addEventListener(type, (event) => {
      const touch = event.changedTouches[0];
      window.__touches.push({ type, t: performance.now(), y: touch ? touch.clientY : 0 });
    }, { capture: true, passive: true });
  }
})()`;

export interface Flick {
  /** When the finger lifted (page clock). */
  lifted: number;
  /**
   * Page pixels per millisecond over the finger's last 100 ms of movement, as the page heard it;
   * 0 when the finger had stopped for 100 ms or more before it lifted.
   */
  speed: number;
}

/**
 * A quick swipe with a real (CDP) finger that lifts while still moving. Returns how fast the page
 * heard the finger move just before it lifted: a busy machine can space the events out so much
 * that no flick is felt, which the caller must tell apart from a game that ignores flicks.
 */
export async function flick(page: Page, from: Point, to: Point, pauseBeforeLift = 0): Promise<Flick> {
  await page.evaluate(WATCH_TOUCHES);
  await pointer.down(page, from, 'touch');
  await pointer.move(page, from, to, 'touch', 6);
  if (pauseBeforeLift > 0) await page.waitForTimeout(pauseBeforeLift);
  await pointer.up(page, to, 'touch');
  const touches = await page.evaluate(
    () => (window as unknown as { __touches: Array<{ type: string; t: number; y: number }> }).__touches,
  );
  const end = touches.find((e) => e.type === 'touchend');
  const allMoves = touches.filter((e) => e.type === 'touchmove');
  const last = allMoves[allMoves.length - 1];
  const moves = allMoves.filter((e) => last && last.t - e.t < 100);
  const first = moves[0];
  const lifted = end?.t ?? (await pageNow(page));
  const fresh = last !== undefined && lifted - last.t < 100;
  const speed =
    first && last && fresh && last.t - first.t >= 10 ? Math.abs(last.y - first.y) / (last.t - first.t) : 0;
  return { lifted, speed };
}

export function board(page: Page): Promise<Board> {
  return readout<Board>(page);
}

/** What the footer says about the latest placement. */
export async function feedbackText(page: Page): Promise<string> {
  return ((await page.locator('[data-feedback]').textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** A card's words in the accessibility layer (title, clue, date, verdict, note). */
export async function cardText(page: Page, id: string): Promise<string> {
  return ((await page.locator(`.sr-layer [data-id="card-${id}"]`).textContent()) ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `test-results/screenshots/<file>-<what>-<size>.png`. */
export function photo(page: Page, file: string, what: string, size: string): Promise<string> {
  return screenshot(page, `${file}-${what}-${size}`);
}

/** Waits until the canvas scene named is showing (read-out `scene`). */
export async function waitForScene(page: Page, scene: string, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    (name) => (window as unknown as { __newsline?: { scene?: string } }).__newsline?.scene === name,
    scene,
    {
      timeout,
    },
  );
  await settle(page);
}

/** Errors worth failing a test for: everything but the 404s a test provoked on purpose. */
export function unexpectedErrors(errors: readonly string[], allowed: RegExp[] = []): string[] {
  return errors.filter((e) => !allowed.some((pattern) => pattern.test(e)));
}

/** A fresh browser context at one of the harness's sizes (a phone size gets touch). */
export async function newContext(
  harness: Harness,
  viewport: ViewportName,
  options: { reducedMotion?: boolean; touch?: boolean } = {},
): Promise<BrowserContext> {
  const touch = options.touch ?? viewport.startsWith('phone');
  return harness.browser.newContext({
    viewport: VIEWPORTS[viewport],
    deviceScaleFactor: deviceScale(viewport),
    hasTouch: touch,
    isMobile: touch,
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
  });
}

export interface PlayedRound {
  /** The card the line started with, then every card in the order it was dealt. */
  cards: string[];
  /** Every question's prompt, in the order asked. */
  prompts: string[];
}

/**
 * Plays a place-mode round from its board to its results with real input, every card and
 * question right unless listed in `wrongCards` / `wrongQuestions` (0-based turns), and says
 * what was dealt and asked.
 */
export async function playRound(
  page: Page,
  pack: Pack,
  input: Input,
  options: { wrongCards?: number[]; wrongQuestions?: number[] } = {},
): Promise<PlayedRound> {
  let now = (await waitForBoard(page)) as Board;
  const cards = [now.cards[0]!.id];
  let turn = 0;
  while (now.deck) {
    cards.push(now.deck.id);
    const line = now.cards.map((c) => c.id);
    const right = rightGaps(pack, line, now.deck.id);
    const how = turn % 2 === 0 ? 'drag' : 'tap';
    const wrong = Array.from({ length: line.length + 1 }, (_, i) => i).find(
      (i) => i < right.first || i > right.last,
    );
    if (options.wrongCards?.includes(turn) && wrong !== undefined)
      now = await placeCard(page, wrong, input, how);
    else now = await placeRight(page, pack, now, input, how);
    turn++;
  }
  const prompts: string[] = [];
  const next = await page
    .locator('[data-action="to-quiz"], [data-action="to-results"]')
    .first()
    .getAttribute('data-action');
  await press(page, `[data-action="${next}"]`, input);
  if (next === 'to-quiz') {
    for (let i = 0; ; i++) {
      await waitForQuiz(page);
      prompts.push(((await page.locator('[data-prompt]').textContent()) ?? '').trim());
      await answerQuestion(page, pack, input, !options.wrongQuestions?.includes(i));
      await press(page, '[data-action="next"]', input);
      // The next question (not yet answered) or the results.
      await page.waitForFunction(
        () =>
          document.documentElement.dataset.screen === 'results' ||
          (window as unknown as { __newsline?: { scene?: string; answered?: boolean } }).__newsline
            ?.answered === false,
      );
      if ((await page.evaluate(() => document.documentElement.dataset.screen)) === 'results') break;
    }
  }
  await waitForScreen(page, 'results');
  return { cards, prompts };
}

/**
 * Makes the page's date start at `at` and keep flowing (Date and Date.now only; timers, frames
 * and performance.now stay real). Playwright's clock cannot do this for a Phaser game: with
 * `setFixedTime` Date.now stands still, and Phaser's tween manager measures its steps with
 * Date.now, so no tween ever ends; with `install` the faked timers and frames change how the
 * canvas follows its stage's size.
 */
export async function startDateAt(context: BrowserContext, at: Date): Promise<void> {
  await context.addInitScript(`(() => {
    const RealDate = Date;
    const offset = ${at.getTime()} - RealDate.now();
    class ShiftedDate extends RealDate {
      constructor(...args) {
        if (args.length === 0) super(RealDate.now() + offset);
        else super(...args);
      }
      static now() {
        return RealDate.now() + offset;
      }
    }
    globalThis.Date = ShiftedDate;
  })()`);
}
