import { QUESTION_KINDS, type Pack, type QuestionKind } from '../content/schema';
import { eligibleQuestions } from '../rules/plan';
import { LIMITS, type ConfigField } from '../rules/round-config';
import { count } from '../views/words';
import { configFromDraft, DEFAULT_TIMER_SECONDS, type BuilderDraft } from './builder-draft';
import { KIND_LABELS, packChoice, sentence, type RoundCheck } from './builder-model';
import { byId, el, fill } from './dom';

/**
 * The round builder's form: writes a BuilderDraft into the controls, reads one back, and shows
 * each problem beside the field it is about (by its `field`, never by reading its words).
 */
export interface BuilderForm {
  read(): BuilderDraft;
  write(draft: BuilderDraft): void;
  showProblems(check: RoundCheck): void;
}

export function createBuilderForm(packs: readonly Pack[]): BuilderForm {
  const packField = byId('pack-field');
  const packChoices = byId('pack-choices');
  const setSelect = byId<HTMLSelectElement>('set');
  const modePlace = byId<HTMLInputElement>('mode-place');
  const modeSort = byId<HTMLInputElement>('mode-sort');
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
  const printKey = byId<HTMLInputElement>('print-key');

  const packRadios = packs.map((pack, i) =>
    el('input', { id: `pack-${i}`, attrs: { type: 'radio', name: 'pack', value: pack.id } }),
  );
  fill(
    packChoices,
    ...packs.map((pack, i) => {
      const { title, detail } = packChoice(pack);
      return el(
        'label',
        { attrs: { for: `pack-${i}` } },
        packRadios[i],
        el(
          'span',
          {},
          el('span', { className: 'pack-name' }, title),
          el('span', { className: 'meta pack-detail' }, detail),
        ),
      );
    }),
  );
  // With one pack there is nothing to choose.
  packField.hidden = packs.length < 2;

  const kindBoxes = new Map<QuestionKind, HTMLInputElement>();
  fill(
    byId('kinds'),
    ...QUESTION_KINDS.map((kind) => {
      const box = el('input', {
        id: `kind-${kind}`,
        attrs: { type: 'checkbox', name: 'kinds', value: kind },
      });
      kindBoxes.set(kind, box);
      return el('label', { attrs: { for: box.id } }, box, ` ${KIND_LABELS[kind]}`);
    }),
  );
  countInput.max = String(LIMITS.questionCount.max);

  const chosenPack = (): Pack =>
    packs.find((p) => p.id === packRadios.find((r) => r.checked)?.value) ?? packs[0]!;

  /** The set list belongs to the chosen pack; the chosen set is kept when the pack has it. */
  function fillSets(pack: Pack, setId: string): void {
    if (setSelect.dataset.pack !== pack.id) {
      fill(
        setSelect,
        ...pack.sets.map((set) =>
          el(
            'option',
            { attrs: { value: set.id } },
            set.deal !== undefined && set.deal < set.events.length
              ? `${set.name} (${set.deal} of ${set.events.length} events)`
              : `${set.name} (${count(set.events.length, 'event')})`,
          ),
        ),
      );
      setSelect.dataset.pack = pack.id;
    }
    setSelect.value = pack.sets.some((s) => s.id === setId) ? setId : (pack.sets[0]?.id ?? '');
  }

  function read(): BuilderDraft {
    const pack = chosenPack();
    // A pack just chosen brings its own sets before the set is read.
    fillSets(pack, setSelect.value);
    return {
      packId: pack.id,
      setId: setSelect.value,
      mode: modeSort.checked ? 'sort' : 'place',
      questionCount: countInput.value,
      kinds: QUESTION_KINDS.filter((k) => kindBoxes.get(k)?.checked),
      difficultyMin: Number(minSelect.value),
      difficultyMax: Number(maxSelect.value),
      timerOn: timerOn.checked,
      timerSeconds: timerSeconds.value,
      explanationsDuringPlay: explainDuring.checked,
      allowRetry: allowRetry.checked,
      seed: seedInput.value,
      note: noteInput.value,
      printAnswerKey: printKey.checked,
    };
  }

  function write(draft: BuilderDraft): void {
    for (const radio of packRadios) radio.checked = radio.value === draft.packId;
    if (!packRadios.some((r) => r.checked) && packRadios[0]) packRadios[0].checked = true;
    fillSets(chosenPack(), draft.setId);
    modePlace.checked = draft.mode === 'place';
    modeSort.checked = draft.mode === 'sort';
    countInput.value = draft.questionCount;
    for (const [kind, box] of kindBoxes) box.checked = draft.kinds.includes(kind);
    minSelect.value = String(draft.difficultyMin);
    maxSelect.value = String(draft.difficultyMax);
    timerOn.checked = draft.timerOn;
    timerOff.checked = !draft.timerOn;
    timerSeconds.value = draft.timerSeconds || String(DEFAULT_TIMER_SECONDS);
    explainDuring.checked = draft.explanationsDuringPlay;
    explainEnd.checked = !draft.explanationsDuringPlay;
    allowRetry.checked = draft.allowRetry;
    seedInput.value = draft.seed;
    noteInput.value = draft.note;
    printKey.checked = draft.printAnswerKey;
    refreshHints();
  }

  /** The parts of the form that follow other fields: the set list, its description, the question hint. */
  function refreshHints(): void {
    const pack = chosenPack();
    timerSeconds.disabled = !timerOn.checked;
    byId('set-description').textContent = pack.sets.find((s) => s.id === setSelect.value)?.description ?? '';
    const config = configFromDraft(read());
    const available = eligibleQuestions(pack.questions, config).length;
    byId('question-hint').textContent =
      `${count(available, 'question')} in this pack ${available === 1 ? 'matches' : 'match'} the kinds and difficulty chosen` +
      (config.questionCount === 0 ? '; with 0 questions the round is the timeline alone.' : '.');
  }

  const FIELD_CONTROLS: Record<ConfigField, () => HTMLElement[]> = {
    packId: () => packRadios,
    setId: () => [setSelect],
    mode: () => [modePlace, modeSort],
    questionCount: () => [countInput],
    kinds: () => [...kindBoxes.values()],
    difficulty: () => [minSelect, maxSelect],
    timerSeconds: () => [timerSeconds],
    seed: () => [seedInput],
  };

  function showProblems(check: RoundCheck): void {
    refreshHints();
    for (const [field, controls] of Object.entries(FIELD_CONTROLS) as Array<
      [ConfigField, () => HTMLElement[]]
    >) {
      const mine = check.fieldProblems.filter((p) => p.field === field).map((p) => sentence(p.message));
      const target = byId(`${field}-problem`);
      target.hidden = mine.length === 0;
      target.textContent = mine.join(' ');
      for (const control of controls())
        if (mine.length > 0) control.setAttribute('aria-invalid', 'true');
        else control.removeAttribute('aria-invalid');
    }
    const all = [...check.fieldProblems.map((p) => p.message), ...check.otherProblems].map(sentence);
    const summary = byId('form-problems');
    summary.hidden = all.length === 0;
    fill(
      summary,
      all.length > 0 ? el('p', {}, 'Check these settings:') : null,
      all.length > 0 ? el('ul', {}, ...all.map((p) => el('li', {}, p))) : null,
    );
  }

  return { read, write, showProblems };
}
