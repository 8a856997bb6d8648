import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { isConsistent, revealOrder } from '../../src/rules/order';
import { scoreOrdering } from '../../src/rules/scoring';
import { openGame, settle, startHarness, waitForScreen, type GamePage, type Harness } from './harness';
import {
  board,
  cardText,
  findRound,
  photo,
  pointer,
  scrollAtRest,
  startFrames,
  stopFrames,
  type Board,
} from './game-helpers';
import { articlePack, onPage, press, tapAt, waitForBoard } from './player';

/**
 * Sort mode on a phone with a finger: dragging a card to the bottom edge scrolls the list under
 * it, tap-then-tap moves a card, a tap's pick-up never outlives a drag of another card, Check
 * order shows the right order marked card by card, and the checked list still scrolls.
 */
const pack = articlePack();
const round = findRound(pack, { setId: 'full', mode: 'sort' }, (plan) => plan.cards.length === 10);
const SIZE = 'phone';

let harness: Harness;
let game: GamePage;

before(async () => {
  harness = await startHarness();
  game = await openGame(harness, { viewport: SIZE, reducedMotion: true, query: `?play=${round.code}` });
  await waitForScreen(game.page, 'title');
  await press(game.page, '[data-action="start-invite"]', 'touch');
  await waitForBoard(game.page);
});
after(async () => {
  await game.close();
  await harness.close();
});

/** The order the page's accessibility layer lists, earliest first. */
async function listedOrder(): Promise<string[]> {
  const ids = await game.page
    .locator('.sr-layer [data-id^="card-"]')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-id')!.slice('card-'.length)));
  return ids;
}

async function pressedCount(): Promise<number> {
  return game.page.locator('.sr-layer [aria-pressed="true"]').count();
}

async function pressedId(): Promise<string | null> {
  const id = await game.page
    .locator('.sr-layer [aria-pressed="true"]')
    .first()
    .getAttribute('data-id', { timeout: 500 });
  return id?.slice('card-'.length) ?? null;
}

function centreOf(now: Board, id: string): { x: number; y: number } {
  const card = now.cards.find((c) => c.id === id);
  if (!card) throw new Error(`no card ${id} on the canvas`);
  return onPage(now, card.x + card.width / 2, card.y + card.height / 2);
}

/** A card fully on the canvas, below the list's top edge zone. */
function visibleCards(now: Board): string[] {
  return now.cards
    .filter((c) => c.y >= now.lineTop && c.y + c.height <= now.canvas.height - 4)
    .map((c) => c.id);
}

describe('sort mode with a finger at 360×640', () => {
  it('starts with every card of the round, not yet in a right order', async () => {
    const now = await board(game.page);
    assert.equal(now.mode, 'sort');
    assert.deepEqual(
      now.cards.map((c) => c.id),
      round.plan.cards.map((c) => c.id),
    );
    assert.deepEqual(
      await listedOrder(),
      round.plan.cards.map((c) => c.id),
    );
    assert.equal(isConsistent(round.plan.order, await listedOrder()), false);
    await photo(game.page, 'sort', 'start', SIZE);
  });

  it('a card dragged to the bottom edge scrolls the list under it and drops near the end', async () => {
    const { page } = game;
    const start = await board(page);
    assert.equal(start.scroll, 0);
    const id = start.cards[0]!.id;
    const from = centreOf(start, id);
    const edge = onPage(start, start.canvas.width / 2, start.canvas.height - 10);
    await startFrames(page);
    await pointer.down(page, from, 'touch');
    await pointer.move(page, from, edge, 'touch', 14);
    await page.waitForTimeout(2500);
    await photo(page, 'sort', 'edge-scroll', SIZE);
    await pointer.up(page, edge, 'touch');
    await settle(page, 300);
    const frames = await stopFrames(page);
    const scrolls = frames.map((f) => f.scroll);
    const held = Math.max(...scrolls);
    assert.ok(held > 200, `the list scrolled while the card was held at the edge (max ${held})`);
    const order = await listedOrder();
    assert.ok(
      order.indexOf(id) >= order.length - 2,
      `the card dropped near the end of the list: it is at ${order.indexOf(id) + 1} of ${order.length}`,
    );
    assert.deepEqual(
      (await board(page)).cards.map((c) => c.id),
      order,
      'the canvas shows the order the page lists',
    );
    assert.equal(await pressedCount(), 0);
    // Back to the top for the next steps: a swipe in the margin beside the cards (one that starts
    // on a card picks the card up, before checking).
    for (let i = 0; i < 8 && (await board(page)).scroll > 0; i++) {
      const now = await board(page);
      const margin = Math.max(2, Math.floor(now.cards[0]!.x / 2));
      const a = onPage(now, margin, now.lineTop + 40);
      const b = onPage(now, margin, now.canvas.height - 40);
      await pointer.down(page, a, 'touch');
      await pointer.move(page, a, b, 'touch', 6);
      await pointer.up(page, b, 'touch');
      await scrollAtRest(page);
    }
    assert.equal((await board(page)).scroll, 0, 'swipes bring the list back to its top');
    assert.deepEqual(await listedOrder(), order, 'swiping in the margin moved no card');
  });

  it('tap a card, then tap another: the first moves to the second’s place', async () => {
    const { page } = game;
    const now = await board(page);
    const [, a, , b] = visibleCards(now);
    assert.ok(a && b, 'four cards in view');
    const before = await listedOrder();
    const a0 = centreOf(now, a);
    await tapAt(page, a0.x, a0.y, 'touch');
    assert.equal(await pressedCount(), 1);
    assert.equal(await pressedId(), a, 'the tapped card is picked up');
    await photo(page, 'sort', 'tap-picked', SIZE);
    const b0 = centreOf(await board(page), b);
    await tapAt(page, b0.x, b0.y, 'touch');
    await settle(page, 300);
    const after = await listedOrder();
    assert.equal(after.indexOf(a), before.indexOf(b), `${a} took ${b}'s place`);
    assert.deepEqual(
      after.filter((id) => id !== a),
      before.filter((id) => id !== a),
      'the others keep their order',
    );
    assert.equal(await pressedCount(), 0, 'nothing stays picked up after the move');
    await photo(page, 'sort', 'tap-moved', SIZE);
  });

  it('tap card A, then drag card B: A is put down, and a third tap picks up only that card', async () => {
    const { page } = game;
    let now = await board(page);
    const [first, second, third] = visibleCards(now);
    assert.ok(first && second && third);
    const a = centreOf(now, first);
    await tapAt(page, a.x, a.y, 'touch');
    assert.equal(await pressedId(), first);
    // Drag the third card up to the first card's place.
    now = await board(page);
    const from = centreOf(now, third);
    const to = centreOf(now, first);
    const before = await listedOrder();
    await pointer.down(page, from, 'touch');
    await pointer.move(page, from, { x: to.x, y: to.y - 10 }, 'touch', 10);
    await settle(page, 100);
    await pointer.up(page, { x: to.x, y: to.y - 10 }, 'touch');
    await settle(page, 300);
    const after = await listedOrder();
    assert.notDeepEqual(after, before, 'the drag moved the card');
    assert.equal(after.indexOf(third), before.indexOf(first), `${third} dropped into the first card's place`);
    assert.equal(await pressedCount(), 0, 'after dragging B, nothing is selected');
    await photo(page, 'sort', 'after-drag', SIZE);
    now = await board(page);
    const c = centreOf(now, second);
    await tapAt(page, c.x, c.y, 'touch');
    assert.equal(await pressedCount(), 1, 'a third tap selects exactly one card');
    assert.equal(await pressedId(), second);
    // Tapping it again puts it down.
    const c2 = centreOf(await board(page), second);
    await tapAt(page, c2.x, c2.y, 'touch');
    assert.equal(await pressedCount(), 0);
  });

  it('Check order shows the right order, each card marked Right or Wrong', async () => {
    const { page } = game;
    const given = await listedOrder();
    const expected = scoreOrdering(round.plan.order, given);
    assert.equal(expected.perfect, false, 'the order checked still has mistakes (so Wrong marks show)');
    await press(page, '[data-action="check"]', 'touch');
    await page.waitForFunction(
      () => (window as unknown as { __newsline?: { done?: boolean } }).__newsline?.done === true,
    );
    const now = await waitForBoard(page);
    const shown = await listedOrder();
    assert.ok(isConsistent(round.plan.order, shown), `the list is now a right order: ${shown.join(', ')}`);
    assert.deepEqual(
      shown,
      revealOrder(round.plan.cards, round.plan.order).map((e) => e.id),
    );
    assert.deepEqual(
      now.cards.map((c) => c.id),
      shown,
      'the canvas shows the same order',
    );
    for (const verdict of expected.verdicts) {
      const text = await cardText(page, verdict.id);
      assert.match(text, verdict.correct ? /\bRight\b/ : /\bWrong\b/, `${verdict.id}: ${text}`);
      assert.match(text, /Date: /, 'every card shows its date');
    }
    const status = (await page.locator('[data-status]').textContent()) ?? '';
    assert.match(
      status,
      new RegExp(`${expected.verdicts.filter((v) => v.correct).length} of 10 in a right place`),
    );
    await photo(page, 'sort', 'checked', SIZE);
  });

  it('after checking, a swipe that starts on a card scrolls the list (and opens nothing)', async () => {
    const { page } = game;
    const before = await board(page);
    const card = visibleCards(before)[1] ?? visibleCards(before)[0]!;
    const from = centreOf(before, card);
    const up = before.scroll < 100;
    const to = { x: from.x, y: from.y + (up ? -180 : 180) };
    await pointer.down(page, from, 'touch');
    await pointer.move(page, from, to, 'touch', 8);
    await pointer.up(page, to, 'touch');
    await scrollAtRest(page);
    const after = await board(page);
    assert.ok(
      Math.abs(after.scroll - before.scroll) > 100,
      `the list scrolled (${before.scroll} → ${after.scroll})`,
    );
    assert.equal(await page.locator('dialog[open]').count(), 0, 'a swipe is not a tap: no dialog');
    assert.deepEqual(
      after.cards.map((c) => c.id),
      before.cards.map((c) => c.id),
      'no card moved',
    );
    await photo(page, 'sort', 'checked-scrolled', SIZE);
    assert.deepEqual(game.errors, []);
  });
});
