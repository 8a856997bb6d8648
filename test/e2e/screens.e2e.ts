import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { screenshot, settle, startHarness, waitForScreen, type GamePage, type Harness } from './harness';
import { waitForBoard, waitForQuiz } from './player';
import { codeOf, newSession } from './states-helpers';
import {
  boardDone,
  boardMid,
  chooseOnCanvas,
  lastAnswered,
  mainButtonProblems,
  mixedRound,
  openSaved,
  openTitle,
  quizAt,
  sidewaysOverflow,
  sortRound,
  submitPad,
  teacherOrigin,
  topBarOverflow,
  toResults,
  typeOnPad,
  waitForDialog,
  wrappedLabels,
} from './tour-helpers';

/**
 * Every screen and the dialogs a player meets, photographed at five sizes (two phones, a
 * tablet, a school laptop, a wide screen) into test-results/screenshots/screen-<name>-<size>.png,
 * with the fit every screen owes its player: nothing wider than the window, the screen's main
 * button whole inside the window (footers not cut off), nothing in the top bar cut short.
 *
 * Each state is reached once, in a fresh browser context, through the game's own paths (the
 * menu, a link, Resume of a round saved in Node); the window is then resized through the five
 * sizes, as a phone turned or a window dragged would, and each size is photographed and checked.
 */
const SIZES = [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

let harness: Harness;
before(async () => (harness = await startHarness()));
after(async () => {
  await harness.close();
  if (notes.length > 0) console.log(`# Button labels that wrap:\n${notes.map((n) => `#   ${n}`).join('\n')}`);
});

interface Shot {
  /** The screen's main button: must be whole inside the window. */
  main: string | null;
  /** The main button sits at the end of a page that scrolls: scroll to it first. */
  scrollTo?: boolean;
  /** The canvas is on show: wait for its scene to settle after each resize. */
  canvas?: 'board' | 'quiz' | 'finale';
}

/** Wrapped button labels: reported (test diagnostics), not failed on. */
const notes: string[] = [];

/** Photographs the page at every size and returns what does not fit. */
async function photograph(page: Page, name: string, shot: Shot): Promise<string[]> {
  const problems: string[] = [];
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await settle(page, 400);
    if (shot.canvas === 'board') await waitForBoard(page);
    if (shot.canvas === 'quiz') await waitForQuiz(page);
    const label = `${size.width}x${size.height}`;
    if (shot.main && shot.scrollTo) await page.locator(shot.main).first().scrollIntoViewIfNeeded();
    await screenshot(page, `screen-${name}-${label}`);
    const wider = await sidewaysOverflow(page);
    if (wider > 0) problems.push(`${name} at ${label}: the page is ${wider}px wider than the window`);
    if (shot.main)
      for (const p of await mainButtonProblems(page, shot.main)) problems.push(`${name} at ${label}: ${p}`);
    for (const p of await topBarOverflow(page))
      problems.push(`${name} at ${label}: the top bar cuts off ${p}`);
    for (const w of await wrappedLabels(page)) notes.push(`${name} at ${label}: ${w} wraps`);
    if (shot.main && shot.scrollTo) await page.evaluate(() => window.scrollTo(0, 0));
  }
  return problems;
}

async function done(game: GamePage, problems: string[]): Promise<void> {
  assert.deepEqual(game.errors, [], 'no console errors');
  await game.close();
  assert.deepEqual(problems, [], problems.join('\n'));
}

describe('every screen at five sizes', () => {
  it('the menu, its reading screens and the round-code dialog', async () => {
    const game = await openTitle(harness);
    const { page } = game;
    const problems = await photograph(page, 'title', { main: '[data-action="play"]' });
    for (const screen of ['source', 'how-to', 'settings'] as const) {
      await page.locator(`[data-action="${screen}"]`).click();
      await waitForScreen(page, screen);
      problems.push(...(await photograph(page, screen, { main: '[data-action="back"]' })));
      await page.locator('[data-action="back"]').click();
      await waitForScreen(page, 'title');
    }
    await page.locator('[data-action="enter-code"]').click();
    await waitForDialog(page, 'code');
    await page.locator('input[name="dialog-input"]').fill('NL-7K3Q');
    await page.locator('dialog[data-dialog="code"] [data-action="open"]').click();
    await settle(page);
    problems.push(
      ...(await photograph(page, 'dialog-code', { main: 'dialog[data-dialog="code"] [data-action="open"]' })),
    );
    await done(game, problems);
  });

  it('a teacher’s invite on the menu and the name dialog', async () => {
    const game = await openTitle(harness, {}, `?round=${codeOf(mixedRound)}`);
    const { page } = game;
    const problems = await photograph(page, 'title-invite', { main: '[data-action="start-invite"]' });
    await page.locator('[data-action="start-invite"]').click();
    await waitForDialog(page, 'name');
    problems.push(
      ...(await photograph(page, 'dialog-name', {
        main: 'dialog[data-dialog="name"] [data-action="start"]',
      })),
    );
    await done(game, problems);
  });

  it('the message a broken link shows', async () => {
    const game = await openTitle(harness, {}, '?round=NL-ABCD-EFGH', 'message');
    const problems = await photograph(game.page, 'message', { main: '[data-action="menu"]' });
    await done(game, problems);
  });

  it('the board in place mode mid-round, and the leave dialog', async () => {
    const game = await openSaved(harness, boardMid());
    const { page } = game;
    const problems = await photograph(page, 'board-place', { main: '[data-feedback]', canvas: 'board' });
    await page.locator('[data-action="back"]').click();
    await waitForDialog(page, 'leave');
    problems.push(
      ...(await photograph(page, 'dialog-leave', {
        main: 'dialog[data-dialog="leave"] [data-action="stay"]',
      })),
    );
    await done(game, problems);
  });

  it('the board in place mode done, and how we know a card', async () => {
    const game = await openSaved(harness, boardDone());
    const { page } = game;
    const problems = await photograph(page, 'board-place-done', {
      main: '[data-action="to-quiz"]',
      canvas: 'board',
    });
    await page.setViewportSize(SIZES[3]);
    const board = await waitForBoard(page);
    const card = board.cards[1]!;
    await page.mouse.click(
      board.canvas.left + card.x + card.width / 2,
      board.canvas.top + card.y + card.height / 2,
    );
    await waitForDialog(page, 'how-we-know');
    problems.push(
      ...(await photograph(page, 'dialog-how-we-know', {
        main: 'dialog[data-dialog="how-we-know"] [data-action="close"]',
      })),
    );
    await done(game, problems);
  });

  it('the board in sort mode, before and after Check order', async () => {
    const game = await openSaved(harness, newSession(sortRound));
    const { page } = game;
    const problems = await photograph(page, 'board-sort', { main: '[data-action="check"]', canvas: 'board' });
    await page.locator('[data-action="check"]').click();
    await page.waitForSelector('[data-action="to-quiz"]');
    problems.push(
      ...(await photograph(page, 'board-sort-checked', { main: '[data-action="to-quiz"]', canvas: 'board' })),
    );
    await done(game, problems);
  });

  it('the quiz: multiple choice answered, true/false, the number pad', async () => {
    const game = await openSaved(harness, quizAt(mixedRound, 0));
    const { page } = game;
    await chooseOnCanvas(page, 0);
    const problems = await photograph(page, 'quiz-choice-answered', {
      main: '[data-action="next"]',
      canvas: 'quiz',
    });
    await page.locator('[data-action="next"]').click();
    const trueFalse = await waitForQuiz(page);
    assert.equal(trueFalse.kind, 'true-false');
    problems.push(
      ...(await photograph(page, 'quiz-true-false', { main: '[data-action="next"]', canvas: 'quiz' })),
    );
    await chooseOnCanvas(page, 0);
    await page.locator('[data-action="next"]').click();
    const pad = await waitForQuiz(page);
    assert.equal(pad.kind, 'number');
    await typeOnPad(page, '12');
    problems.push(
      ...(await photograph(page, 'quiz-number', { main: '[data-action="next"]', canvas: 'quiz' })),
    );
    await submitPad(page);
    problems.push(
      ...(await photograph(page, 'quiz-number-answered', { main: '[data-action="next"]', canvas: 'quiz' })),
    );
    await done(game, problems);
  });

  it('the results of one’s own round', async () => {
    const game = await openSaved(harness, lastAnswered(mixedRound));
    await toResults(game.page);
    const problems = await photograph(game.page, 'results', { main: '[data-score]', canvas: 'finale' });
    problems.push(
      ...(await photograph(game.page, 'results-actions', { main: '[data-action="again"]', scrollTo: true })),
    );
    await done(game, problems);
  });

  it('the results of a teacher’s round, with the code to hand in', async () => {
    const game = await openSaved(harness, lastAnswered(mixedRound, teacherOrigin(mixedRound)));
    await toResults(game.page);
    const problems = await photograph(game.page, 'results-teacher', {
      main: '[data-score]',
      canvas: 'finale',
    });
    problems.push(
      ...(await photograph(game.page, 'results-teacher-hand-in', {
        main: '[data-action="copy-code"]',
        scrollTo: true,
      })),
    );
    await done(game, problems);
  });
});
