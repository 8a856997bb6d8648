import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  openGame,
  settle,
  startHarness,
  waitForScreen,
  type GamePage,
  type Harness,
  type ViewportName,
} from './harness';
import {
  board,
  cardText,
  feedbackText,
  findRound,
  finishPlaceBoard,
  flick,
  photo,
  placeNoWait,
  placeRight,
  pointer,
  scrollToGap,
  scrollAtRest,
  startFrames,
  stopFrames,
  type Board,
} from './game-helpers';
import { articlePack, onPage, press, rightGaps, tapAt, waitForBoard, type Input } from './player';
import { savedProgress } from './round-helpers';

/**
 * Place mode with real input at a phone (touch) and a laptop (mouse): a wrong card lands where
 * it was dropped and then slides home; two cards the article leaves unordered are right either
 * way round; a flick keeps the line moving after the finger lifts.
 */
const pack = articlePack();
const FIRST = 'june-9-drone-attack';
const SECOND = 'raisi-elected';

// A round whose first card on the line is the June 9 attack and whose first card dealt is
// Raisi's election: the article does not say which came first, so both gaps around it are right.
const round = findRound(pack, { setId: 'medium', mode: 'place' }, (plan) => {
  const ids = plan.cards.map((c) => c.id);
  return ids[0] === FIRST && ids[1] === SECOND && ids.length > 3;
});

let harness: Harness;
before(async () => (harness = await startHarness()));
after(async () => harness.close());

const cases: Array<{ viewport: ViewportName; input: Input; side: 'before' | 'after'; how: 'drag' | 'tap' }> =
  [
    { viewport: 'phone', input: 'touch', side: 'before', how: 'tap' },
    { viewport: 'laptop', input: 'mouse', side: 'after', how: 'drag' },
  ];

/** The round's link opened on a phone (touch, reduced motion), to its board. */
async function startAtPhone(): Promise<{ game: GamePage; page: Page; board: Board }> {
  const game = await openGame(harness, {
    viewport: 'phone',
    reducedMotion: true,
    query: `?play=${round.code}`,
  });
  const { page } = game;
  await waitForScreen(page, 'title');
  await press(page, '[data-action="start-invite"]', 'touch');
  return { game, page, board: (await waitForBoard(page)) as Board };
}

describe('placing one card at a time', () => {
  it('the chosen round deals the unsettled pair first (checked in Node)', () => {
    const gaps = rightGaps(pack, [FIRST], SECOND);
    assert.deepEqual(gaps, { first: 0, last: 1 }, 'either side of the June 9 attack is right for Raisi');
  });

  for (const { viewport, input, side, how } of cases) {
    it(`${input} at ${viewport}: an unsettled pair counts ${side}, a wrong card slides home, the line flicks`, async () => {
      const game = await openGame(harness, { viewport, query: `?play=${round.code}` });
      const { page } = game;
      await waitForScreen(page, 'title');
      await page.locator('[data-banner="invite"]').waitFor();
      await press(page, '[data-action="start-invite"]', input);
      let now = await waitForBoard(page);
      assert.deepEqual(
        now.cards.map((c) => c.id),
        [FIRST],
      );
      assert.equal(now.deck?.id, SECOND);
      await photo(page, 'place', 'start', viewport);

      // The unsettled pair: Raisi before the June 9 attack here, after it in the other browser.
      const gap = side === 'before' ? 0 : 1;
      await placeNoWait(page, gap, input, how);
      now = await waitForBoard(page);
      const expectedLine = side === 'before' ? [SECOND, FIRST] : [FIRST, SECOND];
      assert.deepEqual(
        now.cards.map((c) => c.id),
        expectedLine,
        'the card stays where it was put',
      );
      const either = await feedbackText(page);
      assert.match(either, /Right/);
      assert.match(either, /either side counts/);
      assert.match(await cardText(page, SECOND), /Either way/);
      assert.doesNotMatch(await cardText(page, SECOND), /Wrong/);
      await photo(page, 'place', `either-${side}`, viewport);

      // A wrong placement: the next card dropped in a gap that is not right for it.
      const dealt = now.deck!.id;
      const line = now.cards.map((c) => c.id);
      const right = rightGaps(pack, line, dealt);
      const wrongGap = Array.from({ length: line.length + 1 }, (_, i) => i).find(
        (i) => i < right.first || i > right.last,
      );
      assert.notEqual(wrongGap, undefined, `${dealt} has a wrong gap on ${line.join(', ')}`);
      const wrongHow = how === 'tap' ? 'drag' : 'tap';
      await startFrames(page);
      await placeNoWait(page, wrongGap!, input, wrongHow);
      await photo(page, 'place', 'wrong-landing', viewport);
      now = await waitForBoard(page);
      const frames = await stopFrames(page);
      const asDropped = [...line.slice(0, wrongGap), dealt, ...line.slice(wrongGap)];
      const landingFrames = frames.filter((f) => f.landing);
      assert.ok(landingFrames.length > 0, 'the card is seen landing');
      assert.ok(
        landingFrames.some((f) => f.ids.join() === asDropped.join()),
        `while landing, the line shows the card where it was dropped (${asDropped.join(', ')}); saw ${[
          ...new Set(landingFrames.map((f) => f.ids.join())),
        ].join(' | ')}`,
      );
      const finalLine = now.cards.map((c) => c.id);
      const at = finalLine.indexOf(dealt);
      assert.ok(
        at >= right.first && at <= right.last,
        `it ends in a right gap (${right.first}–${right.last}), not ${at}`,
      );
      assert.deepEqual(
        finalLine.filter((id) => id !== dealt),
        line,
        'the others keep their order',
      );
      const wrong = await feedbackText(page);
      assert.match(wrong, /Not there/);
      assert.match(wrong, /slid to (first, before|last, after|between) “/);
      assert.match(await cardText(page, dealt), /Wrong/);
      await photo(page, 'place', 'wrong-home', viewport);

      // The rest of the round, right each time (drags and taps in turn).
      now = await finishPlaceBoard(page, pack, input);
      assert.equal(now.done, true);
      assert.equal(now.deck, null);
      const status = (await page.locator('[data-status]').textContent()) ?? '';
      assert.match(
        status,
        new RegExp(`${round.plan.cards.length - 2} of ${round.plan.cards.length - 1} right first time`),
      );
      await photo(page, 'place', 'done', viewport);

      if (input === 'touch') {
        // A flick on the line: it keeps moving after the finger lifts, then comes to rest.
        // The finished line shows its last card; flick back towards the top (or down, if at the top).
        // A flick is a finger still moving fast when it lifts; if this busy machine delivered the
        // touch events too far apart for that, the flick is tried again.
        let outcome: { atLift: number; rest: number; moving: number; speed: number; before: number } | null =
          null;
        for (let attempt = 0; attempt < 4 && outcome === null; attempt++) {
          const before = await board(page);
          const up = before.scroll > 150;
          const x = before.canvas.width / 2;
          const high = onPage(before, x, before.lineTop + 60);
          const low = onPage(before, x, before.lineTop + 180);
          await startFrames(page);
          const swipe = await flick(page, up ? high : low, up ? low : high);
          await scrollAtRest(page);
          const frames = await stopFrames(page);
          if (swipe.speed < 0.2) continue;
          const afterLift = frames.filter((f) => f.t > swipe.lifted);
          const direction = up ? -1 : 1;
          const atLift = afterLift[0]!.scroll;
          outcome = {
            before: before.scroll,
            atLift,
            rest: afterLift[afterLift.length - 1]!.scroll,
            moving: afterLift.filter((f, i) => i > 0 && (f.scroll - afterLift[i - 1]!.scroll) * direction > 0)
              .length,
            speed: swipe.speed * direction,
          };
        }
        assert.ok(outcome, 'the test could not make a fast enough flick on this machine');
        const { before, atLift, rest, moving, speed } = outcome;
        const direction = Math.sign(speed);
        assert.ok(
          (atLift - before) * direction > 0,
          `the swipe itself scrolled the line (${before} → ${atLift})`,
        );
        assert.ok(moving >= 5, `the line kept moving for several frames after the finger lifted (${moving})`);
        assert.ok(
          (rest - atLift) * direction > 20,
          `momentum carried it on: ${atLift} at the lift, ${rest} at rest`,
        );
        await settle(page);
        await photo(page, 'place', 'flicked', viewport);
      }
      assert.deepEqual(game.errors, []);
      await game.close();
    });
  }
  it('touch at phone: the line stays put while a finger holds still (over the deck, or before lifting)', async () => {
    const opened = await startAtPhone();
    const { game, page } = opened;
    let now = opened.board;
    for (let turn = 0; turn < 3; turn++)
      now = await placeRight(page, pack, now, 'touch', turn % 2 ? 'tap' : 'drag');
    const problems: string[] = [];

    // Picking up the new card and holding it over the deck (deciding where it goes).
    if (now.scroll < 40) {
      const x = now.canvas.width / 2;
      const from = onPage(now, x, now.canvas.height - 30);
      await pointer.down(page, from, 'touch');
      await pointer.move(page, from, { x: from.x, y: from.y - 120 }, 'touch', 6);
      await page.waitForTimeout(300);
      await pointer.up(page, { x: from.x, y: from.y - 120 }, 'touch');
      await scrollAtRest(page);
      now = await board(page);
    }
    assert.ok(now.scroll > 20, `the line is scrolled down a little to begin with (${now.scroll})`);
    const deck = onPage(now, now.deck!.x + now.deck!.width / 2, now.deck!.y + now.deck!.height / 2);
    const lifted = { x: deck.x, y: deck.y + 14 };
    await pointer.down(page, deck, 'touch');
    await pointer.move(page, deck, lifted, 'touch', 2);
    await page.waitForTimeout(600);
    const holding = await board(page);
    await photo(page, 'place', 'holding-over-deck', 'phone');
    await pointer.move(page, lifted, deck, 'touch', 2);
    await pointer.up(page, deck, 'touch');
    await settle(page, 300);
    if (Math.abs(holding.scroll - now.scroll) > 2)
      problems.push(
        `holding the picked-up card over the deck for 600 ms scrolled the line from ${Math.round(now.scroll)} to ${Math.round(holding.scroll)} px`,
      );

    // A finger that stops, holds still and then lifts has not flicked.
    const done = await finishPlaceBoard(page, pack, 'touch');
    assert.equal(done.done, true);
    const held = await board(page);
    const x = held.canvas.width / 2;
    const high = onPage(held, x, held.lineTop + 60);
    const low = onPage(held, x, held.lineTop + 160);
    const up = held.scroll > 150;
    await startFrames(page);
    const swipe = await flick(page, up ? high : low, up ? low : high, 600);
    await scrollAtRest(page);
    const frames = (await stopFrames(page)).filter((f) => f.t > swipe.lifted);
    const drift = frames[frames.length - 1]!.scroll - frames[0]!.scroll;
    await photo(page, 'place', 'held-then-lifted', 'phone');
    if (Math.abs(drift) >= 2)
      problems.push(
        `a finger held still for 600 ms before lifting still glided ${Math.round(drift)} px after the lift`,
      );
    assert.deepEqual(problems, [], 'the line moves only when the finger moves it');
    assert.deepEqual(game.errors, []);
    await game.close();
  });
  it('touch at phone: a tap on a gap places the card without picking it up first; a quick drag through the line’s top edge lands where aimed', async () => {
    const opened = await startAtPhone();
    const { game, page } = opened;
    let now = opened.board;
    now = await placeRight(page, pack, now, 'touch', 'tap');

    // A tap on a card of the line (to read it) places nothing.
    const first = now.cards[0]!;
    const cardPoint = onPage(now, first.x + first.width / 2, first.y + first.height / 2);
    const deckBefore = now.deck!.id;
    await tapAt(page, cardPoint.x, cardPoint.y, 'touch');
    await settle(page, 300);
    now = await board(page);
    assert.equal(now.deck?.id, deckBefore, 'a tap on a line card leaves the card to place where it is');

    // A tap straight on the right gap, the card never tapped: it goes there, judged right.
    const id = now.deck!.id;
    const gap = rightGaps(
      pack,
      now.cards.map((c) => c.id),
      id,
    ).first;
    const shown = await scrollToGap(page, gap, 'touch');
    const target = onPage(shown, shown.canvas.width / 2, shown.gaps.find((g) => g.index === gap)!.y);
    await tapAt(page, target.x, target.y, 'touch');
    now = (await waitForBoard(page)) as Board;
    assert.notEqual(now.deck?.id, id, 'the card left the deck');
    assert.match(await cardText(page, id), /\bRight\b/, 'placed in the gap tapped, and judged right');
    await photo(page, 'place', 'tapped-gap-directly', 'phone');

    // A quick drag, as a finger does it (about 0.4 s), from the deck down to a gap: passing through
    // the line's top edge zone does not scroll the line, so the card lands in the gap aimed at.
    now = await placeRight(page, pack, now, 'touch', 'drag');
    assert.ok(now.deck, 'a card is left to drag');
    const last = Math.max(...now.gaps.map((g) => g.index));
    const start = await scrollToGap(page, last, 'touch', true);
    assert.ok(start.scroll > 20, `the line is scrolled to begin with (${start.scroll})`);
    // The gap nearest the middle of the line's view, clear of both edge zones.
    const middle = (start.lineTop + start.canvas.height) / 2;
    const aim = [...start.gaps].sort((a, b) => Math.abs(a.y - middle) - Math.abs(b.y - middle))[0]!;
    const before = (await savedProgress(page))?.gaps.length ?? 0;
    const deck = onPage(start, start.deck!.x + start.deck!.width / 2, start.deck!.y + start.deck!.height / 2);
    const goal = onPage(start, start.canvas.width / 2, aim.y);
    await startFrames(page);
    await pointer.down(page, deck, 'touch');
    let at = deck;
    for (let step = 1; step <= 8; step++) {
      const next = { x: deck.x + ((goal.x - deck.x) * step) / 8, y: deck.y + ((goal.y - deck.y) * step) / 8 };
      await pointer.move(page, at, next, 'touch', 1);
      at = next;
      await page.waitForTimeout(50);
    }
    const frames = await stopFrames(page);
    // Then as a player watching the gold marker: the gap held open has moved the ones below it,
    // so the finger follows the aimed gap before letting go.
    for (let attempt = 0; attempt < 8; attempt++) {
      const held = await board(page);
      const want = onPage(held, held.canvas.width / 2, held.gaps.find((g) => g.index === aim.index)!.y);
      if (Math.abs(want.y - at.y) < 4) break;
      await pointer.move(page, at, want, 'touch', 2);
      at = want;
      await settle(page, 60);
    }
    await pointer.up(page, at, 'touch');
    await waitForBoard(page);
    await photo(page, 'place', 'quick-drag-landed', 'phone');
    const moved = Math.max(...frames.map((f) => Math.abs(f.scroll - start.scroll)));
    const chosen = (await savedProgress(page))?.gaps ?? [];
    assert.equal(chosen.length, before + 1, 'the drag placed the card');
    assert.equal(chosen[before], aim.index, 'the card went into the gap aimed at');
    assert.ok(
      moved < 2,
      `the line stayed put while the card passed through its top edge (it moved ${Math.round(moved)} px)`,
    );
    assert.deepEqual(game.errors, []);
    await game.close();
  });
});
