import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { openGame, settle, startHarness, waitForScreen, type GamePage, type Harness } from './harness';
import {
  findRound,
  finishPlaceBoard,
  newContext,
  photo,
  placeNoWait,
  startFrames,
  stopFrames,
  unexpectedErrors,
  waitForScene,
  type Board,
  type Frame,
} from './game-helpers';
import { articlePack, press, rightGaps, waitForBoard, type Input } from './player';

/**
 * Motion and sound: under reduced motion (the device's setting, or Settings → Motion: Reduce)
 * nothing on the canvas or the page animates; with sound off nothing plays, with sound on a
 * placement plays once the first gesture unlocked audio; and sound files that will not load
 * leave a silent game that says so and plays on.
 */
const pack = articlePack();
// A short round: four cards (three to place), no questions, so the results come quickly.
const round = findRound(
  pack,
  { setId: 'core', mode: 'place', questionCount: 0 },
  (plan) => plan.cards.length === 4 && plan.questions.length === 0,
);

let harness: Harness;
before(async () => (harness = await startHarness()));
after(async () => harness.close());

// Counts every sound started: Web Audio buffers (a one-sample buffer is Howler's silent unlock,
// counted apart) and media elements.
const COUNT_AUDIO = `(() => {
  const counts = { starts: 0, silent: 0, media: 0 };
  window.__audio = counts;
  const start = AudioBufferSourceNode.prototype.start;
  AudioBufferSourceNode.prototype.start = function (...args) {
    if (this.buffer && this.buffer.length > 1) counts.starts++;
    else counts.silent++;
    return start.apply(this, args);
  };
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function (...args) {
    counts.media++;
    return play.apply(this, args);
  };
})()`;

interface AudioCounts {
  starts: number;
  silent: number;
  media: number;
}

function audio(page: Page): Promise<AudioCounts> {
  return page.evaluate(() => (window as unknown as { __audio: AudioCounts }).__audio);
}

function runningAnimations(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    document
      .getAnimations()
      .map(
        (a) =>
          `${(a as CSSAnimation).animationName ?? a.constructor.name} on ${(a.effect as KeyframeEffect | null)?.target?.className}`,
      ),
  );
}

async function openWith(context: BrowserContext, query = `?play=${round.code}`): Promise<GamePage> {
  await context.addInitScript(COUNT_AUDIO);
  return openGame(harness, { context, query });
}

async function chooseSetting(page: Page, id: string, value: string, input: Input): Promise<void> {
  // The radio itself is hidden under its label's styling: a player taps the label.
  await press(page, `label:has(> input[name="setting-${id}"][value="${value}"])`, input);
  assert.equal(await page.locator(`input[name="setting-${id}"][value="${value}"]`).isChecked(), true);
}

/** The canvas's pixels, photographed every 250 ms for two seconds from when the finale shows. */
async function finaleFilm(page: Page): Promise<Buffer[]> {
  await waitForScene(page, 'Finale');
  const film: Buffer[] = [];
  for (let i = 0; i < 8; i++) {
    film.push(await page.locator('.stage canvas').screenshot({ animations: 'allow' }));
    await page.waitForTimeout(250);
  }
  return film;
}

const distinct = (film: Buffer[]): number => new Set(film.map((b) => b.toString('base64'))).size;

/**
 * Places the deck card in a wrong gap (or a right one) and records every frame until things are
 * still: returns the frames from the input on.
 */
async function placeAndRecord(
  page: Page,
  input: Input,
  wrong: boolean,
): Promise<{ frames: Frame[]; board: Board }> {
  const now = await waitForBoard(page);
  const line = now.cards.map((c) => c.id);
  const right = rightGaps(pack, line, now.deck!.id);
  const gaps = Array.from({ length: line.length + 1 }, (_, i) => i);
  const gap = wrong ? (gaps.find((i) => i < right.first || i > right.last) ?? right.first) : right.first;
  await startFrames(page);
  await placeNoWait(page, gap, input, 'tap');
  await page.waitForTimeout(1200);
  const frames = await stopFrames(page);
  return { frames, board: (await waitForBoard(page)) as Board };
}

/** Frames from the one where the line first shows the placed card. */
function afterPlacement(frames: Frame[], id: string): Frame[] {
  const at = frames.findIndex((f) => f.ids.includes(id));
  assert.ok(at >= 0, `the placed card ${id} appears on the line`);
  return frames.slice(at);
}

function readoutBoard(page: Page): Promise<Board> {
  return waitForBoard(page) as Promise<Board>;
}

/** A line scrolled to 0 shows its first card whole, below the deck's band. */
function lineAtItsTop(now: Board): boolean {
  const first = now.cards[0];
  return now.scroll > 0.5 || (first !== undefined && first.y >= now.lineTop - 1);
}

function topLine(now: Board): string {
  return `scroll ${now.scroll}, line top ${now.lineTop}, first card's top ${now.cards[0]?.y}`;
}

const stateOf = (f: Frame): string => JSON.stringify([f.ids, f.ys, f.deckY, f.scroll, f.deck]);

/**
 * Plays the round under reduced motion and checks that nothing moves: no landing, a placement
 * shown in its final state at once, a still finale, no CSS animation anywhere. Returns every
 * problem seen (rather than stopping at the first), so one run tells the whole story.
 */
async function checkStill(
  game: GamePage,
  input: Input,
  size: string,
  label: string,
  wrongFirst: boolean,
): Promise<string[]> {
  const { page } = game;
  const problems: string[] = [];
  const expect = (ok: boolean, problem: string): void => void (ok || problems.push(problem));
  const animations = async (where: string): Promise<void> => {
    const running = await runningAnimations(page);
    expect(running.length === 0, `CSS animations running on the ${where}: ${running.join(', ')}`);
  };
  await animations('title');
  await photo(page, 'motion', `${label}-title`, size);
  await press(page, '[data-action="start-invite"]', input);
  let now = await waitForBoard(page);
  await settle(page, 300);
  await animations('board (map pins included)');
  let turn = 0;
  while (now.deck) {
    const id = now.deck.id;
    const { frames, board } = await placeAndRecord(page, input, wrongFirst && turn === 0);
    const landing = frames.filter((f) => f.landing).length;
    expect(landing === 0, `placement ${turn + 1}: the read-out said "landing" in ${landing} frames`);
    const shown = afterPlacement(frames, id);
    const states = [...new Set(shown.map(stateOf))];
    expect(
      states.length === 1,
      `placement ${turn + 1}: the line kept moving after the placement showed: ${states.length} different ` +
        `states over ${shown.length} frames (first: ${states.slice(0, 3).join(' → ')}; last: ${states[states.length - 1]})`,
    );
    expect(
      shown[0]!.ids.join() === board.cards.map((c) => c.id).join(),
      `placement ${turn + 1}: the first frame showed ${shown[0]!.ids.join(', ')}, not the final order`,
    );
    if (turn === 0) await photo(page, 'motion', `${label}-placed-first`, size);
    now = board;
    turn++;
  }
  await photo(page, 'motion', `${label}-board-done`, size);
  const finished = await readoutBoard(page);
  expect(lineAtItsTop(finished), `the finished line is cut off at its top: ${topLine(finished)}`);
  await animations('finished board');
  await press(page, '[data-action="to-results"]', input);
  await waitForScreen(page, 'results');
  const score = ((await page.locator('[data-score]').textContent()) ?? '').trim();
  const film = await finaleFilm(page);
  expect(
    ((await page.locator('[data-score]').textContent()) ?? '').trim() === score,
    'the page score changed',
  );
  expect(
    distinct(film) === 1,
    `the finale's canvas changed over two seconds (${distinct(film)} different pictures in 8): a count or confetti`,
  );
  await animations('results');
  await photo(page, 'motion', `${label}-results`, size);
  return problems;
}

describe('reduced motion', () => {
  it('the device’s setting (prefers-reduced-motion): nothing animates', async () => {
    const context = await newContext(harness, 'phone', { reducedMotion: true });
    const game = await openWith(context);
    await waitForScreen(game.page, 'title');
    assert.equal(await game.page.evaluate(() => document.documentElement.dataset.motion), 'reduced');
    assert.deepEqual(await checkStill(game, 'touch', 'phone', 'device', true), [], 'nothing moves');
    assert.deepEqual(game.errors, []);
    await game.close();
  });

  it('Settings → Motion: Reduce, on a device that allows motion: nothing animates', async () => {
    const context = await newContext(harness, 'laptop', { reducedMotion: false });
    const game = await openWith(context);
    const { page } = game;
    await waitForScreen(page, 'title');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.motion), 'full');
    await press(page, '[data-action="settings"]', 'mouse');
    await waitForScreen(page, 'settings');
    await chooseSetting(page, 'reducedMotion', 'on', 'mouse');
    await photo(page, 'motion', 'settings-reduce', 'laptop');
    await press(page, '[data-action="back"]', 'mouse');
    await waitForScreen(page, 'title');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.motion), 'reduced');
    assert.deepEqual(await checkStill(game, 'mouse', 'laptop', 'setting', false), [], 'nothing moves');
    assert.deepEqual(game.errors, []);
    await game.close();
  });

  it('control: with motion allowed, the same checks see motion (a landing card, a counting, celebrating finale)', async () => {
    const context = await newContext(harness, 'laptop', { reducedMotion: false });
    const game = await openWith(context);
    const { page } = game;
    await waitForScreen(page, 'title');
    await press(page, '[data-action="start-invite"]', 'mouse');
    await waitForBoard(page);
    const { frames } = await placeAndRecord(page, 'mouse', false);
    assert.ok(
      frames.some((f) => f.landing),
      'a card is seen landing',
    );
    assert.ok(new Set(frames.map(stateOf)).size > 3, 'and moving');
    const done = await finishPlaceBoard(page, pack, 'mouse');
    assert.equal(done.done, true);
    await settle(page, 500);
    const still = (await waitForBoard(page)) as Board;
    await photo(page, 'motion', 'control-board-done', 'laptop');
    assert.ok(lineAtItsTop(still), `the finished line is cut off at its top: ${topLine(still)}`);
    await press(page, '[data-action="to-results"]', 'mouse');
    await waitForScreen(page, 'results');
    const film = await finaleFilm(page);
    assert.ok(
      distinct(film) > 1,
      `the finale of this perfect round counts up and celebrates: the canvas changes (${distinct(film)} different pictures in 8)`,
    );
    assert.deepEqual(game.errors, []);
    await game.close();
  });
});

describe('the first landing on a phone', () => {
  it('plays out whole though the page’s footer grows under it and the stage shrinks; the new size is drawn after', async () => {
    const context = await newContext(harness, 'phone', { reducedMotion: false });
    const game = await openWith(context);
    const { page } = game;
    await waitForScreen(page, 'title');
    await press(page, '[data-action="start-invite"]', 'touch');
    const before = await waitForBoard(page);
    const id = before.deck!.id;
    const { frames, board: after } = await placeAndRecord(page, 'touch', true);
    // The scene's own idea of its size (the read-out's height), against the canvas on the page.
    const drawnFor = (b: unknown): number => (b as { height: number }).height;
    const landing = frames.filter((f) => f.landing);
    assert.ok(landing.length > 0, 'the card is seen landing');
    const lasted = landing[landing.length - 1]!.t - landing[0]!.t;
    // Drop 200 ms, flip 230 ms, a wrong card's beat 550 ms: a rebuild mid-way cut it to a frame or two.
    assert.ok(lasted > 500, `the landing played for ${Math.round(lasted)} ms`);
    const shown = afterPlacement(frames, id);
    assert.ok(new Set(shown.map(stateOf)).size > 3, 'and the cards moved while it did');
    const stage = await page.evaluate(() => document.querySelector('canvas')!.getBoundingClientRect().height);
    assert.ok(
      Math.abs(drawnFor(after) - stage) < 2,
      `the board is drawn for the stage's size afterwards (board ${drawnFor(after)}, stage ${stage}; it was ${drawnFor(before)})`,
    );
    assert.deepEqual(game.errors, []);
    await game.close();
  });
});

describe('sound', () => {
  it('with sound off in Settings, nothing plays through a whole round', async () => {
    const context = await newContext(harness, 'phone', { reducedMotion: true });
    const game = await openWith(context);
    const { page } = game;
    await waitForScreen(page, 'title');
    await press(page, '[data-action="settings"]', 'touch');
    await waitForScreen(page, 'settings');
    await chooseSetting(page, 'soundOn', 'false', 'touch');
    await press(page, '[data-action="back"]', 'touch');
    await waitForScreen(page, 'title');
    await press(page, '[data-action="start-invite"]', 'touch');
    const now = await finishPlaceBoard(page, pack, 'touch');
    assert.equal(now.done, true);
    await press(page, '[data-action="to-results"]', 'touch');
    await waitForScreen(page, 'results');
    await page.waitForTimeout(1000);
    const counts = await audio(page);
    assert.equal(counts.starts, 0, `no sound started (${JSON.stringify(counts)})`);
    assert.equal(counts.media, 0, 'no media element played');
    assert.equal(await page.locator('[data-action="sound"]').getAttribute('aria-pressed'), 'false');
    assert.deepEqual(game.errors, []);
    await game.close();
  });

  it('with sound on, a tap that places a card starts a sound once the first gesture unlocked audio', async () => {
    const context = await newContext(harness, 'phone', { reducedMotion: true });
    const game = await openWith(context);
    const { page } = game;
    await waitForScreen(page, 'title');
    const wavs = new Set<string>();
    page.on('requestfinished', (request) => {
      if (request.url().endsWith('.wav')) wavs.add(request.url());
    });
    assert.deepEqual(await audio(page), { starts: 0, silent: 0, media: 0 }, 'nothing before a gesture');
    await press(page, '[data-action="start-invite"]', 'touch'); // the first gesture
    const now = await waitForBoard(page);
    for (let i = 0; i < 50 && wavs.size < 10; i++) await page.waitForTimeout(100);
    assert.equal(wavs.size, 10, 'the ten sounds loaded after the first gesture');
    await settle(page, 300);
    const gap = rightGaps(
      pack,
      now.cards.map((c) => c.id),
      now.deck!.id,
    ).first;
    // Pick the card up with one tap (its own sound), then count around the tap that places it.
    const deck = {
      x: now.canvas.left + now.deck!.x + now.deck!.width / 2,
      y: now.canvas.top + now.deck!.y + now.deck!.height / 2,
    };
    await page.touchscreen.tap(Math.round(deck.x), Math.round(deck.y));
    await settle(page, 200);
    const before = await audio(page);
    const picked = await waitForBoard(page);
    const target = picked.gaps.find((g) => g.index === gap)!;
    await page.touchscreen.tap(
      Math.round(picked.canvas.left + picked.canvas.width / 2),
      Math.round(picked.canvas.top + target.y),
    );
    await settle(page, 300);
    const afterTap = await audio(page);
    assert.equal((await waitForBoard(page)).cards.length, now.cards.length + 1, 'the tap placed the card');
    assert.ok(
      afterTap.starts - before.starts >= 1,
      `the placing tap started a sound (${JSON.stringify({ before, afterTap })})`,
    );
    assert.equal(afterTap.media, 0, 'Web Audio, not media elements');
    assert.deepEqual(game.errors, []);
    await game.close();
  });

  it('sound files that will not load: Settings says so, the game plays on, no uncaught error', async () => {
    const context = await newContext(harness, 'phone', { reducedMotion: true });
    await context.route('**/*.wav', (route) => route.fulfill({ status: 404, body: 'not here' }));
    const game = await openWith(context);
    const { page } = game;
    await waitForScreen(page, 'title');
    await press(page, '[data-action="start-invite"]', 'touch'); // the first gesture tries to load them
    await waitForBoard(page);
    await page.locator('[data-action="sound"][disabled]').waitFor({ timeout: 10_000 });
    assert.match((await page.locator('[data-action="sound"]').innerText()).trim(), /Sound unavailable/);
    await press(page, '[data-action="settings"]', 'touch');
    await waitForScreen(page, 'settings');
    const notice = (await page.locator('.settings .notice').innerText()).trim();
    assert.match(notice, /Sound could not be loaded/);
    await photo(page, 'motion', 'sound-failed-settings', 'phone');
    await press(page, '[data-action="back"]', 'touch');
    await waitForScreen(page, 'board');
    await waitForBoard(page);
    const now = await finishPlaceBoard(page, pack, 'touch');
    assert.equal(now.done, true, 'the round plays on without sound');
    await press(page, '[data-action="to-results"]', 'touch');
    await waitForScreen(page, 'results');
    await photo(page, 'motion', 'sound-failed-results', 'phone');
    const counts = await audio(page);
    assert.equal(counts.starts, 0);
    const errors = unexpectedErrors(game.errors, [
      /Failed to load resource: the server responded with a status of 404/,
    ]);
    assert.deepEqual(errors, [], 'no error but the refused files themselves');
    assert.ok(!game.errors.some((e) => e.startsWith('uncaught')), 'no uncaught error');
    await game.close();
  });
});
