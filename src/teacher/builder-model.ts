import type { Pack, QuestionKind } from '../content/schema';
import { revealOrder } from '../rules/order';
import { planRound, type RoundPlan } from '../rules/plan';
import { decodeRound, encodeRound } from '../rules/round-code';
import {
  configFieldProblems,
  LIMITS,
  type ConfigField,
  type RoundConfig,
  type RoundMode,
} from '../rules/round-config';
import { answerLabel } from '../rules/scoring';
import { dateLabel } from '../views/board';
import { count, formatDate } from '../views/words';

/**
 * What the round builder shows, worked out without the DOM: which field each problem belongs
 * to, the round code, the words on the assignment sheet and the answer key. The page only
 * draws what this returns.
 */

export const KIND_LABELS: Readonly<Record<QuestionKind, string>> = {
  'multiple-choice': 'Multiple choice',
  'true-false': 'True or false',
  'who-said-it': 'Who said it?',
  number: 'Type a number',
};

export const MODE_LABELS: Readonly<Record<RoundMode, { label: string; sheet: string }>> = {
  place: {
    label: 'One card at a time',
    sheet: 'Place each card on the timeline as it is dealt; its date shows as it lands.',
  },
  sort: {
    label: 'All the cards at once, to sort',
    sheet: 'Put all the cards in the order they happened, then check.',
  },
};

export interface FieldProblem {
  field: ConfigField;
  message: string;
}

export interface RoundCheck {
  /** Problems to show beside their fields. */
  fieldProblems: FieldProblem[];
  /** Problems no one field explains (a pack that cannot deal this round). */
  otherProblems: string[];
  /** The round students get; null while any problem stands. */
  plan: RoundPlan | null;
  code: string | null;
}

/**
 * Checks a config the way the game will: configFieldProblems for each field, then the two
 * things only the pack can answer (is the set there, does the seed fit a new code), then
 * planRound itself. Never throws.
 */
export function checkRound(config: RoundConfig, pack: Pack): RoundCheck {
  const fieldProblems: FieldProblem[] = configFieldProblems(config);
  const has = (field: ConfigField): boolean => fieldProblems.some((p) => p.field === field);
  if (!has('setId') && !pack.sets.some((s) => s.id === config.setId))
    fieldProblems.push({ field: 'setId', message: `this pack has no event set "${config.setId}"` });
  if (!has('seed') && config.seed > LIMITS.newSeed.max)
    fieldProblems.push({
      field: 'seed',
      message: `a new round code can carry seeds 0–${LIMITS.newSeed.max}; press “New round” for one`,
    });
  const blocked = { fieldProblems, otherProblems: [] as string[], plan: null, code: null };
  if (fieldProblems.length > 0) return blocked;
  const outcome = planRound(pack, config);
  if (!outcome.ok) return { ...blocked, otherProblems: [outcome.error] };
  try {
    return { fieldProblems, otherProblems: [], plan: outcome.plan, code: encodeRound(config, pack) };
  } catch (error) {
    return { ...blocked, otherProblems: [error instanceof Error ? error.message : String(error)] };
  }
}

/** "Question count must be 0–40." */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}${/[.!?]$/.test(trimmed) ? '' : '.'}`;
}

/** The game's address with the round, next to this page: `./?round=CODE` resolved against the page. */
export function roundLink(code: string, pageHref: string): string {
  return new URL(`./?round=${encodeURIComponent(code)}`, pageHref).href;
}

/** One line for the sheet and the preview: what the round holds. */
export function roundSummary(plan: RoundPlan): string {
  const { config } = plan;
  const questions = plan.questions.length === 0 ? 'no questions' : count(plan.questions.length, 'question');
  const timer = config.timerSeconds > 0 ? `${config.timerSeconds} seconds per question` : 'no timer';
  return `${plan.set.name}: ${count(plan.cards.length, 'card')} to put in order (${MODE_LABELS[config.mode].label.toLowerCase()}) · ${questions} · ${timer}.`;
}

/** The options a teacher chose that students notice, in words. */
export function roundRules(config: RoundConfig): string {
  return [
    config.explanationsDuringPlay ? 'Explanations after each answer' : 'Explanations only at the end',
    config.allowRetry
      ? 'students may play again (the latest finished attempt is the one to hand in)'
      : 'one attempt counts (playing again still hands in the first)',
  ].join('; ');
}

/** The same options in a student's words, for the assignment sheet. */
export function studentRules(config: RoundConfig): string {
  return [
    config.timerSeconds > 0 ? `Each question has ${config.timerSeconds} seconds.` : 'There is no time limit.',
    config.allowRetry
      ? 'You may play again: hand in the code from your latest finished round.'
      : 'Only your first finished round counts: if you play again, the game still gives you the first code to hand in.',
  ].join(' ');
}

export interface AnswerKeyCard {
  position: number;
  eventId: string;
  title: string;
  /** As the game shows it once placed, e.g. "June 2021 (27 June 2021: from outside the article)". */
  date: string;
  /** How the date is known, in the pack's words. */
  how: string;
  /** Set when the article does not settle this card's order against the one before. */
  eitherWayWithPrevious: boolean;
}

export interface AnswerKeyQuestion {
  number: number;
  questionId: string;
  prompt: string;
  kind: string;
  answer: string;
  /** The options in the order students see them; empty for typed numbers. */
  choices: string[];
}

export interface AnswerKey {
  cards: AnswerKeyCard[];
  questions: AnswerKeyQuestion[];
}

export function answerKey(plan: RoundPlan): AnswerKey {
  const ordered = revealOrder(plan.cards, plan.order);
  return {
    cards: ordered.map((event, i) => ({
      position: i + 1,
      eventId: event.id,
      title: event.title,
      date: dateLabel(event),
      how: event.dateReason,
      eitherWayWithPrevious: i > 0 && plan.order.interchangeable(ordered[i - 1]!.id, event.id),
    })),
    questions: plan.questions.map((planned, i) => ({
      number: i + 1,
      questionId: planned.question.id,
      prompt: planned.question.prompt,
      kind: KIND_LABELS[planned.question.kind],
      answer:
        planned.question.kind === 'number' && planned.question.unit
          ? `${answerLabel(planned.question)} ${planned.question.unit}`
          : answerLabel(planned.question),
      choices: planned.choices,
    })),
  };
}

export type OpenedCode =
  | { ok: true; config: RoundConfig; notice: string | null }
  | { ok: false; message: string; suggestion: string | null };

/**
 * A round code the teacher pasted or opened the page with, back into a config. When the pack
 * has changed since the code was made, the round now deals from the changed pack: say so
 * plainly, since a printed answer key may no longer match.
 */
export function openRoundCode(text: string, packs: readonly Pack[]): OpenedCode {
  const decoded = decodeRound(text, packs);
  if (!decoded.ok) return { ok: false, message: decoded.message, suggestion: decoded.suggestion ?? null };
  const title = decoded.pack.title;
  const notice = decoded.packChanged
    ? `This round was made with an earlier version of “${title}”. It now deals from this site's copy, so the cards and questions may differ from an answer key printed then: print a new one.`
    : decoded.legacy
      ? `This is an older round code of “${title}”; it opens as the same round, with all the cards at once to sort.`
      : null;
  return { ok: true, config: decoded.config, notice };
}

/** How a pack is offered: its title, then "Outlet, 27 June 2021 · 10 events" to tell packs apart. */
export function packChoice(pack: Pack): { title: string; detail: string } {
  return {
    title: pack.title,
    detail: `${pack.source.outlet}, ${formatDate(pack.source.date)} · ${count(pack.events.length, 'event')}`,
  };
}
