import type { EventSet, Pack } from '../content/schema';
import type { RoundConfig, RoundMode } from '../rules/round-config';
import type { BestScore, DailyRecord, MenuChoice } from '../state/storage';
import { count, formatDate } from './words';

/**
 * The first screen: one big Play with good defaults, today's daily round, a way back into a
 * round in progress or a teacher's round, and everything else a step away. Pure.
 */
export interface ChoiceView<T extends string | number> {
  value: T;
  label: string;
  detail: string;
  selected: boolean;
}

export interface TitleView {
  title: string;
  tagline: string;
  notices: string[];
  article: {
    /** The pack's language, for the article's own words. */
    language: string;
    label: string;
    headline: string;
    /** "Headline as published" or "Our paraphrase of the headline". */
    headlineNote: string;
    byline: string;
    date: string;
  };
  /** Shown when the site offers more than one pack. */
  packs: ChoiceView<string>[] | null;
  resume: { heading: string; detail: string; resumeLabel: string; discardLabel: string } | null;
  /** A round someone sent: a teacher's (asks a name), a friend's, or a daily round of a given day. */
  invite: {
    heading: string;
    detail: string;
    startLabel: string;
    leaveLabel: string;
    asksName: boolean;
  } | null;
  play: { label: string; detail: string };
  daily: { label: string; detail: string; done: boolean };
  options: {
    summary: string;
    sets: ChoiceView<string>[];
    lengths: ChoiceView<number>[];
    modes: ChoiceView<RoundMode>[];
  };
  best: string | null;
  /** How a round goes, in three short steps. */
  steps: string[];
}

export interface TitleInputs {
  pack: Pack;
  /** Every playable pack, in menu order. */
  packs: ReadonlyArray<Pick<Pack, 'id' | 'title' | 'source' | 'events'>>;
  notices: readonly string[];
  menu: MenuChoice;
  best: Readonly<Record<string, BestScore>>;
  daily: { number: number; record: DailyRecord | null };
  resume: { setName: string; where: string; savedAgo: string; shared: boolean } | null;
  invite:
    | { kind: 'shared' | 'challenge'; config: RoundConfig }
    | { kind: 'daily'; number: number; dateKey: string }
    | null;
}

export const QUESTION_COUNTS = [0, 5, 10] as const;

export function titleView(input: TitleInputs): TitleView {
  const { pack, menu } = input;
  const set = pack.sets.find((s) => s.id === menu.setId) ?? pack.sets[0]!;
  const { source } = pack;
  return {
    title: 'Newsline',
    tagline: 'Put the news in order, then prove it',
    notices: [...input.notices],
    article: {
      language: pack.language,
      label: 'The article',
      headline: source.headline.paraphrased ? source.headline.text : `“${source.headline.text}”`,
      headlineNote: source.headline.paraphrased ? 'Our paraphrase of the headline' : 'Headline as published',
      byline: `${source.outlet} · ${source.author}`,
      date: `${formatDate(source.date)}${source.dateBasis === 'context' ? ' (date from outside the article)' : ''}`,
    },
    packs:
      input.packs.length > 1
        ? input.packs.map((p) => ({
            value: p.id,
            label: p.title,
            detail: `${p.source.outlet} · ${count(p.events.length, 'event')}`,
            selected: p.id === pack.id,
          }))
        : null,
    resume: input.resume
      ? {
          heading: input.resume.shared ? 'Resume your teacher’s round?' : 'Resume your round?',
          detail: `${input.resume.setName} · ${input.resume.where} · saved ${input.resume.savedAgo}`,
          resumeLabel: 'Resume',
          discardLabel: input.resume.shared ? 'Leave it' : 'Discard',
        }
      : null,
    invite: input.invite ? inviteView(pack, input.invite) : null,
    play: { label: 'Play', detail: roundSummary(set, menu) },
    daily: {
      label: `Daily #${input.daily.number}`,
      detail: input.daily.record
        ? `Done today: ${input.daily.record.score} / 100`
        : 'The same round for everyone today',
      done: input.daily.record !== null,
    },
    options: {
      summary: `Round: ${set.shortName} · ${count(menu.questionCount, 'question')} · ${modeWords(menu.mode)}`,
      sets: pack.sets.map((s) => ({
        value: s.id,
        label: s.shortName,
        detail: `${s.description} (${eventsWords(s)})`,
        selected: s.id === set.id,
      })),
      lengths: QUESTION_COUNTS.map((n) => ({
        value: n,
        label: n === 0 ? 'None' : String(n),
        detail: n === 0 ? 'Timeline only' : count(n, 'question'),
        selected: n === menu.questionCount,
      })),
      modes: (['place', 'sort'] as const).map((mode) => ({
        value: mode,
        label: mode === 'place' ? 'One at a time' : 'Sort them all',
        detail:
          mode === 'place'
            ? 'Cards arrive one by one; place each on the line'
            : 'All cards at once; put them in order',
        selected: mode === menu.mode,
      })),
    },
    best: bestLine(pack.sets, input.best),
    steps: [
      'Place each event on the timeline: its date flips over as it lands.',
      'Answer quick questions about the article.',
      'See why, with the paragraph every answer comes from.',
    ],
  };
}

function inviteView(
  pack: Pack,
  invite: NonNullable<TitleInputs['invite']>,
): NonNullable<TitleView['invite']> {
  if (invite.kind === 'daily') {
    return {
      heading: `Daily #${invite.number}`,
      detail: `The daily round of ${formatDate(invite.dateKey)}, as someone shared it with you.`,
      startLabel: 'Play it',
      leaveLabel: 'Not now',
      asksName: false,
    };
  }
  const { config } = invite;
  const set = pack.sets.find((s) => s.id === config.setId);
  const timer = config.timerSeconds > 0 ? ` · ${config.timerSeconds} s per question` : '';
  const detail = `${set?.shortName ?? config.setId} · ${eventsWords(set, config)} · ${count(config.questionCount, 'question')} · ${modeWords(config.mode)}${timer}`;
  return invite.kind === 'shared'
    ? {
        heading: 'Your teacher’s round',
        detail,
        startLabel: 'Start the round',
        leaveLabel: 'Play my own round instead',
        asksName: true,
      }
    : {
        heading: 'A round shared with you',
        detail,
        startLabel: 'Play it',
        leaveLabel: 'Not now',
        asksName: false,
      };
}

function roundSummary(set: EventSet, menu: MenuChoice): string {
  const questions = menu.questionCount === 0 ? 'no questions' : count(menu.questionCount, 'question');
  return `${set.shortName}: ${eventsWords(set)} · ${questions}`;
}

function eventsWords(set: EventSet | undefined, config?: RoundConfig): string {
  if (!set) return config ? 'its events' : '';
  return set.deal ? `${set.deal} of ${set.events.length} events` : count(set.events.length, 'event');
}

export function modeWords(mode: RoundMode): string {
  return mode === 'place' ? 'one card at a time' : 'sort them all';
}

function bestLine(sets: readonly EventSet[], best: Readonly<Record<string, BestScore>>): string | null {
  const scored = sets.filter((s) => best[s.id]);
  if (scored.length === 0) return null;
  return `Your best: ${scored.map((s) => `${s.shortName} ${best[s.id]!.score}`).join(' · ')}`;
}
