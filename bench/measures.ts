import path from 'node:path';
import type { Browser, Page, ViewportSize } from 'playwright-core';
import {
  bytesUntil,
  counters,
  emulateNetwork,
  frames,
  memorySnapshot,
  openBenchPage,
  throttleCpu,
  waitForScreen,
  WireBytes,
  type BenchPage,
  type FileBytes,
  type MemorySnapshot,
  type NetworkProfile,
} from './browser';
import * as game from './game-driver';
import { quantile } from './stats';
import { traceWhile, type FrameStats } from './trace';

/**
 * One run of each measure, for the game or the bare page. Each run opens a fresh browser context
 * (empty cache and storage) and closes it, so only one page is ever alive.
 */
export type Subject = 'game' | 'bare';

export interface MeasureOptions {
  origin: string;
  /** Path prefixes of the game's two builds on the server (`production` and `test`). */
  gamePaths: Record<GameBuild, string>;
  cpuRate: number;
  /** How long each traced window lasts, ms. */
  traceMs: number;
  /** Idle time after a screen is interactive before measuring it, ms (tweens end, caches warm). */
  settleMs: number;
}

/**
 * The game is built twice: production (what players get; the first-screen measures) and test
 * (`vite build --mode test`: the canvas read-out and the render switch; idle, drag and memory).
 */
export type GameBuild = 'production' | 'test';

const BARE_VIEWPORT = game.VIEWPORT;

function url(options: MeasureOptions, subject: Subject, build: GameBuild = 'production'): string {
  return `${options.origin}${subject === 'game' ? options.gamePaths[build] : subject}/`;
}

async function open(browser: Browser, subject: Subject, viewport: ViewportSize): Promise<BenchPage> {
  return openBenchPage(browser, viewport, subject === 'game' ? game.INIT_SCRIPTS : []);
}

export interface LoadRun {
  /** ms from navigation start until the title screen is interactive (page clock). */
  tti: number;
  /** Wire bytes of the requests that finished before then. */
  bytes: number;
  files: FileBytes[];
  /** Game only: ms from the press on Play (as the page saw it) to the board being interactive. */
  playToBoard?: number;
  errors: string[];
  /** What went wrong after the title was measured (its figures are kept). */
  failed?: string;
}

/**
 * Loads the page (the game's production build) with a cold cache on the given network and waits
 * for its title screen; throttled, the game's Play is then pressed and the board waited for.
 */
export async function loadRun(
  browser: Browser,
  subject: Subject,
  network: NetworkProfile,
  options: MeasureOptions,
  after?: (bench: BenchPage) => Promise<void>,
): Promise<LoadRun> {
  const bench = await open(browser, subject, subject === 'game' ? game.VIEWPORT : BARE_VIEWPORT);
  try {
    const wire = new WireBytes(bench.cdp);
    await emulateNetwork(bench.cdp, network);
    await bench.page.goto(url(options, subject), { waitUntil: 'commit', timeout: 120_000 });
    const title = await waitForScreen(bench.page, 'title', 120_000);
    const { total, files } = await bytesUntil(bench.page, wire, title.at);
    const run: LoadRun = { tti: title.at, bytes: total, files, errors: bench.errors };
    try {
      if (subject === 'game' && network.downBps > 0) {
        // Pressing Play: the engine or the first board may load only now.
        await bench.page.evaluate(() =>
          (window as unknown as { __bench: { armInput(): void } }).__bench.armInput(),
        );
        await game.startRound(bench.page);
        await game.waitForBoard(bench.page, 120_000);
        const board = await waitForScreen(bench.page, 'board');
        const pressedAt = await bench.page.evaluate(
          () => (window as unknown as { __bench: { inputAt: number | null } }).__bench.inputAt,
        );
        if (pressedAt !== null) run.playToBoard = board.at - pressedAt;
      }
      if (after) await after(bench);
    } catch (error) {
      const shot = await shoot(bench.page, `${subject}-after-title`);
      run.failed = `${error instanceof Error ? error.message.split('\n')[0] : String(error)}${shot ? ` (screenshot ${shot})` : ''}`;
    }
    return run;
  } finally {
    await bench.close();
  }
}

/**
 * p95 of per-frame work. No frames in the trace is 0 (nothing drawn) only if the page saw no
 * animation frames either; otherwise the trace lacks what it needs and the figure is unknown.
 */
function p95(work: number[], pageFrames: number): number {
  if (work.length > 0) return quantile(work, 0.95);
  return pageFrames > 2 ? NaN : 0;
}

export interface IdleRun {
  stats: FrameStats;
  frameWorkP95: number;
  /** p95 of the same frames' work minus waiting on the GPU process. */
  ownWorkP95: number;
  drawsPerSecond: number;
  drawsPerFrame: number;
  framesPerSecond: number;
  texturesAlive: number;
}

/** The page as it is, CPU-throttled, traced for a while with nothing touched. */
export async function idleWindow(
  bench: BenchPage,
  browser: Browser,
  options: MeasureOptions,
): Promise<IdleRun> {
  await bench.page.mouse.move(2, 2);
  await bench.page.waitForTimeout(options.settleMs);
  await throttleCpu(bench.cdp, options.cpuRate);
  try {
    await frames(bench.page, 3);
    const before = await counters(bench.page);
    const started = Date.now();
    const stats = await traceWhile(browser, bench.page, () => bench.page.waitForTimeout(options.traceMs));
    const after = await counters(bench.page);
    const seconds = (Date.now() - started) / 1000;
    const draws = after.draws - before.draws;
    const frameCount = after.frames - before.frames;
    return {
      stats,
      frameWorkP95: p95(stats.frameWork, frameCount),
      ownWorkP95: p95(stats.ownWork, frameCount),
      drawsPerSecond: draws / seconds,
      drawsPerFrame: frameCount ? draws / frameCount : 0,
      framesPerSecond: frameCount / seconds,
      texturesAlive: after.texturesAlive,
    };
  } finally {
    await throttleCpu(bench.cdp, 1);
  }
}

/**
 * Idle screen cost: the game on the board of a default round once it has come to rest (its test
 * build, rendering left to the game: it may sleep), the bare page on its title. Each comes with
 * an unthrottled load of the same subject: the bare page's is the same page, the game's its
 * production build, loaded first in a page of its own.
 */
export async function idleRun(
  browser: Browser,
  subject: Subject,
  options: MeasureOptions,
  network: NetworkProfile,
): Promise<{ load: LoadRun; idle?: IdleRun; errors: string[] }> {
  let idle: IdleRun | undefined;
  if (subject === 'bare') {
    const load = await loadRun(browser, subject, network, options, async (bench) => {
      idle = await idleWindow(bench, browser, options);
    });
    return { load, idle, errors: load.errors };
  }
  const load = await loadRun(browser, subject, network, options);
  const bench = await open(browser, 'game', game.VIEWPORT);
  try {
    await bench.page.goto(url(options, 'game', 'test'));
    await waitForScreen(bench.page, 'title');
    await game.startRound(bench.page);
    await game.waitForBoard(bench.page);
    await game.waitForRest(bench.page);
    idle = await idleWindow(bench, browser, options);
  } catch (error) {
    const shot = await shoot(bench.page, 'game-idle');
    load.failed = `idle: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}${shot ? ` (screenshot ${shot})` : ''}`;
  } finally {
    await bench.close();
  }
  return { load, idle, errors: [...load.errors, ...bench.errors] };
}

export interface DragRun {
  idle: IdleRun;
  drag: FrameStats;
  dragP95: number;
  dragOwnP95: number;
  moves: number;
  drawsPerFrameDragging: number;
  errors: string[];
}

/**
 * Dragging: the board of a full-set sort round (every card on screen; the game's test build),
 * CPU-throttled. First idle with rendering forced on, then the top card held and dragged across
 * the others and back with real mouse moves for the same length of time. Both windows are traced
 * the same way.
 */
export async function dragRun(browser: Browser, options: MeasureOptions): Promise<DragRun> {
  const bench = await open(browser, 'game', game.FULL_SET_VIEWPORT);
  try {
    await bench.page.goto(url(options, 'game', 'test'));
    await waitForScreen(bench.page, 'title');
    await game.startRound(bench.page, { fullSet: true, sort: true });
    await game.waitForBoard(bench.page);
    await game.waitForRest(bench.page);
    await game.setContinuousRender(bench.page, true);
    const idle = await idleWindow(bench, browser, options);
    const plan = await game.dragPlan(bench.page, 9);
    // Steps of about a quarter card: a quick hand drag at 60 events a second moves about that far.
    const stride = Math.max(1, Math.round(plan.path.length / 40));
    const forward = plan.path.filter((_, i) => i % stride === 0 || i === plan.path.length - 1);
    const trip = [...forward, ...[...forward].reverse()];
    const page: Page = bench.page;
    // The mouse is driven through CDP directly (the same real input Playwright sends): while a
    // button is held, Playwright's own `page.mouse.move` runs two scripts in the page and a timer
    // per move to detect HTML drag-and-drop, work that would be counted as the game's.
    const mouse = (type: 'mouseMoved' | 'mousePressed' | 'mouseReleased', at: { x: number; y: number }) =>
      bench.cdp.send('Input.dispatchMouseEvent', {
        type,
        x: at.x,
        y: at.y,
        button: 'left',
        buttons: type === 'mouseReleased' ? 0 : 1,
        ...(type === 'mouseMoved' ? {} : { clickCount: 1 }),
      });
    await page.mouse.move(plan.from.x, plan.from.y);
    await mouse('mousePressed', plan.from);
    let moves = 0;
    let last = plan.from;
    await throttleCpu(bench.cdp, options.cpuRate);
    let draws = 0;
    let frameCount = 0;
    let drag: FrameStats;
    try {
      // Lift the card first (the pickup is part of a drag, but its tween would count twice).
      await mouse('mouseMoved', plan.lift);
      last = plan.lift;
      await frames(page, 3);
      const before = await counters(page);
      drag = await traceWhile(browser, page, async () => {
        // A hand's pointer reports about every 16 ms whatever the frame rate; Chromium coalesces
        // the moves that arrive within one frame. So moves are sent on a 16 ms clock without
        // waiting for each to be handled (at most 30 in flight), and every frame sees one.
        const pending: Promise<unknown>[] = [];
        const started = Date.now();
        while (Date.now() - started < options.traceMs) {
          const point = trip[moves % trip.length]!;
          pending.push(mouse('mouseMoved', point));
          last = point;
          moves += 1;
          if (pending.length > 30) await pending.shift();
          await new Promise((resolve) => setTimeout(resolve, 16));
        }
        await Promise.all(pending);
      });
      const after = await counters(page);
      draws = after.draws - before.draws;
      frameCount = after.frames - before.frames;
    } finally {
      await throttleCpu(bench.cdp, 1);
      await mouse('mouseReleased', last);
    }
    await game.setContinuousRender(bench.page, false);
    return {
      idle,
      drag,
      dragP95: p95(drag.frameWork, frameCount),
      dragOwnP95: p95(drag.ownWork, frameCount),
      moves,
      drawsPerFrameDragging: frameCount ? draws / frameCount : 0,
      errors: bench.errors,
    };
  } finally {
    await bench.close();
  }
}

/** Where a failed run leaves its screenshot (set by run.ts). */
export const failureShots = { dir: '' };

async function shoot(page: Page, name: string): Promise<string> {
  if (!failureShots.dir) return '';
  const file = path.join(failureShots.dir, `${name}-${Date.now()}.png`);
  try {
    await page.screenshot({ path: file });
    return file;
  } catch {
    return '';
  }
}

export interface LeakRun {
  /** Memory at the title screen before any round (index 0) and after each checkpoint round. */
  checkpoints: { round: number; memory: MemorySnapshot }[];
  /** Wall-clock seconds each round took (slowing rounds are a symptom too). */
  roundSeconds: number[];
  errors: string[];
  /** Why the run stopped early, if it did (the checkpoints reached so far are kept). */
  stopped?: string;
}

/**
 * Leak over rounds. The game (its test build): whole rounds from the title screen back to it,
 * shaped by the driver's `leakRound`, memory read at the title screen after a forced GC at each
 * checkpoint. The bare page has no rounds: its "round" is
 * one press of its button, for a flat baseline read the same way.
 */
export async function leakRun(
  browser: Browser,
  subject: Subject,
  checkpoints: readonly number[],
  options: MeasureOptions,
): Promise<LeakRun> {
  const bench = await open(browser, subject, subject === 'game' ? game.VIEWPORT : BARE_VIEWPORT);
  try {
    await bench.page.goto(url(options, subject, 'test'));
    await waitForScreen(bench.page, 'title');
    await bench.page.waitForTimeout(options.settleMs);
    const out: LeakRun = {
      checkpoints: [{ round: 0, memory: await memorySnapshot(bench, browser, { code: true }) }],
      roundSeconds: [],
      errors: bench.errors,
    };
    const last = Math.max(...checkpoints);
    for (let round = 1; round <= last; round++) {
      const started = Date.now();
      try {
        if (subject === 'game') {
          await game.startRound(bench.page, game.leakRound(round));
          await game.waitForBoard(bench.page);
          await game.finishRound(bench.page);
          await game.backToMenu(bench.page);
        } else {
          const { width, height } = BARE_VIEWPORT;
          await bench.page.mouse.click(width / 2, height / 2 + 30);
          await frames(bench.page, 2);
        }
      } catch (error) {
        const shot = await shoot(bench.page, `leak-${subject}-round-${round}`);
        out.stopped = `round ${round}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}${shot ? ` (screenshot ${shot})` : ''}`;
        return out;
      }
      out.roundSeconds.push((Date.now() - started) / 1000);
      if (checkpoints.includes(round)) {
        await bench.page.waitForTimeout(options.settleMs);
        out.checkpoints.push({ round, memory: await memorySnapshot(bench, browser, { code: true }) });
      }
    }
    return out;
  } finally {
    await bench.close();
  }
}
