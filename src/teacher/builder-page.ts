// First, before any schema parses: no eval under the page's Content Security Policy.
import '../content/zod-setup';
import type { Pack } from '../content/schema';
import { newSeed } from '../rules/random';
import {
  configFromDraft,
  draftFromConfig,
  fitDraftToPacks,
  freshDraft,
  loadDraft,
  rememberedNotice,
  saveDraft,
  type BuilderDraft,
} from './builder-draft';
import { createBuilderForm, type BuilderForm } from './builder-form';
import { checkRound, openRoundCode, roundLink } from './builder-model';
import { renderAnswerKey, renderPreview, renderShare } from './builder-output';
import { byId, copyWithFallback } from './dom';
import { loadPacksForPage } from './pack-loading';

/**
 * The round builder (teacher.html): load the packs, bring back the round the teacher was last
 * building (or the one the address names), and keep the preview, code, link, QR code, sheet and
 * answer key in step with the form. Every change is remembered in this browser at once.
 */

const storage = (): Storage => window.localStorage;

/**
 * A line above the builder: about the remembered round (until "New round"), or about a round
 * opened from a code (while the form still deals that round; `code` is learnt on first render).
 */
type Notice =
  | { text: string; tone: 'warning' | 'hint'; lasts: 'until-new-round' }
  | { text: string; tone: 'warning' | 'hint'; lasts: 'while-round'; code: string | null };

function showNotice(notice: Notice | null): void {
  const box = byId('round-notice');
  box.hidden = notice === null;
  box.textContent = notice?.text ?? '';
  box.className = notice?.tone ?? 'hint';
}

/** The draft to start from: the round in the address, else the remembered one, else a fresh one. */
function startingDraft(packs: readonly Pack[]): { draft: BuilderDraft; notice: Notice | null } {
  const remembered = loadDraft(storage);
  const base =
    remembered.kind === 'found' ? fitDraftToPacks(remembered.draft, packs) : freshDraft(packs[0]!, newSeed());
  const rememberedText = rememberedNotice(remembered);
  const rememberedLine: Notice | null = rememberedText
    ? {
        text: rememberedText,
        tone: remembered.kind === 'found' ? 'hint' : 'warning',
        lasts: 'until-new-round',
      }
    : null;

  const url = new URL(window.location.href);
  const codeInAddress = url.searchParams.get('round');
  if (codeInAddress === null) return { draft: base, notice: rememberedLine };
  // The address is read once: later edits are remembered in storage, so a reload must not undo them.
  url.searchParams.delete('round');
  window.history.replaceState(null, '', url.href);
  const opened = openRoundCode(codeInAddress, packs);
  if (!opened.ok)
    return {
      draft: base,
      notice: {
        text: `The round code in the address could not be opened: ${opened.message}`,
        tone: 'warning',
        lasts: 'until-new-round',
      },
    };
  return {
    draft: draftFromConfig(opened.config, { note: base.note, printAnswerKey: base.printAnswerKey }),
    notice: opened.notice ? { text: opened.notice, tone: 'warning', lasts: 'while-round', code: null } : null,
  };
}

function start(packs: Pack[]): void {
  byId('builder').hidden = false;
  const form: BuilderForm = createBuilderForm(packs);
  const showAnswers = byId<HTMLInputElement>('show-answers');
  const { draft, notice: firstNotice } = startingDraft(packs);
  let notice = firstNotice;
  form.write(draft);

  function render(): void {
    const current = form.read();
    if (!saveDraft(storage, current) && (notice === null || notice.tone === 'hint'))
      notice = {
        text: rememberedNotice({ kind: 'unavailable' })!,
        tone: 'warning',
        lasts: 'until-new-round',
      };
    const pack = packs.find((p) => p.id === current.packId) ?? packs[0]!;
    const check = checkRound(configFromDraft(current), pack);
    form.showProblems(check);

    // A notice about an opened round holds for that round only.
    if (notice?.lasts === 'while-round') {
      if (notice.code === null) notice.code = check.code;
      else if (notice.code !== check.code) notice = null;
    }
    showNotice(notice);

    const ready = check.plan !== null && check.code !== null;
    byId('share-ready').hidden = !ready;
    byId('share-blocked').hidden = ready;
    byId('preview').hidden = !ready;
    byId('answer-key').hidden = !ready;
    if (!check.plan || !check.code) return;
    const link = roundLink(check.code, window.location.href);
    renderShare({ pack, plan: check.plan, code: check.code, link, note: current.note });
    renderAnswerKey({ pack, plan: check.plan, code: check.code, print: current.printAnswerKey });
    renderPreview(check.plan, showAnswers.checked);
  }

  const formEl = byId<HTMLFormElement>('round-form');
  formEl.addEventListener('input', render);
  formEl.addEventListener('change', render);
  formEl.addEventListener('submit', (event) => event.preventDefault());
  showAnswers.addEventListener('change', render);

  byId('new-round').addEventListener('click', () => {
    form.write({ ...form.read(), seed: String(newSeed()) });
    notice = null;
    render();
  });

  const codeInput = byId<HTMLInputElement>('open-code-input');
  const codeProblem = byId('open-code-problem');
  const openPasted = (): void => {
    const text = codeInput.value.trim();
    // A pasted link works as well as a bare code.
    const fromLink = /[?&]round=([^&#\s]+)/.exec(text);
    const opened = openRoundCode(fromLink ? decodeURIComponent(fromLink[1]!) : text, packs);
    codeProblem.hidden = opened.ok;
    if (!opened.ok) {
      codeProblem.textContent = opened.suggestion
        ? `${opened.message} Did you mean ${opened.suggestion}?`
        : opened.message;
      codeInput.setAttribute('aria-invalid', 'true');
      return;
    }
    codeInput.removeAttribute('aria-invalid');
    const current = form.read();
    form.write(
      draftFromConfig(opened.config, { note: current.note, printAnswerKey: current.printAnswerKey }),
    );
    notice = opened.notice
      ? { text: opened.notice, tone: 'warning', lasts: 'while-round', code: null }
      : null;
    codeInput.value = '';
    render();
    byId('share').scrollIntoView({ block: 'start' });
  };
  byId('open-code-button').addEventListener('click', openPasted);
  codeInput.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') openPasted();
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

  render();
}

void loadPacksForPage({ status: byId('pack-status'), problems: byId('pack-problems') }, 'build a round').then(
  (packs) => {
    if (packs.length > 0) start(packs);
  },
);
