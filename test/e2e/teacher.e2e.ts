import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { articlePack } from '../../src/content/article-pack';
import { revealOrder } from '../../src/rules/order';
import { planRound, type RoundPlan } from '../../src/rules/plan';
import { encodeResult } from '../../src/rules/result-code';
import { encodeRound } from '../../src/rules/round-code';
import { DEFAULT_ROUND, type RoundConfig } from '../../src/rules/round-config';
import { answerLabel } from '../../src/rules/scoring';
import { parseSubmissions, toCsv } from '../../src/teacher/gradebook';
import {
  openGame,
  screenshot,
  SCREENSHOT_DIR,
  startHarness,
  type GamePage,
  type Harness,
  type ViewportName,
} from './harness';

const SEED = 4242;
const CONFIG: RoundConfig = {
  ...DEFAULT_ROUND,
  kinds: [...DEFAULT_ROUND.kinds],
  setId: 'medium',
  questionCount: 4,
  seed: SEED,
};
const XSS_NAME = '<img src=x onerror=alert(1)>';

function planFor(config: RoundConfig): RoundPlan {
  const outcome = planRound(articlePack, config);
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.plan;
}

/** Watches a page for what the teacher pages must never do: dialogs, and requests to anywhere else. */
function watch(game: GamePage, baseUrl: string): { dialogs: string[]; offsite: string[] } {
  const seen = { dialogs: [] as string[], offsite: [] as string[] };
  game.page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  game.context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseUrl) && !url.startsWith('blob:') && !url.startsWith('data:'))
      seen.offsite.push(url);
  });
  return seen;
}

async function fullPage(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

describe('teacher pages', () => {
  let harness: Harness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => harness.close());

  for (const viewport of ['laptop', 'phone'] as ViewportName[]) {
    it(`builds a round and shares it at ${viewport} size`, async () => {
      const game = await openGame(harness, { viewport, query: 'teacher.html' });
      const { page } = game;
      const seen = watch(game, harness.baseUrl);
      await page.reload();
      await page.waitForSelector('#round-code:not(:empty)');

      await page.selectOption('#set', 'medium');
      await page.fill('#question-count', '4');
      await page.fill('#seed', String(SEED));

      const plan = planFor(CONFIG);
      const code = encodeRound(CONFIG);
      const cards = await page.$$eval('#preview-cards li', (items) =>
        items.map((li) => li.getAttribute('data-event')),
      );
      assert.deepEqual(
        cards,
        plan.cards.map((c) => c.id),
        'the preview deals the cards in the plan order',
      );
      assert.equal(cards.length, articlePack.sets.find((s) => s.id === 'medium')!.events.length);
      const questions = await page.$$eval('#preview-questions > li', (items) =>
        items.map((li) => ({
          id: li.getAttribute('data-question'),
          prompt: li.querySelector('.prompt')?.textContent,
        })),
      );
      assert.deepEqual(
        questions,
        plan.questions.map((q) => ({ id: q.question.id, prompt: q.question.prompt })),
      );
      assert.equal(questions.length, 4);

      assert.equal(await page.textContent('#round-code'), code);
      const link = await page.inputValue('#round-link');
      assert.equal(link, `${harness.baseUrl}?round=${code}`);
      assert.equal(await page.getAttribute('#open-link', 'href'), link);

      const qr = await page.$eval('#qr-code svg', (svg) => ({
        width: svg.getBoundingClientRect().width,
        modules: (svg.querySelector('path')?.getAttribute('d') ?? '').split('M').length - 1,
        label: svg.getAttribute('aria-label'),
      }));
      assert.ok(qr.width >= 150, `the QR code is big enough to scan (${qr.width}px)`);
      assert.ok(qr.modules > 200, 'the QR code has modules drawn');
      assert.ok(qr.label?.includes(link));

      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, `teacher-builder-${viewport}`);

      // Inline validation: a bad count is named next to the field and blocks the code.
      await page.fill('#question-count', '99');
      assert.equal(await page.isVisible('#count-problem'), true);
      assert.equal(await page.getAttribute('#question-count', 'aria-invalid'), 'true');
      assert.equal(await page.isVisible('#share-blocked'), true);
      await page.fill('#question-count', '4');
      assert.equal(await page.isVisible('#count-problem'), false);
      assert.equal(await page.textContent('#round-code'), code);

      if (viewport === 'laptop') {
        await game.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
          origin: harness.baseUrl,
        });
        await page.click('#copy-link');
        await page.waitForFunction(
          () => document.querySelector('#copy-status')?.textContent === 'Link copied.',
        );
        assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
        assert.equal(await page.isVisible('#copy-fallback'), false);
      } else {
        // A page served over plain http on a school server has no clipboard API.
        await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
        await page.click('#copy-code');
        await page.waitForSelector('#copy-fallback', { state: 'visible' });
        assert.match((await page.textContent('#copy-fallback-message')) ?? '', /Ctrl\+C/);
        const selected = await page.evaluate(() => {
          const input = document.activeElement as HTMLInputElement;
          return {
            id: input.id,
            text: input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0),
          };
        });
        assert.deepEqual(selected, { id: 'copy-fallback-input', text: code });
      }

      await page.$eval('.qr', (el) => el.scrollIntoView({ block: 'center' }));
      await screenshot(page, `teacher-qr-${viewport}`);
      await fullPage(page, `teacher-builder-full-${viewport}`);
      await page.emulateMedia({ media: 'print' });
      await fullPage(page, `teacher-print-${viewport}`);
      assert.equal(await page.isVisible('#round-form'), false, 'the form is not printed');
      assert.equal(await page.isVisible('#qr-code svg'), true, 'the QR code is printed');
      await page.emulateMedia({ media: 'screen' });

      // The page keeps no secret round: a reload shows the same one.
      await page.reload();
      assert.equal(await page.textContent('#round-code'), code);

      assert.deepEqual(seen.dialogs, []);
      assert.deepEqual(seen.offsite, [], 'nothing is requested from anywhere else');
      assert.deepEqual(game.errors, []);
      await game.close();
    });

    it(`grades pasted result codes at ${viewport} size`, async () => {
      const plan = planFor(CONFIG);
      const roundCode = encodeRound(CONFIG);
      const correctOrder = revealOrder(plan.cards, plan.order).map((c) => c.id);
      const wrongChoice = (i: number): string => {
        const q = plan.questions[i]!;
        if (q.question.kind === 'number') return String(q.question.answer + 1);
        return q.choices.find((c) => c !== answerLabel(q.question))!;
      };
      const ada = encodeResult(plan, {
        roundCode,
        name: 'Ada',
        submittedOrder: correctOrder,
        answers: plan.questions.map((q) => answerLabel(q.question)),
        timeMs: 150_000,
        attempt: 1,
      });
      const mallory = encodeResult(plan, {
        roundCode,
        name: XSS_NAME,
        submittedOrder: [...correctOrder].reverse(),
        answers: plan.questions.map((q, i) =>
          i === 0 ? wrongChoice(0) : i === 1 ? null : answerLabel(q.question),
        ),
        timeMs: 61_000,
        attempt: 2,
      });
      const otherConfig: RoundConfig = { ...DEFAULT_ROUND, setId: 'core', questionCount: 2, seed: 7 };
      const otherPlan = planFor(otherConfig);
      const other = encodeResult(otherPlan, {
        roundCode: encodeRound(otherConfig),
        name: 'Otto',
        submittedOrder: otherPlan.cards.map((c) => c.id),
        answers: [null, null],
        timeMs: 5_000,
        attempt: 1,
      });
      const text = [`Ada: ${ada}`, mallory, 'this line is not a code', other, '', ada].join('\n');
      const expected = parseSubmissions(text, articlePack);

      const game = await openGame(harness, { viewport, query: 'gradebook.html' });
      const { page } = game;
      const seen = watch(game, harness.baseUrl);
      await page.reload();
      await page.fill('#codes', text);
      await page.waitForSelector('#results-body tr');

      const rows = await page.$$eval('#results-body tr', (trs) =>
        trs.map((tr) =>
          [...tr.children].map((cell) => (cell.querySelector('.student-name') ?? cell).textContent),
        ),
      );
      const pairs = plan.order.constrainedPairs.length;
      assert.deepEqual(rows, [
        ['Ada', `${pairs}/${pairs} (100%)`, '4/4', '100', '2:30', '1'],
        [XSS_NAME, `0/${pairs} (0%)`, '2/4', '25', '1:01', '2'],
      ]);
      assert.equal(
        await page.$$eval('#results-body img', (imgs) => imgs.length),
        0,
        'markup in a name stays text',
      );
      assert.equal(await page.textContent('#results-body tr:nth-child(2) .student-name'), XSS_NAME);

      assert.match(
        (await page.textContent('#duplicates')) ?? '',
        /Ada: the identical code was pasted 2 times \(lines 1, 6\)/,
      );
      assert.deepEqual(
        await page.$$eval('#other-body tr', (trs) =>
          trs.map((tr) => tr.querySelector('.student-name')?.textContent),
        ),
        ['Otto'],
      );
      assert.deepEqual(
        await page.$$eval('#problem-list li', (lis) => lis.map((li) => li.getAttribute('data-line'))),
        ['3'],
      );
      assert.match((await page.textContent('#problem-list')) ?? '', /Line 3: No result code on this line/);

      const questionRows = await page.$$eval('#question-body tr', (trs) =>
        trs.map((tr) => [...tr.children].map((cell) => cell.textContent)),
      );
      assert.equal(questionRows.length, 4);
      assert.equal(questionRows[0]![2], '50% (1 of 2)');
      assert.equal(questionRows[0]![3], `${wrongChoice(0)} (1)`);
      assert.equal(questionRows[1]![3], 'no answer (skipped or out of time) (1)');
      assert.equal(questionRows[2]![2], '100% (2 of 2)');
      assert.equal(questionRows[2]![3], '—');
      const events = await page.$$eval('#event-body tr', (trs) =>
        trs.map((tr) => [tr.getAttribute('data-event'), tr.children[1]?.textContent]),
      );
      assert.deepEqual(
        events.map(([id]) => id),
        correctOrder,
      );
      // Reversed, every card of the medium set breaks some constraint.
      for (const [, misplaced] of events) assert.equal(misplaced, '1 of 2 (50%)');

      // Sorting by total, lowest first, then highest first.
      await page.click('th[data-sort="total"] button');
      assert.equal(await page.getAttribute('th[data-sort="total"]', 'aria-sort'), 'ascending');
      assert.equal(await page.textContent('#results-body tr:first-child .student-name'), XSS_NAME);
      await page.click('th[data-sort="total"] button');
      assert.equal(await page.getAttribute('th[data-sort="total"]', 'aria-sort'), 'descending');
      assert.equal(await page.textContent('#results-body tr:first-child .student-name'), 'Ada');

      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
      assert.match(download.suggestedFilename(), /^newsline-results-medium-\d{4}-\d{2}-\d{2}\.csv$/);
      const csv = await readFile((await download.path())!, 'utf8');
      assert.equal(csv.charCodeAt(0), 0xfeff, 'a byte-order mark for spreadsheet programs');
      assert.equal(csv.slice(1), toCsv([...expected.rows, ...expected.otherRounds], expected.classRound));
      const table = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
      assert.deepEqual(
        table.map((r) => r[0]),
        ['Student', 'Ada', XSS_NAME, 'Otto'],
      );
      assert.deepEqual(
        table.map((r) => r[table[0]!.indexOf('Total (0-100)')]),
        ['Total (0-100)', '100', '25', String(expected.otherRounds[0]!.total)],
      );

      await page.$eval('#results', (el) => el.scrollIntoView());
      await screenshot(page, `gradebook-${viewport}`);
      await fullPage(page, `gradebook-full-${viewport}`);

      assert.deepEqual(seen.dialogs, [], 'no dialog fired');
      assert.deepEqual(seen.offsite, [], 'nothing is requested from anywhere else');
      assert.deepEqual(game.errors, []);
      // The built page's Content Security Policy refuses any connection, even to its own server.
      const attempt = await page.evaluate(() =>
        fetch(window.location.href).then(
          () => 'sent',
          () => 'blocked',
        ),
      );
      assert.equal(attempt, 'blocked');
      await game.close();
    });
  }
});
