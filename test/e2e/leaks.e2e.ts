import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CDPSession, Page } from 'playwright-core';
import { openGame, settle, startHarness, VIEWPORTS, waitForScreen, type Harness } from './harness';
import { answerQuestion, playPlaceBoard, readout, waitForBoard, waitForQuiz } from './player';
import { codeOf, config, pack } from './states-helpers';
import {
  boardMid,
  chooseOnCanvas,
  lastAnswered,
  mixedRound,
  openSaved,
  quizAt,
  toResults,
} from './tour-helpers';

/**
 * Nothing is left behind when the canvas draws again or a round ends: the read-out's `objects`
 * (the scene's display list) and `textures` (the texture manager's keys) stay put over ten
 * redraws for a new window size, and five short rounds played back to back through the menu
 * leave the JS heap, the DOM and the textures where the first round left them (within a margin
 * explained below). The benchmark measures 50 rounds; this guards against a regression.
 */
let harness: Harness;
before(async () => (harness = await startHarness()));
after(async () => harness.close());

interface Counts {
  objects: number;
  textures: number;
  /** Canvas elements still alive after garbage collection (every Phaser Text draws into one). */
  canvases: number;
}

/**
 * Keeps a weak reference to every canvas the page creates, so a test can count those still
 * alive after garbage collection. Phaser's texts each draw into a canvas from its pool (a
 * destroyed text gives its canvas back for reuse); texts replaced but never destroyed keep
 * theirs, and the count climbs. (The read-out's `textures` does not see text canvases: Phaser
 * keeps them out of the texture manager's keys.)
 */
function trackCanvases(): void {
  const refs: Array<WeakRef<HTMLCanvasElement>> = [];
  const create = Document.prototype.createElement;
  Document.prototype.createElement = function (
    this: Document,
    name: string,
    options?: ElementCreationOptions,
  ) {
    const element = create.call(this, name, options);
    if (element instanceof HTMLCanvasElement) refs.push(new WeakRef(element));
    return element;
  } as typeof Document.prototype.createElement;
  (window as unknown as { __liveCanvases: () => number }).__liveCanvases = () =>
    refs.filter((r) => r.deref()).length;
}

async function liveCanvases(page: Page, cdp: CDPSession): Promise<number> {
  for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
  await settle(page);
  return page.evaluate(() => (window as unknown as { __liveCanvases: () => number }).__liveCanvases());
}

const SIZE_A = { width: 1366, height: 768 };
const SIZE_B = { width: 900, height: 700 };

/** Resizes the window and waits until the scene has redrawn for it and gone quiet. */
async function resize(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size);
  await settle(page, 250);
  // Drawn for the new size (the scene's width is the canvas's) and quiet (the render gate asleep).
  await page.waitForFunction(
    () => {
      const r = (window as unknown as { __newsline?: { width?: number; sleeping?: boolean } }).__newsline;
      const canvas = document.querySelector<HTMLCanvasElement>('.stage canvas');
      return r?.sleeping === true && canvas !== null && Math.abs((r.width ?? 0) - canvas.clientWidth) < 2;
    },
    undefined,
    { timeout: 15_000 },
  );
}

/** Resizes between two sizes `times` times, ending at SIZE_A, and counts what the scene holds. */
async function churn(page: Page, cdp: CDPSession, times: number): Promise<Counts> {
  for (let i = 0; i < times; i++) {
    await resize(page, SIZE_B);
    await resize(page, SIZE_A);
  }
  const r = await readout<Counts>(page);
  return { objects: r.objects, textures: r.textures, canvases: await liveCanvases(page, cdp) };
}

describe('redrawing for a new window size leaves nothing behind', () => {
  it('on the board, the quiz and the results’ finale: ten resizes end where one did', async () => {
    const problems: string[] = [];
    const check = async (page: Page, where: string): Promise<void> => {
      const cdp = await page.context().newCDPSession(page);
      const once = await churn(page, cdp, 1);
      const ten = await churn(page, cdp, 9);
      if (once.objects !== ten.objects || once.textures !== ten.textures || once.canvases !== ten.canvases)
        problems.push(`${where}: after 1 resize ${JSON.stringify(once)}, after 10 ${JSON.stringify(ten)}`);
      assert.ok(
        once.objects > 0 && once.textures > 0,
        `${where}: the scene draws something (${JSON.stringify(once)})`,
      );
    };

    const board = await openSaved(harness, boardMid(), { reducedMotion: false, init: trackCanvases });
    await waitForBoard(board.page);
    await check(board.page, 'board (place mode, mid-round)');
    assert.deepEqual(board.errors, []);
    await board.close();

    const quiz = await openSaved(harness, quizAt(mixedRound, 0), {
      reducedMotion: false,
      init: trackCanvases,
    });
    await waitForQuiz(quiz.page);
    await check(quiz.page, 'quiz (multiple choice, before an answer)');
    await chooseOnCanvas(quiz.page, 0);
    await check(quiz.page, 'quiz (multiple choice, answered)');
    assert.deepEqual(quiz.errors, []);
    await quiz.close();

    const finale = await openSaved(harness, lastAnswered(mixedRound), {
      reducedMotion: false,
      init: trackCanvases,
    });
    await toResults(finale.page);
    await check(finale.page, 'results (the finale)');
    assert.deepEqual(finale.errors, []);
    await finale.close();
    assert.deepEqual(problems, [], problems.join('\n'));
  });
});

interface Memory {
  canvases: number;
  heap: number;
  nodes: number;
  listeners: number;
  textures: number;
  objects: number;
}

async function measure(page: Page, cdp: CDPSession): Promise<Memory> {
  await page.waitForFunction(
    () => {
      const r = (window as unknown as { __newsline?: { scene?: string; sleeping?: boolean } }).__newsline;
      return r?.scene === 'Finale' && r.sleeping === true;
    },
    undefined,
    { timeout: 20_000 },
  );
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const r = await readout<Counts>(page);
  const canvases = await page.evaluate(() =>
    (window as unknown as { __liveCanvases: () => number }).__liveCanvases(),
  );
  return {
    canvases,
    heap: heap.usedSize,
    nodes: dom.nodes,
    listeners: dom.jsEventListeners,
    textures: r.textures,
    objects: r.objects,
  };
}

describe('five short rounds back to back', () => {
  it('leave the heap, the DOM and the textures at round 5 where round 1 left them', async () => {
    // A friend's link (core set, 2 questions) for rounds 1, 3 and 5; the menu's own Play (core
    // set, no questions) for rounds 2 and 4; every round back to the menu before the next.
    const link = config({ setId: 'core', questionCount: 2 });
    const context = await harness.browser.newContext({ viewport: VIEWPORTS.laptop });
    await context.addInitScript(trackCanvases);
    const game = await openGame(harness, { context, viewport: 'laptop', query: `?play=${codeOf(link)}` });
    const { page } = game;
    const cdp = await page.context().newCDPSession(page);
    await waitForScreen(page, 'title');
    await page.locator('details.round-options summary').click();
    await page.locator('label:has(input[name="set"][value="core"])').click();
    await page.locator('label:has(input[name="length"][value="0"])').click();

    const rounds: Memory[] = [];
    for (let round = 1; round <= 5; round++) {
      const viaLink = round % 2 === 1;
      await waitForScreen(page, 'title');
      await page.locator(viaLink ? '[data-action="start-invite"]' : '[data-action="play"]').click();
      await playPlaceBoard(page, pack, 'mouse');
      if (viaLink) {
        await page.locator('[data-action="to-quiz"]').click();
        for (let i = 0; i < 2; i++) {
          await answerQuestion(page, pack, 'mouse', i === 0);
          await page.locator('[data-action="next"]').click();
        }
      } else {
        await page.locator('[data-action="to-results"]').click();
      }
      await waitForScreen(page, 'results');
      rounds.push(await measure(page, cdp));
      await page.locator('[data-action="menu"]').click();
    }
    const [first, , , , fifth] = rounds as [Memory, Memory, Memory, Memory, Memory];
    const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`;
    console.log(`# heap after each round: ${rounds.map((r) => mb(r.heap)).join(', ')}`);
    console.log(`# live canvases: ${rounds.map((r) => r.canvases).join(', ')}`);
    console.log(
      `# DOM nodes: ${rounds.map((r) => r.nodes).join(', ')}; listeners: ${rounds.map((r) => r.listeners).join(', ')}`,
    );
    // The margin: measured on this build, round 5's heap after GC is 8–9 % above round 1's, and
    // the growth halves each round (+0.3, +0.3, +0.13, +0.12 MB): compiled code and the caches
    // that fill once (Phaser's, lit-html's templates). The leak fixed before (Text objects
    // replaced but never destroyed) grew the heap ×3.2 over 20 rounds, ≥ 40 % by round 5.
    // 15 % keeps well clear of the warm-up and well under such a leak.
    assert.ok(first.canvases > 0, 'canvases are counted');
    assert.ok(
      fifth.heap <= first.heap * 1.15,
      `heap ${mb(first.heap)} after round 1, ${mb(fifth.heap)} after round 5`,
    );
    assert.equal(fifth.textures, first.textures, 'the same textures after round 5 as after round 1');
    assert.equal(
      fifth.canvases,
      first.canvases,
      'the same live canvases (texts) after round 5 as after round 1',
    );
    assert.equal(fifth.objects, first.objects, 'the finale draws the same objects');
    // The page is the same screen: its DOM and listeners may differ only by what a round's
    // results add (a review item per mistake: one mistake each in rounds 1 and 5).
    assert.ok(Math.abs(fifth.nodes - first.nodes) <= 50, `DOM nodes ${first.nodes} → ${fifth.nodes}`);
    assert.ok(
      fifth.listeners <= first.listeners + 10,
      `event listeners ${first.listeners} → ${fifth.listeners}`,
    );
    assert.deepEqual(game.errors, []);
    await game.close();
  });
});
