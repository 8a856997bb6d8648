import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openGame, settle, startHarness, waitForScreen, type Harness, type ViewportName } from './harness';
import { findRound, photo, placeCard, type Board } from './game-helpers';
import { articlePack, press, rightGaps, waitForBoard, type Input } from './player';

/**
 * The map beside the board: every event with a place gets a pin once it is on the line (placed,
 * or revealed by Check order), in the side panel of a laptop and the band of a phone, inside the
 * part of the map that shows; and none of the map's code or data is downloaded before a board
 * with places is on screen.
 */
const pack = articlePack();
const placed = new Set(pack.events.filter((e) => e.place).map((e) => e.id));
const MAP_FILES = /countries-110m|region-map/;

const placeRound = findRound(
  pack,
  { setId: 'full', mode: 'place', questionCount: 0 },
  (plan) => plan.cards.length === 10,
);
const sortRound = findRound(
  pack,
  { setId: 'full', mode: 'sort', questionCount: 0 },
  (plan) => plan.cards.length === 10,
);

let harness: Harness;
before(async () => (harness = await startHarness()));
after(async () => harness.close());

interface PinView {
  id: string;
  /** The pin's dot lies inside the map's visible box on the page. */
  inView: boolean;
}

async function pins(page: Page): Promise<PinView[]> {
  return page.evaluate(() => {
    const svg = document.querySelector('svg.region-map');
    const host = svg?.parentElement?.getBoundingClientRect();
    return Array.from(document.querySelectorAll('svg.region-map [data-pin]')).map((pin) => {
      const dot = (pin.querySelector('.region-map__dot') ?? pin).getBoundingClientRect();
      const cx = dot.left + dot.width / 2;
      const cy = dot.top + dot.height / 2;
      const inView =
        !!host && dot.width > 0 && cx >= host.left && cx <= host.right && cy >= host.top && cy <= host.bottom;
      return { id: pin.getAttribute('data-pin') ?? '', inView };
    });
  });
}

/** How much of its box the map's sea (the whole drawing) covers: 1 × 1 when it fills it. */
async function mapFill(
  page: Page,
): Promise<{ width: number; height: number; host: { width: number; height: number } }> {
  return page.evaluate(() => {
    const svg = document.querySelector('svg.region-map')!;
    const host = svg.parentElement!.getBoundingClientRect();
    const sea = svg.querySelector('.region-map__sea')!.getBoundingClientRect();
    const visibleWidth = Math.min(sea.right, host.right) - Math.max(sea.left, host.left);
    const visibleHeight = Math.min(sea.bottom, host.bottom) - Math.max(sea.top, host.top);
    return {
      width: visibleWidth / host.width,
      height: visibleHeight / host.height,
      host: { width: host.width, height: host.height },
    };
  });
}

async function waitForPins(page: Page, line: readonly string[]): Promise<PinView[]> {
  const ids = line.filter((id) => placed.has(id));
  await page
    .waitForFunction(
      (wanted) => wanted.every((id) => document.querySelector(`svg.region-map [data-pin="${id}"]`)),
      ids,
      { timeout: 10_000 },
    )
    .catch(() => undefined);
  await settle(page);
  return pins(page);
}

function checkPins(shown: PinView[], line: readonly string[], when: string): void {
  const expected = line.filter((id) => placed.has(id)).sort();
  assert.deepEqual(
    shown.map((p) => p.id).sort(),
    expected,
    `${when}: a pin for each card on the line with a place, and no other`,
  );
  const hidden = shown.filter((p) => !p.inView).map((p) => p.id);
  assert.deepEqual(hidden, [], `${when}: every pin lies inside the part of the map that shows`);
}

const sizes: Array<{ viewport: ViewportName; input: Input; layout: string }> = [
  { viewport: 'laptop', input: 'mouse', layout: 'side panel' },
  { viewport: 'phone-tall', input: 'touch', layout: 'band' },
];

describe('the map', () => {
  it('is not downloaded for the first screen, and loads once a board with places shows', async () => {
    const game = await openGame(harness, { viewport: 'phone-tall', reducedMotion: true });
    const { page } = game;
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await waitForScreen(page, 'title');
    // Idle: the page prefetches the canvas engine when the title is idle (up to 3 s); wait past it.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(4000);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(
      requests.filter((url) => MAP_FILES.test(url)),
      [],
      'no map code or data on the title screen',
    );
    assert.equal(await page.locator('svg.region-map').count(), 0);
    await press(page, '[data-action="play"]', 'touch');
    await waitForBoard(page);
    await page.locator('svg.region-map').waitFor({ timeout: 15_000 });
    const loaded = requests.filter((url) => MAP_FILES.test(url));
    assert.ok(
      loaded.some((url) => /countries-110m/.test(url)),
      `the map data loaded: ${loaded.join(', ')}`,
    );
    assert.ok(
      loaded.some((url) => /region-map/.test(url)),
      `the map code loaded: ${loaded.join(', ')}`,
    );
    assert.deepEqual(game.errors, []);
    await game.close();
  });

  for (const { viewport, input, layout } of sizes) {
    it(`place mode at ${viewport} (${layout}): a pin for every placed card with a place`, async () => {
      const game = await openGame(harness, {
        viewport,
        reducedMotion: true,
        query: `?play=${placeRound.code}`,
      });
      const { page } = game;
      await waitForScreen(page, 'title');
      await press(page, '[data-action="start-invite"]', input);
      let now = (await waitForBoard(page)) as Board;
      let line = now.cards.map((c) => c.id);
      if (line.some((id) => placed.has(id)))
        checkPins(await waitForPins(page, line), line, 'the starting card');
      let turn = 0;
      while (now.deck) {
        const gap = rightGaps(pack, line, now.deck.id).first;
        now = await placeCard(page, gap, input, turn % 2 === 0 ? 'drag' : 'tap');
        line = now.cards.map((c) => c.id);
        const shown = await waitForPins(page, line);
        try {
          checkPins(shown, line, `after placing ${turn + 1} cards`);
        } catch (error) {
          await photo(page, 'map', `place-${turn + 1}-failed`, viewport);
          throw error;
        }
        if (turn === 2) await photo(page, 'map', 'place-3', viewport);
        turn++;
      }
      assert.equal(now.done, true);
      const all = await pins(page);
      assert.equal(all.length, placed.size, 'all the set’s places are on the map');
      const fill = await mapFill(page);
      await photo(page, 'map', 'place-done', viewport);
      assert.ok(fill.width > 0.98, `the map fills its ${layout}'s width (${Math.round(fill.width * 100)}%)`);
      assert.deepEqual(game.errors, []);
      await game.close();
    });
  }

  it('sort mode at phone-tall (band): no map before checking, every place after Check order', async () => {
    const viewport = 'phone-tall';
    const game = await openGame(harness, { viewport, reducedMotion: true, query: `?play=${sortRound.code}` });
    const { page } = game;
    await waitForScreen(page, 'title');
    await press(page, '[data-action="start-invite"]', 'touch');
    await waitForBoard(page);
    await settle(page, 500);
    assert.equal(await page.locator('svg.region-map').count(), 0, 'no map while the cards are undated');
    await press(page, '[data-action="check"]', 'touch');
    const now = (await waitForBoard(page)) as Board;
    assert.equal(now.done, true);
    const line = now.cards.map((c) => c.id);
    checkPins(await waitForPins(page, line), line, 'after Check order');
    const fill = await mapFill(page);
    await photo(page, 'map', 'sort-checked', viewport);
    assert.ok(
      fill.width > 0.98,
      `the map fills the band's width: it covers ${Math.round(fill.width * 100)}% of ${Math.round(fill.host.width)} px`,
    );
    assert.deepEqual(game.errors, []);
    await game.close();
  });
});
