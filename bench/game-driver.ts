import type { Page, ViewportSize } from 'playwright-core';

/**
 * Everything the benchmark knows about the game itself, in one place: the lead updates this file
 * when the UI changes; run.ts and the measures stay as they are.
 *
 * Contract the measures rely on:
 * - A screen counts as interactive when the page calls `window.__bench.setScreen(name)` or sets
 *   `<html data-screen="name">` (the instrumentation records both, with the page's time). For the
 *   screens the canvas plays on (board, quiz, results) this driver's init script refines that: the
 *   screen counts only once `<html data-stage>` names it too (the engine has loaded, shows it and
 *   takes input); until then it is recorded as `board:loading` and so on.
 *   Names used by the bench: `title` and `board`; others only pass through.
 * - `startRound` begins on the interactive title screen, picks the round options and presses Play
 *   with real input; `waitForBoard` waits until the board is interactive.
 * - `finishRound` plays the rest of the round with real input and ends on the results screen;
 *   `backToMenu` returns to the interactive title screen. Together one "round" for the leak measure,
 *   whose rounds are shaped by `leakRound`.
 * - `waitForRest` waits until the canvas has nothing left to animate (test build only).
 * - `dragPlan` gives, on the board of a full-set round, where to press on a card, where it lifts,
 *   and a path of pointer positions that drags it across the other cards (all on screen).
 * - `setContinuousRender` makes the game draw every frame (or undoes it), so "idle" and "dragging"
 *   compare the same rendering work.
 *
 * This version drives the rebuilt game (82eed81 on): the title is HTML, Phaser loads lazily, and
 * every canvas control has a visually hidden HTML twin in `.sr-layer`, pressed here with the
 * keyboard (real input: the twins are clipped to 1 px). Canvas positions come from the read-out
 * `window.__newsline` that only the TEST build (`vite build --mode test`) has, with the switch
 * `window.__newslineRender('always' | 'auto')`; the production build has neither, so only
 * `startRound`, `waitForBoard` (and the round's HTML steps) may be used on it.
 */

/** How long to wait for the game to react (generous: a loaded 2-core machine is slow). */
const PATIENCE = 60_000;

/** Laptop size, as the browser tests use. */
export const VIEWPORT: ViewportSize = { width: 1366, height: 768 };

/**
 * A 12.9-inch tablet upright: all ten cards of the full set fit on the board at once (the line
 * is ~1,150 px tall at the game's 560 px card width; a 1024 × 1366 page leaves 1,213 px of canvas).
 */
export const FULL_SET_VIEWPORT: ViewportSize = { width: 1024, height: 1366 };

/**
 * Screens as the bench sees them (plain JavaScript: runs in the page after the instrumentation).
 * The canvas screens count once `data-stage` names them; before that they are `…:loading`.
 */
const STAGE_AWARE_SCREENS = String.raw`(() => {
  const b = window.__bench;
  if (!b || b.stageAware) return;
  b.stageAware = true;
  const record = b.setScreen;
  const CANVAS = { board: true, quiz: true, results: true };
  const current = () => {
    const data = document.documentElement && document.documentElement.dataset;
    if (!data || !data.screen) return null;
    if (!CANVAS[data.screen]) return data.screen;
    return data.stage === data.screen ? data.screen : data.screen + ':loading';
  };
  b.setScreen = (name) => {
    const data = document.documentElement && document.documentElement.dataset;
    record(data && name === data.screen ? current() : name);
  };
  new MutationObserver(() => record(current())).observe(document, {
    subtree: true, attributes: true, attributeFilter: ['data-screen', 'data-stage'],
  });
})();`;

/** Scripts the page gets before its own (after the bench's instrumentation). */
export const INIT_SCRIPTS: readonly string[] = [STAGE_AWARE_SCREENS];

/** The test build's board read-out (canvas coordinates; page = canvas.left/top + x/y). */
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Readout {
  scene: 'Board' | 'Quiz' | 'Finale' | null;
  mode?: 'place' | 'sort';
  done?: boolean;
  landing?: boolean;
  lineTop?: number;
  deck?: (Box & { id: string }) | null;
  cards?: (Box & { id: string })[];
  gaps?: { index: number; y: number }[];
  canvas?: { left: number; top: number; width: number; height: number };
  sleeping: boolean;
}

/** The read-out, or null on a production build (or before the engine has loaded). */
async function readout(page: Page): Promise<Readout | null> {
  return page.evaluate(
    () => ((window as unknown as { __newsline?: Readout }).__newsline ?? null) as Readout | null,
  );
}

/** Until `<html>` names the screen in both `data-screen` and `data-stage` (canvas taking input). */
async function waitForStage(page: Page, stage: string, timeout = PATIENCE): Promise<void> {
  await page
    .waitForFunction(
      (wanted) =>
        document.documentElement.dataset.screen === wanted &&
        document.documentElement.dataset.stage === wanted,
      stage,
      { timeout, polling: 'raf' },
    )
    .catch((error: unknown) => {
      throw new Error(`the ${stage} never took input: ${String(error).split('\n')[0]}`);
    });
}

async function waitForTitle(page: Page, timeout = PATIENCE): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.screen === 'title', null, {
    timeout,
    polling: 'raf',
  });
}

/** Presses a visually hidden twin with the keyboard: focus, then Enter. */
async function pressTwin(page: Page, selector: string): Promise<void> {
  const twin = page.locator(`.sr-layer ${selector}`);
  await twin.focus({ timeout: PATIENCE });
  await page.keyboard.press('Enter');
}

export interface RoundOptions {
  /** The full set of events (default: the menu's default set). */
  fullSet?: boolean;
  /** Sort mode (all cards at once) instead of place mode (one at a time). */
  sort?: boolean;
  /** Number of quiz questions: one of the menu's choices (0, 5, 10). Default: as the menu is. */
  questions?: number;
}

/** Picks one radio of the round options by clicking its label, if it is not picked already. */
async function choose(page: Page, name: string, value: string): Promise<void> {
  const radio = `input[name="${name}"][value="${value}"]`;
  const details = page.locator('details.round-options');
  if (await details.locator(radio).isChecked({ timeout: PATIENCE })) return;
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
    await details.locator('summary').click({ timeout: PATIENCE });
  await details.locator('label.choice', { has: page.locator(radio) }).click({ timeout: PATIENCE });
  await page.waitForFunction(
    ({ name, value }) =>
      document.querySelector<HTMLInputElement>(
        `details.round-options input[name="${name}"][value="${value}"]`,
      )?.checked === true,
    { name, value },
    { timeout: PATIENCE },
  );
}

/** On the interactive title screen: picks the round options asked for and presses Play. */
export async function startRound(page: Page, options: RoundOptions = {}): Promise<void> {
  if (options.fullSet) await choose(page, 'set', 'full');
  if (options.sort !== undefined) await choose(page, 'mode', options.sort ? 'sort' : 'place');
  if (options.questions !== undefined) await choose(page, 'length', String(options.questions));
  await page.locator('[data-action=play]').click({ timeout: PATIENCE });
}

/** Until the first board of the round is interactive (shown by the engine and taking input). */
export async function waitForBoard(page: Page, timeout = PATIENCE): Promise<void> {
  await waitForStage(page, 'board', timeout);
}

/**
 * Test build: until the canvas has nothing left to animate (the RenderGate has put the loop to
 * sleep and no card is landing). Gives up quietly after `timeout` (a game that never sleeps is
 * what the idle measure reports, not a failure); returns whether it came to rest.
 */
export async function waitForRest(page: Page, timeout = 10_000): Promise<boolean> {
  try {
    await page.waitForFunction(
      () => {
        const r = (window as unknown as { __newsline?: Readout }).__newsline;
        return r !== undefined && r.sleeping && !r.landing;
      },
      null,
      { timeout, polling: 100 },
    );
    return true;
  } catch {
    return false;
  }
}

/**
 * Place mode, with the gap twins: every waiting card goes into a gap (the turn's number modulo
 * the gaps, so some land right and some slide home wrong), each after the last has landed.
 */
async function placeEveryCard(page: Page): Promise<void> {
  for (let turn = 0; turn < 50; turn++) {
    const deck = await page
      .locator('.sr-layer [data-id=deck]')
      .textContent({ timeout: 1000 })
      .catch(() => null);
    if (deck === null) return;
    const gaps = await page.locator('.sr-layer [data-id^=gap-]').count();
    await pressTwin(page, `[data-id=gap-${turn % Math.max(1, gaps)}]`);
    await page.waitForFunction(
      (before) => document.querySelector('.sr-layer [data-id=deck]')?.textContent !== before,
      deck,
      { timeout: PATIENCE },
    );
    // As a player waits for the date to flip before the next card (test build; instant otherwise).
    await page.waitForFunction(
      () => !(window as unknown as { __newsline?: Readout }).__newsline?.landing,
      null,
      { timeout: PATIENCE, polling: 50 },
    );
  }
  throw new Error('the board kept dealing cards');
}

/** The quiz: every question answered (the first option, or 9 typed), then Next, to the results. */
async function answerEveryQuestion(page: Page): Promise<void> {
  for (let question = 0; question < 50; question++) {
    await page.waitForFunction(
      () => {
        const data = document.documentElement.dataset;
        return (data.screen === 'quiz' && data.stage === 'quiz') || data.screen?.startsWith('results');
      },
      null,
      { timeout: PATIENCE, polling: 'raf' },
    );
    if ((await page.evaluate(() => document.documentElement.dataset.screen)) !== 'quiz') return;
    const prompt = await page.locator('[data-prompt]').textContent();
    const number = page.locator('.sr-layer [data-id=number-answer]');
    if ((await number.count()) > 0) {
      await number.focus();
      await page.keyboard.type('9');
      await pressTwin(page, '[data-id=submit-number]');
    } else await pressTwin(page, '[data-id=option-0]');
    const next = page.locator('[data-action=next]:not([disabled])');
    await next.click({ timeout: PATIENCE });
    await page.waitForFunction(
      (before) =>
        document.documentElement.dataset.screen !== 'quiz' ||
        document.querySelector('[data-prompt]')?.textContent !== before,
      prompt,
      { timeout: PATIENCE },
    );
  }
  throw new Error('the quiz kept asking');
}

/**
 * From the interactive board to the results, with real input: place mode puts every card in a
 * gap; sort mode moves the top card one place later and checks the order. Then on to the quiz
 * (every question answered) or straight to the results, and, on the test build, until the
 * results' canvas finale has finished.
 */
export async function finishRound(page: Page): Promise<void> {
  const sort = (await page.locator('.sr-layer [data-id^=later-]').count()) > 0;
  if (sort) {
    await pressTwin(page, '[data-id^=later-] >> nth=0');
    await page.locator('[data-action=check]').click({ timeout: PATIENCE });
  } else await placeEveryCard(page);
  await page.locator('[data-action=to-quiz], [data-action=to-results]').click({ timeout: PATIENCE });
  await answerEveryQuestion(page);
  await waitForStage(page, 'results');
  if ((await readout(page)) !== null) await waitForRest(page, 15_000);
}

/** From the results screen back to the interactive title screen. */
export async function backToMenu(page: Page): Promise<void> {
  await page.locator('.results__actions [data-action=menu]').click({ timeout: PATIENCE });
  await waitForTitle(page);
}

/**
 * The rounds of the leak measure, through the menu: place mode, the default set, mostly without
 * questions (short), but round 1 and every 5th round with 5 questions, so the quiz's canvas is
 * used too and the memory checkpoints (1, 10, 20, 50) all follow the same kind of round. Every
 * round ends on the results' canvas finale.
 */
export function leakRound(round: number): RoundOptions {
  return { sort: false, questions: round === 1 || round % 5 === 0 ? 5 : 0 };
}

export interface DragPlan {
  from: { x: number; y: number };
  /** Where the card is lifted (past the game's tap slop), before the measured moves. */
  lift: { x: number; y: number };
  /** Pointer positions after the lift, in order. */
  path: { x: number; y: number }[];
}

/**
 * On the board of a sort round (test build): press on the top card and drag it down `slots`
 * places, in 8 px steps (about how often a pointer moved by hand reports). Page coordinates.
 * Fails if a card lies off the canvas or in its edge zones (where a held card scrolls the line).
 */
export async function dragPlan(page: Page, slots: number): Promise<DragPlan> {
  const state = await readout(page);
  const cards = state?.cards ?? [];
  const canvas = state?.canvas;
  if (!state || !canvas || cards.length === 0) throw new Error('no cards on the board (test build?)');
  const edge = 56;
  const bottom = Math.max(...cards.map((c) => c.y + c.height));
  if (bottom > canvas.height - edge / 2)
    throw new Error(
      `not all ${cards.length} cards on screen: the line ends at ${Math.round(bottom)} px of a ${Math.round(canvas.height)} px canvas`,
    );
  const centre = (c: Box): { x: number; y: number } => ({
    x: canvas.left + c.x + c.width / 2,
    y: canvas.top + c.y + c.height / 2,
  });
  const from = centre(cards[0]!);
  const to = centre(cards[Math.min(slots, cards.length - 1)]!);
  const lift = { x: from.x, y: from.y + 12 };
  const steps = Math.max(4, Math.round(Math.abs(to.y - lift.y) / 8));
  const path: { x: number; y: number }[] = [];
  for (let i = 1; i <= steps; i++) path.push({ x: from.x, y: lift.y + ((to.y - lift.y) * i) / steps });
  return { from, lift, path };
}

/** Test build: draw every frame (`always`) or only while something moves (`auto`). */
export async function setContinuousRender(page: Page, on: boolean): Promise<void> {
  await page.evaluate(
    (mode) => {
      const render = (window as unknown as { __newslineRender?: (mode: 'always' | 'auto') => void })
        .__newslineRender;
      if (!render) throw new Error('no window.__newslineRender: not a test build');
      render(mode);
    },
    on ? ('always' as const) : ('auto' as const),
  );
}
