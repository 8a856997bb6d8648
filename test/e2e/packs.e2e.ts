import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Pack } from '../../src/content/schema';
import { validatePack } from '../../src/content/validate';
import { localDateKey } from '../../src/rules/daily';
import { DIST, openGame, startHarness, waitForScreen, type Harness } from './harness';
import { newContext, photo, playRound, unexpectedErrors } from './game-helpers';
import { articlePack, press, waitForBoard } from './player';

/**
 * Packs as data on a built site: a second pack dropped into packs/ beside a broken one. The menu
 * offers a choice of article, names the broken file, and plays a whole round of the second
 * pack; with no valid pack at all the page says so plainly instead of going blank.
 */
const article = articlePack();
const FIXTURE = 'test/fixtures/second-pack.json';
const SECOND_FILE = 'second-pack.json';
const BROKEN_FILE = 'broken-wrong-field.json';

function fixturePack(): Pack {
  const checked = validatePack(JSON.parse(readFileSync(FIXTURE, 'utf8')));
  if (!checked.ok) throw new Error(`the fixture pack does not validate: ${checked.problems[0]?.message}`);
  return checked.pack;
}
const second = fixturePack();

/** The fixture with one field misspelt: a pack an author might really drop in. */
function brokenText(): string {
  const raw = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown> & {
    events: Array<Record<string, unknown>>;
  };
  raw.id = 'broken-fixture';
  const [first, ...rest] = raw.events;
  const { title, ...others } = first!;
  raw.events = [{ ...others, titel: title }, ...rest];
  return JSON.stringify(raw, null, 2);
}

let site: string;
let harness: Harness;

before(async () => {
  site = mkdtempSync(path.join(tmpdir(), 'newsline-packs-'));
  cpSync(DIST, site, { recursive: true });
  cpSync(FIXTURE, path.join(site, 'packs', SECOND_FILE));
  writeFileSync(path.join(site, 'packs', BROKEN_FILE), brokenText());
  writeFileSync(
    path.join(site, 'packs', 'index.json'),
    JSON.stringify(['us-strikes-syria-iraq-2021.json', SECOND_FILE, BROKEN_FILE]),
  );
  harness = await startHarness(site);
});
after(async () => {
  await harness.close();
  rmSync(site, { recursive: true, force: true });
});

describe('several packs on one site', () => {
  it('the menu offers both articles and names the broken file', async () => {
    const game = await openGame(harness, { viewport: 'phone', reducedMotion: true });
    const { page } = game;
    await waitForScreen(page, 'title');
    const radios = page.locator('input[type="radio"][name="pack"]');
    assert.equal(await radios.count(), 2, 'one choice per valid pack');
    const labels = (await page.locator('.choices--packs label').allInnerTexts()).map((t) =>
      t.replace(/\s+/g, ' '),
    );
    assert.ok(
      labels.some((l) => l.includes(article.title)),
      `the article pack is offered: ${labels.join(' | ')}`,
    );
    assert.ok(
      labels.some((l) => l.includes(second.title)),
      `the second pack is offered: ${labels.join(' | ')}`,
    );
    assert.equal(await radios.first().isChecked(), true, 'the first pack in the index is chosen');
    const notices = (await page.locator('.notices').innerText()).replace(/\s+/g, ' ');
    assert.match(
      notices,
      new RegExp(BROKEN_FILE.replace(/\./g, '\\.')),
      `the broken file is named: ${notices}`,
    );
    assert.match(notices, /titel/, 'with what is wrong in it');
    assert.doesNotMatch(
      notices,
      new RegExp(SECOND_FILE.replace(/\./g, '\\.')),
      'the good pack is not reported',
    );
    await photo(page, 'packs', 'menu', 'phone');
    await page.locator('.choices--packs').scrollIntoViewIfNeeded();
    await photo(page, 'packs', 'menu-choice', 'phone');
    assert.deepEqual(game.errors, []);
    await game.close();
  });

  it('choosing the second pack and pressing Play plays a whole round of it', async () => {
    const game = await openGame(harness, { viewport: 'laptop', reducedMotion: true });
    const { page } = game;
    await waitForScreen(page, 'title');
    await press(page, `label:has(> input[name="pack"][value="${second.id}"])`, 'mouse');
    assert.equal(await page.locator(`input[name="pack"][value="${second.id}"]`).isChecked(), true);
    const headline = (await page.locator('.article-card__headline').innerText()).trim();
    assert.ok(
      headline.includes(second.source.headline.text),
      `the article card shows the second pack: ${headline}`,
    );
    await photo(page, 'packs', 'second-chosen', 'laptop');
    await press(page, '[data-action="play"]', 'mouse');
    const board = await waitForBoard(page);
    const ids = new Set(second.events.map((e) => e.id));
    assert.ok(
      ids.has(board.cards[0]!.id) && ids.has(board.deck!.id),
      'the board deals the second pack’s cards',
    );
    await photo(page, 'packs', 'second-board', 'laptop');
    const round = await playRound(page, second, 'mouse', { wrongQuestions: [0] });
    assert.ok(
      round.cards.every((id) => ids.has(id)),
      `every card is the fixture's: ${round.cards.join(', ')}`,
    );
    const set = second.sets[0]!;
    assert.deepEqual([...round.cards].sort(), [...set.events].sort(), 'the first set, every card of it');
    const prompts = new Set(second.questions.map((q) => q.prompt));
    assert.equal(round.prompts.length, 5);
    assert.ok(
      round.prompts.every((p) => prompts.has(p)),
      `every question is the fixture's: ${round.prompts.join(' | ')}`,
    );
    await page.waitForTimeout(300);
    await photo(page, 'packs', 'second-results', 'laptop');
    const share = (await page.locator('[data-share]').textContent()) ?? '';
    assert.match(share, new RegExp(`Newsline — ${set.shortName}`));
    assert.deepEqual(game.errors, []);
    await game.close();
  });

  it('a daily link naming the second pack plays that pack’s daily', async () => {
    const today = localDateKey(new Date());
    const game = await openGame(harness, {
      viewport: 'laptop',
      reducedMotion: true,
      query: `?daily=${today}&pack=${second.id}`,
    });
    const { page } = game;
    await waitForScreen(page, 'title');
    await page.locator('[data-banner="invite"]').waitFor();
    await press(page, '[data-action="start-invite"]', 'mouse');
    const board = await waitForBoard(page);
    const ids = new Set(second.events.map((e) => e.id));
    assert.ok(
      ids.has(board.cards[0]!.id) && ids.has(board.deck!.id),
      `the daily is the second pack's: ${board.cards[0]!.id}, ${board.deck?.id}`,
    );
    await photo(page, 'packs', 'second-daily', 'laptop');
    assert.deepEqual(game.errors, []);
    await game.close();
  });
});

describe('no valid pack', () => {
  for (const [what, index] of [
    ['only a broken pack listed', JSON.stringify([BROKEN_FILE, 'missing-pack.json'])],
    ['an empty list', '[]'],
  ] as const) {
    it(`${what}: a clear message, never a blank page`, async () => {
      // The same site, its index rewritten on the way to this browser.
      const context = await newContext(harness, 'phone', { reducedMotion: true });
      await context.route('**/packs/index.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: index }),
      );
      const game = await openGame(harness, { context });
      const { page } = game;
      const fatal = page.locator('#fatal');
      await fatal.waitFor({ timeout: 15_000 });
      const text = (await fatal.innerText()).replace(/\s+/g, ' ');
      assert.match(text, /no article to play/i, text);
      if (index !== '[]') {
        assert.match(text, new RegExp(BROKEN_FILE.replace(/\./g, '\\.')), 'the broken file is named');
        assert.match(text, /missing-pack\.json/, 'and the missing one');
      } else assert.match(text, /lists no packs|empty/i);
      assert.equal(await page.locator('#fatal a').count(), 1, 'with a way to try again');
      assert.equal(await fatal.isVisible(), true);
      await photo(page, 'packs', `none-${index === '[]' ? 'empty' : 'broken'}`, 'phone');
      assert.deepEqual(
        unexpectedErrors(game.errors, [/Failed to load resource: the server responded with a status of 404/]),
        [],
      );
      await game.close();
    });
  }
});
