import type { Pack } from '../content/schema';
import type { RoundPlan } from '../rules/plan';
import { answerLabel } from '../rules/scoring';
import { answerKey, KIND_LABELS, MODE_LABELS, roundRules, roundSummary, studentRules } from './builder-model';
import { byId, el, fill, qrSvg } from './dom';

/**
 * What the round builder shows for a valid round: the share panel (which is also the printed
 * assignment sheet), the answer key printed on a page of its own, and the preview. Every text
 * goes in as text (dom.ts).
 */

let lastQrLink = '';

export function renderShare(input: {
  pack: Pack;
  plan: RoundPlan;
  code: string;
  link: string;
  note: string;
}): void {
  const { pack, plan, code, link } = input;
  // Groups of four, each kept whole when the code wraps; the text is still exactly the code.
  fill(
    byId('round-code'),
    ...code.split('-').flatMap((group, i) => [i > 0 ? '-' : null, el('span', { className: 'group' }, group)]),
  );
  byId<HTMLInputElement>('round-link').value = link;
  byId('round-link-print').textContent = link;
  byId<HTMLAnchorElement>('open-link').href = link;
  byId('sheet-pack').textContent = `${pack.title} (${pack.source.outlet})`;
  byId('sheet-set').textContent = roundSummary(plan);
  byId('sheet-rules').textContent = studentRules(plan.config);
  byId('step-timeline').textContent =
    `${MODE_LABELS[plan.config.mode].sheet}` +
    (plan.questions.length > 0 ? ' Then answer the questions.' : '');
  const note = input.note.trim();
  const noteEl = byId('sheet-note');
  noteEl.textContent = note;
  noteEl.hidden = note === '';
  // Redrawing the QR code on every keystroke would be wasted work: only when the link changes.
  if (link !== lastQrLink) {
    lastQrLink = link;
    fill(byId('qr-code'), qrSvg(link, `QR code for the round link ${link}`));
  }
}

export function renderAnswerKey(input: { pack: Pack; plan: RoundPlan; code: string; print: boolean }): void {
  const { pack, plan, code } = input;
  const key = answerKey(plan);
  const section = byId('answer-key');
  section.classList.toggle('not-printed', !input.print);
  fill(
    byId('key-round'),
    'Round ',
    el('strong', { className: 'key-code' }, code),
    ` · ${pack.title}, version ${pack.version} · ${roundSummary(plan)}`,
  );
  fill(
    byId('key-cards'),
    ...key.cards.map((card) =>
      el(
        'li',
        { attrs: { 'data-event': card.eventId } },
        el('span', { className: 'key-title' }, card.title),
        ' — ',
        el('span', { className: 'key-date' }, card.date),
        card.eitherWayWithPrevious
          ? el('span', { className: 'key-either' }, ' (either order with the card above counts)')
          : null,
        el('span', { className: 'key-how' }, card.how),
      ),
    ),
  );
  fill(
    byId('key-questions'),
    ...key.questions.map((q) =>
      el(
        'li',
        { attrs: { 'data-question': q.questionId } },
        el('span', { className: 'key-prompt' }, q.prompt),
        el('span', { className: 'key-answer' }, `Answer: ${q.answer}`),
      ),
    ),
  );
  if (key.questions.length === 0)
    byId('key-questions').append(
      el('li', { className: 'empty' }, 'No questions: the round is the timeline alone.'),
    );
}

export function renderPreview(plan: RoundPlan, showAnswers: boolean): void {
  const { config } = plan;
  byId('preview-summary').textContent = `${roundSummary(plan)} Seed ${config.seed}. ${roundRules(config)}.`;
  const warning = byId('preview-warning');
  warning.hidden = plan.shortBy === 0;
  warning.textContent =
    plan.shortBy > 0
      ? `Only ${plan.questions.length} questions match these settings, so the round has ${plan.questions.length}, not ${config.questionCount}.`
      : '';
  byId('preview-cards-heading').textContent =
    config.mode === 'place'
      ? 'Cards, in the order they are dealt (the first starts on the line)'
      : 'Cards, in the order they are dealt to be sorted';
  fill(
    byId('preview-cards'),
    ...plan.cards.map((card, i) =>
      el(
        'li',
        { attrs: { 'data-event': card.id } },
        card.title,
        config.mode === 'place' && i === 0
          ? el('span', { className: 'meta' }, ' · starts on the line')
          : null,
      ),
    ),
  );
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
              showAnswers ? `: ${correct}` : '',
            )
          : el(
              'ul',
              { className: 'options' },
              ...planned.choices.map((choice) => {
                const right = showAnswers && choice === correct;
                return el(
                  'li',
                  { className: right ? 'correct' : undefined },
                  choice,
                  right ? el('span', { className: 'answer-tag' }, ' ✓ answer') : null,
                );
              }),
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
