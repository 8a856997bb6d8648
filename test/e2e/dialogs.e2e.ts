import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { decodeRound } from '../../src/rules/round-code';
import { STORAGE_KEY } from '../../src/state/storage';
import { screenshot, settle, startHarness, waitForScreen, type Harness, type ViewportName } from './harness';
import {
  articlePack,
  press,
  readout,
  tapAt,
  waitForBoard,
  waitForQuiz,
  type BoardReadout,
  type Input,
  type QuizReadout,
} from './player';
import {
  answer,
  boardState,
  centreOf,
  gapPoint,
  openAt,
  openDialogs,
  planOf,
  pressDialog,
  quizState,
  resumeBanner,
  savedProgress,
  savedRound,
  savedRoundStorage,
  SIZES,
  teacherRound,
  waitForDialog,
} from './round-helpers';

/**
 * Every dialog, pressed by a finger and by a mouse at every size: the press does exactly one
 * thing. Where a dialog sits over the canvas, its button is pressed where a canvas control is
 * underneath (a gap with the card in hand, an answer), and the canvas must not hear it.
 */
const pack = articlePack();
// Question 1 multiple choice, then true/false, then a number: answers fill the quiz's stage.
const teacher = teacherRound(pack, { seed: 5, questionCount: 3, timerSeconds: 0 });
const own = teacherRound(pack, { seed: 5, questionCount: 3 }).config;
// Three multiple-choice questions whose answers are short.
const shortAnswers = teacherRound(pack, { seed: 22, questionCount: 3 });
assert.equal(planOf(pack, own).questions[0]?.question.kind, 'multiple-choice');

let harness: Harness;
before(async () => (harness = await startHarness()));
after(async () => harness.close());

/**
 * Photographs a dialog as the player sees it, and notes what a player would trip over: a dialog
 * that opens scrolled past its own title (the start of what it says), or text selected by the
 * press that opened it.
 */
async function photo(page: Page, what: string, viewport: ViewportName, faults: string[]): Promise<void> {
  await settle(page);
  await screenshot(page, `dialogs-${what}-${viewport}`);
  const open = page.locator('dialog[open]').last();
  const view = await open.evaluate((d) => {
    const title = d.querySelector('.dialog__title')!.getBoundingClientRect();
    const box = d.getBoundingClientRect();
    const scrolled = [d, ...d.querySelectorAll('*')].find((el) => el.scrollTop > 0);
    return {
      inView:
        title.top >= box.top - 1 &&
        title.bottom <= box.bottom + 1 &&
        title.top >= 0 &&
        title.bottom <= window.innerHeight,
      scrolled: scrolled
        ? `${scrolled.tagName.toLowerCase()}.${scrolled.className} scrolled ${Math.round(scrolled.scrollTop)} px`
        : 'nothing scrolled',
      focused:
        document.activeElement?.getAttribute('data-action') ??
        document.activeElement?.tagName.toLowerCase() ??
        null,
      selection: getSelection()?.toString() ?? '',
    };
  });
  if (!view.inView)
    faults.push(
      `${what} at ${viewport}: opens with its title out of view (${view.scrolled}; focus on ${view.focused}) — see dialogs-${what}-${viewport}.png`,
    );
  if (view.selection)
    faults.push(`${what} at ${viewport}: the press that opened it selected text "${view.selection}"`);
}

/** Which canvas thing a page point falls on, in words (for the messages). */
async function canvasUnder(page: Page, point: { x: number; y: number }): Promise<string> {
  const r = await readout<BoardReadout | QuizReadout>(page);
  const x = point.x - r.canvas.left;
  const y = point.y - r.canvas.top;
  if (x < 0 || y < 0 || x > r.canvas.width || y > r.canvas.height) return 'off the canvas';
  if (r.scene === 'Quiz') {
    const hit = r.buttons.find((b) => Math.abs(b.x - x) <= b.width / 2 && Math.abs(b.y - y) <= b.height / 2);
    return hit ? `over ${hit.id}` : 'over the quiz canvas, between answers';
  }
  if (y > r.lineTop) return 'over the line (a tap there places a card in hand)';
  return 'over the deck band';
}

async function noDialogAfterAWhile(page: Page, what: string): Promise<void> {
  // A press that landed twice would open its second dialog within a frame or two.
  await page.waitForTimeout(120);
  await settle(page);
  assert.deepEqual(await openDialogs(page), [], `no dialog is open after ${what}`);
}

const inputsFor = (viewport: ViewportName): [Input, Input] =>
  viewport === 'laptop' ? ['mouse', 'touch'] : ['touch', 'mouse'];

for (const viewport of SIZES) {
  const [first, second] = inputsFor(viewport);

  describe(`dialogs at ${viewport}`, () => {
    it(`${viewport}: name, leave over the board and discard (${first} and ${second})`, async () => {
      const faults: string[] = [];
      const game = await openAt(harness, viewport, { query: `?round=${teacher.code}` });
      const { page } = game;
      assert.notEqual(
        await page.locator('[data-banner="invite"]').count(),
        0,
        'the teacher’s round is offered',
      );

      // name → Cancel: nothing starts.
      await press(page, '[data-action="start-invite"]', first);
      await waitForDialog(page, 'name');
      await photo(page, 'name', viewport, faults);
      await pressDialog(page, 'name', 'cancel', second);
      await noDialogAfterAWhile(page, 'Cancel');
      assert.equal(await page.evaluate(() => document.documentElement.dataset.screen), 'title');
      assert.equal(await savedRound(page), null, 'Cancel started no round');
      assert.notEqual(
        await page.locator('[data-banner="invite"]').count(),
        0,
        'the teacher’s round is still offered',
      );

      // name → Start with no name: the problem line, the dialog stays.
      await press(page, '[data-action="start-invite"]', second);
      const nameDialog = await waitForDialog(page, 'name');
      await nameDialog.locator('input[name="dialog-input"]').fill('   ');
      await pressDialog(page, 'name', 'start', first, true);
      assert.equal(await nameDialog.isVisible(), true, 'the dialog stays open');
      assert.equal(
        (await nameDialog.locator('.dialog__problem').textContent())?.trim(),
        'Please type your name.',
      );
      assert.equal(
        await nameDialog.locator('input[name="dialog-input"]').getAttribute('aria-invalid'),
        'true',
      );
      await photo(page, 'name-problem', viewport, faults);
      assert.equal(await savedRound(page), null, 'an empty name starts nothing');

      // name → Start with a name: the teacher's round, once, on the board, the name kept.
      await nameDialog.locator('input[name="dialog-input"]').fill('  Ann   Lee ');
      const startAt = await centreOf(nameDialog.locator('[data-action="start"]'));
      await pressDialog(page, 'name', 'start', first);
      const board = await waitForBoard(page);
      await noDialogAfterAWhile(page, 'Start');
      const started = await savedRound(page);
      assert.deepEqual(started?.origin, { kind: 'shared', roundCode: teacher.code, playerName: 'Ann Lee' });
      assert.equal(started?.config.seed, teacher.config.seed, 'the teacher’s round, not another');
      assert.deepEqual(started?.progress.gaps, [], 'the Start tap placed nothing');
      const data = JSON.parse(
        (await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)) ?? '{}',
      ) as { playerName?: string };
      assert.equal(data.playerName, 'Ann Lee', 'the name is kept for next time');
      assert.equal(board.cards.length, 1);
      // Had the Start tap reached the canvas it would have placed the card (on the line) or
      // picked it up (on the deck).
      assert.equal(
        (await readout<BoardReadout & { deckSelected: boolean }>(page)).deckSelected,
        false,
        `the Start tap (at ${Math.round(startAt.x)}, ${Math.round(startAt.y)}) left no card in hand`,
      );

      // leave over the board, with the card in hand: Keep playing must not place it.
      const deck = board.deck!;
      await tapAt(
        page,
        board.canvas.left + deck.x + deck.width / 2,
        board.canvas.top + deck.y + deck.height / 2,
        first,
      );
      const before = { progress: await savedProgress(page), board: await readout<BoardReadout>(page) };
      assert.equal(
        (before.board as BoardReadout & { deckSelected: boolean }).deckSelected,
        true,
        'the card is in hand',
      );
      for (const input of [first, second]) {
        await press(page, '[data-action="back"]', input);
        const leave = await waitForDialog(page, 'leave');
        if (input === first) await photo(page, 'leave-board', viewport, faults);
        const stay = await centreOf(leave.locator('[data-action="stay"]'));
        const under = await canvasUnder(page, stay);
        assert.match(under, /over the line/, `Keep playing sits over the line at ${viewport}: ${under}`);
        await pressDialog(page, 'leave', 'stay', input);
        await noDialogAfterAWhile(page, `Keep playing (${input})`);
        assert.equal(await page.evaluate(() => document.documentElement.dataset.screen), 'board');
        assert.deepEqual(
          await savedProgress(page),
          before.progress,
          `Keep playing by ${input} (${under}) changed the round`,
        );
        const now = await readout<BoardReadout & { deckSelected: boolean }>(page);
        assert.deepEqual(
          { deck: now.deck, cards: now.cards },
          { deck: before.board.deck, cards: before.board.cards },
          'nothing on the canvas moved',
        );
        assert.equal(now.deckSelected, true, `Keep playing by ${input} left the card in hand`);
      }
      // The card is still in hand: a tap on a gap places it, there and only there.
      const target = await gapPoint(page, 1);
      await tapAt(page, target.x, target.y, first);
      await waitForBoard(page);
      assert.deepEqual((await savedProgress(page))?.gaps, [1], 'the card went where it was put, once');

      // leave → Leave: the menu with a Resume banner; the Leave press placed nothing and started nothing.
      const again = await readout<BoardReadout>(page);
      await tapAt(
        page,
        again.canvas.left + again.deck!.x + again.deck!.width / 2,
        again.canvas.top + again.deck!.y + again.deck!.height / 2,
        second,
      );
      await press(page, '[data-action="back"]', second);
      await waitForDialog(page, 'leave');
      await pressDialog(page, 'leave', 'leave', second);
      await waitForScreen(page, 'title');
      await noDialogAfterAWhile(page, 'Leave');
      assert.match((await resumeBanner(page)) ?? '', /Resume your teacher’s round\?/);
      const left = await savedRound(page);
      assert.deepEqual(left?.progress.gaps, [1], 'the Leave press placed nothing');
      assert.deepEqual(left?.origin, started?.origin);

      // discard (a teacher's round): Keep it keeps it; Leave it leaves it, counted.
      await press(page, '[data-action="discard"]', second);
      await waitForDialog(page, 'discard');
      await photo(page, 'discard', viewport, faults);
      await pressDialog(page, 'discard', 'keep', first);
      await noDialogAfterAWhile(page, 'Keep it');
      assert.deepEqual(await savedRound(page), left, 'Keep it kept the round');
      assert.notEqual(await resumeBanner(page), null);
      await press(page, '[data-action="discard"]', first);
      await waitForDialog(page, 'discard');
      await pressDialog(page, 'discard', 'discard', second);
      await noDialogAfterAWhile(page, 'Leave it');
      assert.equal(
        await page.evaluate(() => document.documentElement.dataset.screen),
        'title',
        'nothing started',
      );
      assert.equal(await savedRound(page), null, 'the round is set aside');
      assert.equal(await resumeBanner(page), null);
      const after = JSON.parse(
        (await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)) ?? '{}',
      ) as {
        attempts?: Record<string, { abandoned: number; finished: number }>;
      };
      assert.deepEqual(
        Object.values(after.attempts ?? {}).map((a) => a.abandoned),
        [1],
        'left once, counted once',
      );
      assert.deepEqual(game.errors, []);
      await game.close();
      assert.deepEqual(faults, [], 'dialogs open at their beginning');
    });

    it(`${viewport}: code (${first} and ${second})`, async () => {
      const faults: string[] = [];
      const game = await openAt(harness, viewport);
      const { page } = game;
      await press(page, '[data-action="enter-code"]', first);
      const code = await waitForDialog(page, 'code');
      await photo(page, 'code', viewport, faults);
      await pressDialog(page, 'code', 'cancel', second);
      await noDialogAfterAWhile(page, 'Cancel');
      assert.equal(await page.locator('[data-banner="invite"]').count(), 0, 'Cancel opened nothing');

      // One wrong character: the message says where.
      await press(page, '[data-action="enter-code"]', second);
      await waitForDialog(page, 'code');
      const chars = teacher.code.split('');
      const at = 9; // in the second group
      chars[at] = chars[at] === '7' ? '8' : '7';
      const typo = chars.join('');
      const expected = decodeRound(typo, [pack]);
      assert.equal(expected.ok, false);
      await code.locator('input[name="dialog-input"]').fill(typo);
      await pressDialog(page, 'code', 'open', first, true);
      const problem = ((await code.locator('.dialog__problem').textContent()) ?? '').trim();
      assert.equal(problem, expected.ok ? '' : expected.message);
      assert.match(problem, /group 2/, 'the message says which group to check');
      await photo(page, 'code-problem', viewport, faults);
      assert.equal(await page.locator('[data-banner="invite"]').count(), 0);

      // A good code opens the teacher's round and asks the name, with nothing typed or pressed in it.
      await code.locator('input[name="dialog-input"]').fill(teacher.code.toLowerCase().replace(/-/g, ' '));
      await pressDialog(page, 'code', 'open', second);
      const name = await waitForDialog(page, 'name');
      await page.waitForTimeout(300);
      assert.deepEqual(await openDialogs(page), ['name'], 'one dialog: the name');
      assert.equal(
        ((await name.locator('.dialog__problem').textContent()) ?? '').trim(),
        '',
        'the Open press did not also press Start',
      );
      assert.equal(await savedRound(page), null);
      await pressDialog(page, 'name', 'cancel', first);
      await noDialogAfterAWhile(page, 'Cancel');
      assert.equal(await savedRound(page), null, 'nothing started');
      assert.notEqual(
        await page.locator('[data-banner="invite"]').count(),
        0,
        'the round from the code waits on the menu',
      );
      assert.deepEqual(game.errors, []);
      await game.close();
      assert.deepEqual(faults, [], 'dialogs open at their beginning');
    });

    it(`${viewport}: replace-saved, how-we-know, source, leave over the quiz, report (${first} and ${second})`, async (t) => {
      const faults: string[] = [];
      const storage = savedRoundStorage(pack, own, { kind: 'own' }, { phase: 'reveal' });
      const game = await openAt(harness, viewport, { storage });
      const { page } = game;
      const planted = await savedRound(page);

      // replace-saved → Keep my saved round.
      await press(page, '[data-action="play"]', first);
      await waitForDialog(page, 'replace-saved');
      await photo(page, 'replace-saved', viewport, faults);
      await pressDialog(page, 'replace-saved', 'cancel', second);
      await noDialogAfterAWhile(page, 'Keep my saved round');
      assert.equal(await page.evaluate(() => document.documentElement.dataset.screen), 'title');
      assert.deepEqual(await savedRound(page), planted, 'the saved round is kept as it was');

      // how-we-know: a tap on a card of the finished board opens it, once; Close closes it, once.
      await press(page, '[data-action="resume"]', first);
      let board = await waitForBoard(page);
      assert.equal(board.done, true);
      const visible = board.cards.filter(
        (c) => c.y >= board.lineTop && c.y + c.height <= board.canvas.height,
      );
      assert.ok(visible.length >= 2, 'two cards to tap');
      for (const [i, input] of [first, second].entries()) {
        const card = visible[i]!;
        await tapAt(
          page,
          board.canvas.left + card.x + card.width / 2,
          board.canvas.top + card.y + card.height / 2,
          input,
        );
        const detail = await waitForDialog(page, 'how-we-know');
        assert.deepEqual(await openDialogs(page), ['how-we-know'], 'one tap, one dialog');
        const heading = ((await detail.locator('h2').first().textContent()) ?? '').trim();
        assert.equal(heading, pack.events.find((e) => e.id === card.id)?.title, 'the card tapped');
        if (i === 0) await photo(page, 'how-we-know', viewport, faults);
        const close = await centreOf(detail.locator('[data-action="close"]'));
        await pressDialog(page, 'how-we-know', 'close', input);
        await noDialogAfterAWhile(page, `Close (${input}, ${await canvasUnder(page, close)})`);
        assert.equal(
          await page.evaluate(() => document.documentElement.dataset.screen),
          'board',
          'still on the board',
        );
        board = await waitForBoard(page);
      }

      // On to the quiz: source, leave and report over an open question.
      await press(page, '[data-action="to-quiz"]', first);
      const quiz = await waitForQuiz(page);
      assert.equal(quiz.kind, 'multiple-choice');
      const opening = await quizState(page);
      const pressedOver: string[] = [];
      const progress = await savedProgress(page);
      const unchanged = async (what: string): Promise<void> => {
        assert.equal(await page.evaluate(() => document.documentElement.dataset.screen), 'quiz');
        assert.deepEqual(await quizState(page), opening, `${what}: the question is as it was`);
        assert.deepEqual(
          (await savedProgress(page))?.answers,
          progress?.answers,
          `${what}: nothing was answered`,
        );
        assert.equal(
          (await readout<QuizReadout>(page)).answered,
          false,
          `${what}: the canvas took no answer`,
        );
      };

      await press(page, '[data-action="source"]', first);
      const source = await waitForDialog(page, 'source');
      await photo(page, 'source', viewport, faults);
      const sourceClose = await centreOf(source.locator('[data-action="close"]'));
      const sourceUnder = await canvasUnder(page, sourceClose);
      pressedOver.push(`Back to the question (${first}) ${sourceUnder}`);
      await pressDialog(page, 'source', 'close', first);
      await noDialogAfterAWhile(page, 'Back to the question');
      await unchanged(`Back to the question (${sourceUnder})`);

      for (const input of [first, second]) {
        await press(page, '[data-action="back"]', input);
        const leave = await waitForDialog(page, 'leave');
        if (input === first) await photo(page, 'leave-quiz', viewport, faults);
        const under = await canvasUnder(page, await centreOf(leave.locator('[data-action="stay"]')));
        pressedOver.push(`Keep playing (${input}) ${under}`);
        await pressDialog(page, 'leave', 'stay', input);
        await noDialogAfterAWhile(page, 'Keep playing');
        await unchanged(`Keep playing by ${input} (${under})`);
      }

      // Leave before answering: the press that leaves answers nothing; Resume brings the question back open.
      await press(page, '[data-action="back"]', second);
      const leaving = await waitForDialog(page, 'leave');
      const leaveUnder = await canvasUnder(page, await centreOf(leaving.locator('[data-action="leave"]')));
      pressedOver.push(`Leave (${second}) ${leaveUnder}`);
      await pressDialog(page, 'leave', 'leave', second);
      await waitForScreen(page, 'title');
      await noDialogAfterAWhile(page, 'Leave');
      assert.match((await resumeBanner(page)) ?? '', /Resume your round\?.*question 1 of 3/);
      assert.deepEqual(
        (await savedProgress(page))?.answers,
        [],
        `the Leave press (${leaveUnder}) answered nothing`,
      );
      await press(page, '[data-action="resume"]', first);
      await waitForQuiz(page);
      await unchanged('Leave, then Resume');
      t.diagnostic(`${viewport}: dialog buttons pressed over the quiz: ${pressedOver.join('; ')}`);
      // On phones the dialogs sit over the answers, so a press leaking through would show. Where
      // this size's layout puts them between answers instead, a leak onto the canvas would still
      // show on the board (the first test at each size presses over a held card).
      if (viewport.startsWith('phone'))
        assert.ok(
          pressedOver.some((p) => /over (option-|the quiz canvas)/.test(p)),
          `on a phone some dialog button lies over the quiz's answers: ${pressedOver.join('; ')}`,
        );

      const { given } = await answer(page, pack, first, true);
      const answered = await quizState(page);
      assert.notEqual(answered.answered, null);
      for (const [i, input] of [first, second].entries()) {
        await press(page, '[data-action="report"]', input);
        const report = await waitForDialog(page, 'report');
        assert.match(
          (await report.locator('[data-report]').textContent()) ?? '',
          new RegExp(`answered “${given.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”`),
        );
        if (i === 0) await photo(page, 'report', viewport, faults);
        await pressDialog(page, 'report', 'close', i === 0 ? second : first);
        await noDialogAfterAWhile(page, 'Close');
        assert.deepEqual(await quizState(page), answered, 'Close left the question as it was (no Next)');
        assert.equal((await savedProgress(page))?.questionPointer, 0);
      }
      await press(page, '[data-action="source"]', second);
      await waitForDialog(page, 'source');
      await pressDialog(page, 'source', 'close', second);
      await noDialogAfterAWhile(page, 'Back to the question');
      assert.deepEqual(await quizState(page), answered);

      // leave → Leave over the quiz: the menu with a Resume banner, the answer kept.
      await press(page, '[data-action="back"]', first);
      await waitForDialog(page, 'leave');
      await pressDialog(page, 'leave', 'leave', first);
      await waitForScreen(page, 'title');
      await noDialogAfterAWhile(page, 'Leave');
      assert.match((await resumeBanner(page)) ?? '', /Resume your round\?.*question 1 of 3/);
      const kept = await savedProgress(page);
      assert.equal(kept?.answers.length, 1);
      assert.equal(kept?.answers[0]?.given, given);

      // replace-saved → Start a new round: one new round of one's own, on the board, untouched.
      await press(page, '[data-action="play"]', second);
      await waitForDialog(page, 'replace-saved');
      await pressDialog(page, 'replace-saved', 'start', first);
      await waitForBoard(page);
      await noDialogAfterAWhile(page, 'Start a new round');
      const fresh = await savedRound(page);
      assert.deepEqual(fresh?.origin, { kind: 'own' });
      assert.deepEqual(fresh?.progress.gaps, [], 'the Start press placed nothing');
      assert.equal(fresh?.progress.phase, 'board');
      assert.deepEqual((await boardState(page)).line.length, 1);
      assert.deepEqual(game.errors, []);
      await game.close();
      assert.deepEqual(faults, [], 'dialogs open at their beginning');
    });

    it(`${viewport}: show-code on the results (${first} and ${second})`, async () => {
      const faults: string[] = [];
      const origin = { kind: 'shared' as const, roundCode: shortAnswers.code, playerName: 'Ann Lee' };
      // Its last question answered (answers of at most 40 characters: see resume.e2e.ts for longer ones).
      const storage = savedRoundStorage(pack, shortAnswers.config, origin, {
        phase: 'quiz',
        index: 2,
        answered: true,
      });
      const game = await openAt(harness, viewport, { storage, query: `?round=${shortAnswers.code}` });
      const { page } = game;
      assert.match((await resumeBanner(page)) ?? '', /Resume your teacher’s round\?/);
      await press(page, '[data-action="resume"]', first);
      await waitForQuiz(page);
      await press(page, '[data-action="next"]', second);
      await waitForScreen(page, 'results');
      const code = ((await page.locator('[data-result-code]').textContent()) ?? '').trim();
      assert.match(code, /^NLR2-/);
      for (const [i, input] of [first, second].entries()) {
        await press(page, '[data-action="show-code"]', input);
        const big = await waitForDialog(page, 'show-code');
        assert.equal(((await big.locator('.code').textContent()) ?? '').trim(), code);
        if (i === 0) await photo(page, 'show-code', viewport, faults);
        await pressDialog(page, 'show-code', 'close', i === 0 ? second : first);
        await noDialogAfterAWhile(page, 'Close');
        assert.equal(
          await page.evaluate(() => document.documentElement.dataset.screen),
          'results',
          'still the results',
        );
        assert.equal(
          ((await page.locator('[data-result-code]').textContent()) ?? '').trim(),
          code,
          'the same code',
        );
      }
      assert.deepEqual(game.errors, []);
      await game.close();
      assert.deepEqual(faults, [], 'dialogs open at their beginning');
    });
  });
}
