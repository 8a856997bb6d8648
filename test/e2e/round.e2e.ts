import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openGame, readout, screenshot, startHarness, waitForScene, type Harness } from './harness';
import { CORE_ORDER, playRound, press } from './play';

interface ResultsReadout {
  score: number;
  correctPairs: number;
  totalPairs: number;
  quizCorrect: number;
  quizTotal: number;
  bestStreak: number;
  mistakes: number;
  newBest: boolean;
}

describe('a whole round', () => {
  let harness: Harness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => harness.close());

  it('plays from the menu to the results with a mouse, some answers wrong on purpose', async () => {
    const game = await openGame(harness, { viewport: 'laptop' });
    await waitForScene(game.page, 'Title');
    const right = await playRound(game.page, { order: CORE_ORDER, rightAnswers: (i) => i % 2 === 0 });
    assert.equal(right, 3);
    const results = await readout<ResultsReadout>(game.page);
    assert.equal(results.correctPairs, 6);
    assert.equal(results.totalPairs, 6);
    assert.equal(results.quizCorrect, 3);
    assert.equal(results.quizTotal, 6);
    assert.equal(results.bestStreak, 1);
    assert.equal(results.score, 75);
    assert.equal(results.mistakes, 3);
    assert.equal(results.newBest, true);
    await screenshot(game.page, 'results-laptop');

    // The best score is kept and shown on the menu.
    await press(game.page, 'back');
    await waitForScene(game.page, 'Title');
    const menu = await readout<{ best: Record<string, { score: number }> }>(game.page);
    assert.equal(menu.best.core?.score, 75);
    assert.deepEqual(game.errors, []);
    await game.close();
  });

  it('plays a whole round on a 360×640 phone with touch alone', async () => {
    const game = await openGame(harness, { viewport: 'phone', touch: true });
    const cdp = await game.context.newCDPSession(game.page);
    await waitForScene(game.page, 'Title');
    const right = await playRound(game.page, {
      order: CORE_ORDER,
      rightAnswers: (i) => i < 4,
      input: { kind: 'touch', cdp },
    });
    assert.equal(right, 4);
    const results = await readout<ResultsReadout>(game.page);
    assert.equal(results.correctPairs, 6);
    assert.equal(results.quizCorrect, 4);
    assert.equal(results.bestStreak, 4);
    assert.equal(results.score, Math.round(((1 + 4 / 6) / 2) * 100));
    await screenshot(game.page, 'results-phone');
    assert.deepEqual(game.errors, []);
    await game.close();
  });

  it('retries the same round: the same deal and the same questions', async () => {
    const game = await openGame(harness, { viewport: 'tablet' });
    await waitForScene(game.page, 'Title');
    await press(game.page, 'count-4');
    await press(game.page, 'play');
    await waitForScene(game.page, 'Timeline');
    const firstDeal = (await readout<{ order: string[] }>(game.page)).order;
    // Play through quickly with the order as dealt and every answer wrong.
    await press(game.page, 'check-order');
    await press(game.page, 'continue');
    await waitForScene(game.page, 'Reveal');
    await press(game.page, 'start-quiz');
    await waitForScene(game.page, 'Quiz');
    const firstQuestions: string[] = [];
    for (;;) {
      const quiz = await readout<{ questionId: string; kind: string; index: number; total: number }>(
        game.page,
      );
      firstQuestions.push(quiz.questionId);
      if (quiz.kind === 'number') {
        await press(game.page, 'pad-9');
        await press(game.page, 'submit-number');
      } else {
        await press(game.page, 'option-0');
      }
      await press(game.page, 'next-question');
      if (quiz.index + 1 >= quiz.total) break;
    }
    await waitForScene(game.page, 'Results');
    await press(game.page, 'retry');
    await waitForScene(game.page, 'Timeline');
    assert.deepEqual((await readout<{ order: string[] }>(game.page)).order, firstDeal);
    await press(game.page, 'check-order');
    await press(game.page, 'continue');
    await press(game.page, 'start-quiz');
    await waitForScene(game.page, 'Quiz');
    assert.equal((await readout<{ questionId: string }>(game.page)).questionId, firstQuestions[0]);
    assert.deepEqual(game.errors, []);
    await game.close();
  });

  it('asks before leaving a round in progress', async () => {
    const game = await openGame(harness, { viewport: 'laptop' });
    await waitForScene(game.page, 'Title');
    await press(game.page, 'play');
    await waitForScene(game.page, 'Timeline');
    await press(game.page, 'back');
    await press(game.page, 'dialog-cancel');
    assert.equal((await readout(game.page)).scene, 'Timeline');
    await press(game.page, 'back');
    await screenshot(game.page, 'leave-dialog-laptop');
    await press(game.page, 'dialog-confirm');
    await waitForScene(game.page, 'Title');
    await game.close();
  });
});
