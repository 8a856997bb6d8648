import CRC32 from 'crc-32';
import { describe, expect, it } from 'vitest';
import type { Pack, Question } from '../../src/content/schema';
import {
  legacyPlanFingerprint,
  packFingerprint,
  packTag,
  planFingerprint,
  setTag,
  setTagClashes,
} from '../../src/rules/fingerprint';
import { planRound, type RoundPlan } from '../../src/rules/plan';
import { defaultRound, type RoundConfig } from '../../src/rules/round-config';
import { fixtureEvent, fixturePack, questionOfKind, withSets } from '../fixtures/packs';

const KINDS = ['multiple-choice', 'true-false', 'who-said-it', 'number'] as const;

/** Six events in a chain and twelve questions of every kind, each of its own fact. */
function quizPack(): Pack {
  const events = ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => fixtureEvent(id, `${2015 + i}`));
  const questions = Array.from({ length: 12 }, (_, i) => questionOfKind(KINDS[i % 4]!, `q${i}`, `fact-${i}`));
  return withSets(fixturePack(events, questions, 'quiz'), [
    { id: 'all', events: events.map((e) => e.id) },
    { id: 'short', events: ['a', 'c', 'e'] },
  ]);
}

function planOf(pack: Pack, overrides: Partial<RoundConfig> = {}): RoundPlan {
  const outcome = planRound(pack, { ...defaultRound(pack, 42), questionCount: 4, ...overrides });
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.plan;
}

/** The pack with one question replaced by `change(question)`. */
function changeQuestion(pack: Pack, id: string, change: (q: Question) => Question): Pack {
  return { ...pack, questions: pack.questions.map((q) => (q.id === id ? change(q) : q)) };
}

/** A different answer key of the same kind. */
function otherAnswer(q: Question): Question {
  switch (q.kind) {
    case 'true-false':
      return { ...q, answer: !q.answer };
    case 'number':
      return { ...q, answer: q.answer + 1 };
    default:
      return { ...q, answer: q.options.find((o) => o !== q.answer)! };
  }
}

describe('tags', () => {
  it('name a pack in 16 bits and a set in 10, the same everywhere', () => {
    expect(packTag('us-strikes-syria-iraq-2021')).toBe(
      (CRC32.str('us-strikes-syria-iraq-2021') >>> 0) & 0xffff,
    );
    const ids = ['core', 'medium', 'full', 'all', 'short', 'us-strikes-syria-iraq-2021', 'quiz'];
    for (const id of ids) {
      expect(packTag(id)).toBeLessThan(2 ** 16);
      expect(setTag(id)).toBeLessThan(2 ** 10);
    }
    expect(new Set(ids.map(packTag)).size).toBe(ids.length);
    expect(new Set(ids.map(setTag)).size).toBe(ids.length);
  });

  it('find the sets of a pack that a round code could not tell apart', () => {
    expect(setTagClashes(quizPack())).toEqual([]);
    // Set ids whose 10-bit tags collide, found by search and pinned here.
    const clashing = findClash();
    const pack = withSets(quizPack(), [
      { id: clashing[0], events: ['a', 'b'] },
      { id: 'short', events: ['a', 'c'] },
      { id: clashing[1], events: ['b', 'c'] },
    ]);
    expect(setTagClashes(pack)).toEqual([clashing]);
  });
});

function findClash(): [string, string] {
  const seen = new Map<number, string>();
  for (let i = 0; ; i++) {
    const id = `set-${i}`;
    const earlier = seen.get(setTag(id));
    if (earlier) return [earlier, id];
    seen.set(setTag(id), id);
  }
}

describe('pack fingerprint', () => {
  const base = packFingerprint(quizPack());

  it('changes with anything that decides what a round deals or how it is scored', () => {
    const changes: Array<[string, (pack: Pack) => Pack]> = [
      ['an answer key', (p) => changeQuestion(p, 'q5', otherAnswer)],
      [
        'an option',
        (p) => changeQuestion(p, 'q0', (q) => ({ ...q, options: ['x', 'y', 'z'], answer: 'x' }) as Question),
      ],
      ['a question id', (p) => changeQuestion(p, 'q3', (q) => ({ ...q, id: 'q3b' }))],
      ['a difficulty', (p) => changeQuestion(p, 'q2', (q) => ({ ...q, difficulty: 3 }))],
      [
        'a date',
        (p) => ({ ...p, events: p.events.map((e) => (e.id === 'c' ? { ...e, date: '2016-05' } : e)) }),
      ],
      [
        'an after',
        (p) => ({ ...p, events: p.events.map((e) => (e.id === 'd' ? { ...e, after: ['b'] } : e)) }),
      ],
      ['a set', (p) => withSets(p, [{ id: 'all', events: ['a', 'b', 'c'] }, p.sets[1]!])],
    ];
    for (const [what, change] of changes) expect(packFingerprint(change(quizPack())), what).not.toBe(base);
  });

  it('stays the same when only wording changes', () => {
    const reworded = quizPack();
    reworded.title = 'Another title';
    reworded.events = reworded.events.map((e) => ({ ...e, title: `${e.title}!`, clue: 'a new clue' }));
    reworded.questions = reworded.questions.map((q) => ({
      ...q,
      prompt: 'Reworded?',
      explanation: 'Reworded.',
    }));
    expect(packFingerprint(reworded)).toBe(base);
    expect(base).toBeLessThan(256);
  });
});

describe('plan fingerprint', () => {
  const pack = quizPack();
  const plan = planOf(pack);
  const dealt = plan.questions.map((q) => q.question.id);
  const undealt = pack.questions.map((q) => q.id).filter((id) => !dealt.includes(id));

  it('changes when the answer key of any dealt question changes', () => {
    expect(dealt).toHaveLength(4);
    for (const id of dealt) {
      const changed = planOf(changeQuestion(pack, id, otherAnswer));
      expect(changed.questions.map((q) => q.question.id)).toEqual(dealt);
      expect(planFingerprint(changed), id).not.toBe(planFingerprint(plan));
    }
  });

  it('stays the same when a question the round did not deal changes', () => {
    expect(undealt.length).toBeGreaterThan(0);
    for (const id of undealt) {
      const changed = planOf(changeQuestion(pack, id, otherAnswer));
      expect(changed.questions.map((q) => q.question.id)).toEqual(dealt);
      expect(planFingerprint(changed), id).toBe(planFingerprint(plan));
    }
  });

  it('changes with the cards dealt, their order, and the order the article settles between them', () => {
    const reordered = { ...plan, cards: [...plan.cards].reverse() };
    expect(planFingerprint(reordered)).not.toBe(planFingerprint(plan));
    const moreCards = planOf(pack, { setId: 'short' });
    expect(planFingerprint(moreCards)).not.toBe(planFingerprint(plan));
    // Same ids, same dealing, but b now shares a year with a: one constrained pair fewer.
    const loosened = planOf({
      ...pack,
      events: pack.events.map((e) => (e.id === 'b' ? { ...e, date: '2015' } : e)),
    });
    expect(loosened.cards.map((c) => c.id)).toEqual(plan.cards.map((c) => c.id));
    expect(planFingerprint(loosened)).not.toBe(planFingerprint(plan));
    expect(planFingerprint(plan)).toBeLessThan(2 ** 16);
  });

  it('keeps the version-1 formula for NLR1 codes: card ids, then each question with its choices', () => {
    const text = [
      plan.cards.map((c) => c.id).join(','),
      ...plan.questions.map((q) => `${q.question.id}:${q.choices.join('|')}`),
    ].join('\n');
    expect(legacyPlanFingerprint(plan)).toBe((CRC32.buf(new TextEncoder().encode(text)) >>> 0) & 0xffff);
  });
});
