import type { CDPSession, Page } from 'playwright-core';
import { articlePack } from '../../src/content/article-pack';
import { answerLabel } from '../../src/rules/scoring';
import { readout, waitForScene } from './harness';

/**
 * Player moves for the browser tests, made with real input events on the canvas. The scene
 * read-out only says where things are and what the screen shows.
 */
export interface ControlInfo {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
  enabled: boolean;
  pinned: boolean;
}

interface CardInfo {
  id: string;
  x: number;
  y: number;
  slotY: number;
  pitch: number;
}

export type Input = { kind: 'mouse' } | { kind: 'touch'; cdp: CDPSession };

export const CORE_ORDER = ['erbil-rocket', 'february-strike', 'june-9-drone-attack', 'june-strikes'];

export async function control(page: Page, name: string): Promise<ControlInfo> {
  const state = await readout<{ controls: ControlInfo[] }>(page);
  const found = state.controls.find((c) => c.name === name);
  if (!found)
    throw new Error(
      `no control "${name}" on ${state.scene}: ${state.controls.map((c) => c.name).join(', ')}`,
    );
  return found;
}

export async function press(page: Page, name: string, input: Input = { kind: 'mouse' }): Promise<void> {
  const { x, y } = await scrollToControl(page, name);
  await tap(page, x, y, input);
}

/**
 * Scrolls (with the mouse wheel, as a player would) until a control is clear of the pinned top
 * bar and footer, then returns where it is.
 */
export async function scrollToControl(page: Page, name: string): Promise<ControlInfo> {
  for (let attempt = 0; attempt < 30; attempt++) {
    const found = await control(page, name);
    const { height, scrollY } = await readout<{ height: number; scrollY: number }>(page);
    const top = found.y - found.height / 2;
    const bottom = found.y + found.height / 2;
    const safeTop = 90;
    const safeBottom = height - 110;
    if (found.pinned || (top >= safeTop && bottom <= safeBottom)) return found;
    const delta = top < safeTop ? top - safeTop - 20 : bottom - safeBottom + 20;
    await page.mouse.move(10, height / 2);
    await page.mouse.wheel(0, delta);
    await settle(page);
    const after = await readout<{ scrollY: number }>(page);
    // At either end of the page: take it where it is if it is on screen at all.
    if (after.scrollY === scrollY && top >= 0 && bottom <= height) return found;
  }
  throw new Error(`could not scroll ${name} into view`);
}

export async function tap(page: Page, x: number, y: number, input: Input): Promise<void> {
  if (input.kind === 'mouse') {
    await page.mouse.click(x, y);
  } else {
    await touch(input.cdp, 'touchStart', x, y);
    await touch(input.cdp, 'touchEnd', x, y);
  }
  await settle(page);
}

/** Drags a card to a slot with a real pointer: press, move in steps, release. */
export async function dragCard(
  page: Page,
  id: string,
  slot: number,
  input: Input = { kind: 'mouse' },
): Promise<void> {
  const { cards } = await readout<{ cards: CardInfo[] }>(page);
  const card = cards.find((c) => c.id === id);
  const first = cards[0];
  if (!card || !first) throw new Error(`no card ${id}`);
  const targetY = first.slotY + slot * card.pitch;
  const steps = 12;
  if (input.kind === 'mouse') {
    await page.mouse.move(card.x, card.y);
    await page.mouse.down();
    for (let i = 1; i <= steps; i++) await page.mouse.move(card.x, card.y + ((targetY - card.y) * i) / steps);
    await page.mouse.up();
  } else {
    await touch(input.cdp, 'touchStart', card.x, card.y);
    for (let i = 1; i <= steps; i++)
      await touch(input.cdp, 'touchMove', card.x, card.y + ((targetY - card.y) * i) / steps);
    await touch(input.cdp, 'touchEnd', card.x, targetY);
  }
  await settle(page, 250);
}

/** Puts the cards in `order` by dragging each into place, top to bottom. */
export async function arrange(
  page: Page,
  order: readonly string[],
  input: Input = { kind: 'mouse' },
): Promise<void> {
  for (const [slot, id] of order.entries()) {
    const state = await readout<{ order: string[] }>(page);
    if (state.order[slot] !== id) await dragCard(page, id, slot, input);
  }
}

async function touch(
  cdp: CDPSession,
  type: 'touchStart' | 'touchMove' | 'touchEnd',
  x: number,
  y: number,
): Promise<void> {
  await cdp.send('Input.dispatchTouchEvent', {
    type,
    touchPoints: type === 'touchEnd' ? [] : [{ x: Math.round(x), y: Math.round(y) }],
  });
}

/** Two animation frames plus a little time for tweens. */
export async function settle(page: Page, ms = 60): Promise<void> {
  await page.waitForTimeout(ms);
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

export interface QuizReadout {
  questionId: string;
  kind: string;
  choices: string[];
  answered: boolean;
  correct?: boolean;
  index: number;
  total: number;
}

/**
 * Answers the question on screen, rightly or wrongly on purpose, through the on-screen
 * buttons (and the number pad). The right answer comes from the pack, not from the game.
 */
export async function answerQuestion(
  page: Page,
  right: boolean,
  input: Input = { kind: 'mouse' },
): Promise<void> {
  const quiz = await readout<QuizReadout>(page);
  const question = articlePack.questions.find((q) => q.id === quiz.questionId);
  if (!question) throw new Error(`unknown question ${quiz.questionId}`);
  const expected = answerLabel(question);
  if (question.kind === 'number') {
    const digits = right ? expected : String(Number(expected) + 1);
    for (const digit of digits) await press(page, `pad-${digit}`, input);
    await press(page, 'submit-number', input);
    return;
  }
  const index = quiz.choices.findIndex((c) => (c === expected) === right);
  await press(page, `option-${index}`, input);
}

/** From the menu to the end of a round; returns the count of questions answered rightly. */
export async function playRound(
  page: Page,
  options: {
    order: readonly string[];
    rightAnswers: (index: number) => boolean;
    input?: Input;
    name?: string;
  },
): Promise<number> {
  const input = options.input ?? { kind: 'mouse' };
  await press(page, 'play', input);
  if (options.name !== undefined) {
    // A shared round asks who is playing, in a real text box over the canvas.
    await page.fill('#overlay-player-name', options.name);
    await page.keyboard.press('Enter');
  }
  await waitForScene(page, 'Timeline');
  await arrange(page, options.order, input);
  await press(page, 'check-order', input);
  await press(page, 'continue', input);
  await waitForScene(page, 'Reveal');
  await press(page, 'start-quiz', input);
  await waitForScene(page, 'Quiz');
  let right = 0;
  for (;;) {
    const quiz = await readout<QuizReadout>(page);
    const shouldBeRight = options.rightAnswers(quiz.index);
    await answerQuestion(page, shouldBeRight, input);
    const after = await readout<QuizReadout>(page);
    if (after.correct !== shouldBeRight)
      throw new Error(`question ${quiz.questionId}: expected correct=${shouldBeRight}`);
    if (shouldBeRight) right++;
    await press(page, 'next-question', input);
    if (quiz.index + 1 >= quiz.total) break;
  }
  await waitForScene(page, 'Results');
  return right;
}
