import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { articlePack } from '../../src/content/article-pack';
import { decodeResult } from '../../src/rules/result-code';
import { openGame, readout, screenshot, startHarness, waitForScene, type Harness } from './harness';
import { press, playRound } from './play';

const XSS_NAME = '<img src=x onerror=alert(1)>';

interface StudentResults {
  resultCode: string | null;
  playerName: string | null;
  score: number;
  quizCorrect: number;
}

/**
 * A class, end to end: the teacher builds a round, two students play it from the link and hand
 * in result codes, and the gradebook turns them into a table.
 */
describe('a class round', () => {
  let harness: Harness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => harness.close());

  it('goes from the builder to two students to the gradebook', async () => {
    const teacher = await openGame(harness, { viewport: 'laptop', query: 'teacher.html' });
    await teacher.page.waitForSelector('#round-code:not(:empty)');
    await teacher.page.selectOption('#set', 'core');
    await teacher.page.fill('#question-count', '4');
    await teacher.page.fill('#seed', '777');
    const link = await teacher.page.inputValue('#round-link');
    const roundCode = (await teacher.page.textContent('#round-code'))!;
    assert.ok(link.endsWith(`?round=${roundCode}`));
    await teacher.close();

    const codes: string[] = [];
    const students = [
      { name: 'Ada Lovelace', rightAnswers: () => true, viewport: 'laptop' as const },
      { name: XSS_NAME, rightAnswers: (i: number) => i >= 2, viewport: 'phone' as const },
    ];
    for (const student of students) {
      const game = await openGame(harness, {
        viewport: student.viewport,
        query: link.slice(harness.baseUrl.length),
      });
      let dialogs = 0;
      game.page.on('dialog', (dialog) => {
        dialogs++;
        void dialog.dismiss();
      });
      await waitForScene(game.page, 'Title');
      assert.equal((await readout<{ assigned: string | null }>(game.page)).assigned, roundCode);
      await playRound(game.page, {
        order: ['erbil-rocket', 'february-strike', 'june-9-drone-attack', 'june-strikes'],
        rightAnswers: student.rightAnswers,
        name: student.name,
      });
      const results = await readout<StudentResults>(game.page);
      assert.equal(results.playerName, student.name, 'the name is kept exactly, as text');
      assert.ok(results.resultCode?.startsWith('NLR1-'));
      await screenshot(game.page, `class-results-${student.viewport}`);

      // The code as the student hands it in: shown in a box to copy.
      await press(game.page, 'show-result');
      const shown = await game.page.inputValue('#overlay-result-code');
      assert.equal(shown, results.resultCode);
      await screenshot(game.page, `class-result-code-${student.viewport}`);
      await game.page.keyboard.press('Escape');
      codes.push(shown);

      assert.equal(await game.page.locator('img').count(), 0, 'no markup from the name reached the page');
      assert.equal(dialogs, 0);
      assert.deepEqual(game.errors, []);
      await game.close();
    }

    const decoded = codes.map((code) => decodeResult(code, articlePack));
    assert.deepEqual(
      decoded.map((d) => (d.ok ? [d.name, d.result.quizCorrect, d.result.score] : d.message)),
      [
        ['Ada Lovelace', 4, 100],
        [XSS_NAME, 2, 75],
      ],
    );

    const gradebook = await openGame(harness, { viewport: 'laptop', query: 'gradebook.html' });
    let dialogs = 0;
    gradebook.page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await gradebook.page.fill('#codes', `${codes[0]}\n\nfrom the second student: ${codes[1]}\n`);
    await gradebook.page.waitForSelector('#results-body tr');
    const rows = await gradebook.page.$$eval('#results-body tr', (trs) =>
      trs.map((tr) =>
        [...tr.children].slice(0, 4).map((cell) => (cell.querySelector('.student-name') ?? cell).textContent),
      ),
    );
    assert.deepEqual(rows, [
      ['Ada Lovelace', '6/6 (100%)', '4/4', '100'],
      [XSS_NAME, '6/6 (100%)', '2/4', '75'],
    ]);
    const firstQuestion = await gradebook.page.$$eval('#question-body tr:first-child td', (cells) =>
      cells.map((cell) => cell.textContent),
    );
    assert.equal(firstQuestion[2], '50% (1 of 2)');
    const [download] = await Promise.all([
      gradebook.page.waitForEvent('download'),
      gradebook.page.click('#export-csv'),
    ]);
    assert.match(download.suggestedFilename(), /\.csv$/);
    assert.equal(await gradebook.page.locator('#results-body img').count(), 0);
    assert.equal(dialogs, 0);
    assert.deepEqual(gradebook.errors, []);
    await gradebook.close();
  });

  it('hands in the first attempt when a round allows no retries', async () => {
    const teacher = await openGame(harness, { viewport: 'laptop', query: 'teacher.html' });
    await teacher.page.waitForSelector('#round-code:not(:empty)');
    await teacher.page.fill('#question-count', '4');
    const retry = teacher.page.locator('#allow-retry');
    if (await retry.isChecked()) await retry.uncheck();
    const link = await teacher.page.inputValue('#round-link');
    await teacher.close();

    const game = await openGame(harness, { viewport: 'laptop', query: link.slice(harness.baseUrl.length) });
    await waitForScene(game.page, 'Title');
    const order = ['erbil-rocket', 'february-strike', 'june-9-drone-attack', 'june-strikes'];
    await playRound(game.page, { order, rightAnswers: () => false, name: 'Grace' });
    const first = await readout<StudentResults & { retryAllowed: boolean }>(game.page);
    assert.equal(first.retryAllowed, false);
    // Opening the link again and playing better does not change what is handed in.
    await game.page.reload();
    await waitForScene(game.page, 'Title');
    await playRound(game.page, { order, rightAnswers: () => true, name: 'Grace' });
    const second = await readout<StudentResults>(game.page);
    assert.equal(second.quizCorrect, 4);
    assert.equal(second.resultCode, first.resultCode);
    const decoded = decodeResult(second.resultCode!, articlePack);
    assert.ok(decoded.ok && decoded.attempt === 1 && decoded.result.quizCorrect === 0);
    await game.close();
  });
});
