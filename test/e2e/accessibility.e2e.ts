import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { buildPartialOrder, revealOrder } from '../../src/rules/order';
import { answerLabel, sameAnswer } from '../../src/rules/scoring';
import {
  openGame,
  screenshot,
  SCREENSHOT_DIR,
  settle,
  startHarness,
  VIEWPORTS,
  waitForScreen,
  type Harness,
} from './harness';
import { rightGaps, waitForBoard, waitForQuiz } from './player';
import { codeOf, newSession, pack, storageWith } from './states-helpers';
import {
  axeSerious,
  boardDone,
  boardMid,
  lastAnswered,
  mainButtonProblems,
  mixedRound,
  openSaved,
  openTitle,
  quizAt,
  sidewaysOverflow,
  sortRound,
  teacherOrigin,
  toResults,
  waitForDialog,
} from './tour-helpers';

/**
 * Everyone can play: axe-core finds nothing serious or critical on any screen or dialog, the
 * page and the pack's text say their language, a whole round goes from the menu to the results
 * by keyboard alone, every choice says its state, and 150 % text with high contrast still fits
 * a phone and a laptop.
 *
 * axe-core is injected as a script, which the game's Content-Security-Policy forbids: the
 * contexts of this file alone bypass the CSP (robustness.e2e.ts plays under it).
 */
let harness: Harness;
before(async () => (harness = await startHarness()));
after(async () => harness.close());

const a11y = { bypassCSP: true } as const;

/** Runs axe on the page as it is and files what it finds under `where`. */
async function audit(page: Page, where: string, findings: string[]): Promise<void> {
  for (const f of await axeSerious(page))
    findings.push(`${where}: ${f.id} (${f.impact}) ${f.help}\n    ${f.nodes.join('\n    ')}`);
}

async function press(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().click();
  await settle(page);
}

/**
 * Activates a control of the accessibility layer (visually hidden behind the canvas) as a
 * screen reader or keyboard does: focus, then Enter.
 */
async function activate(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().focus();
  await page.keyboard.press('Enter');
  await settle(page);
}

describe('axe-core finds nothing serious or critical', () => {
  it('on the menu, its reading screens and its dialogs', async () => {
    const findings: string[] = [];
    const game = await openTitle(harness, a11y);
    const { page } = game;
    await audit(page, 'title', findings);
    await press(page, 'details.round-options summary');
    await audit(page, 'title with the round options open', findings);
    for (const screen of ['source', 'how-to', 'settings'] as const) {
      await press(page, `[data-action="${screen}"]`);
      await waitForScreen(page, screen);
      await audit(page, screen, findings);
      await press(page, '[data-action="back"]');
      await waitForScreen(page, 'title');
    }
    await press(page, '[data-action="enter-code"]');
    await waitForDialog(page, 'code');
    await audit(page, 'the round-code dialog', findings);
    await page.locator('input[name="dialog-input"]').fill('NL-7K3Q-XXXX');
    await press(page, 'dialog[data-dialog="code"] [data-action="open"]');
    await page.waitForFunction(
      () => (document.querySelector('.dialog__problem')?.textContent ?? '').length > 0,
    );
    await audit(page, 'the round-code dialog saying what is wrong', findings);
    assert.deepEqual(game.errors, []);
    await game.close();
    assert.deepEqual(findings, [], findings.join('\n'));
  });

  it('on a teacher’s invite, the name dialog, a resume banner and the dialogs it leads to', async () => {
    const findings: string[] = [];
    const invite = await openTitle(harness, a11y, `?round=${codeOf(mixedRound)}`);
    await audit(invite.page, 'title with a teacher’s invite', findings);
    await press(invite.page, '[data-action="start-invite"]');
    await waitForDialog(invite.page, 'name');
    await audit(invite.page, 'the name dialog', findings);
    await press(invite.page, 'dialog[data-dialog="name"] [data-action="start"]');
    await invite.page.waitForFunction(
      () => (document.querySelector('.dialog__problem')?.textContent ?? '').length > 0,
    );
    await audit(invite.page, 'the name dialog asking for a name', findings);
    assert.deepEqual(invite.errors, []);
    await invite.close();

    const saved = await openSaved(harness, boardMid(), { ...a11y, resume: false });
    const { page } = saved;
    await audit(page, 'title with a resume banner', findings);
    await press(page, '[data-action="play"]');
    await waitForDialog(page, 'replace-saved');
    await audit(page, 'the replace-saved dialog', findings);
    await press(page, 'dialog[data-dialog="replace-saved"] [data-action="cancel"]');
    await press(page, '[data-action="discard"]');
    await waitForDialog(page, 'discard');
    await audit(page, 'the discard dialog', findings);
    await press(page, 'dialog[data-dialog="discard"] [data-action="keep"]');
    assert.deepEqual(saved.errors, []);
    await saved.close();

    const message = await openTitle(harness, a11y, '?round=NL-ABCD-EFGH', 'message');
    await audit(message.page, 'the message of a broken link', findings);
    await message.close();
    assert.deepEqual(findings, [], findings.join('\n'));
  });

  it('on the board in place mode: before and after a placement, done, how we know, leaving', async () => {
    const findings: string[] = [];
    const game = await openSaved(harness, newSession(mixedRound), a11y);
    const { page } = game;
    await audit(page, 'board (place) before a placement', findings);
    await activate(page, '.sr-layer [data-id="gap-0"]');
    await waitForBoard(page);
    await audit(page, 'board (place) after a placement', findings);
    await press(page, '[data-action="back"]');
    await waitForDialog(page, 'leave');
    await audit(page, 'the leave dialog', findings);
    await press(page, 'dialog[data-dialog="leave"] [data-action="stay"]');
    await game.close();

    const finished = await openSaved(harness, boardDone(), a11y);
    await audit(finished.page, 'board (place) done', findings);
    await activate(finished.page, '.sr-layer [data-id^="card-"]');
    await waitForDialog(finished.page, 'how-we-know');
    await audit(finished.page, 'the how-we-know dialog', findings);
    assert.deepEqual([...game.errors, ...finished.errors], []);
    await finished.close();
    assert.deepEqual(findings, [], findings.join('\n'));
  });

  it('on the board in sort mode: before, with a card picked up, after Check order', async () => {
    const findings: string[] = [];
    const game = await openSaved(harness, newSession(sortRound), a11y);
    const { page } = game;
    await audit(page, 'board (sort) before', findings);
    await activate(page, '.sr-layer [data-id^="card-"]');
    await audit(page, 'board (sort) with a card picked up', findings);
    await press(page, '[data-action="check"]');
    await page.waitForSelector('[data-action="to-quiz"]');
    await audit(page, 'board (sort) after Check order', findings);
    assert.deepEqual(game.errors, []);
    await game.close();
    assert.deepEqual(findings, [], findings.join('\n'));
  });

  it('on the quiz: before and after an answer, its dialogs, a number question', async () => {
    const findings: string[] = [];
    const game = await openSaved(harness, quizAt(mixedRound, 0), a11y);
    const { page } = game;
    await audit(page, 'quiz (multiple choice) before an answer', findings);
    await activate(page, '.sr-layer [data-id="option-0"]');
    await audit(page, 'quiz (multiple choice) after an answer', findings);
    await press(page, '[data-action="source"]');
    await waitForDialog(page, 'source');
    await audit(page, 'the source dialog', findings);
    await press(page, 'dialog[data-dialog="source"] [data-action="close"]');
    await press(page, '[data-action="report"]');
    await waitForDialog(page, 'report');
    await audit(page, 'the report dialog', findings);
    await press(page, 'dialog[data-dialog="report"] [data-action="close"]');
    await press(page, '[data-action="next"]');
    await waitForQuiz(page);
    await audit(page, 'quiz (true/false) before an answer', findings);
    await activate(page, '.sr-layer [data-id="option-1"]');
    await press(page, '[data-action="next"]');
    const number = await waitForQuiz(page);
    assert.equal(number.kind, 'number');
    await audit(page, 'quiz (number) before an answer', findings);
    await page.locator('.sr-layer [data-id="number-answer"]').fill('12');
    await activate(page, '.sr-layer [data-id="submit-number"]');
    await audit(page, 'quiz (number) after an answer', findings);
    assert.deepEqual(game.errors, []);
    await game.close();
    assert.deepEqual(findings, [], findings.join('\n'));
  });

  it('on the results of one’s own round and of a teacher’s round, and their dialogs', async () => {
    const findings: string[] = [];
    const own = await openSaved(harness, lastAnswered(mixedRound), a11y);
    await toResults(own.page);
    await audit(own.page, 'results (own round)', findings);
    await press(own.page, 'details.review-item summary');
    await audit(own.page, 'results (own round) with a review item open', findings);
    await press(own.page, '[data-action="copy-share"]');
    if (await own.page.locator('dialog[data-dialog="copy-by-hand"]').count()) {
      await audit(own.page, 'the copy-by-hand dialog', findings);
      await press(own.page, 'dialog[data-dialog="copy-by-hand"] [data-action="close"]');
    }
    assert.deepEqual(own.errors, []);
    await own.close();

    const teacher = await openSaved(harness, lastAnswered(mixedRound, teacherOrigin(mixedRound)), a11y);
    await toResults(teacher.page);
    await audit(teacher.page, 'results (teacher’s round, with the hand-in)', findings);
    await press(teacher.page, '[data-action="show-code"]');
    await waitForDialog(teacher.page, 'show-code');
    await audit(teacher.page, 'the show-code dialog', findings);
    assert.deepEqual(teacher.errors, []);
    await teacher.close();
    assert.deepEqual(findings, [], findings.join('\n'));
  });
});

describe('language', () => {
  it('the page says its language, and the regions that read the pack say the pack’s', async () => {
    const problems: string[] = [];
    const lang = (page: Page): Promise<string | null> =>
      page.evaluate(() => document.documentElement.getAttribute('lang'));
    const regionLang = async (page: Page, selector: string, where: string): Promise<void> => {
      const value = await page.locator(selector).first().getAttribute('lang');
      if (value !== pack.language)
        problems.push(`${where} (${selector}) has lang=${value}, not ${pack.language}`);
    };

    const quiz = await openSaved(harness, quizAt(mixedRound, 0), a11y);
    if ((await lang(quiz.page)) !== 'en') problems.push(`html lang is ${await lang(quiz.page)}`);
    await regionLang(quiz.page, '.quiz-reading', 'the quiz’s question');
    await press(quiz.page, '[data-action="source"]');
    await waitForDialog(quiz.page, 'source');
    await regionLang(quiz.page, 'dialog[data-dialog="source"] .reading', 'the source dialog');
    await quiz.close();

    const finished = await openSaved(harness, boardDone(), a11y);
    await activate(finished.page, '.sr-layer [data-id^="card-"]');
    await waitForDialog(finished.page, 'how-we-know');
    await regionLang(finished.page, '.event-detail', 'how we know');
    await finished.close();

    const results = await openSaved(harness, lastAnswered(mixedRound), a11y);
    await toResults(results.page);
    await regionLang(results.page, '.panel--review', 'the results’ review');
    await results.close();

    const title = await openTitle(harness, a11y);
    await press(title.page, '[data-action="source"]');
    await waitForScreen(title.page, 'source');
    await regionLang(title.page, 'article.reading', 'the source screen');
    await title.close();
    assert.deepEqual(problems, [], problems.join('\n'));
  });

  it('pack text elsewhere (the menu’s article card, the board’s cards) says the pack’s language too', async () => {
    // Every region that shows the pack's words should carry its lang, or a pack in another
    // language is read aloud with the interface's voice (WCAG 3.1.2, language of parts).
    const problems: string[] = [];
    const title = await openTitle(harness, a11y);
    const card = await title.page
      .locator('.article-card')
      .evaluate((el) => el.closest('[lang]:not(html)')?.getAttribute('lang') ?? null);
    if (card !== pack.language)
      problems.push(`the menu’s article card (headline, outlet, author) has no lang=${pack.language}`);
    await title.close();
    const board = await openSaved(harness, boardMid(), a11y);
    const cards = await board.page
      .locator('.sr-layer [data-id^="card-"]')
      .first()
      .evaluate((el) => el.closest('[lang]:not(html)')?.getAttribute('lang') ?? null);
    if (cards !== pack.language)
      problems.push(
        `the board’s accessibility layer (card titles, clues, gap labels) has no lang=${pack.language}`,
      );
    await board.close();
    assert.deepEqual(problems, [], problems.join('\n'));
  });
});

// -----------------------------------------------------------------------------------------------
// Keyboard alone

/** What has the keyboard focus: its data-id or data-action, else its tag and text. */
async function focused(page: Page): Promise<{ key: string; visible: boolean; text: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { key: 'body', visible: false, text: '' };
    const key =
      el.getAttribute('data-id') ??
      el.getAttribute('data-action') ??
      (el instanceof HTMLInputElement
        ? `input[name=${el.name}][value=${el.value}]`
        : el.tagName.toLowerCase());
    const style = getComputedStyle(el);
    const ring =
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    // Visually hidden twins of canvas things: the canvas draws their focus ring.
    const visible = el.matches(':focus-visible') && (ring || el.closest('.sr-layer') !== null);
    return { key, visible, text: (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 80) };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focus is on `target` (a data-id, a data-action or an
 * input key as `focused` names it), as a keyboard player would; fails when it never gets there.
 */
async function tabTo(
  page: Page,
  target: string | ((key: string) => boolean),
  direction: 'forward' | 'back' = 'forward',
): Promise<void> {
  const matches = typeof target === 'string' ? (key: string) => key === target : target;
  const seen: string[] = [];
  for (let i = 0; i < 80; i++) {
    const now = await focused(page);
    if (matches(now.key)) {
      assert.ok(now.visible, `the focus on ${now.key} (“${now.text}”) is not visible`);
      return;
    }
    seen.push(now.key);
    await page.keyboard.press(direction === 'forward' ? 'Tab' : 'Shift+Tab');
  }
  throw new Error(`Tab never reached ${String(target)}; it went through ${[...new Set(seen)].join(', ')}`);
}

async function key(page: Page, name: string): Promise<void> {
  await page.keyboard.press(name);
  await settle(page);
}

/** Answers the quiz's question by keyboard: an answer button (Space/Enter), a letter key, or the number box. */
async function answerByKeyboard(page: Page, how: 'button' | 'letter', right: boolean): Promise<string> {
  const quiz = await waitForQuiz(page);
  const prompt = ((await page.locator('[data-prompt]').textContent()) ?? '').trim();
  const question = pack.questions.find((q) => q.prompt === prompt);
  assert.ok(question, `question not in the pack: ${prompt}`);
  const expected = answerLabel(question);
  if (quiz.kind === 'number') {
    await tabTo(page, 'number-answer');
    await page.keyboard.type(right ? expected : String(Number(expected) + 1));
    await key(page, 'Enter');
  } else {
    const labels = (await page.locator('.sr-layer [data-id^="option-"]').allTextContents()).map((l) =>
      l.trim().replace(/^[A-H]\.\s*/, ''),
    );
    const index = labels.findIndex((l) => sameAnswer(l, expected) === right);
    if (how === 'letter') {
      // A player checks the source first: the dialog closes, the focus is back on its button,
      // and a letter still answers (a focused button keeps only its own Enter).
      await tabTo(page, 'source');
      await key(page, 'Enter');
      await waitForDialog(page, 'source');
      await key(page, 'Escape');
      assert.equal((await focused(page)).key, 'source', 'the focus is back on the Source button');
      await key(page, 'ABCDEFGH'[index]!.toLowerCase());
    } else {
      await tabTo(page, `option-${index}`);
      await key(page, index % 2 === 0 ? 'Space' : 'Enter');
    }
    await page.waitForFunction(
      () => (window as unknown as { __newsline?: { answered?: boolean } }).__newsline?.answered === true,
    );
    const pressed = await page
      .locator('.sr-layer [data-id^="option-"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-pressed')));
    assert.deepEqual(
      pressed,
      labels.map((_, i) => (i === index ? 'true' : 'false')),
      'the chosen answer button says aria-pressed=true, the others false',
    );
  }
  await page.waitForFunction(
    () => (window as unknown as { __newsline?: { answered?: boolean } }).__newsline?.answered === true,
  );
  return quiz.kind;
}

describe('a whole round by keyboard alone', () => {
  it('place mode with five questions: Tab, Shift+Tab, Enter, Space and a letter key, from the menu to the results', async () => {
    const game = await openGame(harness, { viewport: 'laptop', reducedMotion: true });
    const { page } = game;
    await waitForScreen(page, 'title');
    await tabTo(page, 'play');
    await key(page, 'Enter');
    let board = await waitForBoard(page);
    assert.equal(board.mode, 'place');

    let turn = 0;
    while (board.deck) {
      const line = board.cards.map((c) => c.id);
      const gap = rightGaps(pack, line, board.deck.id).first;
      await tabTo(page, `gap-${gap}`, turn % 2 === 0 ? 'forward' : 'back');
      await key(page, turn % 2 === 0 ? 'Enter' : 'Space');
      board = await waitForBoard(page);
      assert.ok(
        board.cards.some((c) => c.id === line[0]) && board.cards.length === line.length + 1,
        'the card went onto the line',
      );
      turn++;
    }
    assert.equal(board.done, true);
    assert.match((await page.locator('[data-status]').textContent()) ?? '', /5 of 5 right first time/);
    await screenshot(page, 'accessibility-keyboard-board-done-1366x768');
    await tabTo(page, 'to-quiz');
    await key(page, 'Enter');

    const kinds: string[] = [];
    for (let i = 0; i < 5; i++) {
      kinds.push(await answerByKeyboard(page, i === 1 ? 'letter' : 'button', i !== 2));
      if (i === 0) await screenshot(page, 'accessibility-keyboard-quiz-answered-1366x768');
      await tabTo(page, 'next');
      await key(page, 'Enter');
    }
    await waitForScreen(page, 'results');
    const score = (await page.locator('[data-score]').textContent()) ?? '';
    assert.match(score, /\d+ out of 100/);
    assert.match((await page.locator('.results__lines').textContent()) ?? '', /4 of 5 questions right/);
    await screenshot(page, 'accessibility-keyboard-results-1366x768');
    await tabTo(page, 'menu');
    await key(page, 'Enter');
    await waitForScreen(page, 'title');
    assert.deepEqual(game.errors, []);
    await game.close();
  });

  it('Escape in a round asks before leaving (the leave dialog), and Escape again keeps playing', async () => {
    const game = await openSaved(harness, boardMid());
    const { page } = game;
    await page.locator('h1').focus();
    await key(page, 'Escape');
    const opened = await page
      .waitForSelector('dialog[data-dialog="leave"][open]', { timeout: 3000 })
      .then(() => true)
      .catch(() => false);
    assert.ok(opened, 'Escape on the board opens “Leave this round?” and it stays open');
    await key(page, 'Escape');
    await page.waitForSelector('dialog[data-dialog="leave"]', { state: 'detached' });
    assert.equal(await page.evaluate(() => document.documentElement.dataset.screen), 'board');
    assert.deepEqual(game.errors, []);
    await game.close();
  });

  it('sort mode chosen on the menu by keyboard: Space picks a card up, arrow keys move it, Space puts it down', async () => {
    const game = await openGame(harness, { viewport: 'laptop', reducedMotion: true });
    const { page } = game;
    await waitForScreen(page, 'title');
    await tabTo(page, (k) => k === 'summary');
    await key(page, 'Enter');
    await tabTo(page, (k) => k.startsWith('input[name=mode]'));
    await key(page, 'ArrowDown');
    assert.equal(
      await page.locator('input[name="mode"][value="sort"]').isChecked(),
      true,
      'ArrowDown chose sort',
    );
    assert.equal(await page.locator('input[name="mode"][value="place"]').isChecked(), false);
    await tabTo(page, (k) => k.startsWith('input[name=length]'), 'back');
    await key(page, 'ArrowUp');
    assert.equal(
      await page.locator('input[name="length"][value="0"]').isChecked(),
      true,
      'the arrow keys chose no questions',
    );
    await tabTo(page, 'play', 'back');
    await key(page, 'Enter');
    const board = await waitForBoard(page);
    assert.equal(board.mode, 'sort');

    // The right order, worked out in Node; then, place by place, the card that belongs there is
    // picked up with Space, moved with the arrow keys and put down with Space.
    const order = await page
      .locator('.sr-layer [data-id^="card-"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!.slice(5)));
    const events = order.map((id) => pack.events.find((e) => e.id === id)!);
    const right = revealOrder(events, buildPartialOrder(events, pack.events)).map((e) => e.id);
    for (let place = 0; place < right.length; place++) {
      const now = await page
        .locator('.sr-layer [data-id^="card-"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!.slice(5)));
      const id = right[place]!;
      const from = now.indexOf(id);
      if (from === place) continue;
      await tabTo(page, `card-${id}`, 'back');
      await key(page, 'Space');
      assert.equal(
        await page.locator(`.sr-layer [data-id="card-${id}"]`).getAttribute('aria-pressed'),
        'true',
        'Space picked the card up',
      );
      for (let step = 0; step < from - place; step++) await key(page, 'ArrowUp');
      const moved = await page
        .locator('.sr-layer [data-id^="card-"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!.slice(5)));
      assert.equal(
        moved.indexOf(id),
        place,
        `after Space and ArrowUp ×${from - place}, “${id}” should be at ${place + 1} (it was at ${from + 1}); it is at ${moved.indexOf(id) + 1}`,
      );
      assert.equal(await focused(page).then((f) => f.key), `card-${id}`, 'the focus moved with the card');
      await key(page, 'Space');
      assert.equal(
        await page.locator(`.sr-layer [data-id="card-${id}"]`).getAttribute('aria-pressed'),
        'false',
        'Space put the card down',
      );
    }
    await tabTo(page, 'check');
    await key(page, 'Enter');
    await page.waitForSelector('[data-action="to-results"]');
    assert.match((await page.locator('[data-status]').textContent()) ?? '', /6 of 6 in a right place/);
    await tabTo(page, 'to-results');
    await key(page, 'Enter');
    await waitForScreen(page, 'results');
    assert.match((await page.locator('[data-score]').textContent()) ?? '', /100 out of 100/);
    assert.deepEqual(game.errors, []);
    await game.close();
  });
});

describe('choices say their state', () => {
  it('round options are checked radios, answers aria-pressed, the sound switch aria-pressed, settings checked', async () => {
    const game = await openSaved(harness, quizAt(mixedRound, 0), { ...a11y, resume: false });
    const { page } = game;
    const checked = (name: string): Promise<string[]> =>
      page
        .locator(`input[name="${name}"]`)
        .evaluateAll((els) => (els as HTMLInputElement[]).filter((e) => e.checked).map((e) => e.value));
    await press(page, 'details.round-options summary');
    assert.deepEqual(await checked('mode'), ['place']);
    assert.deepEqual(await checked('length'), ['5']);
    assert.equal((await checked('set')).length, 1);
    await page.locator('label:has(input[name="mode"][value="sort"])').click();
    await page.locator('label:has(input[name="length"][value="10"])').click();
    await settle(page);
    assert.deepEqual(await checked('mode'), ['sort'], 'choosing sort checks it and unchecks place');
    assert.deepEqual(await checked('length'), ['10']);
    await page
      .locator('details.round-options')
      .screenshot({ path: `${SCREENSHOT_DIR}/accessibility-round-options-after-choosing-1366x768.png` });
    // What the player sees follows the choice: the tick and highlight, and the summary line.
    assert.equal(
      await page.locator('label.choice--selected input[name="mode"]').getAttribute('value'),
      'sort',
      'the highlighted (ticked) timeline choice is the one just chosen',
    );
    assert.match(
      (await page.locator('details.round-options summary').textContent()) ?? '',
      /10 questions · sort them all/,
    );

    await press(page, '[data-action="settings"]');
    await waitForScreen(page, 'settings');
    assert.deepEqual(await checked('setting-textScale'), ['1']);
    await page.locator('label:has(input[name="setting-textScale"][value="1.25"])').click();
    await settle(page);
    assert.deepEqual(await checked('setting-textScale'), ['1.25']);
    assert.equal(
      await page
        .locator('label.segmented__option--checked input[name="setting-textScale"]')
        .getAttribute('value'),
      '1.25',
      'the highlighted text size is the one just chosen',
    );
    await press(page, '[data-action="back"]');

    await press(page, '[data-action="resume"]');
    await waitForQuiz(page);
    const sound = page.locator('[data-action="sound"]');
    assert.equal(await sound.getAttribute('aria-pressed'), 'true');
    await press(page, '[data-action="sound"]');
    assert.equal(await sound.getAttribute('aria-pressed'), 'false', 'the sound switch says it is off');
    await press(page, '[data-action="sound"]');
    assert.equal(await sound.getAttribute('aria-pressed'), 'true');

    const pressed = (): Promise<Array<string | null>> =>
      page
        .locator('.sr-layer [data-id^="option-"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('aria-pressed')));
    assert.ok(
      (await pressed()).every((p) => p === 'false'),
      'no answer is pressed before one is chosen',
    );
    await activate(page, '.sr-layer [data-id="option-2"]');
    assert.deepEqual(
      await pressed(),
      (await pressed()).map((_, i) => (i === 2 ? 'true' : 'false')),
    );
    assert.deepEqual(game.errors, []);
    await game.close();
  });
});

describe('150 % text and high contrast', () => {
  it('the menu, the board, the quiz and the results fit a phone and a laptop', async () => {
    const problems: string[] = [];
    const context = await harness.browser.newContext({ viewport: VIEWPORTS.laptop, reducedMotion: 'reduce' });
    const sizes = [VIEWPORTS.phone, VIEWPORTS.laptop];
    const check = async (
      page: Page,
      name: string,
      canvas: 'board' | 'quiz' | null,
      main?: string,
    ): Promise<void> => {
      for (const size of sizes) {
        await page.setViewportSize(size);
        await settle(page, 400);
        if (canvas === 'board') await waitForBoard(page);
        if (canvas === 'quiz') await waitForQuiz(page);
        await screenshot(page, `accessibility-large-contrast-${name}-${size.width}x${size.height}`);
        const wider = await sidewaysOverflow(page);
        if (wider > 0)
          problems.push(`${name} at ${size.width}×${size.height}: ${wider}px wider than the window`);
        if (main)
          for (const p of await mainButtonProblems(page, main))
            problems.push(`${name} at ${size.width}×${size.height}: ${p}`);
      }
    };

    const first = await openGame(harness, { context });
    const { page } = first;
    await waitForScreen(page, 'title');
    const normal = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    await press(page, '[data-action="settings"]');
    await waitForScreen(page, 'settings');
    await page.locator('label:has(input[name="setting-textScale"][value="1.5"])').click();
    await page.locator('label:has(input[name="setting-theme"][value="high-contrast"])').click();
    await settle(page);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'high-contrast');
    const large = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    assert.ok(large >= normal * 1.45, `text is 150 %: ${normal}px → ${large}px`);
    await press(page, '[data-action="back"]');
    await waitForScreen(page, 'title');
    await check(page, 'title', null, '[data-action="play"]');
    assert.deepEqual(first.errors, []);
    await page.close();

    const visits: Array<[string, ReturnType<typeof newSession>, 'board' | 'quiz' | null, string]> = [
      ['board', boardMid(), 'board', '[data-feedback]'],
      ['quiz', quizAt(mixedRound, 1), 'quiz', '[data-action="next"]'],
      ['results', lastAnswered(mixedRound), null, '[data-score]'],
    ];
    for (const [name, session, canvas, main] of visits) {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.addInitScript((items: Record<string, string>) => {
        if (sessionStorage.getItem('__planted')) return;
        sessionStorage.setItem('__planted', '1');
        for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v);
      }, storageWith(session));
      await page.goto(harness.baseUrl);
      await waitForScreen(page, 'title');
      await press(page, '[data-action="resume"]');
      if (name === 'results') await toResults(page);
      await check(page, name, canvas, main);
      assert.deepEqual(errors, []);
      await page.close();
    }
    await context.close();
    assert.deepEqual(problems, [], problems.join('\n'));
  });
});
