import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { RoundConfig } from '../../src/rules/round-config';
import { screenshot, startHarness, waitForScreen, type Harness, type ViewportName } from './harness';
import { articlePack, press, waitForBoard, type Input } from './player';
import {
  answer,
  handedIn,
  openAt,
  planOf,
  playBoard,
  pressDialog,
  recordJsDialogs,
  resumeBanner,
  teacherRound,
  waitForDialog,
  waitForNextQuestion,
} from './round-helpers';

/**
 * A class round on every phone: from the teacher's link and from a typed code, with a name, to
 * the hand-in panel; the result code decoded in Node says what was played. Then what a teacher
 * relies on: another go counts as attempt 2, retries off hands in the first code, and a round
 * started and left counts as abandoned.
 */
const pack = articlePack();
const XSS_NAME = '<img src=x onerror=alert(1)>';
const input: Input = 'touch';

let harness: Harness;
before(async () => (harness = await startHarness()));
after(async () => harness.close());

interface Played {
  gaps: number[];
  answers: string[];
  /** Canvas buttons that could not be pressed where they are drawn. */
  faults: string[];
}

/** From the name dialog (open) to the results: a name, the board (one card wrong), the quiz (one answer wrong). */
async function playFromName(page: Page, name: string | null, config: RoundConfig): Promise<Played> {
  const dialog = await waitForDialog(page, 'name');
  if (name !== null) await dialog.locator('input[name="dialog-input"]').fill(name);
  await pressDialog(page, 'name', 'start', input);
  await waitForBoard(page);
  const gaps = await playBoard(page, pack, input, { wrongAt: [1] });
  await press(page, '[data-action="to-quiz"]', input);
  const answers: string[] = [];
  const faults: string[] = [];
  for (let i = 0; i < config.questionCount; i++) {
    const prompt = ((await page.locator('[data-prompt]').textContent()) ?? '').trim();
    const given = await answer(page, pack, input, i !== 1);
    answers.push(given.given);
    if (given.fault) faults.push(given.fault);
    const footer = await page.evaluate(() => {
      const main = document.querySelector('main')!;
      const next = document.querySelector('[data-action="next"]')!.getBoundingClientRect();
      return {
        sideways: main.scrollWidth - main.clientWidth,
        left: next.left,
        right: next.right,
        width: window.innerWidth,
      };
    });
    if (footer.sideways > 0 || footer.left < 0 || footer.right > footer.width) {
      await screenshot(page, `class-quiz-wider-than-phone-${page.viewportSize()?.width}-q${i + 1}`);
      faults.push(
        `question ${i + 1}: the quiz screen is ${footer.sideways} px wider than the phone; "Next" spans ${Math.round(footer.left)}–${Math.round(footer.right)} of ${footer.width}`,
      );
    }
    await press(page, '[data-action="next"]', input);
    if (i < config.questionCount - 1) await waitForNextQuestion(page, prompt);
  }
  await waitForScreen(page, 'results');
  await page.locator('[data-panel="hand-in"]').waitFor();
  return { gaps, answers, faults };
}

/** Checks the hand-in code against what was played. */
async function checkHandIn(
  page: Page,
  expected: {
    code: string;
    config: RoundConfig;
    name: string;
    played: Played;
    attempt: number;
    abandoned: number;
  },
): Promise<string> {
  const decoded = await handedIn(page, pack);
  assert.equal(decoded.pack.id, pack.id, 'the pack');
  assert.equal(decoded.roundCode, expected.code, 'the teacher’s round');
  assert.deepEqual(decoded.config, expected.config, 'the round’s settings');
  assert.equal(decoded.name, expected.name, 'the name');
  assert.deepEqual(decoded.submission, { mode: 'place', gaps: expected.played.gaps }, 'the cards as placed');
  assert.deepEqual(decoded.answers, expected.played.answers, 'the answers as given');
  assert.equal(decoded.attempt, expected.attempt, 'attempt');
  assert.equal(decoded.abandoned, expected.abandoned, 'abandoned');
  const plan = planOf(pack, expected.config);
  assert.equal(decoded.result.quizTotal, plan.questions.length);
  assert.equal(decoded.result.quizCorrect, plan.questions.length - 1, 'one answer wrong, as given');
  assert.equal(
    await page.locator('[data-panel="share"]').count(),
    0,
    'a teacher’s round has nothing to share',
  );
  return decoded.code;
}

/** Retries off, the round started again from the menu and finished: the first code is the one to hand in. */
async function retriesOffAgain(
  page: Page,
  round: { config: RoundConfig; code: string },
  firstCode: string,
): Promise<void> {
  await press(page, '[data-action="start-invite"]', input);
  const name = await waitForDialog(page, 'name');
  assert.equal(
    await name.locator('input[name="dialog-input"]').inputValue(),
    'Ann Lee',
    'the name is remembered',
  );
  await playFromName(page, null, round.config);
  const shown = ((await page.locator('[data-result-code]').textContent()) ?? '').trim();
  assert.equal(shown, firstCode, 'the FIRST code is the one to hand in');
  const note = await page.locator('[data-panel="hand-in"]').innerText();
  assert.match(
    note,
    /Retries are off for this round, so the code to hand in is the one from your first finished attempt/,
  );
  assert.match(note, /2nd finished attempt/, 'and says this was the second go');
  await screenshot(page, 'class-retries-off-phone-tall');
}

const phones: Array<{ viewport: ViewportName; seed: number }> = [
  { viewport: 'phone', seed: 1 },
  { viewport: 'phone-small', seed: 11 },
  { viewport: 'phone-tall', seed: 2 },
  { viewport: 'phone-large', seed: 6 },
];

describe('a class round on every phone', () => {
  for (const [n, { viewport, seed }] of phones.entries()) {
    const round = teacherRound(pack, { seed, questionCount: 3 });
    const name = n % 2 === 0 ? XSS_NAME : 'Zoë Ng';

    it(`${viewport}: from the teacher’s link, named ${JSON.stringify(name)}, to the hand-in`, async () => {
      const game = await openAt(harness, viewport, { query: `?round=${round.code}` });
      const { page } = game;
      const alerts = recordJsDialogs(page);
      const banner = await page.locator('[data-banner="invite"]').innerText();
      assert.match(banner, /Your teacher’s round/);
      await press(page, '[data-action="start-invite"]', input);
      const played = await playFromName(page, name, round.config);
      await screenshot(page, `class-hand-in-link-${viewport}`);
      await checkHandIn(page, {
        code: round.code,
        config: round.config,
        name,
        played,
        attempt: 1,
        abandoned: 0,
      });
      const panel = page.locator('[data-panel="hand-in"]');
      assert.match(
        await panel.innerText(),
        new RegExp(`Name: ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
        'the name, as text',
      );
      assert.match(await panel.innerText(), /Your first attempt\./);
      assert.equal(await page.locator('img[src="x"]').count(), 0, 'the name made no element');
      assert.deepEqual(alerts, [], 'no dialog fired');
      assert.deepEqual(game.errors, []);
      await game.close();
      assert.deepEqual(played.faults, [], `every answer can be pressed at ${viewport}`);
    });

    it(`${viewport}: from a typed round code, to the hand-in`, async () => {
      const game = await openAt(harness, viewport);
      const { page } = game;
      const alerts = recordJsDialogs(page);
      await press(page, '[data-action="enter-code"]', input);
      const code = await waitForDialog(page, 'code');
      // As a student types it off the board: small letters, spaces for dashes.
      await code.locator('input[name="dialog-input"]').fill(round.code.toLowerCase().replace(/-/g, ' '));
      await pressDialog(page, 'code', 'open', input);
      const typedName = n % 2 === 0 ? 'Zoë Ng' : XSS_NAME;
      const played = await playFromName(page, typedName, round.config);
      await screenshot(page, `class-hand-in-code-${viewport}`);
      await checkHandIn(page, {
        code: round.code,
        config: round.config,
        name: typedName,
        played,
        attempt: 1,
        abandoned: 0,
      });
      assert.equal(await page.locator('img[src="x"]').count(), 0, 'the name made no element');
      assert.deepEqual(alerts, [], 'no dialog fired');
      assert.deepEqual(game.errors, []);
      await game.close();
      assert.deepEqual(played.faults, [], `every answer can be pressed at ${viewport}`);
    });
  }
});

describe('attempts a teacher can rely on', () => {
  it('retries on: the same round again is attempt 2', async () => {
    const round = teacherRound(pack, { seed: 7, questionCount: 3, allowRetry: true });
    const game = await openAt(harness, 'phone', { query: `?round=${round.code}` });
    const { page } = game;
    await press(page, '[data-action="start-invite"]', input);
    const first = await playFromName(page, 'Ann Lee', round.config);
    const firstCode = await checkHandIn(page, {
      code: round.code,
      config: round.config,
      name: 'Ann Lee',
      played: first,
      attempt: 1,
      abandoned: 0,
    });
    assert.equal(await page.locator('[data-action="again"]').count(), 1, 'the same round again is offered');
    await press(page, '[data-action="again"]', input);
    // Another go at a round already named: straight onto the board.
    await waitForBoard(page);
    const gaps = await playBoard(page, pack, input, { wrongAt: [1] });
    await press(page, '[data-action="to-quiz"]', input);
    const answers: string[] = [];
    for (let i = 0; i < 3; i++) {
      const prompt = ((await page.locator('[data-prompt]').textContent()) ?? '').trim();
      answers.push((await answer(page, pack, input, i !== 1)).given);
      await press(page, '[data-action="next"]', input);
      if (i < 2) await waitForNextQuestion(page, prompt);
    }
    await waitForScreen(page, 'results');
    const secondCode = await checkHandIn(page, {
      code: round.code,
      config: round.config,
      name: 'Ann Lee',
      played: { gaps, answers, faults: [] },
      attempt: 2,
      abandoned: 0,
    });
    assert.notEqual(secondCode, firstCode);
    assert.match(await page.locator('[data-panel="hand-in"]').innerText(), /2nd finished attempt/);
    await screenshot(page, 'class-attempt-2-phone');
    assert.deepEqual(game.errors, []);
    await game.close();
  });

  it('retries off: no "again", and finishing again from the link hands in the first code', async () => {
    const round = teacherRound(pack, { seed: 13, questionCount: 3, allowRetry: false });
    const game = await openAt(harness, 'phone-tall', { query: `?round=${round.code}` });
    const { page } = game;
    await press(page, '[data-action="start-invite"]', input);
    const played = await playFromName(page, 'Ann Lee', round.config);
    const firstCode = await checkHandIn(page, {
      code: round.code,
      config: round.config,
      name: 'Ann Lee',
      played,
      attempt: 1,
      abandoned: 0,
    });
    assert.equal(await page.locator('[data-action="again"]').count(), 0, 'no "again" with retries off');
    assert.equal(await page.locator('[data-action="new"]').count(), 0);

    // The link again (a new tab), the round again. The last results may show first: moving on
    // from them to the menu offers the teacher's round again.
    await page.close();
    const again = await game.context.newPage();
    again.on('console', (m) => void (m.type() === 'error' && game.errors.push(m.text())));
    again.on('pageerror', (e) => game.errors.push(`uncaught: ${e.message}`));
    await again.goto(`${harness.baseUrl}?round=${round.code}`);
    await again.waitForFunction(() =>
      ['title', 'results'].includes(document.documentElement.dataset.screen ?? ''),
    );
    if ((await again.evaluate(() => document.documentElement.dataset.screen)) === 'results') {
      assert.equal(((await again.locator('[data-result-code]').textContent()) ?? '').trim(), firstCode);
      await press(again, '[data-action="menu"]', input);
      await waitForScreen(again, 'title');
    }
    await retriesOffAgain(again, round, firstCode);
    assert.deepEqual(game.errors, []);
    await game.close();
  });

  it('a round started and left, then finished, counts one abandoned', async () => {
    const round = teacherRound(pack, { seed: 19, questionCount: 3 });
    const game = await openAt(harness, 'phone-large', { query: `?round=${round.code}` });
    const { page } = game;
    await press(page, '[data-action="start-invite"]', input);
    const dialog = await waitForDialog(page, 'name');
    await dialog.locator('input[name="dialog-input"]').fill('Ann Lee');
    await pressDialog(page, 'name', 'start', input);
    await waitForBoard(page);
    await press(page, '[data-action="back"]', input);
    await waitForDialog(page, 'leave');
    await pressDialog(page, 'leave', 'leave', input);
    await waitForScreen(page, 'title');
    assert.match((await resumeBanner(page)) ?? '', /Resume your teacher’s round\?/);
    await press(page, '[data-action="discard"]', input);
    await waitForDialog(page, 'discard');
    await pressDialog(page, 'discard', 'discard', input);
    assert.equal(await resumeBanner(page), null);

    await press(page, '[data-action="start-invite"]', input);
    const played = await playFromName(page, null, round.config);
    await checkHandIn(page, {
      code: round.code,
      config: round.config,
      name: 'Ann Lee',
      played,
      attempt: 1,
      abandoned: 1,
    });
    assert.match(await page.locator('[data-panel="hand-in"]').innerText(), /started and left one before/);
    await screenshot(page, 'class-abandoned-phone-large');
    assert.deepEqual(game.errors, []);
    await game.close();
  });
});
