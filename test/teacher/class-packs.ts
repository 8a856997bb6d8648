import CRC32 from 'crc-32';
import { QUESTION_KINDS, type Pack } from '../../src/content/schema';
import { legacyPlanFingerprint } from '../../src/rules/fingerprint';
import { planRound, type RoundPlan } from '../../src/rules/plan';
import { revealOrder } from '../../src/rules/order';
import { encodeResult } from '../../src/rules/result-code';
import type { TimelineSubmission } from '../../src/rules/result';
import { encodeRound, fromBase64Url, LEGACY_PACK_ID, toBase64Url } from '../../src/rules/round-code';
import { defaultRound, type RoundConfig } from '../../src/rules/round-config';
import { answerLabel } from '../../src/rules/scoring';
import { fixtureEvent, fixturePack, questionOfKind, withSets } from '../fixtures/packs';

/**
 * A class's packs and result codes for the teacher tests: small packs written for them (never
 * the article's content), codes made the way the game makes them, and `NLR1-` codes made the
 * way the first version of Newsline did.
 */

/** Every kind, in the order a code's kind bits count them. */
const KINDS = QUESTION_KINDS;

/** Seven events in a strict chain (so every pair is judged), twelve questions of every kind, sets of 4 and 7. */
export function classPack(
  id: string,
  title = `Pack ${id}`,
  setIds: [string, string] = ['four', 'seven'],
): Pack {
  const dates = ['2010', '2011', '2012-03', '2013', '2014-06-01', '2015', '2016'];
  const events = dates.map((date, i) =>
    fixtureEvent(`${id}-e${i}`, date, undefined, { title: `${title} event ${i}` }),
  );
  const questions = Array.from({ length: 12 }, (_, i) =>
    questionOfKind(KINDS[i % 4]!, `${id}-q${i}`, `${id}-fact-${i}`, { difficulty: (i % 3) + 1 }),
  );
  const ids = events.map((e) => e.id);
  const pack = withSets(fixturePack(events, questions, id), [
    { id: setIds[0], name: 'Four cards', events: ids.slice(0, 4) },
    { id: setIds[1], name: 'Seven cards', events: ids },
  ]);
  return { ...pack, title };
}

export function planFor(pack: Pack, config: RoundConfig): RoundPlan {
  const outcome = planRound(pack, config);
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.plan;
}

export function roundOf(pack: Pack, overrides: Partial<RoundConfig> = {}): RoundConfig {
  return { ...defaultRound(pack, 7), questionCount: 4, ...overrides };
}

export function rightOrder(plan: RoundPlan): string[] {
  return revealOrder(plan.cards, plan.order).map((c) => c.id);
}

/** Every card placed where it belongs: each gap is the card's place among those already on the line. */
export function rightGaps(plan: RoundPlan): number[] {
  const order = rightOrder(plan);
  const line = [plan.cards[0]!.id];
  return plan.cards.slice(1).map((card) => {
    const gap = line.filter((id) => order.indexOf(id) < order.indexOf(card.id)).length;
    line.splice(gap, 0, card.id);
    return gap;
  });
}

export function rightAnswer(plan: RoundPlan, i: number): string {
  return answerLabel(plan.questions[i]!.question);
}

export function wrongAnswer(plan: RoundPlan, i: number): string {
  const q = plan.questions[i]!;
  if (q.question.kind === 'number') return String(q.question.answer + 1);
  return q.choices.find((c) => c !== answerLabel(q.question))!;
}

export interface HandIn {
  name: string;
  answers?: (string | null)[];
  submission?: TimelineSubmission;
  timeMs?: number;
  attempt?: number;
  abandoned?: number;
}

/** A result code as the game makes it at the end of a teacher's round; by default every answer right. */
export function resultCode(pack: Pack, config: RoundConfig, handIn: HandIn): string {
  const plan = planFor(pack, config);
  const submission: TimelineSubmission =
    handIn.submission ??
    (config.mode === 'place'
      ? { mode: 'place', gaps: rightGaps(plan) }
      : { mode: 'sort', order: rightOrder(plan) });
  return encodeResult(plan, pack, {
    roundCode: encodeRound(config, pack),
    name: handIn.name,
    submission,
    answers: handIn.answers ?? plan.questions.map((_, i) => rightAnswer(plan, i)),
    timeMs: handIn.timeMs ?? 60_000,
    attempt: handIn.attempt ?? 1,
    abandoned: handIn.abandoned ?? 0,
  });
}

/** The legacy pack: the article pack's id, so version-1 codes can be for it. */
export function legacyClassPack(): Pack {
  return classPack(LEGACY_PACK_ID, 'Legacy pack', ['core', 'medium']);
}

/** A version-1 round code, byte for byte as the first Newsline made them. */
export function legacyRoundCode(config: RoundConfig): string {
  const setId = [...new TextEncoder().encode(config.setId)];
  const kinds = KINDS.reduce(
    (mask, kind, bit) => (config.kinds.includes(kind) ? mask | (1 << bit) : mask),
    0,
  );
  const body = [
    1,
    setId.length,
    ...setId,
    config.questionCount,
    kinds,
    (config.difficulty.min << 4) | config.difficulty.max,
    config.timerSeconds,
    (config.explanationsDuringPlay ? 1 : 0) | (config.allowRetry ? 2 : 0),
    (config.seed >>> 24) & 0xff,
    (config.seed >>> 16) & 0xff,
    (config.seed >>> 8) & 0xff,
    config.seed & 0xff,
  ];
  const crc = CRC32.buf(Uint8Array.from(body)) >>> 0;
  return toBase64Url(Uint8Array.from([...body, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff]));
}

/**
 * A version-1 result code (`NLR1-`) for a sort round of the legacy pack, every answer right:
 * the order as card indexes into plan.cards, each answer as its option's index.
 */
export function legacyResultCode(
  pack: Pack,
  config: RoundConfig,
  handIn: { name: string; order?: string[]; seconds: number; attempt: number },
): string {
  const plan = planFor(pack, { ...config, mode: 'sort' });
  const roundBytes = [...fromBase64Url(legacyRoundCode(config))!];
  const name = [...new TextEncoder().encode(handIn.name)];
  const print = legacyPlanFingerprint(plan);
  const order = (handIn.order ?? rightOrder(plan)).map((id) => plan.cards.findIndex((c) => c.id === id));
  const answers = plan.questions.flatMap((q) =>
    q.question.kind === 'number'
      ? [(q.question.answer >> 8) & 0xff, q.question.answer & 0xff]
      : [q.choices.indexOf(answerLabel(q.question))],
  );
  const s = handIn.seconds;
  const body = [
    1,
    roundBytes.length,
    ...roundBytes,
    print >> 8,
    print & 0xff,
    name.length,
    ...name,
    order.length,
    ...order,
    plan.questions.length,
    ...answers,
    s >>> 24,
    (s >>> 16) & 0xff,
    (s >>> 8) & 0xff,
    s & 0xff,
    handIn.attempt,
  ];
  const crc = CRC32.buf(Uint8Array.from(body)) >>> 0;
  return `NLR1-${toBase64Url(Uint8Array.from([...body, crc >>> 24, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff]))}`;
}
