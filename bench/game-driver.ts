import type { Page, ViewportSize } from 'playwright-core';

/**
 * Everything the benchmark knows about the game itself, in one place: the lead updates this file
 * when the UI changes; run.ts and the measures stay as they are.
 *
 * Contract the measures rely on:
 * - A screen counts as interactive when the page calls `window.__bench.setScreen(name)` or sets
 *   `<html data-screen="name">` (the instrumentation records both, with the page's time).
 *   Names used by the bench: `title` and `board`; others (`quiz`, `results`, …) only pass through.
 * - `startRound` begins on the interactive title screen and presses Play with real input;
 *   `waitForBoard` waits until the board is interactive.
 * - `finishRound` plays the rest of the round with real input and ends on the results screen;
 *   `backToMenu` returns to the interactive title screen. Together one "round" for the leak measure.
 * - `dragPlan` gives, on the board of a full-set round, where to press on a card and a path of
 *   pointer positions that drags it across the other cards (all on screen).
 * - `setContinuousRender` makes the game draw every frame (or undoes it), so "idle" and "dragging"
 *   compare the same rendering work; a game that always draws can ignore it.
 *
 * This version drives the last good build (9bda3af): Phaser scenes that publish a read-out on
 * `window.__newsline` (scene name, controls and their positions) for the browser tests.
 * For the new UI: `data-screen` replaces SCREEN_PROBE, and the accessibility layer's HTML
 * buttons replace `press` (locator clicks are real input too).
 */

/** How long to wait for the game to react (generous: a loaded 2-core machine is slow). */
const PATIENCE = 60_000;

/** Laptop size, as the browser tests use. */
export const VIEWPORT: ViewportSize = { width: 1366, height: 768 };

/** A portrait tablet: all ten cards of the full set are on screen at once (checked on 9bda3af). */
export const FULL_SET_VIEWPORT: ViewportSize = { width: 768, height: 1024 };

/** Maps the old scene read-out to the bench's screen names (plain JavaScript: runs in the page). */
const SCREEN_PROBE = String.raw`(() => {
  const names = { Title: 'title', Timeline: 'board', Reveal: 'reveal', Quiz: 'quiz', Results: 'results' };
  let value;
  Object.defineProperty(window, '__newsline', {
    configurable: true,
    get: () => value,
    set: (next) => {
      value = next;
      const scene = next && next.scene;
      if (scene && window.__bench) window.__bench.setScreen(names[scene] || String(scene).toLowerCase());
    },
  });
})();`;

/** Scripts the page gets before its own (after the bench's instrumentation). */
export const INIT_SCRIPTS: readonly string[] = [SCREEN_PROBE];

interface Control {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
  enabled: boolean;
  pinned: boolean;
}

interface Readout {
  scene: string;
  height: number;
  scrollY: number;
  controls?: Control[];
  [detail: string]: unknown;
}

async function readout(page: Page): Promise<Readout> {
  return page.evaluate(() => (window as unknown as { __newsline: Readout }).__newsline);
}

/**
 * Waits (in the page, one round trip) for a control to be there and enabled and returns it with
 * the screen's height and scroll position.
 */
async function findControl(
  page: Page,
  name: string,
  timeout: number,
): Promise<{ control: Control; height: number; scrollY: number }> {
  const found = await page.evaluate(
    ({ wanted, timeout }) =>
      new Promise<{ control: Control; height: number; scrollY: number } | null>((resolve) => {
        const until = performance.now() + timeout;
        const look = (): void => {
          const r = (window as unknown as { __newsline?: Readout }).__newsline;
          const control = r?.controls?.find((c) => c.name === wanted && c.enabled);
          if (r && control) resolve({ control, height: r.height, scrollY: r.scrollY });
          else if (performance.now() > until) resolve(null);
          else setTimeout(look, 10);
        };
        look();
      }),
    { wanted: name, timeout },
  );
  if (!found) throw new Error(`no enabled control "${name}" within ${timeout} ms`);
  return found;
}

/** Waits for a control, scrolls it clear of pinned bars with the wheel if need be, clicks it. */
async function press(page: Page, name: string, timeout = PATIENCE): Promise<void> {
  for (let attempt = 0; attempt < 30; attempt++) {
    const { control, height, scrollY } = await findControl(page, name, timeout);
    const top = control.y - control.height / 2;
    const bottom = control.y + control.height / 2;
    const safeTop = 90;
    const safeBottom = height - 110;
    if (control.pinned || (top >= safeTop && bottom <= safeBottom)) {
      await page.mouse.click(control.x, control.y);
      return;
    }
    await page.mouse.move(10, height / 2);
    await page.mouse.wheel(0, top < safeTop ? top - safeTop - 20 : bottom - safeBottom + 20);
    await page.waitForTimeout(50);
    const after = await readout(page);
    // At either end of the page: take it where it is if it is on screen at all.
    if (after.scrollY === scrollY && top >= 0 && bottom <= height) {
      await page.mouse.click(control.x, control.y);
      return;
    }
  }
  throw new Error(`could not bring "${name}" into view`);
}

async function waitForScene(page: Page, scene: string, timeout = PATIENCE): Promise<void> {
  await page.waitForFunction(
    (wanted) => (window as unknown as { __newsline?: Readout }).__newsline?.scene === wanted,
    scene,
    { timeout, polling: 'raf' },
  );
}

interface QuizState extends Readout {
  choice?: { setId?: string };
  kind?: string;
  index?: number;
  total?: number;
  answered?: boolean;
  typed?: string;
}

/**
 * A test of the read-out that runs in the page (it reads `window.__newsline` itself: a function
 * handed to the page carries no closure, and the game's CSP forbids building one from text).
 */
type Check<A> = (arg: A) => boolean;

/** How long a press may take to show before it is taken as lost and made again. */
const RETRY_AFTER = 8_000;

/**
 * Presses a control until the read-out shows its effect. A press that lands while the scene
 * redraws can be lost (seen once in 26 rounds on a loaded machine); it is made again, at most
 * 4 times, and only while the control is still there, so a slow press is never doubled.
 */
async function pressUntil<A>(page: Page, name: string, check: Check<A>, arg: A): Promise<void> {
  const done = check as (arg: unknown) => boolean;
  for (let attempt = 1; ; attempt++) {
    await press(page, name);
    try {
      await page.waitForFunction(done, arg, { timeout: RETRY_AFTER, polling: 'raf' });
      return;
    } catch (error) {
      const still = await page.evaluate(
        (wanted) =>
          (window as unknown as { __newsline?: Readout }).__newsline?.controls?.some(
            (c) => c.name === wanted && c.enabled,
          ) ?? false,
        name,
      );
      if (!still) {
        await page.waitForFunction(done, arg, { timeout: PATIENCE, polling: 'raf' });
        return;
      }
      if (attempt >= 4) throw error;
    }
  }
}

/** `window` as the checks see it (a type only: nothing of it reaches the page). */
type Win = { __newsline: QuizState };

/** On the interactive title screen: picks the set (default or the full one) and presses Play. */
export async function startRound(page: Page, options: { fullSet?: boolean } = {}): Promise<void> {
  if (options.fullSet)
    await pressUntil(
      page,
      'set-full',
      () => (window as unknown as Win).__newsline.choice?.setId === 'full',
      null,
    );
  await pressUntil(page, 'play', () => (window as unknown as Win).__newsline.scene !== 'Title', null);
}

/** Until the first board of the round is interactive. */
export async function waitForBoard(page: Page, timeout = PATIENCE): Promise<void> {
  await waitForScene(page, 'Timeline', timeout);
}

/**
 * From the board to the results: one card dragged (so the drag code runs every round), the
 * order checked, the reveal, every question answered (the first choice, or 9 on the number pad).
 */
export async function finishRound(page: Page): Promise<void> {
  const plan = await dragPlan(page, 1);
  await dragAlong(page, {
    from: plan.from,
    path: plan.path.filter((_, i) => i % 4 === 3 || i === plan.path.length - 1),
  });
  await pressUntil(
    page,
    'check-order',
    () => (window as unknown as Win).__newsline.controls?.some((c) => c.name === 'continue') ?? false,
    null,
  );
  await pressUntil(page, 'continue', () => (window as unknown as Win).__newsline.scene === 'Reveal', null);
  await pressUntil(page, 'start-quiz', () => (window as unknown as Win).__newsline.scene === 'Quiz', null);
  for (;;) {
    const quiz = (await readout(page)) as QuizState;
    const index = quiz.index ?? 0;
    if (quiz.kind === 'number') {
      await pressUntil(
        page,
        'pad-9',
        () => ((window as unknown as Win).__newsline.typed ?? '').length > 0,
        null,
      );
      await pressUntil(
        page,
        'submit-number',
        () => (window as unknown as Win).__newsline.answered === true,
        null,
      );
    } else {
      await pressUntil(page, 'option-0', () => (window as unknown as Win).__newsline.answered === true, null);
    }
    await pressUntil(
      page,
      'next-question',
      (previous) => {
        const state = (window as unknown as Win).__newsline;
        return state.scene !== 'Quiz' || (state.index === previous + 1 && state.answered === false);
      },
      index,
    );
    if (index + 1 >= (quiz.total ?? 0)) break;
  }
  await waitForScene(page, 'Results');
}

/** From the results screen back to the interactive title screen. */
export async function backToMenu(page: Page): Promise<void> {
  await pressUntil(page, 'back', () => (window as unknown as Win).__newsline.scene === 'Title', null);
}

export interface DragPlan {
  from: { x: number; y: number };
  /** Pointer positions after the press, in order. */
  path: { x: number; y: number }[];
}

/**
 * On the board: press on the top card and drag it down `slots` places, in 8 px steps (about
 * how often a pointer moved by hand reports).
 */
export async function dragPlan(page: Page, slots: number): Promise<DragPlan> {
  const state = (await readout(page)) as Readout & {
    cards: { x: number; y: number; slotY: number; pitch: number }[];
  };
  const first = state.cards[0];
  if (!first) throw new Error('no cards on the board');
  const to = first.slotY + slots * first.pitch;
  const steps = Math.max(4, Math.round(Math.abs(to - first.y) / 8));
  const path: { x: number; y: number }[] = [];
  for (let i = 1; i <= steps; i++) path.push({ x: first.x, y: first.y + ((to - first.y) * i) / steps });
  return { from: { x: first.x, y: first.y }, path };
}

/** Presses, moves along the path, releases: real mouse input. */
export async function dragAlong(page: Page, plan: DragPlan): Promise<void> {
  await page.mouse.move(plan.from.x, plan.from.y);
  await page.mouse.down();
  for (const point of plan.path) await page.mouse.move(point.x, point.y);
  await page.mouse.up();
}

/** Phaser 4 as the old build uses it draws every frame: nothing to switch. */
export async function setContinuousRender(_page: Page, _on: boolean): Promise<void> {}
