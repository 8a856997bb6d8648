import { readFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import type { Pack } from '../../src/content/schema';
import { validatePack } from '../../src/content/validate';
import { buildPartialOrder } from '../../src/rules/order';
import { judgePlacement } from '../../src/rules/placement';
import { answerLabel, sameAnswer } from '../../src/rules/scoring';
import { settle, waitForScreen } from './harness';

/**
 * A player for the browser tests: real mouse, touch and keyboard input aimed with the canvas
 * read-out of the test build (where things are) and the page's own text (what they say).
 */
export type Input = 'mouse' | 'touch';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BoardReadout {
  scene: 'Board';
  mode: 'place' | 'sort';
  done: boolean;
  landing: boolean;
  lineTop: number;
  deck: (Box & { id: string }) | null;
  cards: Array<Box & { id: string }>;
  gaps: Array<{ index: number; y: number }>;
  canvas: { left: number; top: number; width: number; height: number };
  sleeping: boolean;
}

export interface QuizReadout {
  scene: 'Quiz';
  kind: string;
  answered: boolean;
  buttons: Array<{ id: string; x: number; y: number; width: number; height: number }>;
  canvas: { left: number; top: number; width: number; height: number };
}

export function articlePack(): Pack {
  const raw = JSON.parse(readFileSync('public/packs/us-strikes-syria-iraq-2021.json', 'utf8')) as unknown;
  const checked = validatePack(raw);
  if (!checked.ok) throw new Error(`the article pack does not validate: ${checked.problems[0]?.message}`);
  return checked.pack;
}

export async function readout<T>(page: Page): Promise<T> {
  return page.evaluate(() => (window as unknown as { __newsline: unknown }).__newsline as never);
}

/** Waits until the canvas shows a scene and it has settled (no card landing). */
export async function waitForBoard(page: Page): Promise<BoardReadout> {
  await waitForScreen(page, 'board');
  await page
    .waitForFunction(() => {
      const r = (window as unknown as { __newsline?: { scene?: string; landing?: boolean } }).__newsline;
      return r?.scene === 'Board' && !r.landing;
    })
    .catch(async (error: unknown) => {
      throw new Error(`the board never settled: ${JSON.stringify(await readout(page))} (${String(error)})`);
    });
  await settle(page);
  return readout<BoardReadout>(page);
}

export async function waitForQuiz(page: Page): Promise<QuizReadout> {
  await waitForScreen(page, 'quiz');
  await page.waitForFunction(
    () => (window as unknown as { __newsline?: { scene?: string } }).__newsline?.scene === 'Quiz',
  );
  await settle(page);
  return readout<QuizReadout>(page);
}

export async function tapAt(page: Page, x: number, y: number, input: Input): Promise<void> {
  if (input === 'touch') await page.touchscreen.tap(Math.round(x), Math.round(y));
  else await page.mouse.click(Math.round(x), Math.round(y));
  await settle(page);
}

/** Presses a page control the way a player would: a touch tap or a mouse click. */
export async function press(page: Page, selector: string, input: Input): Promise<void> {
  const target = page.locator(selector).first();
  await target.scrollIntoViewIfNeeded();
  if (input === 'touch') await target.tap();
  else await target.click();
  await settle(page);
}

const cdpSessions = new WeakMap<Page, CDPSession>();

/** One touch event sent as the device would (CDP), one session per page. */
export async function touchPoint(
  page: Page,
  type: 'touchStart' | 'touchMove' | 'touchEnd',
  x: number,
  y: number,
): Promise<void> {
  let cdp = cdpSessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    cdpSessions.set(page, cdp);
  }
  await cdp.send('Input.dispatchTouchEvent', {
    type,
    touchPoints: type === 'touchEnd' ? [] : [{ x: Math.round(x), y: Math.round(y) }],
  });
}

/** A real drag: press, move in steps, release (mouse or finger). */
export async function drag(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
  input: Input,
  steps = 12,
): Promise<void> {
  if (input === 'mouse') {
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= steps; i++)
      await page.mouse.move(from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps);
    await page.mouse.up();
  } else {
    await touchPoint(page, 'touchStart', from.x, from.y);
    for (let i = 1; i <= steps; i++)
      await touchPoint(
        page,
        'touchMove',
        from.x + ((to.x - from.x) * i) / steps,
        from.y + ((to.y - from.y) * i) / steps,
      );
    await touchPoint(page, 'touchEnd', to.x, to.y);
  }
  await settle(page);
}

/** The page point of a canvas point. */
export function onPage(
  board: { canvas: { left: number; top: number } },
  x: number,
  y: number,
): { x: number; y: number } {
  return { x: board.canvas.left + x, y: board.canvas.top + y };
}

/** Which gaps of the line are right for a card, worked out in Node from the pack. */
export function rightGaps(
  pack: Pack,
  line: readonly string[],
  cardId: string,
): { first: number; last: number } {
  const events = [...line, cardId].map((id) => pack.events.find((e) => e.id === id)!);
  const order = buildPartialOrder(events, pack.events);
  return judgePlacement(order, line, cardId, 0).rightGaps;
}

/**
 * Places the deck card into a gap: by dragging it there, or by tapping it and then the gap.
 * Returns the board once the card has landed (and, if wrong, slid home).
 */
export async function placeDeck(
  page: Page,
  gap: number,
  input: Input,
  how: 'drag' | 'tap',
): Promise<BoardReadout> {
  const board = await scrollGapIntoView(page, gap, input);
  if (!board.deck) throw new Error('no card to place');
  const deck = onPage(board, board.deck.x + board.deck.width / 2, board.deck.y + board.deck.height / 2);
  const target = board.gaps.find((g) => g.index === gap)!;
  const point = onPage(board, board.canvas.width / 2, target.y);
  if (how === 'drag') await dragToGap(page, deck, gap, input);
  else {
    await tapAt(page, deck.x, deck.y, input);
    await tapAt(page, point.x, point.y, input);
  }
  return waitForBoard(page);
}

/**
 * Drags the deck card to a gap as a player does: towards it, then, once the line has opened a
 * space there, onto where the gap now is, then lets go.
 */
async function dragToGap(
  page: Page,
  from: { x: number; y: number },
  gap: number,
  input: Input,
): Promise<void> {
  const before = await readout<BoardReadout>(page);
  const aim = (board: BoardReadout): { x: number; y: number } =>
    onPage(board, board.canvas.width / 2, board.gaps.find((g) => g.index === gap)!.y);
  let to = aim(before);
  const steps = 10;
  const moveTo = async (x: number, y: number): Promise<void> => {
    if (input === 'mouse') await page.mouse.move(x, y);
    else await touchPoint(page, 'touchMove', x, y);
  };
  if (input === 'mouse') {
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
  } else await touchPoint(page, 'touchStart', from.x, from.y);
  for (let i = 1; i <= steps; i++)
    await moveTo(from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps);
  for (let settleStep = 0; settleStep < 3; settleStep++) {
    await settle(page, 120);
    const next = aim(await readout<BoardReadout>(page));
    if (Math.abs(next.y - to.y) < 2) break;
    to = next;
    await moveTo(to.x, to.y);
  }
  if (input === 'mouse') await page.mouse.up();
  else await touchPoint(page, 'touchEnd', to.x, to.y);
  await settle(page);
}

/** Scrolls the line (wheel or a swipe, as a player would) until a gap is well in view. */
export async function scrollGapIntoView(page: Page, gap: number, input: Input): Promise<BoardReadout> {
  for (let attempt = 0; attempt < 12; attempt++) {
    const board = await readout<BoardReadout>(page);
    const target = board.gaps.find((g) => g.index === gap);
    if (!target) throw new Error(`no gap ${gap} (gaps: ${board.gaps.map((g) => g.index).join(', ')})`);
    const top = board.lineTop + 2;
    const bottom = board.canvas.height - 24;
    if (target.y >= top && target.y <= bottom) return board;
    const middle = (top + bottom) / 2;
    const delta = Math.max(-200, Math.min(200, target.y - middle));
    const at = onPage(board, board.canvas.width - 12, middle);
    if (input === 'mouse') {
      await page.mouse.move(at.x, at.y);
      await page.mouse.wheel(0, delta);
    } else {
      await drag(page, at, { x: at.x, y: at.y - delta }, 'touch', 6);
    }
    await settle(page, 300);
  }
  throw new Error(`could not scroll gap ${gap} into view`);
}

/** Plays the whole board of a place-mode round, every card right (or wrong where asked). */
export async function playPlaceBoard(
  page: Page,
  pack: Pack,
  input: Input,
  options: { wrongAt?: number[]; how?: 'drag' | 'tap' } = {},
): Promise<BoardReadout> {
  let board = await waitForBoard(page);
  let turn = 0;
  while (board.deck) {
    const line = board.cards.map((c) => c.id);
    const right = rightGaps(pack, line, board.deck.id);
    let gap = right.first;
    if (options.wrongAt?.includes(turn)) {
      const wrong = Array.from({ length: line.length + 1 }, (_, i) => i).find(
        (i) => i < right.first || i > right.last,
      );
      if (wrong !== undefined) gap = wrong;
    }
    board = await placeDeck(page, gap, input, options.how ?? (turn % 2 === 0 ? 'drag' : 'tap'));
    turn++;
  }
  return board;
}

/** Answers the question on screen: right, or (when `right` is false) with some other option. */
export async function answerQuestion(page: Page, pack: Pack, input: Input, right = true): Promise<void> {
  const quiz = await waitForQuiz(page);
  const prompt = (await page.locator('[data-prompt]').textContent())?.trim() ?? '';
  const question = pack.questions.find((q) => q.prompt === prompt);
  if (!question) throw new Error(`question not in the pack: ${prompt}`);
  const expected = answerLabel(question);
  if (question.kind === 'number') {
    const digits = right ? expected : String(Number(expected) + 1);
    for (const digit of digits) {
      const key = quiz.buttons.find((b) => b.id === `pad-${digit}`)!;
      await tapAt(page, quiz.canvas.left + key.x, quiz.canvas.top + key.y, input);
    }
    const ok = quiz.buttons.find((b) => b.id === 'pad-submit')!;
    await tapAt(page, quiz.canvas.left + ok.x, quiz.canvas.top + ok.y, input);
  } else {
    const labels = await page.locator('.sr-layer [data-id^="option-"]').allTextContents();
    const index = labels.findIndex((l) => {
      const text = l.trim().replace(/^[A-H]\.\s*/, '');
      return right ? sameAnswer(text, expected) : !sameAnswer(text, expected);
    });
    const button = quiz.buttons.find((b) => b.id === `option-${index}`)!;
    await tapAt(page, quiz.canvas.left + button.x, quiz.canvas.top + button.y, input);
  }
  await page
    .waitForFunction(
      () => (window as unknown as { __newsline?: { answered?: boolean } }).__newsline?.answered === true,
    )
    .catch(async (error: unknown) => {
      await page.screenshot({ path: 'test-results/answer-failed.png' });
      throw new Error(
        `the answer did not register (${question.kind}, ${question.id}): ${JSON.stringify(await readout(page))} (${String(error)})`,
      );
    });
}
