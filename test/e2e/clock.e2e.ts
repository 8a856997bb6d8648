import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import {
  openGame,
  screenshot,
  startHarness,
  waitForScreen,
  type GamePage,
  type Harness,
  type ViewportName,
} from './harness';
import {
  articlePack,
  press,
  readout,
  waitForBoard,
  waitForQuiz,
  type Input,
  type QuizReadout,
} from './player';
import {
  answer,
  handedIn,
  playBoard,
  pressDialog,
  quizState,
  savedProgress,
  savedRoundStorage,
  teacherRound,
  touchContext,
  waitForDialog,
  waitForNextQuestion,
} from './round-helpers';

/**
 * The quiz clock is fair: a teacher's round with 10 seconds a question, time driven with
 * playwright's fake clock. Held for 30 seconds behind "Leave this round?", in a hidden tab or in
 * Settings, a question has the time it had before; left alone, it runs out and says so.
 */
const pack = articlePack();
// Three questions, ten seconds each; the first is multiple choice.
const round = teacherRound(pack, { seed: 5, questionCount: 3, timerSeconds: 10 });
const origin = { kind: 'shared' as const, roundCode: round.code, playerName: 'Ann Lee' };

let harness: Harness;
before(async () => (harness = await startHarness()));
after(async () => harness.close());

/** The game with a fake clock installed before it loads (time flows until the test moves it). */
async function openWithClock(
  viewport: ViewportName,
  options: { storage?: Record<string, string>; query?: string },
): Promise<GamePage> {
  const context = await touchContext(harness, viewport);
  await context.clock.install();
  const game = await openGame(harness, { viewport, context, ...options });
  await waitForScreen(game.page, 'title');
  return game;
}

/** From a saved teacher's round with the board done, to its first question (its clock starting). */
async function toFirstQuestion(game: GamePage, input: Input): Promise<void> {
  await press(game.page, '[data-action="resume"]', input);
  await waitForBoard(game.page);
  await press(game.page, '[data-action="to-quiz"]', input);
  await waitForQuiz(game.page);
}

/**
 * 30 seconds pass: the clock jumps (as it does for a tab the browser throttled), the round's
 * ticker fires at the new time, then a second more runs frame by frame.
 */
async function holdFor30s(page: Page): Promise<void> {
  await page.clock.fastForward(30_000);
  await page.clock.runFor(1_000);
}

/** Seconds left on the question, as the page says it ("7 s left"); null when there is no timer. */
async function secondsLeft(page: Page): Promise<number | null> {
  await page.waitForTimeout(50);
  const text = (await page.locator('.sr-layer p').allTextContents()).find((t) => /s left/.test(t));
  const match = text?.match(/(\d+) s left/);
  return match ? Number(match[1]) : null;
}

/** The question is still open: not timed out, nothing answered, the canvas waiting for an answer. */
async function stillOpen(page: Page, what: string): Promise<void> {
  assert.equal((await quizState(page)).answered, null, `${what}: the question was not timed out`);
  assert.deepEqual((await savedProgress(page))?.answers, [], `${what}: nothing recorded`);
  assert.equal((await readout<QuizReadout>(page)).answered, false);
}

async function answersAfterPause(page: Page, input: Input, what: string): Promise<void> {
  const { given } = await answer(page, pack, input, true);
  const verdict = (await quizState(page)).answered ?? '';
  assert.match(verdict, /Right!/, `${what}: the answer counts`);
  assert.doesNotMatch(verdict, /Time’s up/);
  assert.equal((await savedProgress(page))?.answers[0]?.given, given);
}

describe('the quiz clock is fair', () => {
  it('held 30 s behind "Leave this round?" (phone, touch): Keep playing, and the time left is as it was', async () => {
    const game = await openWithClock('phone', {
      storage: savedRoundStorage(pack, round.config, origin, { phase: 'reveal' }),
      query: `?round=${round.code}`,
    });
    const { page } = game;
    await toFirstQuestion(game, 'touch');
    await page.clock.runFor(2_000);
    const start = await secondsLeft(page);
    assert.ok(start !== null && start >= 1 && start <= 9, `the question's clock runs: ${start} s left`);
    await press(page, '[data-action="back"]', 'touch');
    await waitForDialog(page, 'leave');
    const held = (await secondsLeft(page))!;
    await holdFor30s(page);
    await screenshot(page, 'clock-leave-held-phone');
    assert.equal(await secondsLeft(page), held, 'the clock stood still behind the dialog');
    await pressDialog(page, 'leave', 'stay', 'touch');
    await stillOpen(page, 'after 30 s behind the dialog');
    const later = await secondsLeft(page);
    assert.ok(
      later !== null && later <= held && later >= held - 1,
      `time left ${held} s when held, ${later} s after`,
    );
    await answersAfterPause(page, 'touch', 'after the dialog');
    assert.deepEqual(game.errors, []);
    await game.close();
  });

  it('30 s in a hidden tab (phone, touch): the time left is as it was', async () => {
    const game = await openWithClock('phone-tall', {
      storage: savedRoundStorage(pack, round.config, origin, { phase: 'reveal' }),
      query: `?round=${round.code}`,
    });
    const { page } = game;
    await toFirstQuestion(game, 'touch');
    await page.clock.runFor(2_000);
    const start = await secondsLeft(page);
    assert.ok(start !== null && start >= 1 && start <= 9, `the question's clock runs: ${start} s left`);
    // A page script as text: the test runner's transform would otherwise name the getters.
    const visibility = (hidden: boolean): Promise<void> =>
      page.evaluate(`(() => {
        Object.defineProperty(document, 'visibilityState', { configurable: true, value: ${hidden ? "'hidden'" : "'visible'"} });
        Object.defineProperty(document, 'hidden', { configurable: true, value: ${hidden} });
        document.dispatchEvent(new Event('visibilitychange'));
      })()`);
    await visibility(true);
    const held = (await secondsLeft(page))!;
    await holdFor30s(page);
    assert.equal(await secondsLeft(page), held, 'the clock stood still while hidden');
    await visibility(false);
    await stillOpen(page, 'after 30 s hidden');
    const later = await secondsLeft(page);
    assert.ok(
      later !== null && later <= held && later >= held - 1,
      `time left ${held} s when hidden, ${later} s after`,
    );
    await answersAfterPause(page, 'touch', 'after the hidden tab');
    assert.deepEqual(game.errors, []);
    await game.close();
  });

  it('30 s in Settings from the gear (laptop, mouse): the time left is as it was', async () => {
    const game = await openWithClock('laptop', {
      storage: savedRoundStorage(pack, round.config, origin, { phase: 'reveal' }),
      query: `?round=${round.code}`,
    });
    const { page } = game;
    await toFirstQuestion(game, 'mouse');
    await page.clock.runFor(2_000);
    const start = await secondsLeft(page);
    assert.ok(start !== null && start >= 1 && start <= 9, `the question's clock runs: ${start} s left`);
    const prompt = (await quizState(page)).prompt;
    await press(page, '[data-action="settings"]', 'mouse');
    await waitForScreen(page, 'settings');
    await holdFor30s(page);
    await screenshot(page, 'clock-settings-held-laptop');
    await press(page, '[data-action="back"]', 'mouse');
    await waitForScreen(page, 'quiz');
    await waitForQuiz(page);
    assert.equal((await quizState(page)).prompt, prompt, 'back to the same question');
    await stillOpen(page, 'after 30 s in Settings');
    // Read before the gear (Settings has no timer on it): a press there and back takes a moment.
    const later = await secondsLeft(page);
    assert.ok(
      later !== null && later <= start && later >= start - 3,
      `time left ${start} s before the gear, ${later} s after`,
    );
    await answersAfterPause(page, 'mouse', 'after Settings');
    assert.deepEqual(game.errors, []);
    await game.close();
  });

  it('left alone, the question runs out: "Time’s up", recorded as no answer in the result code (phone, touch)', async () => {
    const game = await openWithClock('phone-small', { query: `?round=${round.code}` });
    const { page } = game;
    await press(page, '[data-action="start-invite"]', 'touch');
    const name = await waitForDialog(page, 'name');
    await name.locator('input[name="dialog-input"]').fill('Ann Lee');
    await pressDialog(page, 'name', 'start', 'touch');
    const gaps = await playBoard(page, pack, 'touch');
    await press(page, '[data-action="to-quiz"]', 'touch');
    await waitForQuiz(page);
    assert.ok(((await secondsLeft(page)) ?? 0) >= 9, 'ten seconds to start with');
    await page.clock.runFor(11_000);
    await page.waitForFunction(() => document.querySelector('[data-answered]') !== null);
    const verdict = (await quizState(page)).answered ?? '';
    assert.match(verdict, /Time’s up/);
    assert.equal((await readout<QuizReadout>(page)).answered, true, 'the canvas shows it answered');
    assert.equal((await savedProgress(page))?.answers[0]?.given, null, 'recorded as no answer');
    assert.equal(await secondsLeft(page), null, 'the timer is gone');
    await screenshot(page, 'clock-times-up-phone-small');

    const answers: Array<string | null> = [null];
    for (let i = 1; i < 3; i++) {
      const prompt = (await quizState(page)).prompt;
      await press(page, '[data-action="next"]', 'touch');
      await waitForNextQuestion(page, prompt);
      answers.push((await answer(page, pack, 'touch', true)).given);
    }
    await press(page, '[data-action="next"]', 'touch');
    await waitForScreen(page, 'results');
    const decoded = await handedIn(page, pack);
    assert.deepEqual(decoded.answers, answers, 'the time-out travels as no answer');
    assert.deepEqual(decoded.submission, { mode: 'place', gaps });
    assert.equal(decoded.result.quizCorrect, 2);
    assert.deepEqual(game.errors, []);
    await game.close();
  });
});
