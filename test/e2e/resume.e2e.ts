import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { screenshot, startHarness, waitForScreen, type Harness, type ViewportName } from './harness';
import { articlePack, press, rightGaps, waitForBoard, waitForQuiz, type Input } from './player';
import {
  answer,
  boardState,
  handedIn,
  openAt,
  placeByTaps,
  playBoard,
  pressDialog,
  quizState,
  recordJsDialogs,
  resumeBanner,
  savedProgress,
  teacherRound,
  waitForDialog,
  waitForNextQuestion,
} from './round-helpers';

/**
 * A round survives a reload and the browser's Back at every stage: the board mid-placement, the
 * board done, a question before and after answering, the results. After a reload the menu offers
 * "Resume your round?" and Resume returns to the same screen as it was; after Back the menu shows
 * with the round saved and Resume carries on. A teacher's round reloaded mid-quiz and then
 * finished is still attempt 1: starting is not an attempt.
 */
const pack = articlePack();

let harness: Harness;
before(async () => (harness = await startHarness()));
after(async () => harness.close());

const screenOf = (page: Page): Promise<string | undefined> =>
  page.evaluate(() => document.documentElement.dataset.screen);

type Snapshot = { screen: string; progress: unknown; view: unknown };

/** What must come back: the screen, the saved progress, and what the screen shows. */
async function snapshot(page: Page): Promise<Snapshot> {
  const screen = (await screenOf(page)) ?? '';
  const view =
    screen === 'board'
      ? { ...(await boardState(page)), status: await page.locator('[data-status]').textContent() }
      : await quizState(page);
  return { screen, progress: await savedProgress(page), view };
}

async function resumed(page: Page, expected: Snapshot, what: string): Promise<void> {
  if (expected.screen === 'board') await waitForBoard(page);
  else await waitForQuiz(page);
  const now = await snapshot(page);
  assert.deepEqual(now, expected, `${what}: Resume returns to the same ${expected.screen} as it was`);
}

/**
 * Reloads mid-round (the page asks first: beforeunload, accepted), expects the menu to offer the
 * round where it was, and resumes it.
 */
async function reloadAndResume(
  page: Page,
  seen: string[],
  input: Input,
  banner: RegExp,
  what: string,
  tag: string,
): Promise<void> {
  const expected = await snapshot(page);
  const asked = seen.filter((t) => t === 'beforeunload').length;
  await page.reload();
  await waitForScreen(page, 'title');
  assert.equal(
    seen.filter((t) => t === 'beforeunload').length,
    asked + 1,
    `${what}: the reload asked first (beforeunload)`,
  );
  await screenshot(page, `resume-menu-after-reload-${tag}`);
  const offered = await resumeBanner(page);
  assert.match(
    offered ?? `(no Resume banner; notices: ${await page.locator('.notices').allInnerTexts()})`,
    banner,
    `${what}: the menu offers the round`,
  );
  await press(page, '[data-action="resume"]', input);
  await resumed(page, expected, `${what}, reloaded`);
}

/** The browser's Back mid-round: the menu, the round saved as it was; Resume carries on. */
async function backAndResume(page: Page, input: Input, banner: RegExp, what: string): Promise<void> {
  const expected = await snapshot(page);
  await page.goBack({ waitUntil: 'commit' });
  await waitForScreen(page, 'title');
  assert.match(
    (await resumeBanner(page)) ?? '(no Resume banner)',
    banner,
    `${what}: Back leaves the round saved`,
  );
  assert.deepEqual(await savedProgress(page), expected.progress, `${what}: saved as it was`);
  await press(page, '[data-action="resume"]', input);
  await resumed(page, expected, `${what}, after Back`);
}

interface Chain {
  viewport: ViewportName;
  input: Input;
  kind: 'friend' | 'teacher';
  seed: number;
  /** At the results: the browser's Back, or a reload. */
  atResults: 'back' | 'reload';
}

const chains: Chain[] = [
  // Answers of at most 40 characters: a longer one is the separate case below.
  { viewport: 'phone', input: 'touch', kind: 'friend', seed: 22, atResults: 'back' },
  { viewport: 'laptop', input: 'mouse', kind: 'teacher', seed: 42, atResults: 'reload' },
];

describe('a round survives reload and Back at every stage', () => {
  for (const chain of chains) {
    const { viewport, input, kind } = chain;
    it(`${kind === 'teacher' ? 'a teacher’s round' : 'a friend’s round'} at ${viewport} with ${input}`, async () => {
      const round = teacherRound(pack, { seed: chain.seed, questionCount: 3 });
      const query = kind === 'teacher' ? `?round=${round.code}` : `?play=${round.code}`;
      const heading = kind === 'teacher' ? 'Resume your teacher’s round\\?' : 'Resume your round\\?';
      const game = await openAt(harness, viewport, { query });
      const { page } = game;
      const seen = recordJsDialogs(page);

      await press(page, '[data-action="start-invite"]', input);
      if (kind === 'teacher') {
        const name = await waitForDialog(page, 'name');
        await name.locator('input[name="dialog-input"]').fill('Ann Lee');
        await pressDialog(page, 'name', 'start', input);
      }
      let board = await waitForBoard(page);

      // 1. The board, mid-placement: two cards placed (one of them wrong).
      for (const wrong of [false, true]) {
        const line = board.cards.map((c) => c.id);
        const right = rightGaps(pack, line, board.deck!.id);
        const wrongGap = Array.from({ length: line.length + 1 }, (_, i) => i).find(
          (i) => i < right.first || i > right.last,
        );
        const gap = wrong && wrongGap !== undefined ? wrongGap : right.first;
        board = await placeByTaps(page, gap, input);
      }
      await reloadAndResume(
        page,
        seen,
        input,
        new RegExp(`${heading}.*card 3 to place`),
        'board mid-placement',
        `board-${viewport}`,
      );
      await backAndResume(page, input, new RegExp(`${heading}.*card 3 to place`), 'board mid-placement');

      // 2. The board done (the reveal).
      await playBoard(page, pack, input);
      assert.equal((await boardState(page)).done, true);
      await reloadAndResume(
        page,
        seen,
        input,
        new RegExp(`${heading}.*the timeline is done`),
        'board done',
        `reveal-${viewport}`,
      );
      await backAndResume(page, input, new RegExp(`${heading}.*the timeline is done`), 'board done');
      assert.equal(
        await page.locator('[data-action="to-quiz"]').count(),
        1,
        'the way on to the quiz is there',
      );

      // 3. A question, before answering.
      await press(page, '[data-action="to-quiz"]', input);
      await waitForQuiz(page);
      await reloadAndResume(
        page,
        seen,
        input,
        new RegExp(`${heading}.*question 1 of 3`),
        'question before answering',
        `quiz-${viewport}`,
      );
      await backAndResume(
        page,
        input,
        new RegExp(`${heading}.*question 1 of 3`),
        'question before answering',
      );
      assert.equal((await quizState(page)).answered, null, 'still unanswered');

      // 4. The same question, answered.
      const answers: string[] = [(await answer(page, pack, input, false)).given];
      await reloadAndResume(
        page,
        seen,
        input,
        new RegExp(`${heading}.*question 1 of 3`),
        'question answered',
        `answered-${viewport}`,
      );
      await backAndResume(page, input, new RegExp(`${heading}.*question 1 of 3`), 'question answered');
      assert.notEqual((await quizState(page)).answered, null, 'still answered, with its verdict');
      assert.equal(await page.locator('[data-action="next"]').isEnabled(), true);

      // On to the results.
      for (let i = 1; i < 3; i++) {
        const prompt = (await quizState(page)).prompt;
        await press(page, '[data-action="next"]', input);
        await waitForNextQuestion(page, prompt);
        answers.push((await answer(page, pack, input, true)).given);
      }
      await press(page, '[data-action="next"]', input);
      await waitForScreen(page, 'results');
      const score = await page.locator('[data-score]').textContent();
      let code: string | null = null;
      if (kind === 'teacher') {
        const decoded = await handedIn(page, pack);
        assert.equal(decoded.attempt, 1, 'four reloads and four Backs later, still attempt 1');
        assert.equal(decoded.abandoned, 0, 'nothing was left');
        assert.deepEqual(decoded.answers, answers, 'the answers as given, across the reloads');
        code = decoded.code;
      }

      // 5. The results.
      const asked = seen.filter((t) => t === 'beforeunload').length;
      if (chain.atResults === 'back') {
        await page.goBack({ waitUntil: 'commit' });
        await waitForScreen(page, 'title');
        assert.equal(await resumeBanner(page), null, 'a finished round is not offered for resuming');
        assert.equal(await savedProgress(page), null);
      } else {
        await page.reload();
        await page.waitForFunction(() =>
          ['title', 'results'].includes(document.documentElement.dataset.screen ?? ''),
        );
        await screenshot(page, `resume-results-after-reload-${viewport}`);
        assert.equal(
          seen.filter((t) => t === 'beforeunload').length,
          asked,
          'a finished round does not ask before reloading',
        );
        assert.equal(await resumeBanner(page), null, 'a finished round is not offered for resuming');
        assert.equal(await screenOf(page), 'results', 'the results stay after a reload');
        assert.equal(await page.locator('[data-score]').textContent(), score);
        if (code)
          assert.equal(
            ((await page.locator('[data-result-code]').textContent()) ?? '').trim(),
            code,
            'the code to hand in stays',
          );
      }
      assert.deepEqual(game.errors, []);
      await game.close();
    });
  }

  it('an answer with a long label survives a reload (phone, touch)', async () => {
    // Question 1 is multiple choice; its right answer is 47 characters long.
    const round = teacherRound(pack, { seed: 5, questionCount: 3 });
    const game = await openAt(harness, 'phone', { query: `?play=${round.code}` });
    const { page } = game;
    await press(page, '[data-action="start-invite"]', 'touch');
    await playBoard(page, pack, 'touch');
    await press(page, '[data-action="to-quiz"]', 'touch');
    const given = (await answer(page, pack, 'touch', true)).given;
    assert.ok(given.length > 40, `the answer is long: ${given}`);
    const expected = await snapshot(page);
    await page.reload();
    await waitForScreen(page, 'title');
    await screenshot(page, 'resume-long-answer-phone');
    const notices = await page.locator('.notices').allInnerTexts();
    assert.match(
      (await resumeBanner(page)) ?? `(no Resume banner; notices: ${notices.join(' ')})`,
      /Resume your round\?.*question 1 of 3/,
    );
    await press(page, '[data-action="resume"]', 'touch');
    await resumed(page, expected, 'a long answer, reloaded');
    assert.deepEqual(game.errors, []);
    await game.close();
  });
});
