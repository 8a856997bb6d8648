import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  openGame,
  screenshot,
  startHarness,
  waitForScreen,
  type Harness,
  type ViewportName,
} from './harness';
import { answerQuestion, articlePack, playPlaceBoard, press, type Input } from './player';

const pack = articlePack();
let harness: Harness;
before(async () => (harness = await startHarness()));
after(async () => harness.close());

const cases: Array<{ viewport: ViewportName; input: Input }> = [
  { viewport: 'laptop', input: 'mouse' },
  { viewport: 'phone', input: 'touch' },
];

describe('a one-at-a-time round, start to finish', () => {
  for (const { viewport, input } of cases) {
    it(`plays with ${input} at ${viewport}`, async () => {
      const game = await openGame(harness, { viewport });
      const { page } = game;
      await waitForScreen(page, 'title');
      await press(page, '[data-action="play"]', input);
      const board = await playPlaceBoard(page, pack, input, { wrongAt: [1] });
      assert.equal(board.done, true);
      await screenshot(page, `round-board-done-${viewport}`);
      const status = await page.locator('[data-status]').textContent();
      assert.match(status ?? '', /of 5 right first time/);
      await press(page, '[data-action="to-quiz"]', input);
      for (let i = 0; i < 5; i++) {
        await answerQuestion(page, pack, input, i !== 2);
        if (i === 0) await screenshot(page, `round-quiz-answered-${viewport}`);
        await press(page, '[data-action="next"]', input);
      }
      await waitForScreen(page, 'results');
      await page.waitForTimeout(1500);
      await screenshot(page, `round-results-${viewport}`);
      const share = await page.locator('[data-share]').textContent();
      assert.match(share ?? '', /Quiz 4\/5/);
      // Copy says so where the player is looking, not only to a screen reader.
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await press(page, '[data-action="copy-share"]', input);
      const toast = page.locator('[data-toast]');
      await toast.waitFor({ state: 'visible' });
      assert.equal((await toast.textContent())?.trim(), 'Share card copied.');
      const box = (await toast.boundingBox())!;
      const size = page.viewportSize()!;
      assert.ok(
        box.y + box.height <= size.height && box.x >= 0 && box.x + box.width <= size.width,
        'on screen',
      );
      await screenshot(page, `round-results-copied-${viewport}`);
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), (share ?? '').trim());
      await toast.waitFor({ state: 'hidden', timeout: 5000 });
      assert.deepEqual(game.errors, []);
      await game.close();
    });
  }
});
