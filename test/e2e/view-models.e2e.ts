import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { finishRound } from '../../src/app/finish-round';
import { readInvite } from '../../src/app/invite';
import { dailyRound, localDateKey } from '../../src/rules/daily';
import { decodeResult } from '../../src/rules/result-code';
import { agoLabel, SAVED_ROUND_KEY, savedRoundSchema, whereLabel } from '../../src/state/saved-round';
import { defaultSavedData, savedDataSchema, STORAGE_KEY } from '../../src/state/storage';
import { boardView, type BoardView, type CardView } from '../../src/views/board';
import { howToView } from '../../src/views/how-to';
import { messageView } from '../../src/views/message';
import { quizView, type QuizView } from '../../src/views/quiz';
import type { ResultsView } from '../../src/views/results';
import { settingsView } from '../../src/views/settings';
import { sourceView } from '../../src/views/source';
import { titleView, type TitleInputs, type TitleView } from '../../src/views/title';
import { VERDICT } from '../../src/views/words';
import { settle, startHarness, waitForScreen, type GamePage, type Harness } from './harness';
import { playPlaceBoard, rightGaps, waitForBoard, waitForQuiz } from './player';
import { codeOf, config, findSeed, newSession, pack, sessionOnPage } from './states-helpers';
import {
  lastAnswered,
  mixedRound,
  newGame,
  openSaved,
  openTitle,
  quizAt,
  sortRound,
  teacherOrigin,
  type TourOptions,
} from './tour-helpers';

/**
 * One description per screen. The view functions in src/views are pure: this file builds each
 * screen's view model in Node from the same inputs the page had (the saved round read back from
 * localStorage and replayed, the pack, the settings) and checks, for every screen and state,
 *
 *  - that the words a player reads (titles, clues, dates, verdicts, feedback, the status, the
 *    prompt, options, the verdict and its why, digests, the outside-context line, every line of
 *    the title, results, source, how-to, settings and message screens) are in the page's text,
 *    visible or in the accessibility layer, so a screen reader hears what the canvas shows;
 *  - that every text the canvas drew (caught at `fillText` while the scene redraws) is one of
 *    the view model's strings: the canvas words nothing of its own.
 */
let harness: Harness;
before(async () => (harness = await startHarness()));
after(async () => harness.close());

/** Catches every string drawn on a 2D canvas (Phaser draws each text line with fillText). */
function catchCanvasText(): void {
  const drawn: string[] = [];
  const proto = CanvasRenderingContext2D.prototype;
  const fill = proto.fillText;
  proto.fillText = function (
    this: CanvasRenderingContext2D,
    text: string,
    x: number,
    y: number,
    width?: number,
  ) {
    drawn.push(String(text));
    return width === undefined ? fill.call(this, text, x, y) : fill.call(this, text, x, y, width);
  };
  (window as unknown as { __drawn: string[] }).__drawn = drawn;
}

const options: TourOptions = { init: catchCanvasText };

/** What the canvas shows now: every text it draws when the scene is drawn again from scratch. */
async function canvasTexts(page: Page): Promise<string[]> {
  const size = page.viewportSize()!;
  await page.evaluate(() => ((window as unknown as { __drawn: string[] }).__drawn.length = 0));
  await page.setViewportSize({ width: size.width - 1, height: size.height });
  await settle(page, 300);
  await page.setViewportSize(size);
  await settle(page, 300);
  const drawn = await page.evaluate(() => (window as unknown as { __drawn: string[] }).__drawn);
  return [...new Set(drawn.map((t) => t.trim()).filter((t) => t.length > 1))];
}

/** The page's words: its text (visible or visually hidden), labels and image alternatives. */
async function pageText(page: Page): Promise<string> {
  const text = await page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[aria-label], img[alt]')].map(
      (el) => `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('alt') ?? ''}`,
    );
    const values = [...document.querySelectorAll<HTMLInputElement>('input[type="text"]')].map(
      (el) => el.value,
    );
    return [
      document.body.innerText,
      document.body.textContent ?? '',
      document.title,
      ...attributes,
      ...values,
    ].join('\n');
  });
  return normal(text);
}

const normal = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Strings of the view the page must show; returns those it does not. */
function missing(shown: string, expected: Array<string | null | undefined>): string[] {
  return [...new Set(expected.filter((s): s is string => Boolean(s)).map(normal))].filter(
    (s) => !shown.includes(s),
  );
}

/**
 * Canvas texts found nowhere in `corpus`, case aside and with the sign in front of a word
 * (↑ ↓ ★, and the verdict icons ✓ ✗ ↔, which always travel with their word) left out.
 */
function notIn(drawn: string[], corpus: Array<string | null | undefined>): string[] {
  const words = corpus
    .filter((s): s is string => Boolean(s))
    .map((s) => normal(s).toLowerCase())
    .join('\n');
  // The number pad's keys and its empty display are the pad itself, not words.
  const pad = /^([0-9]|⌫|OK|\?)$/;
  return drawn.filter(
    (t) =>
      !pad.test(t) &&
      !words.includes(
        normal(t)
          .replace(/^[↑↓★✓✗↔]\s*/, '')
          .toLowerCase(),
      ),
  );
}

function cardWords(card: CardView): Array<string | null> {
  return [
    card.title,
    card.clue,
    card.date,
    card.verdict ? VERDICT[card.verdict].word : null,
    card.note,
    card.label,
  ];
}

function cardCanvasWords(card: CardView): Array<string | null> {
  return [
    ...cardWords(card),
    card.dateReason,
    card.verdict ? `${VERDICT[card.verdict].icon} ${VERDICT[card.verdict].word}` : null,
  ];
}

/** What the board must say in the page, and everything it may draw. */
function boardWords(view: BoardView): { shown: Array<string | null>; all: Array<string | null> } {
  const shown = [
    view.heading,
    view.status,
    view.feedback?.text ?? null,
    view.primary?.label ?? null,
    view.primary ? view.instruction : null,
    view.deck ? view.deckLabel : null,
    ...(view.deck ? cardWords(view.deck) : []),
    ...view.line.flatMap(cardWords),
    ...view.gaps.map((g) => g.label),
  ];
  const all = [
    ...shown,
    view.instruction,
    view.ends?.top ?? null,
    view.ends?.bottom ?? null,
    ...(view.deck ? cardCanvasWords(view.deck) : []),
    ...view.line.flatMap(cardCanvasWords),
  ];
  return { shown, all };
}

/** What the quiz must say in the page, and everything it may draw. */
function quizWords(view: QuizView): { shown: Array<string | null>; all: Array<string | null> } {
  const a = view.answered;
  const shown = [
    view.heading,
    view.prompt,
    view.quote?.text ?? null,
    view.quote?.speaker ?? null,
    ...view.options.map((o) => `${o.key}. ${o.label}`),
    ...view.options.map((o) => o.stateLabel),
    view.number?.label ?? null,
    view.streak?.label ?? null,
    view.timer?.label ?? null,
    a?.headline ?? null,
    a?.line ?? null,
    a?.explanation ?? null,
    ...(a?.paragraphs ?? []).flatMap((p) => [p.mark, p.text]),
    a?.outsideContext ?? null,
    view.next?.label ?? null,
  ];
  const all = [
    ...shown,
    ...view.options.flatMap((o) => [o.key, o.label]),
    view.number ? `${view.number.digits} ${view.number.unit ?? ''}` : null,
    ...Object.values(VERDICT).map((v) => v.icon),
  ];
  return { shown, all };
}

function titleWords(view: TitleView): string[] {
  return [
    view.title,
    view.tagline,
    ...view.notices,
    ...Object.values(view.article),
    ...(view.resume ? Object.values(view.resume) : []),
    ...(view.invite
      ? [view.invite.heading, view.invite.detail, view.invite.startLabel, view.invite.leaveLabel]
      : []),
    ...(view.invite?.asksName
      ? []
      : [view.play.label, view.play.detail, view.daily.label, view.daily.detail]),
    view.options.summary,
    ...[...view.options.sets, ...view.options.lengths, ...view.options.modes].flatMap((c) => [
      c.label,
      c.detail,
    ]),
    view.best,
    ...view.steps,
  ].filter((s): s is string => typeof s === 'string');
}

function resultsWords(view: ResultsView): string[] {
  return [
    view.heading,
    view.scoreLabel,
    view.praise,
    // The time is the browser's clock, not the saved round's: checked on its own.
    ...view.lines.filter((l) => !l.startsWith('Time:')),
    view.best,
    ...(view.handIn ? [view.handIn.heading, view.handIn.name, view.handIn.note] : []),
    ...(view.share ? [view.share.heading, ...view.share.text.split('\n')] : []),
    view.review.heading,
    view.review.empty,
    ...view.review.items.flatMap((item) => [
      item.label,
      item.title,
      item.what,
      item.why,
      ...item.paragraphs.flatMap((p) => [p.mark, p.text]),
    ]),
    ...view.actions.map((a) => a.label),
  ].filter((s): s is string => typeof s === 'string');
}

/** The title screen's inputs as the app builds them, from what the page has stored. */
async function titleInputs(page: Page, invite: TitleInputs['invite'] = null): Promise<TitleInputs> {
  const raw = await page.evaluate((k) => localStorage.getItem(k), SAVED_ROUND_KEY);
  const saved = raw ? savedRoundSchema.parse(JSON.parse(raw)) : null;
  const now = new Date();
  const daily = dailyRound(pack, localDateKey(now));
  return {
    pack,
    packs: [pack],
    notices: [],
    menu: { setId: pack.sets[0]!.id, questionCount: 5, mode: 'place' },
    best: {},
    daily: { number: daily.number, record: null },
    resume: saved
      ? {
          setName: pack.sets.find((s) => s.id === saved.config.setId)!.shortName,
          where: whereLabel(saved),
          savedAgo: agoLabel(saved.savedAt, now),
          shared: saved.origin.kind === 'shared',
        }
      : null,
    invite,
  };
}

interface Report {
  /** View strings the page does not show. */
  notShown: string[];
  /** Canvas texts no view string holds (the canvas wording something itself). */
  unworded: string[];
  /** Canvas texts the page does not hold (a screen reader never hears them). */
  canvasOnly: string[];
}

function report(): Report {
  return { notShown: [], unworded: [], canvasOnly: [] };
}

/** Checks the page and the canvas against a view's words. */
async function checkWords(
  page: Page,
  where: string,
  words: { shown: Array<string | null>; all: Array<string | null> },
  into: Report,
  pageAlsoSays: string[] = [],
): Promise<void> {
  const shown = [await pageText(page), ...pageAlsoSays].join('\n');
  for (const s of missing(shown, words.shown)) into.notShown.push(`${where}: “${s}”`);
  const drawn = await canvasTexts(page);
  for (const t of notIn(drawn, words.all)) into.unworded.push(`${where}: “${t}”`);
  for (const t of notIn(drawn, [shown])) into.canvasOnly.push(`${where}: “${t}”`);
}

async function checkBoard(
  page: Page,
  where: string,
  into: Report,
  selectedId: string | null = null,
): Promise<BoardView> {
  await waitForBoard(page);
  const session = await sessionOnPage(page);
  assert.ok(session, 'the round is saved');
  const view = boardView(pack, session, { selectedId });
  await checkWords(page, where, boardWords(view), into);
  return view;
}

async function checkQuiz(page: Page, where: string, into: Report): Promise<QuizView> {
  await waitForQuiz(page);
  const session = await sessionOnPage(page);
  assert.ok(session, 'the round is saved');
  const digits = (await page.locator('.sr-layer [data-id="number-answer"]').count())
    ? await page.locator('.sr-layer [data-id="number-answer"]').inputValue()
    : '';
  const view = quizView(pack, session, { digits, showStreak: true })!;
  // The pad's display (“12 times”) is the page's answer box and its label (“Your answer (times)”).
  const box = view.number ? [`${view.number.digits} ${view.number.unit ?? ''}`.trim()] : [];
  await checkWords(page, where, quizWords(view), into, box);
  return view;
}

async function activate(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().focus();
  await page.keyboard.press('Enter');
  await settle(page);
}

function verdict(into: Report): void {
  const lines = [
    ...into.notShown.map((s) => `not in the page: ${s}`),
    ...into.unworded.map((s) => `drawn on the canvas but in no view model: ${s}`),
    ...into.canvasOnly.map(
      (s) => `drawn on the canvas but not in the page (a screen reader misses it): ${s}`,
    ),
  ];
  assert.deepEqual(lines, [], lines.join('\n'));
}

async function close(game: GamePage): Promise<void> {
  assert.deepEqual(game.errors, []);
  await game.close();
}

describe('the page says what the view model says, and the canvas draws nothing else', () => {
  it('the menu: plain, with a teacher’s invite, with a saved round to resume', async () => {
    const into = report();
    const plain = await openTitle(harness, options);
    for (const s of missing(await pageText(plain.page), titleWords(titleView(await titleInputs(plain.page)))))
      into.notShown.push(`title: “${s}”`);
    await close(plain);

    const code = codeOf(mixedRound);
    const invited = await openTitle(harness, options, `?round=${code}`);
    const inviteView = titleView(await titleInputs(invited.page, { kind: 'shared', config: mixedRound }));
    assert.ok(inviteView.invite);
    for (const s of missing(await pageText(invited.page), titleWords(inviteView)))
      into.notShown.push(`title with invite: “${s}”`);
    await close(invited);

    const saved = await openSaved(harness, quizAt(mixedRound, 2), { ...options, resume: false });
    const resumeView = titleView(await titleInputs(saved.page));
    assert.ok(resumeView.resume);
    for (const s of missing(await pageText(saved.page), titleWords(resumeView)))
      into.notShown.push(`title with resume: “${s}”`);
    await close(saved);
    verdict(into);
  });

  it('the board in place mode: before a placement, after a wrong one, done', async () => {
    const into = report();
    const game = await openSaved(harness, newSession(mixedRound), options);
    const { page } = game;
    let view = await checkBoard(page, 'board (place) before a placement', into);
    // A wrong placement first (its feedback and note), then the rest right, by the page's gaps.
    const line = view.line.map((c) => c.id);
    const right = rightGaps(pack, line, view.deck!.id);
    const wrong =
      Array.from({ length: line.length + 1 }, (_, i) => i).find((i) => i < right.first || i > right.last) ??
      right.first;
    await activate(page, `.sr-layer [data-id="gap-${wrong}"]`);
    view = await checkBoard(page, 'board (place) after a placement', into);
    while (view.deck) {
      const gap = rightGaps(
        pack,
        view.line.map((c) => c.id),
        view.deck.id,
      ).first;
      await activate(page, `.sr-layer [data-id="gap-${gap}"]`);
      await waitForBoard(page);
      const session = await sessionOnPage(page);
      view = boardView(pack, session!, { selectedId: null });
    }
    await checkBoard(page, 'board (place) done', into);
    await close(game);
    verdict(into);
  });

  it('the board in sort mode: before, with a card picked up, after Check order', async () => {
    const into = report();
    const game = await openSaved(harness, newSession(sortRound), options);
    const { page } = game;
    const view = await checkBoard(page, 'board (sort) before', into);
    const picked = view.line[2]!.id;
    await activate(page, `.sr-layer [data-id="card-${picked}"]`);
    await checkBoard(page, 'board (sort) with a card picked up', into, picked);
    await page.locator('[data-action="check"]').click();
    await page.waitForSelector('[data-action="to-quiz"]');
    await checkBoard(page, 'board (sort) checked', into);
    await close(game);
    verdict(into);
  });

  it('the quiz: before and after an answer, true/false, a number typed and answered', async () => {
    const into = report();
    const game = await openSaved(harness, quizAt(mixedRound, 0), options);
    const { page } = game;
    await checkQuiz(page, 'quiz (multiple choice) before an answer', into);
    await activate(page, '.sr-layer [data-id="option-1"]');
    const answered = await checkQuiz(page, 'quiz (multiple choice) answered', into);
    assert.ok(answered.answered?.explanation, 'explanations are on in this round');
    await page.locator('[data-action="next"]').click();
    await checkQuiz(page, 'quiz (true/false) before an answer', into);
    await activate(page, '.sr-layer [data-id="option-0"]');
    await checkQuiz(page, 'quiz (true/false) answered', into);
    await page.locator('[data-action="next"]').click();
    const number = await waitForQuiz(page);
    assert.equal(number.kind, 'number');
    await page.locator('.sr-layer [data-id="number-answer"]').fill('12');
    await settle(page);
    await checkQuiz(page, 'quiz (number) with digits typed', into);
    await activate(page, '.sr-layer [data-id="submit-number"]');
    await checkQuiz(page, 'quiz (number) answered', into);
    await close(game);
    verdict(into);
  });

  it('an answer that rests on outside context says so', async () => {
    const into = report();
    const round = findSeed(config({ questionCount: 2 }), (plan) => {
      const first = plan.questions[0];
      return (
        first?.question.basis === 'context' &&
        first.question.kind !== 'number' &&
        first.choices.every((c) => c.length <= 40)
      );
    });
    const game = await openSaved(harness, quizAt(round, 0), options);
    await activate(game.page, '.sr-layer [data-id="option-0"]');
    const view = await checkQuiz(game.page, 'quiz (outside context) answered', into);
    assert.ok(view.answered?.outsideContext, 'the view says the answer rests on outside context');
    await close(game);
    verdict(into);
  });

  it('a friend’s round without explanations during play: none in the quiz, all in the review', async () => {
    const into = report();
    const round = config({ setId: 'core', questionCount: 2, explanationsDuringPlay: false });
    const game = await newGame(harness, { ...options, query: `?play=${codeOf(round)}` });
    const { page } = game;
    await waitForScreen(page, 'title');
    await page.locator('[data-action="start-invite"]').click();
    await playPlaceBoard(page, pack, 'mouse');
    await page.locator('[data-action="to-quiz"]').click();
    const first = newSession(round).plan.questions[0]!.question;
    await activate(page, '.sr-layer [data-id="option-0"]');
    const view = await checkQuiz(page, 'quiz (explanations off) answered', into);
    assert.equal(view.answered?.explanation, null);
    assert.deepEqual(view.answered?.paragraphs, []);
    const shown = await pageText(page);
    assert.ok(!shown.includes(normal(first.explanation)), 'the explanation is not on the page during play');
    const drawn = (await canvasTexts(page)).join('\n');
    assert.ok(!drawn.includes(first.explanation.slice(0, 30)), 'nor on the canvas');
    await close(game);
    verdict(into);
  });

  for (const kind of ['own', 'shared'] as const) {
    it(`the results of ${kind === 'own' ? 'one’s own round' : 'a teacher’s round (the hand-in)'}`, async () => {
      const into = report();
      const session0 =
        kind === 'own' ? lastAnswered(mixedRound) : lastAnswered(mixedRound, teacherOrigin(mixedRound));
      const game = await openSaved(harness, session0, options);
      const { page } = game;
      // The inputs of finishing, read before the last press: the round and the stored data.
      const session = (await sessionOnPage(page))!;
      const stored = await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY);
      const data = stored ? savedDataSchema.parse(JSON.parse(stored)) : defaultSavedData();
      await page.locator('[data-action="next"]').click();
      await waitForScreen(page, 'results');
      await settle(page, 300);
      session.nextQuestion();
      const expected = finishRound({ pack, session, data, now: new Date(), pageUrl: harness.baseUrl }).view;
      const shown = await pageText(page);
      for (const s of missing(shown, resultsWords(expected))) into.notShown.push(`results (${kind}): “${s}”`);
      assert.match(shown, /Time: \d+:\d\d/);
      const drawn = await canvasTexts(page);
      for (const t of notIn(drawn, [expected.scoreLabel])) into.unworded.push(`results (${kind}): “${t}”`);
      for (const t of notIn(drawn, [shown])) into.canvasOnly.push(`results (${kind}): “${t}”`);
      if (kind === 'shared') {
        const code = ((await page.locator('[data-result-code]').textContent()) ?? '').trim();
        const decoded = decodeResult(code, [pack]);
        assert.ok(decoded.ok, `the hand-in code decodes: ${decoded.ok ? '' : decoded.message}`);
        assert.equal(decoded.name, 'Ada Lovelace');
        assert.deepEqual(
          decoded.answers,
          session.plan.questions.map(
            (q) => session.answers.find((a) => a.questionId === q.question.id)?.given ?? null,
          ),
        );
        assert.equal(decoded.result.score, expected.score);
      }
      await close(game);
      verdict(into);
    });
  }

  it('the reading screens: source, how to play, settings, and a broken link’s message', async () => {
    const into = report();
    const game = await openTitle(harness, options);
    const { page } = game;
    await page.locator('[data-action="source"]').click();
    await waitForScreen(page, 'source');
    const source = sourceView(pack);
    for (const s of missing(await pageText(page), [
      source.heading,
      source.headline,
      source.headlineNote,
      ...source.facts.flatMap((f) => [f.label, f.value]),
      ...source.notes,
      source.paragraphsHeading,
      ...source.paragraphs.flatMap((p) => [p.mark, p.text]),
    ]))
      into.notShown.push(`source: “${s}”`);
    await page.locator('[data-action="back"]').click();
    await page.locator('[data-action="how-to"]').click();
    await waitForScreen(page, 'how-to');
    const howTo = howToView();
    for (const s of missing(await pageText(page), [
      howTo.heading,
      ...howTo.sections.flatMap((section) => [section.heading, ...section.items]),
      ...howTo.marks.flatMap((m) => [m.word, m.meaning]),
    ]))
      into.notShown.push(`how to play: “${s}”`);
    await page.locator('[data-action="back"]').click();
    await page.locator('[data-action="settings"]').click();
    await waitForScreen(page, 'settings');
    const sound = (await page.locator('.settings .notice').count()) === 0;
    const settings = settingsView(defaultSavedData().settings, { available: sound, problem: null }, true);
    for (const s of missing(await pageText(page), [
      settings.heading,
      settings.status,
      ...settings.settings.flatMap((row) => [
        row.label,
        row.hint,
        ...(row.kind === 'choice' ? row.choices.map((c) => c.label) : []),
      ]),
      settings.saveNote,
    ]))
      into.notShown.push(`settings: “${s}”`);
    await close(game);

    const search = '?round=NL-ABCD-EFGH';
    const broken = await openTitle(harness, options, search, 'message');
    const reading = readInvite(search, [pack], new Date());
    assert.ok(!reading.ok && reading.problem);
    const message = messageView(reading.problem.heading, reading.problem.message);
    for (const s of missing(await pageText(broken.page), [
      message.heading,
      message.message,
      ...message.details,
      message.action.label,
    ]))
      into.notShown.push(`message: “${s}”`);
    await close(broken);
    verdict(into);
  });
});
