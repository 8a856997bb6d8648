import { describe, expect, it } from 'vitest';
import type { Pack } from '../../src/content/schema';
import { BoardController } from '../../src/app/board-controller';
import { chronologyOracle } from '../fixtures/events';
import { recordedEffects } from '../fixtures/effects';
import { chainPack, fixturePack, fixtureQuestion } from '../fixtures/packs';
import { fixtureRound } from '../fixtures/plan';
import { newSession, oracleOrder, rightGaps, wrongGap } from '../fixtures/session';

function chainWithQuestions(): Pack {
  return fixturePack(
    chainPack().events,
    [fixtureQuestion('one'), fixtureQuestion('two')],
    'board-controller',
  );
}

function board(mode: 'place' | 'sort', questionCount = 2) {
  const pack = chainWithQuestions();
  const { session } = newSession(fixtureRound(pack, { mode, questionCount }));
  const effects = recordedEffects();
  const controller = new BoardController(pack, session, effects);
  return { pack, session, effects, controller, oracle: chronologyOracle(pack.events) };
}

describe('placing a card', () => {
  it('flips a card placed right and says so', () => {
    const { controller, session, effects, oracle } = board('place');
    const card = session.nextCard!;
    const verdict = controller.place(rightGaps(oracle, session.line, card.id)[0]!);
    expect(verdict?.right).toBe(true);
    expect(effects.sounds).toEqual(['flip']);
    expect(effects.said).toEqual([controller.view().feedback!.text]);
    expect(effects.said[0]).toMatch(new RegExp(`^✓ Right: “${card.title}”`));
  });

  it('buzzes for a card placed wrong and says where it went (the slide has its own sound, with its motion)', () => {
    const { controller, session, effects, oracle } = board('place');
    const card = session.nextCard!;
    controller.place(wrongGap(oracle, session.line, card.id)!);
    expect(effects.sounds).toEqual(['wrong']);
    expect(effects.said[0]).toMatch(
      new RegExp(`^✗ Not there: “${card.title}” is .*It slid to (first, before|last, after|between) “.*\\.$`),
    );
  });

  it('ends the board with the count and a fanfare after the last card', () => {
    const { controller, session, effects, oracle } = board('place');
    while (session.nextCard) controller.place(rightGaps(oracle, session.line, session.nextCard.id)[0]!);
    expect(effects.sounds).toEqual(['flip', 'flip', 'flip', 'complete']);
    expect(effects.said).toHaveLength(3);
    expect(effects.said[2]).toMatch(/ 3 of 3 right first time$/);
    // The way on is the quiz.
    controller.primary();
    expect(effects.advanced).toEqual(['to-quiz']);
  });

  it('does nothing once every card is placed', () => {
    const { controller, session, effects, oracle } = board('place');
    while (session.nextCard) controller.place(rightGaps(oracle, session.line, session.nextCard.id)[0]!);
    const heard = [...effects.sounds];
    expect(controller.place(0)).toBeNull();
    expect(effects.sounds).toEqual(heard);
  });

  it('tells its listeners of each placement', () => {
    const { controller, session, oracle } = board('place');
    let heard = 0;
    controller.onChange(() => heard++);
    controller.place(rightGaps(oracle, session.line, session.nextCard!.id)[0]!);
    expect(heard).toBe(1);
  });

  it('opens “how we know” for a card on the line', () => {
    const { controller, session, effects } = board('place');
    controller.openCard(session.line[0]!);
    expect(effects.opened).toEqual([session.line[0]]);
  });

  it('ignores sort-mode taps', () => {
    const { controller, session, effects } = board('place');
    controller.select(session.line[0]!);
    expect(controller.selectedId).toBeNull();
    controller.moveTo(session.line[0]!, 1);
    expect(effects.sounds).toEqual([]);
  });
});

describe('tap to select in sort mode', () => {
  it('picks a card up with a sound and shows it selected', () => {
    const { controller, session, effects } = board('sort');
    const id = session.order[2]!;
    controller.select(id);
    expect(controller.selectedId).toBe(id);
    expect(controller.view().selectedId).toBe(id);
    expect(effects.sounds).toEqual(['pickup']);
  });

  it('puts it down when the same card is tapped again', () => {
    const { controller, session, effects } = board('sort');
    const id = session.order[2]!;
    controller.select(id);
    controller.select(id);
    expect(controller.selectedId).toBeNull();
    expect(controller.view().selectedId).toBeNull();
    expect(effects.sounds).toEqual(['pickup']);
  });

  it('moves the selected card to another card’s place when that card is tapped, and lets go of it', () => {
    const { controller, session, effects } = board('sort');
    const [first, , third] = session.order;
    controller.select(first!);
    // What the canvas and the page do when another card is tapped while one is held.
    controller.moveTo(controller.selectedId!, session.order.indexOf(third!));
    expect(session.order.indexOf(first!)).toBe(2);
    expect(controller.selectedId).toBeNull();
    expect(controller.view().selectedId).toBeNull();
    expect(effects.sounds).toEqual(['pickup', 'drop']);
    expect(effects.said).toEqual([`${session.event(first!).title}: now 3 of 4.`]);
  });

  it('lets go of a selected card when another card is dragged', () => {
    const { controller, session } = board('sort');
    const [first, second] = session.order;
    controller.select(first!);
    controller.moveTo(second!, 3);
    expect(session.order[3]).toBe(second);
    expect(controller.selectedId).toBeNull();
    expect(controller.view().selectedId).toBeNull();
    expect(controller.view().line.map((c) => c.id)).toEqual(session.order);
  });

  it('says nothing when a card is dropped back where it was', () => {
    const { controller, session, effects } = board('sort');
    controller.moveTo(session.order[1]!, 1);
    expect(effects.sounds).toEqual(['drop']);
    expect(effects.said).toEqual([]);
  });

  it('moves a card one place with the keys, stopping at the ends', () => {
    const { controller, session } = board('sort');
    const id = session.order[0]!;
    controller.moveBy(id, -1);
    expect(session.order.indexOf(id)).toBe(0);
    controller.moveBy(id, 1);
    expect(session.order.indexOf(id)).toBe(1);
  });

  it('does not open “how we know” while the cards are being sorted', () => {
    const { controller, session, effects } = board('sort');
    controller.openCard(session.order[0]!);
    expect(effects.opened).toEqual([]);
    controller.primary();
    controller.openCard(session.order[0]!);
    expect(effects.opened).toEqual([session.order[0]]);
  });
});

describe('checking the order', () => {
  it('judges the order, plays a verdict sound and reads out the status', () => {
    const { controller, session, effects, pack } = board('sort');
    oracleOrder(pack, session.order).forEach((id, i) => controller.moveTo(id, i));
    effects.sounds.length = 0;
    effects.said.length = 0;
    controller.primary();
    expect(session.phase).toBe('reveal');
    expect(effects.sounds).toEqual(['complete']);
    expect(effects.said).toEqual([controller.view().status]);
    expect(effects.said[0]).toBe('4 of 4 in a right place');
  });

  it('plays the wrong sound for an order with mistakes, then goes on to the quiz', () => {
    const { controller, session, effects } = board('sort');
    controller.primary();
    expect(effects.sounds).toEqual(['wrong']);
    expect(effects.advanced).toEqual([]);
    controller.primary();
    expect(effects.advanced).toEqual(['to-quiz']);
    expect(session.phase).toBe('reveal');
  });

  it('lets go of a selected card and ignores taps once checked', () => {
    const { controller, session } = board('sort');
    controller.select(session.order[0]!);
    controller.primary();
    expect(controller.selectedId).toBeNull();
    const order = [...session.order];
    controller.select(order[1]!);
    controller.moveTo(order[1]!, 0);
    expect(controller.selectedId).toBeNull();
    expect(session.order).toEqual(order);
  });

  it('goes straight to the results when there are no questions', () => {
    const { controller, effects } = board('sort', 0);
    controller.primary();
    controller.primary();
    expect(effects.advanced).toEqual(['to-results']);
  });
});

describe('disposing', () => {
  it('stops telling listeners of the session’s changes', () => {
    const { controller, session } = board('sort');
    let heard = 0;
    controller.onChange(() => heard++);
    controller.dispose();
    session.moveCard(session.order[0]!, 3);
    expect(heard).toBe(0);
  });
});
