import { describe, expect, it } from 'vitest';
import type { Pack } from '../../src/content/schema';
import { revealOrder } from '../../src/rules/order';
import { planRound } from '../../src/rules/plan';
import { decodeRound, encodeRound } from '../../src/rules/round-code';
import { LIMITS } from '../../src/rules/round-config';
import { answerLabel } from '../../src/rules/scoring';
import {
  BUILDER_STORAGE_KEY,
  configFromDraft,
  draftFromConfig,
  fitDraftToPacks,
  freshDraft,
  loadDraft,
  saveDraft,
  type BuilderDraft,
} from '../../src/teacher/builder-draft';
import {
  answerKey,
  checkRound,
  openRoundCode,
  packChoice,
  roundLink,
  studentRules,
} from '../../src/teacher/builder-model';
import { fixtureEvent, fixturePack, fixtureQuestion } from '../fixtures/packs';
import { memoryStorage } from '../fixtures/storage';
import { classPack, legacyClassPack, legacyRoundCode, planFor, roundOf } from './class-packs';

const alpha = classPack('alpha', 'Alpha article');
const beta = classPack('beta', 'Beta article');

function throwing(message: string): Storage {
  const fail = (): never => {
    throw new DOMException(message, 'SecurityError');
  };
  return { length: 0, clear: fail, getItem: fail, key: fail, removeItem: fail, setItem: fail };
}

describe('the remembered round', () => {
  const draft: BuilderDraft = {
    ...freshDraft(alpha, 4242),
    setId: 'seven',
    mode: 'sort',
    questionCount: '5',
    timerOn: true,
    timerSeconds: '45',
    note: 'Due Friday <b>not bold</b>',
    printAnswerKey: false,
  };

  it('comes back exactly as it was left, seed and note included', () => {
    const storage = memoryStorage();
    expect(saveDraft(() => storage, draft)).toBe(true);
    expect(loadDraft(() => storage)).toEqual({ kind: 'found', draft });
  });

  it('keeps a half-typed field as typed, so a reload does not silently fix it', () => {
    const storage = memoryStorage();
    saveDraft(() => storage, { ...draft, questionCount: '1x', seed: '' });
    const back = loadDraft(() => storage);
    expect(back.kind === 'found' && [back.draft.questionCount, back.draft.seed]).toEqual(['1x', '']);
  });

  it('starts fresh, and says so, when what is stored cannot be read', () => {
    for (const stored of [
      '{not json',
      '"a string"',
      '{"packId":"alpha"}',
      JSON.stringify({ ...draft, mode: 'race' }),
    ])
      expect(
        loadDraft(() => memoryStorage({ [BUILDER_STORAGE_KEY]: stored })),
        stored,
      ).toEqual({
        kind: 'unreadable',
      });
    expect(loadDraft(() => memoryStorage())).toEqual({ kind: 'none' });
  });

  it('says when the browser will not keep anything, without failing', () => {
    expect(loadDraft(() => throwing('blocked'))).toEqual({ kind: 'unavailable' });
    expect(
      loadDraft(() => {
        throw new DOMException('no localStorage here', 'SecurityError');
      }),
    ).toEqual({ kind: 'unavailable' });
    expect(saveDraft(() => throwing('quota'), draft)).toBe(false);
  });

  it('fits itself to the packs the site serves today', () => {
    expect(fitDraftToPacks(draft, [beta, alpha])).toEqual(draft);
    const gone = fitDraftToPacks(draft, [beta]);
    expect(gone).toMatchObject({ packId: 'beta', setId: 'four', seed: '4242', note: draft.note });
    const setGone = fitDraftToPacks({ ...draft, setId: 'retired' }, [alpha]);
    expect(setGone).toEqual({ ...draft, setId: 'four' });
  });

  it('turns into the config it shows, and back', () => {
    const config = configFromDraft(draft);
    expect(config).toMatchObject({
      packId: 'alpha',
      setId: 'seven',
      mode: 'sort',
      questionCount: 5,
      timerSeconds: 45,
      seed: 4242,
    });
    expect(draftFromConfig(config, { note: draft.note, printAnswerKey: false })).toEqual(draft);
    expect(configFromDraft({ ...draft, timerOn: false }).timerSeconds).toBe(0);
  });
});

describe('checkRound', () => {
  const good = configFromDraft(freshDraft(alpha, 99));
  const fieldsOf = (overrides: Partial<BuilderDraft>) =>
    checkRound(configFromDraft({ ...freshDraft(alpha, 99), ...overrides }), alpha).fieldProblems.map(
      (p) => p.field,
    );

  it('gives the round students get, and its code, when every field is right', () => {
    const check = checkRound(good, alpha);
    expect(check.fieldProblems).toEqual([]);
    const planned = planRound(alpha, good);
    if (!planned.ok || !check.plan) throw new Error('the round should plan');
    // The order holds functions, so the plan is compared by what it deals.
    expect(check.plan.cards.map((c) => c.id)).toEqual(planned.plan.cards.map((c) => c.id));
    expect(check.plan.questions).toEqual(planned.plan.questions);
    expect(check.code).toBe(encodeRound(good, alpha));
    const decoded = decodeRound(check.code!, [alpha]);
    expect(decoded.ok && decoded.config).toEqual(good);
  });

  it('puts each problem on its own field', () => {
    expect(fieldsOf({ questionCount: '99' })).toEqual(['questionCount']);
    expect(fieldsOf({ questionCount: '2.5' })).toEqual(['questionCount']);
    expect(fieldsOf({ kinds: [] })).toEqual(['kinds']);
    expect(fieldsOf({ difficultyMin: 3, difficultyMax: 1 })).toEqual(['difficulty']);
    expect(fieldsOf({ timerOn: true, timerSeconds: '3' })).toEqual(['timerSeconds']);
    expect(fieldsOf({ timerOn: false, timerSeconds: '3' })).toEqual([]);
    expect(fieldsOf({ seed: 'abc' })).toEqual(['seed']);
    expect(fieldsOf({ setId: 'missing' })).toEqual(['setId']);
    expect(fieldsOf({ questionCount: '', seed: '' })).toEqual(['questionCount', 'seed']);
  });

  it('refuses a seed too big for a new round code, saying how to get one', () => {
    const check = checkRound({ ...good, seed: LIMITS.newSeed.max + 1 }, alpha);
    expect(check.fieldProblems).toEqual([{ field: 'seed', message: expect.stringMatching(/New round/) }]);
    expect(check.code).toBeNull();
    expect(checkRound({ ...good, seed: LIMITS.newSeed.max }, alpha).code).not.toBeNull();
  });
});

describe('answerKey', () => {
  it('gives the correct order with each date and how it is known, and each question’s answer', () => {
    const config = roundOf(alpha, { setId: 'seven', mode: 'place', questionCount: 4, seed: 5 });
    const plan = planFor(alpha, config);
    const key = answerKey(plan);
    expect(key.cards.map((c) => c.eventId)).toEqual(revealOrder(plan.cards, plan.order).map((c) => c.id));
    expect(key.cards[0]).toMatchObject({
      position: 1,
      date: '2010',
      how: 'fixture',
      eitherWayWithPrevious: false,
    });
    expect(key.cards[4]!.date).toBe('1 June 2014');
    expect(key.questions.map((q) => [q.questionId, q.answer])).toEqual(
      plan.questions.map(({ question: q }) => [
        q.id,
        q.kind === 'number' && q.unit ? `${answerLabel(q)} ${q.unit}` : answerLabel(q),
      ]),
    );
    expect(key.questions.some((q) => / lanterns$/.test(q.answer))).toBe(true);
  });

  it('says where the article leaves two neighbouring cards’ order open', () => {
    const pack = fixturePack(
      [
        fixtureEvent('a', '2020'),
        fixtureEvent('b', '2021-03'),
        fixtureEvent('c', '2021-03'),
        fixtureEvent('d', '2022'),
      ],
      [fixtureQuestion('f')],
    );
    const plan = planFor(pack, { ...roundOf(pack, { setId: 'all' }), questionCount: 1 });
    expect(answerKey(plan).cards.map((c) => c.eitherWayWithPrevious)).toEqual([false, false, true, false]);
  });
});

describe('opening a round code', () => {
  const config = roundOf(alpha, { setId: 'seven', seed: 321 });
  const code = encodeRound(config, alpha);

  it('opens a code of this site’s pack as it is, with nothing to warn about', () => {
    expect(openRoundCode(code.toLowerCase().replace(/-/g, ' '), [beta, alpha])).toEqual({
      ok: true,
      config,
      notice: null,
    });
  });

  it('says plainly when the pack has changed since the round was made', () => {
    // The site's copy now has one more question: its fingerprint no longer matches the code's.
    const changed: Pack = {
      ...alpha,
      version: '1.1.0',
      questions: [...alpha.questions, fixtureQuestion('late-fact')],
    };
    const opened = openRoundCode(code, [changed]);
    expect(opened.ok).toBe(true);
    expect(opened.ok && opened.config).toEqual(config);
    expect(opened.ok && opened.notice).toMatch(/made with an earlier version of “Alpha article”.*answer key/);
  });

  it('opens an older round code as the sorted round it always was', () => {
    const legacy = legacyClassPack();
    const old = roundOf(legacy, { setId: 'core', mode: 'sort', seed: 77 });
    const opened = openRoundCode(legacyRoundCode(old), [legacy]);
    expect(opened.ok && opened.config).toEqual(old);
    expect(opened.ok && opened.notice).toMatch(/older round code/);
  });

  it('explains a code that does not work, offering the repair of a single typo', () => {
    const typo = `${code.slice(0, 5)}${code[5] === 'A' ? 'B' : 'A'}${code.slice(6)}`;
    const opened = openRoundCode(typo, [alpha]);
    expect(opened).toMatchObject({ ok: false, suggestion: code });
    expect(!opened.ok && opened.message).toMatch(/Character 3 \(group 1/);
    expect(openRoundCode('hello', [alpha])).toMatchObject({ ok: false, suggestion: null });
  });
});

describe('roundLink', () => {
  it('points at the game next to the teacher page, wherever the site lives', () => {
    expect(roundLink('NL-AAAA', 'https://school.example/history/newsline/teacher.html?round=X#top')).toBe(
      'https://school.example/history/newsline/?round=NL-AAAA',
    );
    expect(roundLink('NL-AAAA', 'http://127.0.0.1:4173/teacher.html')).toBe(
      'http://127.0.0.1:4173/?round=NL-AAAA',
    );
  });
});

describe('studentRules', () => {
  it('tells students the timer and which attempt to hand in', () => {
    const config = roundOf(alpha);
    expect(studentRules({ ...config, timerSeconds: 0, allowRetry: true })).toBe(
      'There is no time limit. You may play again: hand in the code from your latest finished round.',
    );
    expect(studentRules({ ...config, timerSeconds: 45, allowRetry: false })).toBe(
      'Each question has 45 seconds. Only your first finished round counts: if you play again, the game still gives you the first code to hand in.',
    );
  });
});

describe('packChoice', () => {
  it('tells packs apart by title, source and number of events', () => {
    expect(packChoice(alpha)).toEqual({
      title: 'Alpha article',
      detail: 'Test Gazette, 27 June 2021 · 7 events',
    });
  });
});
