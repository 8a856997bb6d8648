import { describe, expect, it } from 'vitest';
import type { Pack } from '../../src/content/schema';
import { defaultRound } from '../../src/rules/round-config';
import { modeWords, QUESTION_COUNTS, titleView, type TitleInputs } from '../../src/views/title';
import { articlePack } from '../fixtures/article';
import { chainPack, quizPack, twoEventPack, withSets } from '../fixtures/packs';

/** The chain with two sets: three of its cards, and all four. */
function twoSetPack(): Pack {
  return withSets(chainPack(), [
    { id: 'short', events: ['a', 'b', 'c'], shortName: 'Short' },
    { id: 'all', events: ['a', 'b', 'c', 'd'], shortName: 'Everything', description: 'Every card.' },
  ]);
}

function inputs(overrides: Partial<TitleInputs> = {}): TitleInputs {
  const pack = overrides.pack ?? twoSetPack();
  return {
    pack,
    packs: [pack],
    notices: [],
    menu: { setId: pack.sets[0]!.id, questionCount: 5, mode: 'place' },
    best: {},
    daily: { number: 29, record: null },
    resume: null,
    invite: null,
    ...overrides,
  };
}

describe('the article line', () => {
  it('shows the article’s own headline in quotes, labelled as published', () => {
    const pack = articlePack();
    const view = titleView(
      inputs({ pack, packs: [pack], menu: { setId: pack.sets[0]!.id, questionCount: 5, mode: 'place' } }),
    );
    expect(pack.source.headline.paraphrased).toBe(false);
    expect(view.article.headline).toBe(`“${pack.source.headline.text}”`);
    expect(view.article.headlineNote).toBe('Headline as published');
    expect(view.article.byline).toBe(`${pack.source.outlet} · ${pack.source.author}`);
    // The article prints no date: the menu says where it comes from.
    expect(view.article.date).toBe('27 June 2021 (date from outside the article)');
  });

  it('shows a paraphrased headline without quotes, labelled as our paraphrase', () => {
    const view = titleView(inputs());
    expect(view.article.headline).toBe('A fixture headline');
    expect(view.article.headlineNote).toBe('Our paraphrase of the headline');
    expect(view.article.date).toBe('27 June 2021');
  });
});

describe('choosing a pack', () => {
  it('is offered only when the site has several packs', () => {
    expect(titleView(inputs()).packs).toBeNull();
    const chain = twoSetPack();
    const other = { ...twoEventPack(), title: 'Another story' };
    const view = titleView(inputs({ pack: chain, packs: [chain, other] }));
    expect(view.packs).toEqual([
      { value: chain.id, label: chain.title, detail: 'Test Gazette · 4 events', selected: true },
      { value: other.id, label: 'Another story', detail: 'Test Gazette · 2 events', selected: false },
    ]);
  });
});

describe('play and its options', () => {
  it('summarises the menu’s round on Play and in the options', () => {
    const view = titleView(inputs({ menu: { setId: 'all', questionCount: 10, mode: 'sort' } }));
    expect(view.play).toEqual({ label: 'Play', detail: 'Everything: 4 events · 10 questions' });
    expect(view.options.summary).toBe('Round: Everything · 10 questions · sort them all');
    expect(view.options.sets.map((s) => [s.label, s.selected])).toEqual([
      ['Short', false],
      ['Everything', true],
    ]);
    expect(view.options.sets[1]?.detail).toBe('Every card. (4 events)');
    expect(view.options.lengths.map((l) => [l.value, l.selected])).toEqual(
      QUESTION_COUNTS.map((n) => [n, n === 10]),
    );
    expect(view.options.modes.map((m) => [m.value, m.label, m.selected])).toEqual([
      ['place', 'One at a time', false],
      ['sort', 'Sort them all', true],
    ]);
  });

  it('says “no questions” for a timeline-only round', () => {
    const view = titleView(inputs({ menu: { setId: 'short', questionCount: 0, mode: 'place' } }));
    expect(view.play.detail).toBe('Short: 3 events · no questions');
    expect(view.options.lengths.find((l) => l.value === 0)).toMatchObject({
      label: 'None',
      detail: 'Timeline only',
      selected: true,
    });
  });

  it('counts a dealt set as so many of its events', () => {
    const pack = quizPack();
    const view = titleView(
      inputs({ pack, packs: [pack], menu: { setId: 'dealt', questionCount: 5, mode: 'place' } }),
    );
    expect(view.play.detail).toBe('dealt: 5 of 12 events · 5 questions');
  });

  it('falls back to the first set when the menu names one the pack lacks', () => {
    const view = titleView(inputs({ menu: { setId: 'gone', questionCount: 5, mode: 'place' } }));
    expect(view.options.sets.map((s) => s.selected)).toEqual([true, false]);
    expect(view.play.detail).toMatch(/^Short:/);
  });
});

describe('the daily round', () => {
  it('is offered by number until it is done today', () => {
    expect(titleView(inputs()).daily).toEqual({
      label: 'Daily #29',
      detail: 'The same round for everyone today',
      done: false,
    });
    const done = titleView(inputs({ daily: { number: 29, record: { score: 80, grid: '11|10' } } }));
    expect(done.daily).toEqual({ label: 'Daily #29', detail: 'Done today: 80 / 100', done: true });
  });
});

describe('the best line', () => {
  it('lists the best per set played, in the pack’s order, and nothing before any', () => {
    expect(titleView(inputs()).best).toBeNull();
    const view = titleView(
      inputs({
        best: {
          all: { score: 90, at: '2026-11-01T00:00:00Z' },
          short: { score: 75, at: '2026-11-02T00:00:00Z' },
        },
      }),
    );
    expect(view.best).toBe('Your best: Short 75 · Everything 90');
  });

  it('ignores a best for a set the pack no longer has', () => {
    expect(titleView(inputs({ best: { retired: { score: 99, at: 'x' } } })).best).toBeNull();
  });
});

describe('the resume banner', () => {
  it('offers the player’s own round back, with where it stands', () => {
    const view = titleView(
      inputs({
        resume: { setName: 'Short', where: 'card 3 to place', savedAgo: '5 minutes ago', shared: false },
      }),
    );
    expect(view.resume).toEqual({
      heading: 'Resume your round?',
      detail: 'Short · card 3 to place · saved 5 minutes ago',
      resumeLabel: 'Resume',
      discardLabel: 'Discard',
    });
  });

  it('offers a teacher’s round back without the word “discard”', () => {
    const view = titleView(
      inputs({ resume: { setName: 'Short', where: 'question 2 of 5', savedAgo: 'just now', shared: true } }),
    );
    expect(view.resume?.heading).toBe('Resume your teacher’s round?');
    expect(view.resume?.discardLabel).toBe('Leave it');
  });

  it('is absent with no saved round', () => {
    expect(titleView(inputs()).resume).toBeNull();
  });
});

describe('the invite banner', () => {
  const pack = twoSetPack();
  const config = {
    ...defaultRound(pack),
    setId: 'all',
    questionCount: 6,
    mode: 'sort' as const,
    timerSeconds: 30,
  };

  it('a teacher’s round asks a name and describes the round', () => {
    const view = titleView(inputs({ invite: { kind: 'shared', config } }));
    expect(view.invite).toEqual({
      heading: 'Your teacher’s round',
      detail: 'Everything · 4 events · 6 questions · sort them all · 30 s per question',
      startLabel: 'Start the round',
      leaveLabel: 'Play my own round instead',
      asksName: true,
    });
  });

  it('a friend’s round asks no name', () => {
    const view = titleView(inputs({ invite: { kind: 'challenge', config: { ...config, timerSeconds: 0 } } }));
    expect(view.invite).toEqual({
      heading: 'A round shared with you',
      detail: `Everything · 4 events · 6 questions · ${modeWords('sort')}`,
      startLabel: 'Play it',
      leaveLabel: 'Not now',
      asksName: false,
    });
  });

  it('a daily round of another day names its number and date', () => {
    const view = titleView(inputs({ invite: { kind: 'daily', number: 3, dateKey: '2026-11-03' } }));
    expect(view.invite).toMatchObject({
      heading: 'Daily #3',
      detail: 'The daily round of 3 November 2026, as someone shared it with you.',
      asksName: false,
    });
  });

  it('is absent without an invite', () => {
    expect(titleView(inputs()).invite).toBeNull();
  });
});

describe('notices and steps', () => {
  it('passes on the notices waiting for the player', () => {
    expect(titleView(inputs({ notices: ['one', 'two'] })).notices).toEqual(['one', 'two']);
  });

  it('explains a round in three steps', () => {
    expect(titleView(inputs()).steps).toHaveLength(3);
  });
});
