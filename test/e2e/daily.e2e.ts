import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dailyNumber, dailyRound } from '../../src/rules/daily';
import { planRound, type RoundPlan } from '../../src/rules/plan';
import {
  openGame,
  startHarness,
  waitForScreen,
  type GamePage,
  type Harness,
  type ViewportName,
} from './harness';
import { newContext, photo, playRound, startDateAt, type PlayedRound } from './game-helpers';
import { articlePack, press, waitForBoard, type Input } from './player';

/**
 * The daily round with the browser's clock fixed: the same round for everyone on one date, a
 * different one the next day, numbered from 2026-11-01; its share card and link; and a personal
 * round's `?play=` link, which opens the same cards and questions for a friend.
 */
const pack = articlePack();
const DAY = '2026-12-05';
const NEXT_DAY = '2026-12-06';
const LATER = '2026-12-09';
const NUMBER = 35; // 2026-11-01 is #1; November has 30 days, so 5 December is #35.

/** Noon local time on a date, so no time zone can move it to another day. */
const noon = (key: string): Date => new Date(`${key}T12:00:00`);

function plannedDaily(key: string): RoundPlan {
  const planned = planRound(pack, dailyRound(pack, key).config);
  if (!planned.ok) throw new Error(planned.error);
  return planned.plan;
}

let harness: Harness;
before(async () => (harness = await startHarness()));
after(async () => harness.close());

/**
 * A fresh browser (its own storage) whose date is `key`, opened on the game. `fixed`: the date
 * stands still (Playwright's setFixedTime, installed before navigation); otherwise the date
 * starts at noon that day and flows, which whole rounds need (see startDateAt).
 */
async function openOn(
  key: string,
  viewport: ViewportName,
  options: { query?: string; fixed?: boolean } = {},
): Promise<GamePage> {
  const context = await newContext(harness, viewport, { reducedMotion: true });
  if (options.fixed) await context.clock.setFixedTime(noon(key));
  else await startDateAt(context, noon(key));
  return openGame(harness, { context, query: options.query ?? '' });
}

/** The config of the round in progress, as the game saved it. */
async function savedConfig(game: GamePage): Promise<Record<string, unknown>> {
  const text = await game.page.evaluate(() => localStorage.getItem('newsline:v2:round'));
  assert.ok(text, 'a round in progress is saved');
  return (JSON.parse(text) as { config: Record<string, unknown> }).config;
}

/** The card on the line and the card dealt first. */
async function firstCards(game: GamePage): Promise<string[]> {
  const now = await waitForBoard(game.page);
  return [now.cards[0]!.id, now.deck!.id];
}

async function dailyLabel(game: GamePage): Promise<string> {
  return (await game.page.locator('[data-action="daily"]').innerText()).replace(/\s+/g, ' ');
}

describe('the daily round', () => {
  it('is numbered from 2026-11-01, and the next day deals a different round (checked in Node)', () => {
    assert.equal(dailyNumber(DAY), NUMBER);
    assert.equal(dailyNumber('2026-11-01'), 1);
    const deal = (plan: RoundPlan): string =>
      [...plan.cards.map((c) => c.id), ...plan.questions.map((q) => q.question.id)].join();
    assert.notEqual(deal(plannedDaily(DAY)), deal(plannedDaily(NEXT_DAY)));
    assert.notEqual(plannedDaily(DAY).cards[1]!.id, plannedDaily(NEXT_DAY).cards[1]!.id);
  });

  it('with the clock fixed (setFixedTime): the title says Daily #N, and two fresh browsers get the same round that day and another the next', async () => {
    for (const [key, number] of [
      [DAY, NUMBER],
      [NEXT_DAY, NUMBER + 1],
    ] as Array<[string, number]>) {
      const plan = plannedDaily(key);
      const expected = dailyRound(pack, key).config;
      for (const [viewport, input] of [
        ['phone', 'touch'],
        ['laptop', 'mouse'],
      ] as Array<[ViewportName, Input]>) {
        const game = await openOn(key, viewport, { fixed: true });
        await waitForScreen(game.page, 'title');
        assert.match(await dailyLabel(game), new RegExp(`^Daily #${number} `), `${key}: Daily #${number}`);
        if (key === DAY) await photo(game.page, 'daily', 'title', viewport);
        await press(game.page, '[data-action="daily"]', input);
        assert.deepEqual(
          await firstCards(game),
          [plan.cards[0]!.id, plan.cards[1]!.id],
          `${key} at ${viewport}`,
        );
        const config = await savedConfig(game);
        assert.equal(config.seed, expected.seed, 'the seed that decides the cards and the questions');
        assert.equal(config.setId, expected.setId);
        assert.equal(config.questionCount, expected.questionCount);
        assert.deepEqual(config.kinds, expected.kinds);
        assert.match((await game.page.locator('h1.top-bar__title').textContent()) ?? '', /\S/);
        if (key === DAY) await photo(game.page, 'daily', 'board', viewport);
        assert.deepEqual(game.errors, []);
        await game.close();
      }
    }
  });

  let first: PlayedRound | undefined;
  let shareLink = '';

  it('played through in two fresh browsers on one date: the same cards and questions, a share card with its number, marks and link', async () => {
    const plan = plannedDaily(DAY);
    const played: PlayedRound[] = [];
    for (const [viewport, input] of [
      ['laptop', 'mouse'],
      ['phone', 'touch'],
    ] as Array<[ViewportName, Input]>) {
      const game = await openOn(DAY, viewport);
      const { page } = game;
      await waitForScreen(page, 'title');
      assert.match(await dailyLabel(game), new RegExp(`^Daily #${NUMBER} `));
      await press(page, '[data-action="daily"]', input);
      const round = await playRound(page, pack, input, { wrongCards: [1], wrongQuestions: [0] });
      played.push(round);
      first ??= round;
      await page.waitForTimeout(300);
      await photo(page, 'daily', 'results', viewport);
      const share = (await page.locator('[data-share]').textContent()) ?? '';
      assert.match(share, new RegExp(`^Newsline #${NUMBER}$`, 'm'), share);
      assert.match(share, /^Timeline \d+\/\d+ [✅❌]+$/mu, 'a row of marks for the cards');
      assert.match(share, /^Quiz \d+\/5 [✅❌]{5}$/mu, 'a row of marks for the questions');
      assert.ok(share.includes('❌') && share.includes('✅'), 'the wrong card and question show as ❌');
      const link = share.split('\n').find((l) => l.startsWith('http')) ?? '';
      const url = new URL(link);
      assert.equal(url.searchParams.get('daily'), DAY);
      assert.equal(url.searchParams.get('pack'), pack.id);
      assert.equal(`${url.origin}/`, harness.baseUrl);
      shareLink ||= link;
      assert.match(
        (await page.locator('h1.top-bar__title').textContent()) ?? '',
        new RegExp(`Daily #${NUMBER}`),
      );
      // Back on the menu, the daily says it is done.
      await press(page, '[data-action="menu"]', input);
      await waitForScreen(page, 'title');
      assert.match(await dailyLabel(game), /Done today: \d+ \/ 100/);
      await photo(page, 'daily', 'title-done', viewport);
      assert.deepEqual(game.errors, []);
      await game.close();
    }
    assert.deepEqual(
      played[1],
      played[0],
      'both browsers were dealt the same cards and asked the same questions',
    );
    assert.deepEqual(
      played[0]!.cards,
      plan.cards.map((c) => c.id),
    );
    assert.deepEqual(
      played[0]!.prompts,
      plan.questions.map((q) => q.question.prompt),
    );
  });

  it('its share link, opened days later in a new browser, offers that day’s daily and plays the same round', async () => {
    assert.ok(shareLink && first, 'a share link and a round from the test before');
    const game = await openOn(LATER, 'wide', { query: new URL(shareLink).search });
    const { page } = game;
    await waitForScreen(page, 'title');
    const banner = page.locator('[data-banner="invite"]');
    await banner.waitFor();
    assert.match((await banner.innerText()).replace(/\s+/g, ' '), new RegExp(`Daily #${NUMBER}\\b`));
    await photo(page, 'daily', 'link-banner', 'wide');
    await press(page, '[data-action="start-invite"]', 'mouse');
    const round = await playRound(page, pack, 'mouse');
    assert.deepEqual(round, first, 'the same cards and questions as on the day');
    const share = (await page.locator('[data-share]').textContent()) ?? '';
    assert.match(share, new RegExp(`^Newsline #${NUMBER}$`, 'm'));
    assert.ok(share.includes(`daily=${DAY}`), 'its own share link names the same day');
    assert.deepEqual(game.errors, []);
    await game.close();
  });
});

describe('a personal round’s share link', () => {
  it('opens the same cards and questions in another browser', async () => {
    const game = await openOn(DAY, 'laptop');
    const { page } = game;
    await waitForScreen(page, 'title');
    await press(page, '[data-action="play"]', 'mouse');
    const mine = await playRound(page, pack, 'mouse', { wrongQuestions: [1] });
    const share = (await page.locator('[data-share]').textContent()) ?? '';
    await photo(page, 'daily', 'own-results', 'laptop');
    assert.doesNotMatch(share, /Newsline #/, 'not a daily');
    const link = share.split('\n').find((l) => l.startsWith('http')) ?? '';
    const code = new URL(link).searchParams.get('play') ?? '';
    assert.match(code, /^NL-/);
    assert.deepEqual(game.errors, []);
    await game.close();

    const friend = await openOn(DAY, 'wide', { query: new URL(link).search });
    await waitForScreen(friend.page, 'title');
    await friend.page.locator('[data-banner="invite"]').waitFor();
    await photo(friend.page, 'daily', 'play-link-banner', 'wide');
    await press(friend.page, '[data-action="start-invite"]', 'mouse');
    const theirs = await playRound(friend.page, pack, 'mouse');
    assert.deepEqual(theirs, mine, 'the friend gets the same cards and questions');
    assert.deepEqual(friend.errors, []);
    await friend.close();
  });
});
