import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import Papa from 'papaparse';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { loadPackLibrary } from '../../src/content/loader';
import type { Pack } from '../../src/content/schema';
import { revealOrder } from '../../src/rules/order';
import { LEGACY_PACK_ID, encodeRound } from '../../src/rules/round-code';
import { LIMITS, type RoundConfig } from '../../src/rules/round-config';
import { answerKey } from '../../src/teacher/builder-model';
import { parseSubmissions } from '../../src/teacher/gradebook';
import { toCsv } from '../../src/teacher/gradebook-csv';
import {
  legacyResultCode,
  planFor,
  resultCode,
  rightAnswer,
  rightGaps,
  roundOf,
  wrongAnswer,
} from '../teacher/class-packs';

/**
 * The teacher pages in the built site, as a teacher uses them: build a round with clicks and
 * typing, find it remembered after a reload, print the sheet and its answer key, then paste a
 * class's result codes into the gradebook and read, reload, open and export them.
 *
 * Minimal harness of its own (the shared one is being rewritten): serves the test build
 * (`vite build --mode test --outDir dist-test`, or E2E_DIST) on loopback and drives Debian's
 * Chromium, never a downloaded browser.
 */

const DIST = process.env.E2E_DIST ?? 'dist-test';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOT_DIR = path.resolve('test-results/screenshots');
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const VIEWPORTS = {
  phone: { width: 360, height: 640 },
  tablet: { width: 768, height: 1024 },
  laptop: { width: 1366, height: 768 },
} as const;
type ViewportName = keyof typeof VIEWPORTS;
const XSS_NAME = '<img src=x onerror=alert(1)>';

interface Site {
  baseUrl: string;
  browser: Browser;
  /** The packs exactly as the built site serves them, read through the same loader. */
  packs: Pack[];
}

interface TeacherPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, uncaught exceptions and Content Security Policy violations. */
  errors: string[];
  /** Dialogs the page opened (each accepted). */
  dialogs: string[];
  /** Requests to anywhere but this site. */
  offsite: string[];
}

async function openPage(
  site: Site,
  file: string,
  viewport: ViewportName,
  context?: BrowserContext,
): Promise<TeacherPage> {
  const ctx =
    context ?? (await site.browser.newContext({ viewport: VIEWPORTS[viewport], acceptDownloads: true }));
  const page = await ctx.newPage();
  const seen: TeacherPage = { page, context: ctx, errors: [], dialogs: [], offsite: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') seen.errors.push(message.text());
  });
  page.on('pageerror', (error) => seen.errors.push(`uncaught: ${error.message}`));
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.accept();
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(site.baseUrl) && !url.startsWith('blob:') && !url.startsWith('data:'))
      seen.offsite.push(url);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await page.goto(`${site.baseUrl}${file}`);
  return seen;
}

async function photograph(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage });
}

/** Page objects in a PDF Chromium wrote (their dictionaries are never compressed). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

const texts = (page: Page, selector: string): Promise<string[]> =>
  page.$$eval(selector, (nodes) => nodes.map((n) => n.textContent?.trim() ?? ''));
const attrs = (page: Page, selector: string, name: string): Promise<Array<string | null>> =>
  page.$$eval(selector, (nodes, attr) => nodes.map((n) => n.getAttribute(attr)), name);

function articlePack(site: Site): Pack {
  const pack = site.packs.find((p) => p.id === LEGACY_PACK_ID) ?? site.packs[0];
  assert.ok(pack, 'the site serves at least one pack');
  return pack;
}

/** The same pack as an earlier version would have dealt it: one planned question's answer differs. */
function earlierVersionOf(pack: Pack, config: RoundConfig): Pack {
  const changedId = planFor(pack, config).questions[0]!.question.id;
  return {
    ...pack,
    questions: pack.questions.map((q) =>
      q.id !== changedId
        ? q
        : q.kind === 'number'
          ? { ...q, answer: q.answer + 1 }
          : q.kind === 'true-false'
            ? { ...q, answer: !q.answer }
            : { ...q, answer: q.options.find((o) => o !== q.answer)! },
    ),
  };
}

describe('teacher pages', () => {
  let site: Site;
  let server: PreviewServer;

  before(async () => {
    server = await preview({
      build: { outDir: DIST },
      preview: { port: 0, host: '127.0.0.1', strictPort: false },
      logLevel: 'warn',
    });
    const address = server.httpServer.address();
    if (!address || typeof address === 'string') throw new Error('preview server has no port');
    const baseUrl = `http://127.0.0.1:${address.port}/`;
    const library = await loadPackLibrary({
      baseUrl: `${baseUrl}packs/`,
      fetchText: (url) => fetch(url).then((r) => r.text()),
    });
    assert.deepEqual(library.problems, [], 'the built site’s packs load cleanly');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    site = { baseUrl, browser, packs: library.packs.map((p) => p.pack) };
  });
  after(async () => {
    await site?.browser.close();
    await server?.close();
  });

  it('builds a round with clicks and typing, remembers it, starts a new one and prints sheet and key', async () => {
    const pack = articlePack(site);
    const teacher = await openPage(site, 'teacher.html', 'laptop');
    const { page } = teacher;
    await page.waitForSelector('#round-code:not(:empty)');
    assert.equal(await page.isVisible('#pack-status'), false, 'the loading line goes once the packs are in');

    const set = pack.sets.find((s) => s.deal === undefined && s.events.length >= 5) ?? pack.sets[0]!;
    await page.selectOption('#set', set.id);
    await page.click('label:has(#mode-sort)');
    await page.fill('#question-count', '');
    await page.locator('#question-count').pressSequentially('4');
    await page.click('label:has(#kind-number)');
    await page.selectOption('#difficulty-max', '2');
    await page.click('label:has(#timer-on)');
    await page.fill('#timer-seconds', '');
    await page.locator('#timer-seconds').pressSequentially('45');
    await page.click('label:has(#explain-end)');
    await page.click('label:has(#allow-retry)');
    await page.fill('#seed', '');
    await page.locator('#seed').pressSequentially('4242');

    const config: RoundConfig = {
      packId: pack.id,
      setId: set.id,
      mode: 'sort',
      questionCount: 4,
      kinds: ['multiple-choice', 'true-false', 'who-said-it'],
      difficulty: { min: 1, max: 2 },
      timerSeconds: 45,
      explanationsDuringPlay: false,
      allowRetry: false,
      seed: 4242,
    };
    const plan = planFor(pack, config);
    const code = encodeRound(config, pack);
    assert.equal(await page.textContent('#round-code'), code);
    assert.deepEqual(
      await attrs(page, '#preview-cards li', 'data-event'),
      plan.cards.map((c) => c.id),
      'the preview deals the cards in the order students get them',
    );
    assert.deepEqual(
      await attrs(page, '#preview-questions > li', 'data-question'),
      plan.questions.map((q) => q.question.id),
      'the preview asks the questions students get',
    );
    assert.deepEqual(
      await texts(page, '#preview-questions > li .prompt'),
      plan.questions.map((q) => q.question.prompt),
    );
    const link = `${site.baseUrl}?round=${code}`;
    assert.equal(await page.inputValue('#round-link'), link);
    assert.equal(await page.getAttribute('#open-link', 'href'), link);
    const qr = await page.$eval('#qr-code svg', (svg) => ({
      width: svg.getBoundingClientRect().width,
      label: svg.getAttribute('aria-label') ?? '',
    }));
    assert.ok(qr.width >= 150, `the QR code is big enough to scan (${qr.width}px)`);
    assert.ok(qr.label.includes(link));

    // A problem is shown beside its own field and holds back the code until it is fixed.
    await page.fill('#question-count', '99');
    assert.equal(await page.isVisible('#questionCount-problem'), true);
    assert.equal(await page.getAttribute('#question-count', 'aria-invalid'), 'true');
    assert.equal(await page.isVisible('#seed-problem'), false);
    assert.equal(await page.isVisible('#share-blocked'), true);
    await page.fill('#question-count', '4');
    assert.equal(await page.isVisible('#questionCount-problem'), false);
    assert.equal(await page.textContent('#round-code'), code);

    // A closed tab loses nothing: the same round, every field, after a reload.
    await page.reload();
    await page.waitForSelector('#round-code:not(:empty)');
    assert.equal(await page.textContent('#round-code'), code, 'the round is remembered');
    assert.equal(await page.inputValue('#seed'), '4242');
    assert.equal(await page.isChecked('#mode-sort'), true);
    assert.equal(await page.inputValue('#timer-seconds'), '45');
    assert.match((await page.textContent('#round-notice')) ?? '', /last building/);

    // The print sheet: name and class lines, the code, link and QR; the answer key on a page of its own.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.isVisible('#round-form'), false, 'the form is not printed');
    assert.deepEqual(await texts(page, '.student-lines .write-line'), ['Name', 'Class']);
    const line = await page.$eval('.write-line', (p) => getComputedStyle(p, '::after').borderBottomStyle);
    assert.equal(line, 'solid', 'each has a line to write on');
    assert.equal(await page.isVisible('#round-code'), true);
    assert.equal(await page.isVisible('#round-link-print'), true);
    assert.equal(await page.isVisible('#qr-code svg'), true);
    assert.equal(await page.isVisible('#answer-key'), true);
    assert.equal(await page.$eval('#answer-key', (key) => getComputedStyle(key).breakBefore), 'page');
    const key = answerKey(plan);
    assert.deepEqual(
      await attrs(page, '#key-cards li', 'data-event'),
      revealOrder(plan.cards, plan.order).map((c) => c.id),
    );
    assert.deepEqual(
      await texts(page, '#key-cards .key-date'),
      key.cards.map((c) => c.date),
    );
    assert.deepEqual(
      await texts(page, '#key-cards .key-how'),
      key.cards.map((c) => c.how),
    );
    assert.deepEqual(
      await texts(page, '#key-questions .key-answer'),
      key.questions.map((q) => `Answer: ${q.answer}`),
    );
    await photograph(page, 'teacher-print-sheet-and-key-laptop', true);
    const withKey = pdfPageCount(await page.pdf({ format: 'A4' }));
    // Back to the page's own media (page.pdf prints with print CSS unless screen is emulated).
    await page.emulateMedia({ media: null });
    await page.click('label:has(#print-key)');
    const sheetOnly = pdfPageCount(await page.pdf({ format: 'A4' }));
    assert.equal(sheetOnly, 1, 'the assignment sheet fits on one page');
    assert.ok(withKey > sheetOnly, `the answer key starts a page of its own (${withKey} pages with it)`);
    await page.click('label:has(#print-key)');

    // New round: a new seed, the other settings kept, and that is what a reload brings back.
    assert.match((await page.textContent('#new-round')) ?? '', /new seed/i);
    await page.click('#new-round');
    const newSeed = Number(await page.inputValue('#seed'));
    assert.notEqual(newSeed, 4242);
    assert.ok(
      Number.isInteger(newSeed) && newSeed >= 0 && newSeed <= LIMITS.newSeed.max,
      `seed ${newSeed} fits`,
    );
    const newCode = encodeRound({ ...config, seed: newSeed }, pack);
    assert.equal(await page.textContent('#round-code'), newCode);
    assert.equal(await page.isVisible('#round-notice'), false);
    await page.reload();
    await page.waitForSelector('#round-code:not(:empty)');
    assert.equal(await page.textContent('#round-code'), newCode);

    // A round made with an earlier version of the pack: opened from the address, said plainly.
    const earlierCode = encodeRound(config, earlierVersionOf(pack, config));
    await page.goto(`${site.baseUrl}teacher.html?round=${earlierCode}`);
    await page.waitForSelector('#round-code:not(:empty)');
    assert.match(
      (await page.textContent('#round-notice')) ?? '',
      /made with an earlier version of .*answer key/,
    );
    assert.equal(await page.textContent('#round-code'), code, 'the round now deals from this site’s copy');
    assert.equal(new URL(page.url()).search, '', 'the address is read once, so a reload keeps later edits');

    // A code pasted to re-open a round; a mistyped one says where the typo is.
    await page.fill(
      '#open-code-input',
      `${newCode.slice(0, 4)}${newCode[4] === 'A' ? 'B' : 'A'}${newCode.slice(5)}`,
    );
    await page.click('#open-code-button');
    assert.match((await page.textContent('#open-code-problem')) ?? '', /Character 2 \(group 1.*Did you mean/);
    await page.fill('#open-code-input', link.replace(code, newCode));
    await page.click('#open-code-button');
    assert.equal(await page.isVisible('#open-code-problem'), false);
    assert.equal(await page.textContent('#round-code'), newCode);
    assert.equal(await page.isVisible('#round-notice'), false, 'nothing to warn about for a current code');

    assert.deepEqual(teacher.dialogs, []);
    assert.deepEqual(teacher.offsite, [], 'nothing is requested from anywhere else');
    assert.deepEqual(teacher.errors, []);
    await teacher.context.close();
  });

  it('grades a class’s result codes, keeps them after a reload, shows one student’s answers and exports CSV', async () => {
    const pack = articlePack(site);
    const set = pack.sets.find((s) => s.deal === undefined && s.events.length >= 5) ?? pack.sets[0]!;
    const placeRound = roundOf(pack, { setId: set.id, mode: 'place', questionCount: 3, seed: 501 });
    const plan = planFor(pack, placeRound);
    const wrongFirst = rightGaps(plan).map((gap, i) =>
      i === rightGaps(plan).findIndex((g) => g > 0) ? 0 : gap,
    );
    const ada = resultCode(pack, placeRound, { name: 'Ada', timeMs: 150_000 });
    const mallory = resultCode(pack, placeRound, {
      name: XSS_NAME,
      submission: { mode: 'place', gaps: wrongFirst },
      answers: [wrongAnswer(plan, 0), null, rightAnswer(plan, 2)],
      timeMs: 61_000,
      attempt: 2,
      abandoned: 1,
    });
    const legacySet = pack.sets.find((s) => s.id === 'core') ?? set;
    const old = legacyResultCode(
      pack,
      roundOf(pack, { setId: legacySet.id, mode: 'sort', questionCount: 2, seed: 9 }),
      {
        name: 'Otto',
        seconds: 300,
        attempt: 1,
      },
    );
    const earlier = resultCode(earlierVersionOf(pack, placeRound), placeRound, { name: 'Early' });
    const text = [`Ada: ${ada}`, mallory, 'this line is not a code', old, `Early: ${earlier}`, '', ada].join(
      '\n',
    );
    const expected = parseSubmissions(text, site.packs);
    assert.equal(expected.rows.length, 3);

    const grader = await openPage(site, 'gradebook.html', 'laptop');
    const { page } = grader;
    await page.waitForSelector('#codes');
    await page.click('#codes');
    await page.fill('#codes', text);
    await page.waitForSelector('.results-table tbody tr');

    const rowsNow = async (): Promise<string[][]> =>
      page.$$eval('.results-table tbody tr:not(.details-row)', (trs) =>
        trs.map((tr) =>
          [...tr.children].map(
            (cell) => (cell.querySelector('.student-name') ?? cell).textContent?.trim() ?? '',
          ),
        ),
      );
    const rowOf = (name: string) => expected.rows.find((r) => r.name === name)!;
    const placed = plan.cards.length - 1;
    const malloryScore = rowOf(XSS_NAME).total;
    const expectedRows = [
      [
        'Ada',
        `${placed} of ${placed} placed right first time`,
        '3 of 3',
        '100',
        '2:30',
        '1st finished attempt',
      ],
      [
        XSS_NAME,
        `${placed - 1} of ${placed} placed right first time`,
        '1 of 3',
        String(malloryScore),
        '1:01',
        '2nd finished attempt (retries allowed) + 1 left unfinished before',
      ],
      [
        'Otto',
        rowOf('Otto').timeline.words,
        '2 of 2',
        String(rowOf('Otto').total),
        '5:00',
        '1st finished attempt',
      ],
    ];
    assert.deepEqual(await rowsNow(), expectedRows);
    assert.equal(await page.$$eval('#main img', (imgs) => imgs.length), 0, 'markup in a name stays text');
    assert.deepEqual(await texts(page, '.pack-title'), [`${pack.title} · version ${pack.version}`]);
    assert.deepEqual(await attrs(page, '.round-group', 'data-round'), [
      encodeRound(placeRound, pack),
      rowOf('Otto').roundCode,
    ]);
    assert.match(
      (await page.textContent('#duplicates')) ?? '',
      /Ada: the identical code was pasted 2 times \(lines 1, 7\)/,
    );
    assert.deepEqual(await attrs(page, '#problem-list li', 'data-line'), ['3', '5']);
    const problemText = await texts(page, '#problem-list li');
    assert.match(problemText[0]!, /^Line 3: No result code on this line/);
    assert.match(problemText[1]!, /^Line 5: This result was made with an earlier version of the pack/);

    // Kept in this browser: a reload brings every code back.
    await page.reload();
    await page.waitForSelector('.results-table tbody tr');
    assert.equal(await page.inputValue('#codes'), text);
    assert.deepEqual(await rowsNow(), expectedRows);
    assert.match((await page.textContent('#kept-status')) ?? '', /Kept in this browser/);

    // One student's answers, on demand.
    await page.click(`tr:has-text("${XSS_NAME}") .answers-toggle`);
    const details = page.locator('.details-row');
    await details.waitFor();
    assert.equal(
      await page.getAttribute(`tr:has-text("${XSS_NAME}") .answers-toggle`, 'aria-expanded'),
      'true',
    );
    assert.deepEqual(
      await attrs(page, '.details-row li[data-event]', 'data-event'),
      plan.cards.map((c) => c.id),
    );
    const marks = await texts(page, '.details-row li[data-event] .mark');
    assert.equal(marks.filter((m) => m.includes('wrong')).length, 1, 'the one wrong placement is marked');
    const answerNotes = await texts(page, '.details-row li[data-question] .detail-note');
    assert.deepEqual(answerNotes, [
      `Their answer: ${wrongAnswer(plan, 0)} · right answer: ${rightAnswer(plan, 0)}`,
      `Their answer: none (skipped or out of time) · right answer: ${rightAnswer(plan, 1)}`,
      `Their answer: ${rightAnswer(plan, 2)}`,
    ]);
    await photograph(page, 'teacher-gradebook-answers-laptop', true);

    // Sorting by score, lowest first, then highest first.
    const firstRound = page.locator('.round-group').first();
    await firstRound.locator('th[data-sort="total"] button').click();
    assert.equal(await firstRound.locator('th[data-sort="total"]').getAttribute('aria-sort'), 'ascending');
    assert.equal(await firstRound.locator('tbody tr:first-child .student-name').textContent(), XSS_NAME);
    await firstRound.locator('th[data-sort="total"] button').click();
    assert.equal(await firstRound.locator('th[data-sort="total"]').getAttribute('aria-sort'), 'descending');
    assert.equal(await firstRound.locator('tbody tr:first-child .student-name').textContent(), 'Ada');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    assert.match(
      download.suggestedFilename(),
      new RegExp(`^newsline-results-${pack.id}-\\d{4}-\\d{2}-\\d{2}\\.csv$`),
    );
    const csv = await readFile((await download.path())!, 'utf8');
    assert.equal(csv.charCodeAt(0), 0xfeff, 'a byte-order mark for spreadsheet programs');
    const grouped = expected.groups.flatMap((g) => g.rounds.flatMap((r) => r.rows));
    assert.equal(csv.slice(1), toCsv(grouped));
    const table = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    assert.deepEqual(
      table.map((r) => r[0]),
      ['Student', 'Ada', XSS_NAME, 'Otto'],
    );

    // The page may fetch its own packs but nothing from anywhere else: its security policy refuses.
    const violation = page.waitForEvent('console', {
      predicate: (m) => m.text().startsWith('CSP violation: connect-src https://example.com'),
    });
    const outside = await page.evaluate(() =>
      fetch('https://example.com/').then(
        () => 'sent',
        () => 'blocked',
      ),
    );
    assert.equal(outside, 'blocked');
    await violation;
    // The errors this test asked for: the violation, and Chromium's own two lines about it.
    const asked = grader.errors.filter((e) => e.includes('https://example.com'));
    assert.equal(asked.length, 3, asked.join('\n'));
    grader.errors.splice(0, grader.errors.length, ...grader.errors.filter((e) => !asked.includes(e)));

    // Clear asks first, then forgets everything, in this browser too.
    await page.click('#clear');
    assert.equal(grader.dialogs.length, 1);
    assert.match(grader.dialogs[0]!, /Clear every result code/);
    assert.equal(await page.inputValue('#codes'), '');
    await page.reload();
    await page.waitForSelector('#codes');
    assert.equal(await page.inputValue('#codes'), '');
    assert.equal(await page.textContent('#summary'), 'No result codes yet.');

    assert.deepEqual(grader.offsite, [], 'nothing is requested from anywhere else');
    assert.deepEqual(grader.errors, []);
    await grader.context.close();
  });

  it('offers a choice of pack, names a pack that fails to load and works with the rest; says so when none loads', async () => {
    const context = await site.browser.newContext({ viewport: VIEWPORTS.laptop });
    const realIndex = JSON.parse(await (await fetch(`${site.baseUrl}packs/index.json`)).text()) as string[];
    // A second article: the first pack under another id and title, with one set fewer.
    const first = site.packs[0]!;
    const second: Pack = {
      ...first,
      id: 'second-article',
      title: 'A second article',
      sets: first.sets.slice(1),
    };
    const served: Record<string, string> = {
      'second-article.json': JSON.stringify(second),
      'broken-pack.json': JSON.stringify({ id: 'broken-pack', events: [] }),
    };
    await context.route('**/packs/index.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify([...realIndex, ...Object.keys(served)]),
      }),
    );
    for (const [file, body] of Object.entries(served))
      await context.route(`**/packs/${file}`, (route) =>
        route.fulfill({ contentType: 'application/json', body }),
      );

    const builder = await openPage(site, 'teacher.html', 'laptop', context);
    const { page } = builder;
    await page.waitForSelector('#round-code:not(:empty)');
    assert.match((await page.textContent('#pack-problems')) ?? '', /packs\/broken-pack\.json: /);
    assert.equal(await page.isVisible('#builder'), true, 'the other packs still work');
    // Each choice says what it is: title, source and how many events.
    assert.deepEqual(await texts(page, '#pack-choices .pack-name'), [
      ...site.packs.map((p) => p.title),
      second.title,
    ]);
    const detail = (await texts(page, '#pack-choices .pack-detail')).at(-1)!;
    assert.ok(detail.startsWith(`${first.source.outlet}, `), detail);
    assert.ok(detail.endsWith(` · ${first.events.length} events`), detail);
    await page.click('#pack-choices label:has-text("A second article")');
    assert.deepEqual(
      await attrs(page, '#set option', 'value'),
      second.sets.map((s) => s.id),
      'the set list is the chosen pack’s',
    );
    const code = (await page.textContent('#round-code')) ?? '';
    const config: RoundConfig = {
      ...roundOf(second, { seed: Number(await page.inputValue('#seed')) }),
      questionCount: 6,
    };
    assert.equal(code, encodeRound(config, second), 'the round is the second article’s');
    await page.reload();
    await page.waitForSelector('#round-code:not(:empty)');
    assert.equal(
      await page.isChecked('#pack-choices input[value="second-article"]'),
      true,
      'the chosen pack is remembered',
    );
    await photograph(page, 'teacher-builder-two-packs-laptop');
    assert.deepEqual(builder.errors, []);
    await page.close();

    await context.unroute('**/packs/index.json');
    await context.route('**/packs/index.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: '[]' }),
    );
    for (const file of ['teacher.html', 'gradebook.html']) {
      const empty = await openPage(site, file, 'laptop', context);
      await empty.page.waitForSelector('#pack-problems:not([hidden])');
      const message = (await empty.page.textContent('#pack-problems')) ?? '';
      assert.match(message, /No content pack could be loaded/);
      assert.match(message, /packs\/index\.json: lists no packs/);
      assert.equal(await empty.page.isVisible(file === 'teacher.html' ? '#builder' : '#gradebook'), false);
      if (file === 'gradebook.html') await photograph(empty.page, 'teacher-gradebook-no-packs-laptop');
      await empty.page.close();
    }
    await context.close();
  });

  for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
    it(`reads well at ${viewport} size`, async () => {
      const pack = articlePack(site);
      const round = roundOf(pack, { questionCount: 3, seed: 77 });
      const plan = planFor(pack, round);
      const codes = [
        resultCode(pack, round, { name: 'Ada Lovelace', timeMs: 95_000 }),
        resultCode(pack, round, {
          name: XSS_NAME,
          answers: [wrongAnswer(plan, 0), null, rightAnswer(plan, 2)],
          attempt: 2,
          abandoned: 1,
          timeMs: 61_000,
        }),
        resultCode(
          pack,
          { ...round, allowRetry: false },
          { name: 'Bartholomew Featherstonehaugh', attempt: 3 },
        ),
        'Sam: NLR2-0000-0000',
      ].join('\n');

      const teacher = await openPage(site, 'teacher.html', viewport);
      await teacher.page.waitForSelector('#round-code:not(:empty)');
      await photograph(teacher.page, `teacher-builder-${viewport}`);
      await teacher.page.$eval('#share', (el) => el.scrollIntoView());
      await photograph(teacher.page, `teacher-share-${viewport}`);
      await photograph(teacher.page, `teacher-builder-full-${viewport}`, true);
      await assertNothingSpillsOver(teacher.page, viewport);
      await teacher.page.emulateMedia({ media: 'print' });
      await photograph(teacher.page, `teacher-print-${viewport}`, true);
      assert.deepEqual(teacher.errors, []);
      await teacher.context.close();

      const grader = await openPage(site, 'gradebook.html', viewport);
      await grader.page.fill('#codes', codes);
      await grader.page.waitForSelector('.results-table tbody tr');
      await grader.page.click('.answers-toggle >> nth=1');
      await grader.page.$eval('#results', (el) => el.scrollIntoView());
      await photograph(grader.page, `teacher-gradebook-${viewport}`);
      await photograph(grader.page, `teacher-gradebook-full-${viewport}`, true);
      await assertNothingSpillsOver(grader.page, viewport);
      assert.deepEqual(grader.errors, []);
      await grader.context.close();
    });
  }
});

/** Nothing on the page is wider than the screen, so nothing needs scrolling sideways to read. */
async function assertNothingSpillsOver(page: Page, viewport: ViewportName): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= VIEWPORTS[viewport].width, `the page is ${width}px wide at ${viewport} size`);
}
