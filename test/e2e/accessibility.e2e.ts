import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { articlePack } from '../../src/content/article-pack';
import { answerLabel } from '../../src/rules/scoring';
import {
  openGame,
  readout,
  screenshot,
  startHarness,
  waitForScene,
  type Harness,
  type ViewportName,
} from './harness';
import { CORE_ORDER, type QuizReadout } from './play';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Presses Tab until the element with this data-id has focus, as a keyboard user would. */
async function tabTo(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    const active = await page.evaluate(
      () => (document.activeElement as HTMLElement | null)?.dataset.id ?? null,
    );
    if (active === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${id}`);
}

async function key(page: Page, name: string): Promise<void> {
  await page.keyboard.press(name);
  await page.waitForTimeout(40);
}

function questionFor(quiz: QuizReadout) {
  const question = articlePack.questions.find((q) => q.id === quiz.questionId);
  if (!question) throw new Error(`unknown question ${quiz.questionId}`);
  return question;
}

/** Serious or critical axe-core findings on the page as it stands. */
async function axeProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
          ) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, count: v.nodes.length }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}, ${v.count})`);
}

describe('accessibility', () => {
  let harness: Harness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => harness.close());

  it('plays a whole round with the keyboard alone', async () => {
    const game = await openGame(harness, { viewport: 'laptop' });
    const { page } = game;
    await waitForScene(page, 'Title');
    await tabTo(page, 'play');
    await key(page, 'Enter');
    await waitForScene(page, 'Timeline');

    // Space picks a card up, arrows carry it, Space drops it.
    for (const [slot, id] of CORE_ORDER.entries()) {
      const { order } = await readout<{ order: string[] }>(page);
      let at = order.indexOf(id);
      if (at === slot) continue;
      await tabTo(page, `card-${id}`);
      await key(page, ' ');
      while (at > slot) {
        await key(page, 'ArrowUp');
        at--;
      }
      await key(page, ' ');
    }
    assert.deepEqual((await readout<{ order: string[] }>(page)).order, CORE_ORDER);
    await key(page, 'Enter');
    const checked = await readout<{ score: { correctPairs: number } | null }>(page);
    assert.equal(checked.score?.correctPairs, 6);
    await tabTo(page, 'continue');
    await key(page, 'Enter');
    await waitForScene(page, 'Reveal');
    await tabTo(page, 'start-quiz');
    await key(page, 'Enter');
    await waitForScene(page, 'Quiz');

    // Number keys choose, digits are typed, Enter submits and Enter moves on.
    let right = 0;
    for (;;) {
      const quiz = await readout<QuizReadout>(page);
      const question = questionFor(quiz);
      const expected = answerLabel(question);
      if (question.kind === 'number') {
        for (const digit of expected) await key(page, digit);
      } else {
        await key(page, String(quiz.choices.indexOf(expected) + 1));
      }
      await key(page, 'Enter');
      const answered = await readout<QuizReadout>(page);
      assert.equal(answered.correct, true, `question ${quiz.questionId} answered by keyboard`);
      right++;
      await key(page, 'Enter');
      if (quiz.index + 1 >= quiz.total) break;
      await waitForScene(page, 'Quiz');
    }
    await waitForScene(page, 'Results');
    const results = await readout<{ score: number; quizCorrect: number }>(page);
    assert.equal(results.quizCorrect, right);
    assert.equal(results.score, 100);
    assert.deepEqual(game.errors, []);
    await game.close();
  });

  it('leads back with Escape, asking first in the middle of a round', async () => {
    const game = await openGame(harness, { viewport: 'laptop' });
    const { page } = game;
    await waitForScene(page, 'Title');
    await tabTo(page, 'play');
    await key(page, 'Enter');
    await waitForScene(page, 'Timeline');
    await key(page, 'Escape');
    await assertHeading(page, /Leave this round\?/);
    assert.equal(
      await page.evaluate(() => (document.activeElement as HTMLElement).dataset.id),
      'dialog-cancel',
    );
    await key(page, 'Escape');
    await assertHeading(page, /Put the events in order/);
    assert.equal((await readout(page)).scene, 'Timeline');
    await key(page, 'Escape');
    await tabTo(page, 'dialog-confirm');
    await key(page, 'Enter');
    await waitForScene(page, 'Title');
    // Off a round, Escape from a screen goes straight back.
    await tabTo(page, 'settings');
    await key(page, 'Enter');
    await waitForScene(page, 'Settings');
    await key(page, 'Escape');
    await waitForScene(page, 'Title');
    assert.deepEqual(game.errors, []);
    await game.close();
  });

  it('plays a whole round through the DOM layer alone, by role and name', async () => {
    const game = await openGame(harness, { viewport: 'phone' });
    const { page } = game;
    const layer = page.locator('#a11y-layer');
    const activate = activator(page);
    await waitForScene(page, 'Title');
    await assertHeading(page, /Newsline/);
    await activate('Play');
    await waitForScene(page, 'Timeline');
    await assertHeading(page, /Put the events in order/);

    const titles = new Map(articlePack.events.map((e) => [e.id, e.title]));
    for (const [slot, id] of CORE_ORDER.entries()) {
      for (let guard = 0; guard < 4; guard++) {
        const items = await layer
          .getByRole('list', { name: /Timeline/ })
          .getByRole('listitem')
          .allTextContents();
        const at = items.findIndex((text) => text.startsWith(titles.get(id)!));
        if (at <= slot) break;
        await activate(`Move ${titles.get(id)} earlier`);
      }
    }
    const labels = await layer
      .getByRole('list', { name: /Timeline/ })
      .locator('.a11y-item')
      .allTextContents();
    assert.deepEqual(
      labels.map((l) => l.split(',')[0]),
      CORE_ORDER.map((id) => titles.get(id)),
    );
    assert.match(labels[1]!, /position 2 of 4/);
    await activate('Check order');
    const checkedLabels = await layer.locator('.a11y-item').allTextContents();
    assert.ok(
      checkedLabels.every((l) => l.endsWith(', right')),
      checkedLabels.join(' | '),
    );
    await activate('See the correct order');
    await waitForScene(page, 'Reveal');
    await activate(/^Start the quiz/);
    await waitForScene(page, 'Quiz');

    for (;;) {
      const quiz = await readout<QuizReadout>(page);
      const question = questionFor(quiz);
      const expected = answerLabel(question);
      if (question.kind === 'number') {
        await layer.getByRole('textbox', { name: /Your answer/ }).fill(expected);
        await layer.getByRole('button', { name: 'Submit', exact: true }).dispatchEvent('click');
      } else {
        await layer.getByRole('radio', { name: expected, exact: true }).dispatchEvent('click');
        await activate('Submit answer');
      }
      await page.waitForTimeout(60);
      assert.ok(
        (await layer.textContent())?.includes('✓ Right'),
        `the verdict for ${quiz.questionId} is in the DOM`,
      );
      await activate(quiz.index + 1 >= quiz.total ? 'See results' : 'Next question');
      if (quiz.index + 1 >= quiz.total) break;
    }
    await waitForScene(page, 'Results');
    assert.equal((await readout<{ score: number }>(page)).score, 100);
    // The score stays readable in the DOM layer, not only announced once.
    await assertHeading(page, /Results/);
    assert.ok(await layer.getByRole('heading', { name: 'Your score: 100 out of 100' }).count());
    assert.ok((await layer.textContent())?.includes('No mistakes'));
    assert.deepEqual(game.errors, []);
    await game.close();
  });

  it('has no serious or critical axe-core findings on any scene', async () => {
    const game = await openGame(harness, { viewport: 'laptop' });
    const { page } = game;
    const layer = page.locator('#a11y-layer');
    const activate = activator(page);
    const found: Record<string, string[]> = {};
    const check = async (scene: string): Promise<void> => {
      await waitForScene(page, scene);
      found[scene] = await axeProblems(page);
    };
    await check('Title');
    for (const [button, scene] of [
      ['How to play', 'HowToPlay'],
      ['Source', 'Source'],
      ['Settings', 'Settings'],
    ] as const) {
      await activate(button);
      await check(scene);
      await activate(/Back to/);
    }
    await activate('Play');
    await check('Timeline');
    await activate('Check order');
    await check('Timeline');
    await activate('See the correct order');
    await check('Reveal');
    await activate(/^Start the quiz/);
    await check('Quiz');
    for (;;) {
      const quiz = await readout<QuizReadout>(page);
      const question = questionFor(quiz);
      if (question.kind === 'number') {
        await layer.getByRole('textbox').fill('1');
        await layer.getByRole('button', { name: 'Submit', exact: true }).dispatchEvent('click');
      } else {
        await layer.getByRole('radio').first().dispatchEvent('click');
        await activate('Submit answer');
      }
      if (quiz.index === 0) await check('Quiz');
      await activate(quiz.index + 1 >= quiz.total ? 'See results' : 'Next question');
      if (quiz.index + 1 >= quiz.total) break;
    }
    await check('Results');
    await game.close();
    const bad = await openGame(harness, { viewport: 'laptop', query: '?round=nope' });
    await waitForScene(bad.page, 'Message');
    found.Message = await axeProblems(bad.page);
    await bad.close();
    assert.deepEqual(
      Object.entries(found).filter(([, problems]) => problems.length > 0),
      [],
    );
  });

  for (const viewport of ['phone', 'laptop'] as ViewportName[]) {
    it(`reflows with 150% text and high contrast at ${viewport} size`, async () => {
      const game = await openGame(harness, { viewport });
      const { page } = game;
      await page.evaluate(() =>
        localStorage.setItem(
          'newsline:v1',
          JSON.stringify({ settings: { textScale: 1.5, theme: 'high-contrast' } }),
        ),
      );
      await page.reload();
      const shoot = async (scene: string, label = scene): Promise<void> => {
        await waitForScene(page, scene);
        await screenshot(page, `large-contrast-${label}-${viewport}`);
      };
      const activate = activator(page);
      await shoot('Title');
      await activate('Settings');
      await shoot('Settings');
      const settings = await readout<{ textScale: number; theme: string }>(page);
      assert.equal(settings.textScale, 1.5);
      assert.equal(settings.theme, 'high-contrast');
      await activate(/Back to/);
      await activate('Play');
      await shoot('Timeline');
      await activate('Check order');
      await shoot('Timeline', 'Timeline-checked');
      await activate('See the correct order');
      await activate(/^Start the quiz/);
      await shoot('Quiz');
      assert.deepEqual(game.errors, []);
      await game.close();
    });
  }
});

/**
 * Presses a button of the DOM layer found by role and accessible name. A screen reader
 * activates a control with a click event on the element itself, not at screen coordinates.
 */
function activator(page: Page): (name: string | RegExp) => Promise<void> {
  return async (name) => {
    await page
      .locator('#a11y-layer')
      .getByRole('button', { name, exact: typeof name === 'string' })
      .first()
      .dispatchEvent('click');
    await page.waitForTimeout(80);
  };
}

async function assertHeading(page: Page, name: RegExp): Promise<void> {
  const heading = await page.locator('#a11y-layer h1').textContent();
  assert.match(heading ?? '', name);
}
