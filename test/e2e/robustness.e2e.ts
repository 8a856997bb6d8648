import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { answerLabel, sameAnswer } from '../../src/rules/scoring';
import { SAVED_ROUND_KEY } from '../../src/state/saved-round';
import { LEGACY_STORAGE_KEY, STORAGE_KEY } from '../../src/state/storage';
import {
  openGame,
  screenshot,
  settle,
  startHarness,
  waitForScreen,
  type GamePage,
  type Harness,
} from './harness';
import {
  answerQuestion,
  drag,
  onPage,
  playPlaceBoard,
  placeDeck,
  rightGaps,
  waitForBoard,
  waitForQuiz,
} from './player';
import { codeOf, config, findSeed, pack, planOf, storageWith } from './states-helpers';
import { boardMid, chooseOnCanvas, quizAt } from './tour-helpers';

/**
 * Nothing breaks the game: its own Content-Security-Policy never fires during a whole round; an
 * error nobody expected shows a recover screen and the round survives a reload; a lost WebGL
 * context comes back drawing; damaged or old saved data costs one notice and nothing else; a
 * tampered, cut-off or markup-laden link explains itself and leads back to the menu.
 */
let harness: Harness;
before(async () => (harness = await startHarness()));
after(async () => harness.close());

/** Errors other than the one a test threw on purpose. */
function unexpected(game: GamePage, ...expected: RegExp[]): string[] {
  return game.errors.filter((e) => !expected.some((re) => re.test(e)));
}

/** Throws an error from a timer, as a bug in the game would: nobody catches it. */
async function boom(page: Page): Promise<void> {
  await page.evaluate(() => {
    setTimeout(() => {
      throw new Error('test boom');
    });
  });
}

async function expectRecoverScreen(page: Page): Promise<void> {
  await waitForScreen(page, 'message');
  assert.equal((await page.locator('h1.top-bar__title').textContent())?.trim(), 'Something went wrong');
  assert.match((await page.locator('.message').textContent()) ?? '', /test boom/);
  assert.equal(await page.locator('[data-action="reload"]').count(), 1, 'a Reload button');
}

describe('under the page’s own Content-Security-Policy', () => {
  it('a whole round (a link, the map, sound, every screen) reports no CSP violation', async () => {
    const round = config({ setId: 'core', questionCount: 2 });
    const game = await openGame(harness, {
      viewport: 'laptop',
      reducedMotion: true,
      query: `?play=${codeOf(round)}`,
    });
    const { page } = game;
    await waitForScreen(page, 'title');
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(policy ?? '', /script-src 'self'/, 'the build carries its CSP');
    for (const screen of ['how-to', 'source', 'settings'] as const) {
      await page.locator(`[data-action="${screen}"]`).click();
      await waitForScreen(page, screen);
      await page.locator('[data-action="back"]').click();
      await waitForScreen(page, 'title');
    }
    await page.locator('[data-action="start-invite"]').click();
    await playPlaceBoard(page, pack, 'mouse');
    await page.waitForSelector('svg.region-map');
    await page.locator('[data-action="sound"]').click();
    await page.locator('[data-action="sound"]').click();
    await page.locator('[data-action="to-quiz"]').click();
    for (let i = 0; i < 2; i++) {
      await answerQuestion(page, pack, 'mouse');
      await page.locator('[data-action="next"]').click();
    }
    await waitForScreen(page, 'results');
    await settle(page, 500);
    assert.deepEqual(
      game.errors.filter((e) => /CSP|Content Security Policy|Refused to/i.test(e)),
      [],
      'no CSP violation',
    );
    assert.deepEqual(game.errors, []);
    await game.close();
  });
});

describe('an error nobody expected', () => {
  it('mid-board: the recover screen, and after Reload the saved round resumes where it was', async () => {
    const game = await openGame(harness, { viewport: 'laptop', reducedMotion: true });
    const { page } = game;
    await waitForScreen(page, 'title');
    await page.locator('[data-action="play"]').click();
    const start = await waitForBoard(page);
    const right = rightGaps(
      pack,
      start.cards.map((c) => c.id),
      start.deck!.id,
    ).first;
    await placeDeck(page, right, 'mouse', 'drag');
    const board = await placeDeck(page, 0, 'mouse', 'tap');
    const line = board.cards.map((c) => c.id);
    const deck = board.deck!.id;
    await boom(page);
    await expectRecoverScreen(page);
    await screenshot(page, 'robustness-recover-1366x768');
    await page.locator('[data-action="reload"]').click();
    await waitForScreen(page, 'title');
    assert.equal(await page.locator('[data-banner="resume"]').count(), 1, 'the menu offers the saved round');
    await page.locator('[data-action="resume"]').click();
    const resumed = await waitForBoard(page);
    assert.deepEqual(
      resumed.cards.map((c) => c.id),
      line,
      'the same line',
    );
    assert.equal(resumed.deck?.id, deck, 'the same card waiting');
    assert.deepEqual(unexpected(game, /test boom/), []);
    await game.close();
  });

  it('mid-quiz, after a long answer: after Reload the round resumes on its answered question', async () => {
    // An answer of more than 40 characters (the article has many): the saved round must keep it.
    const round = findSeed(config({ questionCount: 3 }), (plan) => {
      const first = plan.questions[0]?.question;
      return first?.kind === 'multiple-choice' && answerLabel(first).length > 40;
    });
    const game = await openGame(harness, {
      viewport: 'laptop',
      reducedMotion: true,
      storage: storageWith(quizAt(round, 0)),
    });
    const { page } = game;
    await waitForScreen(page, 'title');
    await page.locator('[data-action="resume"]').click();
    await waitForQuiz(page);
    const expected = answerLabel(planOf(round).questions[0]!.question);
    const labels = (await page.locator('.sr-layer [data-id^="option-"]').allTextContents()).map((l) =>
      l.trim().replace(/^[A-H]\.\s*/, ''),
    );
    await chooseOnCanvas(
      page,
      labels.findIndex((l) => sameAnswer(l, expected)),
    );
    const verdict = (await page.locator('[data-answered]').textContent()) ?? '';
    await boom(page);
    await expectRecoverScreen(page);
    await page.locator('[data-action="reload"]').click();
    await waitForScreen(page, 'title');
    const notices = (await page.locator('.notices').allTextContents()).join(' ');
    assert.equal(
      await page.locator('[data-banner="resume"]').count(),
      1,
      `the menu offers the saved round (it says: “${notices.trim()}”)`,
    );
    await page.locator('[data-action="resume"]').click();
    const quiz = await waitForQuiz(page);
    assert.equal(quiz.answered, true, 'the answered question, with its verdict');
    assert.equal(((await page.locator('[data-answered]').textContent()) ?? '').trim(), verdict.trim());
    assert.deepEqual(unexpected(game, /test boom/), []);
    await game.close();
  });
});

describe('a lost WebGL context', () => {
  it('is survived: the board draws again and a card can still be placed', async () => {
    const game = await openGame(harness, {
      viewport: 'laptop',
      reducedMotion: true,
      storage: storageWith(boardMid()),
    });
    const { page } = game;
    await waitForScreen(page, 'title');
    await page.locator('[data-action="resume"]').click();
    const board = await waitForBoard(page);
    const canvas = page.locator('.stage canvas');
    const before = await canvas.screenshot();
    const lost = await page.evaluate(async () => {
      const element = document.querySelector<HTMLCanvasElement>('.stage canvas')!;
      const gl = (element.getContext('webgl2') ??
        element.getContext('webgl')) as WebGLRenderingContext | null;
      const extension = gl?.getExtension('WEBGL_lose_context');
      if (!extension) return 'no WEBGL_lose_context';
      const happened = new Promise((resolve) =>
        element.addEventListener('webglcontextlost', resolve, { once: true }),
      );
      extension.loseContext();
      await happened;
      await new Promise((resolve) => setTimeout(resolve, 300));
      const restored = new Promise((resolve) =>
        element.addEventListener('webglcontextrestored', resolve, { once: true }),
      );
      extension.restoreContext();
      await restored;
      return 'restored';
    });
    assert.equal(lost, 'restored');
    await settle(page, 800);
    await screenshot(page, 'robustness-context-restored-1366x768');
    const again = await canvas.screenshot();
    assert.ok(
      again.length > before.length * 0.8,
      `the board draws again (${before.length} bytes before, ${again.length} after)`,
    );
    assert.ok(again.equals(before), 'the board looks as it did before the context was lost');
    const after = await waitForBoard(page);
    assert.deepEqual(
      after.cards.map((c) => c.id),
      board.cards.map((c) => c.id),
    );
    const gap = rightGaps(
      pack,
      after.cards.map((c) => c.id),
      after.deck!.id,
    ).first;
    const target = after.gaps.find((g) => g.index === gap)!;
    await drag(
      page,
      onPage(after, after.deck!.x + after.deck!.width / 2, after.deck!.y + after.deck!.height / 2),
      onPage(after, after.canvas.width / 2, target.y),
      'mouse',
    );
    const placed = await waitForBoard(page);
    assert.equal(
      placed.cards.length,
      after.cards.length + 1,
      'a card was placed after the context came back',
    );
    assert.deepEqual(game.errors, []);
    await game.close();
  });
});

describe('damaged or old saved data', () => {
  const best = { core: { score: 70, at: '2026-11-20T10:00:00.000Z' } };
  const settings = { theme: 'high-contrast', soundOn: false };

  async function menu(
    storage: Record<string, string>,
  ): Promise<{ game: GamePage; notices: string; best: string }> {
    const game = await openGame(harness, { viewport: 'laptop', reducedMotion: true, storage });
    await waitForScreen(game.page, 'title');
    const notices = (await game.page.locator('.notices').allTextContents()).join(' ');
    const bestLine = (await game.page.locator('.title-screen__best').allTextContents()).join(' ');
    return { game, notices, best: bestLine };
  }

  it('a damaged settings record: one notice, the saved round kept', async () => {
    const { game, notices } = await menu({
      [STORAGE_KEY]: '{"settings": {"theme": ',
      ...storageWith(boardMid()),
    });
    assert.match(notices, /saved settings could not be read/);
    assert.equal(
      await game.page.locator('[data-banner="resume"]').count(),
      1,
      'the round in progress is not lost',
    );
    await game.page.locator('[data-action="resume"]').click();
    await waitForBoard(game.page);
    assert.deepEqual(game.errors, []);
    await game.close();
  });

  it('a damaged saved round: one notice, settings and best scores kept', async () => {
    const {
      game,
      notices,
      best: line,
    } = await menu({
      [STORAGE_KEY]: JSON.stringify({ settings, best: { [pack.id]: best }, playerName: 'Ada' }),
      [SAVED_ROUND_KEY]: '{"version":1,"packId":"us-strikes',
    });
    assert.match(notices, /saved round could not be read/);
    assert.match(line, /Attack & reply 70/, 'the best score is still on the menu');
    assert.equal(
      await game.page.evaluate(() => document.documentElement.dataset.theme),
      'high-contrast',
      'settings kept',
    );
    assert.equal(await game.page.locator('[data-banner="resume"]').count(), 0);
    await game.page.locator('[data-action="play"]').click();
    await waitForBoard(game.page);
    assert.equal(
      await game.page.locator('[data-action="sound"]').getAttribute('aria-pressed'),
      'false',
      'sound stays off',
    );
    assert.deepEqual(game.errors, []);
    await game.close();
  });

  it('a saved round that is not even JSON, and one of the wrong shape: a notice each, nothing else lost', async () => {
    for (const damaged of ['garbage', JSON.stringify({ version: 1, packId: pack.id, progress: 'x' })]) {
      const {
        game,
        notices,
        best: line,
      } = await menu({
        [STORAGE_KEY]: JSON.stringify({ best: { [pack.id]: best } }),
        [SAVED_ROUND_KEY]: damaged,
      });
      assert.match(notices, /saved round could not be read/);
      assert.match(line, /Attack & reply 70/);
      assert.deepEqual(game.errors, []);
      await game.close();
    }
  });

  it('a version-1 record: its best scores and settings appear, migrated; a damaged one gives a notice', async () => {
    const v1 = { settings, best, playerName: 'Ada', attempts: {} };
    const { game, best: line } = await menu({ [LEGACY_STORAGE_KEY]: JSON.stringify(v1) });
    assert.match(line, /Attack & reply 70/, 'version-1 best scores are on the menu');
    assert.equal(await game.page.evaluate(() => document.documentElement.dataset.theme), 'high-contrast');
    await game.page.locator('[data-action="settings"]').click();
    await waitForScreen(game.page, 'settings');
    await game.page.locator('[data-action="back"]').click();
    await game.page.locator('details.round-options summary').click();
    await game.page.locator('label:has(input[name="mode"][value="sort"])').click();
    const stored = await game.page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY);
    assert.ok(stored, 'the game saved in version 2');
    assert.equal(
      JSON.parse(stored).best[pack.id].core.score,
      70,
      'with the version-1 best score under the article’s pack',
    );
    assert.deepEqual(game.errors, []);
    await game.close();

    const damaged = await menu({ [LEGACY_STORAGE_KEY]: '{"best": [1, 2' });
    assert.match(damaged.notices, /saved settings could not be read/);
    assert.deepEqual(damaged.game.errors, []);
    await damaged.game.close();
  });
});

describe('links that do not work', () => {
  const code = codeOf(config({ setId: 'core' }));
  const typo = code.slice(0, 8) + (code[8] === 'A' ? 'B' : 'A') + code.slice(9);
  const markup = '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>';
  const cases: Array<[string, string]> = [
    ['a teacher’s code with a typo', `?round=${typo}`],
    ['a teacher’s code cut short', `?round=${code.slice(0, 14)}`],
    ['a teacher’s code full of markup', `?round=${encodeURIComponent(markup)}`],
    ['a friend’s code with a typo', `?play=${typo}`],
    ['a friend’s code cut short', `?play=${code.slice(0, 9)}`],
    ['a friend’s code full of markup', `?play=${encodeURIComponent(markup)}`],
    ['a friend’s code that is empty', '?play='],
    ['a daily round of no real day', '?daily=2026-13-45'],
    ['a daily round of a day to come', '?daily=2999-01-01'],
    [
      'a daily round full of markup',
      `?daily=${encodeURIComponent(markup)}&pack=${encodeURIComponent(markup)}`,
    ],
  ];

  it('each says the link does not work, runs nothing it carries, and leads back to the menu', async () => {
    const problems: string[] = [];
    const context = await harness.browser.newContext({
      viewport: { width: 390, height: 844 },
      reducedMotion: 'reduce',
    });
    for (const [what, query] of cases) {
      const game = await openGame(harness, { context, query });
      const { page } = game;
      await waitForScreen(page, 'message').catch(() =>
        problems.push(`${what}: no message (screen ${String(query)})`),
      );
      const heading = ((await page.locator('h1').first().textContent()) ?? '').trim();
      if (!/link does not work/.test(heading)) problems.push(`${what}: the heading is “${heading}”`);
      const injected = await page.evaluate(() => ({
        images: document.querySelectorAll('img[src="x"]').length,
        scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent?.includes('pwned'))
          .length,
        title: document.title,
      }));
      if (injected.images || injected.scripts || injected.title === 'pwned')
        problems.push(`${what}: the link’s markup ran: ${JSON.stringify(injected)}`);
      if (what === 'a teacher’s code full of markup') await screenshot(page, 'robustness-bad-link-390x844');
      await page.locator('[data-action="menu"]').click();
      await waitForScreen(page, 'title');
      if (await page.locator('[data-banner="invite"]').count())
        problems.push(`${what}: the menu still shows an invite`);
      if (game.errors.length) problems.push(`${what}: ${game.errors.join('; ')}`);
      await page.close();
    }
    await context.close();
    assert.deepEqual(problems, [], problems.join('\n'));
  });
});
