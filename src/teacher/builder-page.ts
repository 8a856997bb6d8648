import { articlePack } from '../content/article-pack';
import { QUESTION_KINDS, type QuestionKind } from '../content/schema';
import { eligibleQuestions, planRound, type RoundPlan } from '../rules/plan';
import { randomSeed } from '../rules/random';
import { decodeRound, encodeRound } from '../rules/round-code';
import { configProblems, DEFAULT_ROUND, LIMITS, type RoundConfig } from '../rules/round-config';
import { answerLabel } from '../rules/scoring';
import { byId, copyWithFallback, el, fill, qrSvg } from './dom';

/**
 * The round builder (teacher.html): a form over RoundConfig, a live preview of the exact round
 * via planRound, and the link, code, QR code and printable sheet to hand it out. Everything is
 * computed here; nothing leaves the page.
 */

const pack = articlePack;

const KIND_LABELS: Record<QuestionKind, string> = {
  'multiple-choice': 'Multiple choice',
  'true-false': 'True or false',
  'who-said-it': 'Who said it?',
  number: 'Type a number',
};

const form = byId<HTMLFormElement>('round-form');
const setSelect = byId<HTMLSelectElement>('set');
const countInput = byId<HTMLInputElement>('question-count');
const minSelect = byId<HTMLSelectElement>('difficulty-min');
const maxSelect = byId<HTMLSelectElement>('difficulty-max');
const timerOff = byId<HTMLInputElement>('timer-off');
const timerOn = byId<HTMLInputElement>('timer-on');
const timerSeconds = byId<HTMLInputElement>('timer-seconds');
const explainDuring = byId<HTMLInputElement>('explain-during');
const explainEnd = byId<HTMLInputElement>('explain-end');
const allowRetry = byId<HTMLInputElement>('allow-retry');
const seedInput = byId<HTMLInputElement>('seed');
const noteInput = byId<HTMLTextAreaElement>('note');
const showAnswers = byId<HTMLInputElement>('show-answers');
const kindsBox = byId('kinds');

const kindBoxes = new Map<QuestionKind, HTMLInputElement>();

function buildControls(): void {
  for (const set of pack.sets)
    setSelect.append(el('option', { attrs: { value: set.id } }, `${set.name} (${set.events.length} events)`));
  for (const kind of QUESTION_KINDS) {
    const box = el('input', { id: `kind-${kind}`, attrs: { type: 'checkbox', name: 'kinds', value: kind } });
    kindBoxes.set(kind, box);
    kindsBox.append(el('label', { attrs: { for: box.id } }, box, ` ${KIND_LABELS[kind]}`));
  }
  countInput.max = String(LIMITS.questionCount.max);
}

function setForm(config: RoundConfig): void {
  setSelect.value = config.setId;
  countInput.value = String(config.questionCount);
  for (const [kind, box] of kindBoxes) box.checked = config.kinds.includes(kind);
  minSelect.value = String(config.difficulty.min);
  maxSelect.value = String(config.difficulty.max);
  timerOn.checked = config.timerSeconds > 0;
  timerOff.checked = config.timerSeconds === 0;
  timerSeconds.value = String(config.timerSeconds > 0 ? config.timerSeconds : 30);
  explainDuring.checked = config.explanationsDuringPlay;
  explainEnd.checked = !config.explanationsDuringPlay;
  allowRetry.checked = config.allowRetry;
  seedInput.value = String(config.seed);
}

/** Whole numbers only: "12abc" or "1.5" become NaN so configProblems names the field. */
function wholeNumber(text: string): number {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

function readForm(): RoundConfig {
  return {
    setId: setSelect.value,
    questionCount: wholeNumber(countInput.value),
    kinds: QUESTION_KINDS.filter((k) => kindBoxes.get(k)?.checked),
    difficulty: { min: Number(minSelect.value), max: Number(maxSelect.value) },
    timerSeconds: timerOn.checked ? wholeNumber(timerSeconds.value) : 0,
    explanationsDuringPlay: explainDuring.checked,
    allowRetry: allowRetry.checked,
    seed: wholeNumber(seedInput.value),
  };
}

/** Which field each of configProblems' messages belongs to. */
const FIELDS: Array<{ match: RegExp; problem: string; controls: () => HTMLElement[] }> = [
  { match: /^set /, problem: 'set-problem', controls: () => [setSelect] },
  { match: /^question count/, problem: 'count-problem', controls: () => [countInput] },
  { match: /question kind/, problem: 'kinds-problem', controls: () => [...kindBoxes.values()] },
  { match: /^difficulty/, problem: 'difficulty-problem', controls: () => [minSelect, maxSelect] },
  { match: /^timer/, problem: 'timer-problem', controls: () => [timerSeconds] },
  { match: /^seed/, problem: 'seed-problem', controls: () => [seedInput] },
];

function showProblems(problems: string[]): void {
  for (const field of FIELDS) {
    const mine = problems.filter((p) => field.match.test(p));
    const target = byId(field.problem);
    target.hidden = mine.length === 0;
    target.textContent = mine.map(sentence).join(' ');
    for (const control of field.controls())
      if (mine.length > 0) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
  }
  const summary = byId('form-problems');
  summary.hidden = problems.length === 0;
  fill(
    summary,
    problems.length > 0 ? el('p', {}, 'Check these settings:') : null,
    problems.length > 0 ? el('ul', {}, ...problems.map((p) => el('li', {}, sentence(p)))) : null,
  );
}

function sentence(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function gameUrl(): URL {
  // The built game is index.html in the same folder as this page.
  return new URL('./', window.location.href);
}

function roundLink(code: string): string {
  const url = gameUrl();
  url.search = `?round=${code}`;
  return url.href;
}

/** Counted by the same filter planRound draws from, so the preview's promise holds. */
function eligibleCount(config: RoundConfig): number {
  return eligibleQuestions(pack.questions, config).length;
}

let lastQrText = '';

function render(): void {
  const config = readForm();
  timerSeconds.disabled = !timerOn.checked;
  const set = pack.sets.find((s) => s.id === config.setId);
  byId('set-description').textContent = set?.description ?? '';

  const countOk = Number.isInteger(config.questionCount);
  const available = eligibleCount(config);
  byId('question-hint').textContent =
    `${available} question${available === 1 ? '' : 's'} in this game match the kinds and difficulty chosen` +
    (countOk && config.questionCount === 0 ? '; with 0 questions the round is the timeline alone.' : '.');

  const problems = configProblems(config);
  const outcome = problems.length === 0 ? planRound(pack, config) : null;
  if (outcome && !outcome.ok) problems.push(outcome.error);
  showProblems(problems);

  const ready = outcome?.ok === true;
  byId('share-ready').hidden = !ready;
  byId('share-blocked').hidden = ready;
  byId('preview').hidden = !ready;
  if (!outcome?.ok) return;
  renderShare(outcome.plan);
  renderPreview(outcome.plan);
}

function renderShare(plan: RoundPlan): void {
  const code = encodeRound(plan.config);
  const link = roundLink(code);
  byId('round-code').textContent = code;
  byId<HTMLInputElement>('round-link').value = link;
  byId('round-link-print').textContent = link;
  byId<HTMLAnchorElement>('open-link').href = link;
  const { config } = plan;
  const parts = [
    `${plan.set.name}: ${plan.cards.length} events to put in order`,
    config.questionCount === 0
      ? 'no questions'
      : `${plan.questions.length} question${plan.questions.length === 1 ? '' : 's'}`,
    config.timerSeconds > 0 ? `${config.timerSeconds} seconds per question` : 'no timer',
  ];
  byId('sheet-set').textContent = `${pack.title}. ${parts.join(' · ')}.`;
  const note = noteInput.value.trim();
  const noteEl = byId('sheet-note');
  noteEl.textContent = note;
  noteEl.hidden = note === '';
  if (link !== lastQrText) {
    lastQrText = link;
    fill(byId('qr-code'), qrSvg(link, `QR code for the round link ${link}`));
  }
  // Reloading this page keeps the round being built.
  const here = new URL(window.location.href);
  here.search = `?round=${code}`;
  window.history.replaceState(null, '', here.href);
}

function renderPreview(plan: RoundPlan): void {
  const { config } = plan;
  byId('preview-summary').textContent =
    `Seed ${config.seed}. Explanations ${config.explanationsDuringPlay ? 'after each answer' : 'only at the end'}; ` +
    `${config.allowRetry ? 'students may play again' : 'one attempt'}.`;
  const warning = byId('preview-warning');
  warning.hidden = plan.shortBy === 0;
  warning.textContent =
    plan.shortBy > 0
      ? `Only ${plan.questions.length} questions match these settings, so the round has ${plan.questions.length}, not ${config.questionCount}.`
      : '';

  fill(
    byId('preview-cards'),
    ...plan.cards.map((card) => el('li', { attrs: { 'data-event': card.id } }, card.title)),
  );
  const answers = showAnswers.checked;
  fill(
    byId('preview-questions'),
    ...plan.questions.map((planned) => {
      const q = planned.question;
      const correct = answerLabel(q);
      const options =
        q.kind === 'number'
          ? el(
              'p',
              { className: 'number-answer' },
              `Typed answer${q.unit ? ` (${q.unit})` : ''}`,
              answers ? `: ${correct}` : '',
            )
          : el(
              'ul',
              { className: 'options' },
              ...planned.choices.map((choice) =>
                el(
                  'li',
                  { className: answers && choice === correct ? 'correct' : undefined },
                  choice,
                  answers && choice === correct ? el('span', { className: 'answer-tag' }, ' ✓ answer') : null,
                ),
              ),
            );
      return el(
        'li',
        { attrs: { 'data-question': q.id } },
        el('p', { className: 'prompt' }, q.prompt),
        el('p', { className: 'meta' }, `${KIND_LABELS[q.kind]} · difficulty ${q.difficulty}`),
        options,
      );
    }),
  );
  if (plan.questions.length === 0)
    byId('preview-questions').append(
      el('li', { className: 'empty' }, 'No questions: the round is the timeline alone.'),
    );
}

function initialConfig(): RoundConfig {
  const code = new URLSearchParams(window.location.search).get('round');
  if (code) {
    const decoded = decodeRound(code);
    if (decoded.ok && planRound(pack, decoded.config).ok) return decoded.config;
  }
  return { ...DEFAULT_ROUND, kinds: [...DEFAULT_ROUND.kinds], seed: randomSeed() };
}

function wire(): void {
  form.addEventListener('input', render);
  form.addEventListener('change', render);
  form.addEventListener('submit', (event) => event.preventDefault());
  showAnswers.addEventListener('change', render);
  byId('new-seed').addEventListener('click', () => {
    seedInput.value = String(randomSeed());
    render();
  });
  const fallback = {
    box: byId('copy-fallback'),
    input: byId<HTMLInputElement>('copy-fallback-input'),
    message: byId('copy-fallback-message'),
  };
  const status = byId('copy-status');
  byId('copy-code').addEventListener('click', () => {
    void copyWithFallback(byId('round-code').textContent ?? '', 'Round code', fallback, status);
  });
  byId('copy-link').addEventListener('click', () => {
    void copyWithFallback(byId<HTMLInputElement>('round-link').value, 'Link', fallback, status);
  });
  byId('round-link').addEventListener('focus', (event) => (event.target as HTMLInputElement).select());
  byId('print').addEventListener('click', () => window.print());
}

buildControls();
setForm(initialConfig());
wire();
render();
