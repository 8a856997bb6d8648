import type { Icon, Pack, Place, TimelineEvent } from '../content/schema';
import { revealOrder } from '../rules/order';
import type { PlacementVerdict } from '../rules/placement';
import type { RoundSession } from '../state/round-session';
import { BASIS_WORDS, count, formatDate, VERDICT, type VerdictTone } from './words';

/**
 * The timeline board, described once: the canvas draws it and the accessibility layer renders
 * it, so both say exactly the same words. Pure: built from the session and the board's
 * interaction state, tested without Phaser or a DOM.
 */
export interface CardView {
  id: string;
  title: string;
  clue: string;
  icon: Icon;
  /** The date at the precision the article gives, once the card is on the line and judged. */
  date: string | null;
  /** The one line of how we know, shown as the card lands. */
  dateReason: string | null;
  verdict: VerdictTone | null;
  /** Why a card is marked as it is: where a wrong card belongs, or that either side counts. */
  note: string | null;
  place: Place | null;
  /** Everything above in one sentence, for assistive technology. */
  label: string;
}

export interface GapView {
  /** 0 = before the first card on the line. */
  index: number;
  label: string;
}

export interface BoardAction {
  id: 'check' | 'to-quiz' | 'to-results';
  label: string;
}

export interface BoardView {
  mode: 'place' | 'sort';
  done: boolean;
  heading: string;
  instruction: string;
  /** "Card 3 of 5 · 2 right first time", or the final summary. */
  status: string;
  /** Place mode: the card waiting to be placed, and what the canvas calls it. */
  deck: CardView | null;
  deckLabel: string;
  line: CardView[];
  /** Sort mode, once checked: the order the player gave, for the reveal's motion. */
  playerOrder: string[] | null;
  /** Place mode: where the waiting card can go. */
  gaps: GapView[];
  /** Sort mode: the card picked up by a tap (or by Space), waiting for its new place. */
  selectedId: string | null;
  /** The verdict on the latest placement, as shown and announced. */
  feedback: { tone: VerdictTone; text: string } | null;
  /** The card placed last (place mode), which the canvas and the map bring forward. */
  latestId: string | null;
  primary: BoardAction | null;
  /** Sort mode: which end of the list is which. */
  ends: { top: string; bottom: string } | null;
}

export interface BoardInteraction {
  selectedId: string | null;
}

export function boardView(pack: Pack, session: RoundSession, interaction: BoardInteraction): BoardView {
  const done = session.phase !== 'board';
  return session.mode === 'place'
    ? placeBoard(pack, session, done)
    : sortBoard(pack, session, done, interaction.selectedId);
}

function placeBoard(pack: Pack, session: RoundSession, done: boolean): BoardView {
  const verdictById = new Map(session.placements.map((v) => [v.cardId, v]));
  const titles = titleLookup(session);
  const line = session.line.map((id, index) => {
    const verdict = verdictById.get(id);
    const starter = index === 0 && !verdict && id === session.plan.cards[0]?.id;
    return cardView(session.event(id), {
      dated: true,
      verdict: verdict ? toneOf(verdict) : null,
      note: verdict
        ? placementNote(verdict, titles)
        : starter
          ? 'The starting card: it was on the line already.'
          : null,
    });
  });
  const next = session.nextCard;
  const { number, of } = session.placing;
  const right = session.placements.filter((v) => v.right).length;
  const last = session.placements[session.placements.length - 1];
  const feedback = last
    ? {
        tone: toneOf(last),
        text: feedbackText(session.event(last.cardId), last, titles, {
          line: session.line,
          dateOf: (id) => formatDate(session.event(id).date),
        }),
      }
    : null;
  return {
    mode: 'place',
    done,
    heading: done ? 'Your timeline' : 'Place the cards',
    instruction: done
      ? 'Every card has its date. Tap a card to see how we know.'
      : 'Put the new card where it belongs on the line: drag it, or tap a gap.',
    status: done ? `${right} of ${of} right first time` : `Card ${number} of ${of} · ${right} right`,
    deck: next ? cardView(next, { dated: false, verdict: null, note: null }) : null,
    deckLabel: 'Next card',
    line,
    playerOrder: null,
    gaps: next ? gapViews(session.line.map((id) => session.event(id).title)) : [],
    selectedId: null,
    feedback,
    latestId: last?.cardId ?? null,
    primary: done ? nextStep(session) : null,
    ends: null,
  };
}

function sortBoard(pack: Pack, session: RoundSession, done: boolean, selectedId: string | null): BoardView {
  const score = session.timeline;
  if (!done || !score?.ordering) {
    return {
      mode: 'sort',
      done: false,
      heading: 'Put them in order',
      instruction: 'Earliest at the top. Drag a card to its place, or tap a card and then tap where it goes.',
      status: `${count(session.order.length, 'card')} to put in order`,
      deck: null,
      deckLabel: 'Next card',
      line: session.order.map((id) =>
        cardView(session.event(id), { dated: false, verdict: null, note: null }),
      ),
      playerOrder: null,
      gaps: [],
      selectedId: selectedId !== null && session.order.includes(selectedId) ? selectedId : null,
      feedback: null,
      latestId: null,
      primary: { id: 'check', label: 'Check order' },
      ends: { top: 'Earliest', bottom: 'Latest' },
    };
  }
  const verdicts = new Map(score.ordering.verdicts.map((v) => [v.id, v]));
  const titles = titleLookup(session);
  const correct = revealOrder(
    session.plan.cards.filter((c) => verdicts.has(c.id)),
    session.plan.order,
  );
  const line = correct.map((event) => {
    const verdict = verdicts.get(event.id);
    const wrong = verdict && !verdict.correct;
    const open = session.plan.cards.filter((other) => session.plan.order.interchangeable(event.id, other.id));
    const note = wrong
      ? sortNote(verdict.shouldFollow, verdict.shouldPrecede, titles)
      : open.length > 0
        ? eitherNote(
            event.id,
            open.map((o) => o.id),
            titles,
          )
        : null;
    return cardView(event, { dated: true, verdict: wrong ? 'wrong' : 'right', note });
  });
  const pairs =
    score.ordering.totalPairs === 0
      ? 'Any order was right this time.'
      : `You had ${score.ordering.correctPairs} of ${count(score.ordering.totalPairs, 'pair')} the right way round.`;
  return {
    mode: 'sort',
    done: true,
    heading: 'The right order',
    instruction: `${pairs} Each card shows its date and whether you had it in a right place; tap one to see how we know.`,
    status: `${score.right} of ${score.outOf} in a right place`,
    deck: null,
    deckLabel: 'Next card',
    line,
    playerOrder: [...score.finalOrder],
    gaps: [],
    selectedId: null,
    feedback: null,
    latestId: null,
    primary: nextStep(session),
    ends: { top: 'Earliest', bottom: 'Latest' },
  };
}

function nextStep(session: RoundSession): BoardAction {
  const questions = session.plan.questions.length;
  return questions > 0
    ? { id: 'to-quiz', label: `Next: ${count(questions, 'question')}` }
    : { id: 'to-results', label: 'See your results' };
}

function cardView(
  event: TimelineEvent,
  options: { dated: boolean; verdict: VerdictTone | null; note: string | null },
): CardView {
  const date = options.dated ? dateLabel(event) : null;
  const dateReason = options.dated ? event.dateReason : null;
  const parts = [
    `${event.title}.`,
    `${event.clue}.`,
    date ? `Date: ${date}.` : '',
    dateReason ?? '',
    options.verdict ? `${VERDICT[options.verdict].word}.` : '',
    options.note ?? '',
  ];
  return {
    id: event.id,
    title: event.title,
    clue: event.clue,
    icon: event.icon,
    date,
    dateReason,
    verdict: options.verdict,
    note: options.note,
    place: event.place ?? null,
    label: parts.filter(Boolean).join(' ').replace(/\.\./g, '.'),
  };
}

/** "June 2021", with the outside-context day where there is one: "June 2021 (27 June 2021: from outside the article)". */
export function dateLabel(event: TimelineEvent): string {
  const main = formatDate(event.date);
  if (!event.contextDate || event.contextDate === event.date) return main;
  return `${main} (${formatDate(event.contextDate)}: ${BASIS_WORDS.context})`;
}

function toneOf(verdict: PlacementVerdict): VerdictTone {
  if (!verdict.right) return 'wrong';
  return verdict.unsettledWith.length > 0 ? 'either' : 'right';
}

/** A card's title in quotation marks, and the day outside reports give it (if the article does not). */
type Titles = ((id: string) => string) & { outsideDay(id: string): string | null };

function titleLookup(session: RoundSession): Titles {
  const cards = new Map(session.plan.cards.map((c) => [c.id, c]));
  const quoted = (id: string): string => `“${cards.get(id)?.title ?? id}”`;
  return Object.assign(quoted, {
    outsideDay: (id: string): string | null => {
      const card = cards.get(id);
      return card?.contextDate && card.contextDate !== card.date ? formatDate(card.contextDate) : null;
    },
  });
}

function placementNote(verdict: PlacementVerdict, titles: Titles): string {
  if (!verdict.right) return 'Placed wrong at first: it slid to where it belongs.';
  if (verdict.unsettledWith.length > 0) return eitherNote(verdict.cardId, verdict.unsettledWith, titles);
  return 'Placed right first time.';
}

/**
 * Why either side counts; and when outside reports give one of the pair a day (Raisi's election,
 * 18 June, against the article's 9 June attack), that the game does not count that day, so a
 * finished line showing 18 June above 9 June is not a mistake.
 */
function eitherNote(cardId: string, openWith: readonly string[], titles: Titles): string {
  const base = `The article does not say whether this came before or after ${openWith.map(titles).join(' or ')}, so either side counts.`;
  const dated = [cardId, ...openWith].flatMap((id) => {
    const day = titles.outsideDay(id);
    return day ? [`${titles(id)} to ${day}`] : [];
  });
  return dated.length > 0
    ? `${base} Outside reports date ${dated.join(' and ')}; the game counts only what the article settles.`
    : base;
}

function sortNote(shouldFollow: readonly string[], shouldPrecede: readonly string[], titles: Titles): string {
  const parts: string[] = [];
  if (shouldFollow.length > 0) parts.push(`it comes after ${shouldFollow.map(titles).join(' and ')}`);
  if (shouldPrecede.length > 0)
    parts.push(`${parts.length === 0 ? 'it comes ' : ''}before ${shouldPrecede.map(titles).join(' and ')}`);
  return `You had it out of place: ${parts.join(', and ')}.`;
}

function feedbackText(
  event: TimelineEvent,
  verdict: PlacementVerdict,
  titles: Titles,
  where: { line: readonly string[]; dateOf: (id: string) => string },
): string {
  // The article's own date only: the card itself shows any outside-context day beside it.
  const date = formatDate(event.date);
  if (!verdict.right)
    return `${VERDICT.wrong.icon} Not there: ${titles(event.id)} is ${date}. ${slidTo(event.id, date, titles, where)}`;
  if (verdict.unsettledWith.length > 0)
    return `${VERDICT.either.icon} Right: ${date}. ${eitherNote(event.id, verdict.unsettledWith, titles)}`;
  return `${VERDICT.right.icon} Right: ${titles(event.id)} is ${date}.`;
}

/**
 * Where a wrong card went, by its new neighbours; when a neighbour shows the same date, that the
 * order between them is the article's (a wrong card "in February 2021" beside another one in
 * February 2021 otherwise reads as no reason at all).
 */
function slidTo(
  id: string,
  date: string,
  titles: Titles,
  { line, dateOf }: { line: readonly string[]; dateOf: (id: string) => string },
): string {
  const at = line.indexOf(id);
  const after = at > 0 ? line[at - 1] : undefined;
  const before = at >= 0 ? line[at + 1] : undefined;
  const place =
    after && before
      ? `between ${titles(after)} and ${titles(before)}`
      : after
        ? `last, after ${titles(after)}`
        : before
          ? `first, before ${titles(before)}`
          : 'where it belongs';
  const twin = [after, before].find((n): n is string => n !== undefined && dateOf(n) === date);
  const same = twin ? ` ${titles(twin)} is ${date} too: the article’s account sets which came first.` : '';
  return `It slid to ${place}.${same}`;
}

/** "First, before “A”", "Between “A” and “B”", "Last, after “B”". */
export function gapViews(lineTitles: readonly string[]): GapView[] {
  const quoted = lineTitles.map((t) => `“${t}”`);
  return Array.from({ length: lineTitles.length + 1 }, (_, index) => {
    const before = quoted[index];
    const after = quoted[index - 1];
    const label =
      after === undefined
        ? `First, before ${before ?? 'everything'}`
        : before === undefined
          ? `Last, after ${after}`
          : `Between ${after} and ${before}`;
    return { index, label };
  });
}
