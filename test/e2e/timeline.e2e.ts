import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { articlePack } from '../../src/content/article-pack';
import { planRound } from '../../src/rules/plan';
import { encodeRound } from '../../src/rules/round-code';
import { DEFAULT_ROUND } from '../../src/rules/round-config';
import { openGame, readout, screenshot, startHarness, waitForScene, type Harness } from './harness';
import { arrange, CORE_ORDER, press, settle } from './play';

interface TimelineReadout {
  order: string[];
  selected: string | null;
  verdicts: { id: string; correct: boolean }[] | null;
  score: { correctPairs: number; totalPairs: number } | null;
}

describe('timeline', () => {
  let harness: Harness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => harness.close());

  it('takes real mouse drags into the correct order and marks every card right', async () => {
    const game = await openGame(harness, { viewport: 'laptop' });
    await waitForScene(game.page, 'Title');
    await press(game.page, 'play');
    await waitForScene(game.page, 'Timeline');
    const before = await readout<TimelineReadout>(game.page);
    assert.notDeepEqual(before.order, CORE_ORDER, 'the deal never starts in the right order');
    await arrange(game.page, CORE_ORDER);
    assert.deepEqual((await readout<TimelineReadout>(game.page)).order, CORE_ORDER);
    await press(game.page, 'check-order');
    const checked = await readout<TimelineReadout>(game.page);
    assert.deepEqual(checked.score, { correctPairs: 6, totalPairs: 6 });
    assert.ok(checked.verdicts?.every((v) => v.correct));
    assert.deepEqual(game.errors, []);
    await game.close();
  });

  it('gives per-card verdicts and partial credit for a wrong order', async () => {
    const game = await openGame(harness, { viewport: 'tablet' });
    await waitForScene(game.page, 'Title');
    await press(game.page, 'play');
    await waitForScene(game.page, 'Timeline');
    // The June 9 attack put first: it breaks its two pairs with the February events.
    await arrange(game.page, ['june-9-drone-attack', 'erbil-rocket', 'february-strike', 'june-strikes']);
    await press(game.page, 'check-order');
    const checked = await readout<TimelineReadout>(game.page);
    assert.deepEqual(checked.score, { correctPairs: 4, totalPairs: 6 });
    assert.deepEqual(Object.fromEntries(checked.verdicts!.map((v) => [v.id, v.correct])), {
      'june-9-drone-attack': false,
      'erbil-rocket': false,
      'february-strike': false,
      'june-strikes': true,
    });
    await screenshot(game.page, 'timeline-verdicts-tablet');
    await press(game.page, 'continue');
    await waitForScene(game.page, 'Reveal');
    const reveal = await readout<{ order: string[] }>(game.page);
    assert.deepEqual(reveal.order, CORE_ORDER);
    assert.deepEqual(game.errors, []);
    await game.close();
  });

  it('moves a card by tapping it and then tapping its place', async () => {
    const game = await openGame(harness, { viewport: 'phone' });
    await waitForScene(game.page, 'Title');
    await press(game.page, 'play');
    await waitForScene(game.page, 'Timeline');
    const start = await readout<TimelineReadout & { cards: { id: string; x: number; y: number }[] }>(
      game.page,
    );
    const [first, , third] = start.cards;
    await game.page.mouse.click(first!.x, first!.y);
    await settle(game.page);
    assert.equal((await readout<TimelineReadout>(game.page)).selected, first!.id);
    await game.page.mouse.click(third!.x, third!.y);
    await settle(game.page, 250);
    const moved = await readout<TimelineReadout>(game.page);
    assert.equal(moved.selected, null);
    assert.equal(moved.order[2], first!.id);
    assert.equal(moved.order.length, 4);
    await game.close();
  });

  it('plays the full set on a phone with touch drags, scrolling as needed', async () => {
    const game = await openGame(harness, { viewport: 'phone', touch: true });
    const cdp = await game.context.newCDPSession(game.page);
    const input = { kind: 'touch' as const, cdp };
    await waitForScene(game.page, 'Title');
    await press(game.page, 'set-full', input);
    await press(game.page, 'play', input);
    await waitForScene(game.page, 'Timeline');
    const dealt = await readout<TimelineReadout>(game.page);
    assert.equal(dealt.order.length, 10);
    const scrolling = await readout<{ scrollLimit: number }>(game.page);
    assert.ok(scrolling.scrollLimit > 0, 'ten cards at 360×640 need a scrolling list');
    // Hold the top card at the bottom edge: the list scrolls under it until it can drop last.
    const top = (await readout<{ cards: { id: string; x: number; y: number }[] }>(game.page)).cards[0]!;
    const edgeY = 640 - 40;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: top.x, y: top.y }] });
    for (let i = 1; i <= 10; i++) {
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: [{ x: top.x, y: Math.round(top.y + ((edgeY - top.y) * i) / 10) }],
      });
    }
    await game.page.waitForFunction(() => {
      const r = window.__newsline as { scrollY: number; scrollLimit: number } | undefined;
      return r !== undefined && r.scrollY >= r.scrollLimit;
    });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await settle(game.page, 250);
    const after = await readout<TimelineReadout>(game.page);
    assert.equal(after.order[9], top.id);
    assert.equal(after.order.length, 10);
    await screenshot(game.page, 'timeline-full-phone');
    assert.deepEqual(game.errors, []);
    await game.close();
  });

  it("keeps the player's order through a resize and a rotation, redrawn to the new size", async () => {
    const game = await openGame(harness, { viewport: 'laptop' });
    await waitForScene(game.page, 'Title');
    await press(game.page, 'play');
    await waitForScene(game.page, 'Timeline');
    await arrange(game.page, CORE_ORDER.slice(0, 2));
    const before = (await readout<TimelineReadout>(game.page)).order;
    for (const size of [
      { width: 360, height: 640 },
      { width: 640, height: 360 },
      { width: 1920, height: 1080 },
    ]) {
      await game.page.setViewportSize(size);
      await game.page.waitForFunction((w) => window.__newsline?.width === w, size.width);
      const after = await readout<TimelineReadout & { cards: { x: number }[] }>(game.page);
      assert.deepEqual(after.order, before);
      assert.ok(
        after.cards.every((c) => c.x > 0 && c.x < size.width),
        'every card is drawn inside the window',
      );
    }
    await screenshot(game.page, 'timeline-after-resize-1920');
    // Still playable at the new size.
    await arrange(game.page, CORE_ORDER);
    await press(game.page, 'check-order');
    assert.deepEqual((await readout<TimelineReadout>(game.page)).score, { correctPairs: 6, totalPairs: 6 });
    assert.deepEqual(game.errors, []);
    await game.close();
  });

  it('opens exactly the round a ?round= code describes', async () => {
    const config = { ...DEFAULT_ROUND, setId: 'medium', questionCount: 4, seed: 424242 };
    const outcome = planRound(articlePack, config);
    assert.ok(outcome.ok);
    const game = await openGame(harness, { viewport: 'laptop', query: `?round=${encodeRound(config)}` });
    await waitForScene(game.page, 'Title');
    await press(game.page, 'play');
    // A shared round asks who is playing before it starts.
    await game.page.fill('#overlay-player-name', 'Sam');
    await game.page.keyboard.press('Enter');
    await waitForScene(game.page, 'Timeline');
    const dealt = await readout<TimelineReadout>(game.page);
    assert.deepEqual(
      dealt.order,
      outcome.plan.cards.map((c) => c.id),
    );
    await game.close();
  });
});
