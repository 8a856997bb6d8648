import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  openGame,
  readout,
  screenshot,
  startHarness,
  waitForScene,
  type Harness,
  type ViewportName,
} from './harness';

describe('title screen', () => {
  let harness: Harness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => harness.close());

  for (const viewport of ['phone', 'laptop'] as ViewportName[]) {
    it(`shows the article and a Play button at ${viewport} size, without console errors`, async () => {
      const game = await openGame(harness, { viewport });
      await waitForScene(game.page, 'Title');
      const state = await readout<{ headline: string | null; problem: string | null }>(game.page);
      assert.equal(state.problem, null);
      assert.ok(state.headline && state.headline.length > 20, 'the headline is shown');
      await screenshot(game.page, `title-${viewport}`);
      assert.deepEqual(game.errors, []);
      await game.close();
    });
  }
});
