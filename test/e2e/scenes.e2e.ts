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
import { answerQuestion, arrange, CORE_ORDER, press } from './play';

/**
 * A screenshot of every scene at phone, tablet and laptop size, for people to look at
 * (test-results/screenshots/scene-*.png). Each stop also checks the scene came up clean.
 */
describe('every scene at every size', () => {
  let harness: Harness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => harness.close());

  for (const viewport of ['phone', 'tablet', 'laptop'] as ViewportName[]) {
    it(`draws every scene at ${viewport} size`, async () => {
      const game = await openGame(harness, { viewport });
      const { page } = game;
      const shot = async (scene: string, label = scene): Promise<void> => {
        await waitForScene(page, scene);
        await screenshot(page, `scene-${label}-${viewport}`);
      };
      await shot('Title');
      for (const [button, scene] of [
        ['how-to-play', 'HowToPlay'],
        ['source', 'Source'],
        ['settings', 'Settings'],
      ] as const) {
        await press(page, button);
        await shot(scene);
        await press(page, 'back');
        await waitForScene(page, 'Title');
      }
      await press(page, 'play');
      await shot('Timeline');
      await arrange(page, ['june-strikes', ...CORE_ORDER.slice(0, 3)]);
      await press(page, 'check-order');
      await shot('Timeline', 'Timeline-checked');
      await press(page, 'continue');
      await shot('Reveal');
      await press(page, 'start-quiz');
      await shot('Quiz');
      await answerQuestion(page, false);
      await shot('Quiz', 'Quiz-answered');
      for (;;) {
        const quiz = await readout<{ index: number; total: number; answered: boolean }>(page);
        if (!quiz.answered) await answerQuestion(page, true);
        await press(page, 'next-question');
        if (quiz.index + 1 >= quiz.total) break;
      }
      await shot('Results');
      await game.close();

      const message = await openGame(harness, { viewport, query: '?round=not-a-code' });
      await waitForScene(message.page, 'Message');
      await screenshot(message.page, `scene-Message-${viewport}`);
      await message.close();
      assert.deepEqual([...game.errors, ...message.errors], []);
    });
  }
});
