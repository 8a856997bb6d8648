import { describe, expect, it } from 'vitest';
import type { Pack } from '../../src/content/schema';
import { defaultSavedData, type Settings } from '../../src/state/storage';
import { eventDetailView } from '../../src/views/event-detail';
import { howToView } from '../../src/views/how-to';
import { messageView, recoverView } from '../../src/views/message';
import { settingsView } from '../../src/views/settings';
import { sourceView } from '../../src/views/source';
import { citedDigests, count, paragraphList, placeLine, VERDICT } from '../../src/views/words';
import { articlePack } from '../fixtures/article';
import { chainPack, fixtureEvent } from '../fixtures/packs';

const defaults = (): Settings => defaultSavedData().settings;
const sound = { available: true, problem: null };

/** The chain with three digests and a source that prints its date and dateline. */
function sourcedPack(): Pack {
  const pack = chainPack();
  return {
    ...pack,
    source: {
      ...pack.source,
      headline: { text: 'Lanterns lit across the harbour', paraphrased: false },
      dateBasis: 'stated',
      dateline: 'Harbourtown',
      note: 'We work from a reprint.',
      digests: [
        { paragraph: 1, text: 'The lanterns were lit.' },
        { paragraph: 2, text: 'The keeper spoke.' },
        { paragraph: 5, text: 'Boats came home.' },
      ],
    },
  };
}

describe('settings', () => {
  it('checks the current value of every choice', () => {
    const settings: Settings = {
      ...defaults(),
      timer: 'longer',
      textScale: 1.5,
      theme: 'high-contrast',
      showStreak: false,
    };
    const view = settingsView(settings, sound, true);
    const checked = Object.fromEntries(
      view.settings.flatMap((s) =>
        s.kind === 'choice' ? [[s.id, s.choices.filter((c) => c.checked).map((c) => c.label)]] : [],
      ),
    );
    expect(checked).toEqual({
      soundOn: ['On'],
      timer: ['Longer'],
      textScale: ['150%'],
      theme: ['High'],
      reducedMotion: ['Like my device'],
      showStreak: ['Hide'],
    });
  });

  it('shows the volume in percent, disabled while sound is off or unavailable', () => {
    const volume = (s: Settings, available = true) =>
      settingsView(s, { available, problem: null }, true).settings.find((x) => x.kind === 'range');
    expect(volume({ ...defaults(), volume: 0.35 })).toMatchObject({ value: 35, disabled: false });
    expect(volume({ ...defaults(), soundOn: false })).toMatchObject({ disabled: true });
    expect(volume(defaults(), false)).toMatchObject({ disabled: true });
  });

  it('says plainly when sound could not be loaded, and that the game still works', () => {
    expect(settingsView(defaults(), sound, true).status).toBeNull();
    const status = settingsView(defaults(), { available: false, problem: 'no audio device' }, true).status;
    expect(status).toBe(
      'Sound could not be loaded (no audio device): the game plays silently. Everything else works.',
    );
    expect(settingsView(defaults(), { available: false, problem: null }, true).status).toBe(
      'Sound could not be loaded: the game plays silently. Everything else works.',
    );
  });

  it('says where settings are kept, or that they will not be', () => {
    expect(settingsView(defaults(), sound, true).saveNote).toBe('Settings are kept in this browser only.');
    expect(settingsView(defaults(), sound, false).saveNote).toMatch(/not letting Newsline save/);
  });

  it('tells a player a teacher’s timer can only be made longer', () => {
    const timer = settingsView(defaults(), sound, true).settings.find((s) => s.id === 'timer');
    expect(timer?.hint).toMatch(/teacher’s round can only be made longer/);
  });
});

describe('the source card', () => {
  it('quotes the article’s own headline and lists what is known of the source', () => {
    const view = sourceView(sourcedPack());
    expect(view.headline).toBe('“Lanterns lit across the harbour”');
    expect(view.headlineNote).toBe('The headline as published');
    expect(view.facts).toEqual([
      { label: 'Outlet', value: 'Test Gazette' },
      { label: 'Author', value: 'A. Writer' },
      { label: 'Date', value: '27 June 2021 (stated in the article)' },
      { label: 'Dateline', value: 'Harbourtown' },
    ]);
    expect(view.notes).toEqual(['We work from a reprint.']);
    expect(view.paragraphs).toEqual([
      { mark: '¶1', text: 'The lanterns were lit.' },
      { mark: '¶2', text: 'The keeper spoke.' },
      { mark: '¶5', text: 'Boats came home.' },
    ]);
    expect(view.language).toBe('en');
  });

  it('labels a paraphrased headline and leaves out a missing dateline', () => {
    const view = sourceView(chainPack());
    expect(view.headline).toBe('A fixture headline');
    expect(view.headlineNote).toBe('Our paraphrase of the headline');
    expect(view.facts.map((f) => f.label)).toEqual(['Outlet', 'Author', 'Date']);
    expect(view.notes).toEqual([]);
  });

  it('gives every note the article pack has about its source', () => {
    const pack = articlePack();
    const view = sourceView(pack);
    expect(view.notes.length).toBeGreaterThan(0);
    expect(view.notes).toContain(pack.source.note);
    expect(view.facts.find((f) => f.label === 'Date')?.value).toBe('27 June 2021 (from outside the article)');
    expect(view.paragraphs).toHaveLength(pack.source.digests.length);
  });
});

describe('how we know a card’s date', () => {
  it('gives the date, how it is known, the place and the paragraphs', () => {
    const pack = sourcedPack();
    const event = fixtureEvent('lit', '2021-06', undefined, {
      basis: 'inferred',
      contextDate: '2021-06-27',
      paragraphs: [2, 5, 9],
      place: { name: 'the old pier', lat: 1, lon: 2, precision: 'site', stated: false },
    });
    const view = eventDetailView(pack, event);
    expect(view.heading).toBe('Event lit');
    expect(view.date).toMatch(/^June 2021 \(27 June 2021.*from outside the article\)$/);
    expect(view.basis).toBe('The date is worked out from the article.');
    expect(view.place).toBe('Where: the old pier (from outside the article)');
    expect(view.paragraphs).toEqual([
      { mark: '¶2', text: 'The keeper spoke.' },
      { mark: '¶5', text: 'Boats came home.' },
    ]);
    expect(view.howWeKnow).toBe(event.howWeKnow);
    expect(view.detail).toBe(event.detail);
  });

  it('has no place line for a card without a place', () => {
    expect(eventDetailView(chainPack(), fixtureEvent('x', '2020')).place).toBeNull();
  });
});

describe('how to play', () => {
  it('explains every mark with its icon and word', () => {
    const view = howToView();
    expect(view.marks.map((m) => [m.tone, m.icon, m.word])).toEqual(
      Object.entries(VERDICT).map(([tone, v]) => [tone, v.icon, v.word]),
    );
    expect(view.marks.every((m) => m.meaning.length > 0)).toBe(true);
  });

  it('covers the board, the quiz, the results and the keyboard', () => {
    expect(howToView().sections.map((s) => s.heading)).toEqual([
      '1. Build the timeline',
      '2. Answer the questions',
      '3. See how you did',
      'Keyboard',
    ]);
  });
});

describe('messages', () => {
  it('say what went wrong and lead back to the menu', () => {
    const view = messageView('This round link does not work', 'Ask again.', ['one detail']);
    expect(view).toEqual({
      heading: 'This round link does not work',
      message: 'Ask again.',
      details: ['one detail'],
      action: { id: 'menu', label: 'Back to the menu' },
    });
  });

  it('after a crash, offer a reload and say whether the round is kept', () => {
    const kept = recoverView('boom', true);
    expect(kept.action).toEqual({ id: 'reload', label: 'Reload Newsline' });
    expect(kept.message).toMatch(/Your round in progress is saved: reload to carry on/);
    expect(kept.details).toEqual(['What happened: boom']);
    const lost = recoverView('boom', false);
    expect(lost.message).not.toMatch(/saved/);
    expect(lost.message).toMatch(/Reload to start again/);
  });
});

describe('shared words', () => {
  it('count in the singular and plural', () => {
    expect(count(1, 'card')).toBe('1 card');
    expect(count(0, 'card')).toBe('0 cards');
    expect(count(2, 'ox', 'oxen')).toBe('2 oxen');
  });

  it('list paragraphs one way everywhere', () => {
    expect(paragraphList([6, 18])).toBe('¶6, ¶18');
    expect(paragraphList([])).toBe('');
  });

  it('cite digests in citation order, skipping paragraphs without one', () => {
    expect(citedDigests(sourcedPack(), [5, 3, 1])).toEqual([
      { mark: '¶5', text: 'Boats came home.' },
      { mark: '¶1', text: 'The lanterns were lit.' },
    ]);
  });

  it('say whether a place is named in the article', () => {
    const place = {
      name: 'near Baghdad airport',
      lat: 33,
      lon: 44,
      precision: 'near' as const,
      stated: true,
    };
    expect(placeLine(place)).toBe('near Baghdad airport (named in the article)');
    expect(placeLine({ ...place, stated: false })).toBe('near Baghdad airport (from outside the article)');
  });
});
