import { describe, expect, it } from 'vitest';
import type { Pack } from '../../src/content/schema';
import { boardView, dateLabel, gapViews } from '../../src/views/board';
import { chronologyOracle } from '../fixtures/events';
import { chainPack, fixtureEvent, fixturePack, fixtureQuestion, tiePack } from '../fixtures/packs';
import { fixtureRound } from '../fixtures/plan';
import { newSession, placeAll, rightGaps, sortCorrectly, wrongGap } from '../fixtures/session';

/** The chain's dates as a player reads them. */
const CHAIN_DATES: Record<string, string> = {
  a: '2019',
  b: 'March 2020',
  c: '10 February 2021',
  d: '27 June 2021',
};

/** The chain with three questions to ask after it. */
function chainWithQuestions(): Pack {
  const questions = ['one', 'two', 'three'].map((fact) => fixtureQuestion(fact));
  return fixturePack(chainPack().events, questions, 'chain-quiz');
}

function placeSession(pack: Pack = chainPack(), questionCount = 3, seed = 1) {
  const plan = fixtureRound(pack, { mode: 'place', questionCount, seed });
  return { pack, plan, ...newSession(plan) };
}

const none = { selectedId: null };

describe('the board in place mode, before any card is placed', () => {
  const { pack, plan, session } = placeSession();
  const view = boardView(pack, session, none);
  const starter = plan.cards[0]!;
  const waiting = plan.cards[1]!;

  it('asks the player to place the cards', () => {
    expect(view.mode).toBe('place');
    expect(view.done).toBe(false);
    expect(view.heading).toBe('Place the cards');
    expect(view.instruction).toMatch(/drag it, or tap a gap/);
    expect(view.status).toBe('Card 1 of 3 · 0 right');
    expect(view.primary).toBeNull();
    expect(view.ends).toBeNull();
    expect(view.feedback).toBeNull();
    expect(view.latestId).toBeNull();
  });

  it('shows the starting card with its date and says why it is there', () => {
    expect(view.line.map((c) => c.id)).toEqual([starter.id]);
    const [card] = view.line;
    expect(card?.date).toBe(CHAIN_DATES[starter.id]);
    expect(card?.verdict).toBeNull();
    expect(card?.note).toBe('The starting card: it was on the line already.');
    expect(card?.label).toContain(`Date: ${CHAIN_DATES[starter.id]}.`);
  });

  it('deals the waiting card face down: no date, no reason', () => {
    expect(view.deck?.id).toBe(waiting.id);
    expect(view.deck?.title).toBe(waiting.title);
    expect(view.deck?.clue).toBe(waiting.clue);
    expect(view.deck?.date).toBeNull();
    expect(view.deck?.dateReason).toBeNull();
    expect(view.deck?.label).not.toContain('Date:');
  });

  it('offers a gap before and after the starting card', () => {
    expect(view.gaps).toEqual([
      { index: 0, label: `First, before “${starter.title}”` },
      { index: 1, label: `Last, after “${starter.title}”` },
    ]);
  });
});

describe('the board in place mode, after a placement', () => {
  it('says a right placement is right, with the card’s date', () => {
    const { pack, session } = placeSession();
    const oracle = chronologyOracle(pack.events);
    const card = session.nextCard!;
    session.place(rightGaps(oracle, session.line, card.id)[0]!);
    const view = boardView(pack, session, none);
    expect(view.feedback).toEqual({
      tone: 'right',
      text: `✓ Right: “${card.title}” is ${CHAIN_DATES[card.id]}.`,
    });
    const placed = view.line.find((c) => c.id === card.id);
    expect(placed).toMatchObject({
      verdict: 'right',
      note: 'Placed right first time.',
      date: CHAIN_DATES[card.id],
    });
    expect(placed?.dateReason).toBe(card.dateReason);
    expect(view.latestId).toBe(card.id);
    expect(view.status).toBe('Card 2 of 3 · 1 right');
  });

  it('a wrong card beside one of the same month says the article sets their order', () => {
    const pack = fixturePack([fixtureEvent('x', '2021-02'), fixtureEvent('y', '2021-02', ['x'])]);
    const { session } = placeSession(pack, 0);
    const oracle = chronologyOracle(pack.events);
    const card = session.nextCard!;
    const other = session.line[0]!;
    session.place(wrongGap(oracle, session.line, card.id)!);
    expect(boardView(pack, session, none).feedback?.text).toBe(
      `✗ Not there: “Event ${card.id}” is February 2021. It slid to ${card.id === 'x' ? 'first, before' : 'last, after'} “Event ${other}”. “Event ${other}” is February 2021 too: the article’s account sets which came first.`,
    );
  });

  it('says a wrong placement is wrong and that the card slid to its place', () => {
    const { pack, session } = placeSession();
    const oracle = chronologyOracle(pack.events);
    const card = session.nextCard!;
    session.place(wrongGap(oracle, session.line, card.id)!);
    const view = boardView(pack, session, none);
    expect(view.feedback?.tone).toBe('wrong');
    // Where it went, by its new neighbours on the line.
    const at = view.line.findIndex((c) => c.id === card.id);
    const [after, before] = [view.line[at - 1]?.title, view.line[at + 1]?.title];
    const place =
      after && before
        ? `between “${after}” and “${before}”`
        : after
          ? `last, after “${after}”`
          : `first, before “${before}”`;
    expect(view.feedback?.text).toBe(
      `✗ Not there: “${card.title}” is ${CHAIN_DATES[card.id]}. It slid to ${place}.`,
    );
    const placed = view.line.find((c) => c.id === card.id);
    expect(placed?.verdict).toBe('wrong');
    expect(placed?.note).toBe('Placed wrong at first: it slid to where it belongs.');
    expect(placed?.label).toContain('Wrong.');
    expect(view.status).toBe('Card 2 of 3 · 0 right');
  });

  it('says either way counts when the article leaves the order open', () => {
    const pack = tiePack();
    const oracle = chronologyOracle(pack.events);
    // A deal whose first card to place is open against the starting card.
    const seed = Array.from({ length: 500 }, (_, s) => s).find((s) => {
      const [first, second] = fixtureRound(pack, { mode: 'place', seed: s }).cards;
      return !oracle.mustPrecede(first!.id, second!.id) && !oracle.mustPrecede(second!.id, first!.id);
    })!;
    const { session, plan } = placeSession(pack, 0, seed);
    const [starter, card] = plan.cards;
    session.place(0);
    const view = boardView(pack, session, none);
    const either = `The article does not say whether this came before or after “${starter!.title}”, so either side counts.`;
    expect(view.feedback?.tone).toBe('either');
    expect(view.feedback?.text).toMatch(/^↔ Right: /);
    expect(view.feedback?.text).toContain(either);
    const placed = view.line.find((c) => c.id === card!.id);
    expect(placed?.verdict).toBe('either');
    expect(placed?.note).toBe(either);
    expect(placed?.label).toContain('Either way.');
  });

  it('an open pair where outside reports give one a day says the game does not count that day', () => {
    // As Raisi's election (June 2021; 18 June from outside) against the 9 June attack.
    const pack = fixturePack([
      fixtureEvent('raid', '2021-06-09'),
      fixtureEvent('ballot', '2021-06', undefined, { contextDate: '2021-06-18' }),
    ]);
    const seed = Array.from({ length: 200 }, (_, s) => s).find(
      (s) => fixtureRound(pack, { mode: 'place', seed: s }).cards[0]!.id === 'raid',
    )!;
    const { session } = placeSession(pack, 0, seed);
    session.place(0);
    const view = boardView(pack, session, none);
    expect(view.feedback?.tone).toBe('either');
    expect(view.feedback?.text).toContain(
      'Outside reports date “Event ballot” to 18 June 2021; the game counts only what the article settles.',
    );
    expect(view.line.find((c) => c.id === 'ballot')?.note).toContain('Outside reports date “Event ballot”');
  });

  it('labels the gaps between the cards on the line by their titles', () => {
    const { pack, session } = placeSession();
    placeAll(session, pack, 'r');
    const titles = session.line.map((id) => session.event(id).title);
    const labels = gapViews(titles).map((g) => g.label);
    expect(labels).toEqual([
      `First, before “${titles[0]}”`,
      `Between “${titles[0]}” and “${titles[1]}”`,
      `Between “${titles[1]}” and “${titles[2]}”`,
      `Between “${titles[2]}” and “${titles[3]}”`,
      `Last, after “${titles[3]}”`,
    ]);
    expect(gapViews([])).toEqual([{ index: 0, label: 'First, before everything' }]);
  });
});

describe('the board in place mode, once every card is placed', () => {
  it('shows the whole timeline dated, with the count right first time and the way on', () => {
    const { pack, plan, session } = placeSession(chainWithQuestions(), 3);
    placeAll(session, pack, 'rwr');
    const view = boardView(pack, session, none);
    expect(view.done).toBe(true);
    expect(view.heading).toBe('Your timeline');
    expect(view.status).toBe('2 of 3 right first time');
    expect(view.deck).toBeNull();
    expect(view.gaps).toEqual([]);
    expect(view.line.map((c) => c.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(view.line.every((c) => c.date === CHAIN_DATES[c.id])).toBe(true);
    expect(view.latestId).toBe(plan.cards[3]!.id);
    expect(view.primary).toEqual({ id: 'to-quiz', label: 'Next: 3 questions' });
  });

  it('goes to the results when there are no questions', () => {
    const { pack, session } = placeSession(chainPack(), 0);
    placeAll(session, pack);
    expect(boardView(pack, session, none).primary).toEqual({ id: 'to-results', label: 'See your results' });
  });

  it('counts a single question in the singular', () => {
    const { pack, session } = placeSession(chainPack(), 1);
    placeAll(session, pack);
    expect(boardView(pack, session, none).primary?.label).toBe('Next: 1 question');
  });
});

describe('the board in sort mode', () => {
  function sortSession(pack: Pack = chainWithQuestions()) {
    const plan = fixtureRound(pack, { mode: 'sort', questionCount: 2 });
    return { pack, plan, ...newSession(plan) };
  }

  it('before checking: every card undated, in the player’s order, with Check order', () => {
    const { pack, session } = sortSession();
    session.moveCard(session.order[3]!, 0);
    const view = boardView(pack, session, { selectedId: session.order[1]! });
    expect(view.heading).toBe('Put them in order');
    expect(view.instruction).toMatch(/^Earliest at the top\./);
    expect(view.ends).toEqual({ top: 'Earliest', bottom: 'Latest' });
    expect(view.status).toBe('4 cards to put in order');
    expect(view.line.map((c) => c.id)).toEqual(session.order);
    expect(view.line.every((c) => c.date === null && c.verdict === null)).toBe(true);
    expect(view.selectedId).toBe(session.order[1]);
    expect(view.primary).toEqual({ id: 'check', label: 'Check order' });
    expect(view.playerOrder).toBeNull();
  });

  it('forgets a selection that is not one of the cards', () => {
    const { pack, session } = sortSession();
    expect(boardView(pack, session, { selectedId: 'ghost' }).selectedId).toBeNull();
  });

  it('after checking: the right order, dated, with each card’s verdict and the player’s own order', () => {
    const { pack, session } = sortSession();
    const given = ['b', 'a', 'c', 'd'];
    given.forEach((id, i) => session.moveCard(id, i));
    session.checkOrder();
    const view = boardView(pack, session, { selectedId: 'a' });
    expect(view.done).toBe(true);
    expect(view.heading).toBe('The right order');
    expect(view.line.map((c) => c.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(view.line.map((c) => c.date)).toEqual(['a', 'b', 'c', 'd'].map((id) => CHAIN_DATES[id]));
    expect(view.line.map((c) => c.verdict)).toEqual(['wrong', 'wrong', 'right', 'right']);
    expect(view.playerOrder).toEqual(given);
    expect(view.selectedId).toBeNull();
    const oracle = chronologyOracle(pack.events);
    const pairs = oracle.orderedPairs(given).length;
    expect(view.status).toBe('2 of 4 in a right place');
    expect(view.instruction).toMatch(
      new RegExp(
        `^You had ${oracle.pairsKept(given)} of ${pairs} pairs the right way round\\. Each card shows its date`,
      ),
    );
    expect(view.ends).toEqual({ top: 'Earliest', bottom: 'Latest' });
    expect(view.line.find((c) => c.id === 'b')?.note).toBe(
      'You had it out of place: it comes after “Event a”.',
    );
    expect(view.primary).toEqual({ id: 'to-quiz', label: 'Next: 2 questions' });
    expect(view.line.find((c) => c.id === 'c')?.note).toBeNull();
  });

  it('says in a whole sentence that a card should have come before another', () => {
    const { pack, session } = sortSession();
    ['b', 'a', 'c', 'd'].forEach((id, i) => session.moveCard(id, i));
    session.checkOrder();
    const view = boardView(pack, session, none);
    expect(view.line.find((c) => c.id === 'a')?.note).toBe(
      'You had it out of place: it comes before “Event b”.',
    );
  });

  it('after checking, notes cards the article cannot order against others', () => {
    const pack = tiePack();
    const { session } = sortSession(pack);
    sortCorrectly(session, pack);
    session.checkOrder();
    const view = boardView(pack, session, none);
    expect(view.line.every((c) => c.verdict === 'right')).toBe(true);
    const ballot = view.line.find((c) => c.id === 'ballot')!;
    expect(ballot.note).toMatch(/^The article does not say whether this came before or after /);
    expect(ballot.note).toContain('“Event speech”');
    expect(ballot.note).toContain('so either side counts.');
    // A card the article orders against every other has nothing to explain.
    expect(view.line.find((c) => c.id === 'prelude')?.note).toBeNull();
  });

  it('says when any order was right', () => {
    const pack = fixturePack([fixtureEvent('x', '2021'), fixtureEvent('y', '2021-05')], undefined, 'open');
    const { session } = sortSession(pack);
    session.checkOrder();
    const view = boardView(pack, session, none);
    expect(view.status).toBe('2 of 2 in a right place');
    expect(view.instruction).toMatch(/^Any order was right this time\. /);
  });
});

describe('a card’s date', () => {
  it('adds a more precise day from outside the article, labelled so', () => {
    const event = fixtureEvent('strike', '2021-06', undefined, { contextDate: '2021-06-27' });
    const label = dateLabel(event);
    expect(label.startsWith('June 2021 (')).toBe(true);
    expect(label).toContain('27 June 2021');
    expect(label).toContain('from outside the article');
  });

  it('is just the article’s date without an outside one', () => {
    expect(dateLabel(fixtureEvent('strike', '2021-06-09'))).toBe('9 June 2021');
    expect(dateLabel(fixtureEvent('strike', '2021-06', undefined, { contextDate: '2021-06' }))).toBe(
      'June 2021',
    );
  });

  it('carries its place onto the board', () => {
    const place = { name: 'near Erbil', lat: 36.2, lon: 44, precision: 'near' as const, stated: true };
    const pack = fixturePack([fixtureEvent('x', '2020', undefined, { place }), fixtureEvent('y', '2021')]);
    const { session } = newSession(fixtureRound(pack, { mode: 'place', questionCount: 0 }));
    session.place(0);
    expect(boardView(pack, session, none).line.find((c) => c.id === 'x')?.place).toEqual(place);
  });
});
