import { describe, expect, it } from 'vitest';
import type { Pack } from '../../src/content/schema';
import { finishRound } from '../../src/app/finish-round';
import { planRound } from '../../src/rules/plan';
import { decodeResult } from '../../src/rules/result-code';
import { decodeRound, encodeRound } from '../../src/rules/round-code';
import type { RoundConfig } from '../../src/rules/round-config';
import { attemptKey } from '../../src/state/attempts';
import type { RoundOrigin } from '../../src/state/round-session';
import { defaultSavedData, recordBestScore, type SavedData } from '../../src/state/storage';
import { chainPack, fixturePack, fixtureQuestion } from '../fixtures/packs';
import { fixtureRound } from '../fixtures/plan';
import { answerAll, newSession, placeAll } from '../fixtures/session';

const PAGE = 'https://newsline.example/play/';
const NOW = new Date('2026-11-29T15:00:00Z');

function pack(): Pack {
  return fixturePack(
    chainPack().events,
    ['one', 'two'].map((f) => fixtureQuestion(f)),
    'finish',
  );
}

/** A round of `config` played to the end: the timeline by pattern, then the quiz by pattern. */
function played(
  origin: RoundOrigin,
  options: { timeline?: string; quiz?: string; config?: Partial<RoundConfig>; seconds?: number } = {},
) {
  const p = pack();
  const plan = fixtureRound(p, { questionCount: 2, seed: 321, ...options.config });
  const { session, time } = newSession(plan, { origin });
  time.advance((options.seconds ?? 42.7) * 1000);
  placeAll(session, p, options.timeline ?? 'r');
  session.startQuiz();
  answerAll(session, options.quiz ?? '1');
  return { pack: p, plan, session };
}

function finish(round: ReturnType<typeof played>, data: SavedData = defaultSavedData()) {
  return finishRound({ pack: round.pack, session: round.session, data, now: NOW, pageUrl: PAGE });
}

describe('the best score', () => {
  it('is recorded for the round’s set on a first round', () => {
    const finished = finish(played({ kind: 'own' }, { quiz: '10' }));
    const score = finished.view.score;
    expect(finished.data.best.finish?.all).toEqual({ score, at: NOW.toISOString() });
    expect(finished.view.best).toBe('Your first score for All: the one to beat.');
  });

  it('only rises', () => {
    const low = played({ kind: 'own' }, { timeline: 'w', quiz: '00' });
    const high = played({ kind: 'own' }, { quiz: '11' });
    const first = finish(high);
    const second = finish(low, first.data);
    expect(second.data.best.finish?.all?.score).toBe(first.view.score);
    expect(second.view.best).toBe(`Your best for All: ${first.view.score}`);
    const third = finish(high, recordBestScore(defaultSavedData(), 'finish', 'all', 10, new Date(0)));
    expect(third.data.best.finish?.all?.score).toBe(first.view.score);
    expect(third.view.best).toBe('New best for All! (It was 10.)');
  });

  it('is not touched by a teacher’s round', () => {
    const p = pack();
    const roundCode = encodeRound(fixtureRound(p, { questionCount: 2, seed: 321 }).config, p);
    const finished = finish(played({ kind: 'shared', roundCode, playerName: 'Ada' }));
    expect(finished.data.best).toEqual({});
    expect(finished.view.best).toBeNull();
  });
});

describe('the daily round', () => {
  const daily: RoundOrigin = { kind: 'daily', number: 29, dateKey: '2026-11-29' };

  it('is recorded for its day with its score and marks', () => {
    const finished = finish(played(daily, { timeline: 'rwr', quiz: '10' }));
    expect(finished.data.daily.finish?.['2026-11-29']).toEqual({
      score: finished.view.score,
      grid: '101|10',
    });
  });

  it('shares a link to the same day of the same pack', () => {
    const finished = finish(played(daily));
    const link = new URL(finished.view.share!.link);
    expect(link.origin + link.pathname).toBe(PAGE);
    expect(link.searchParams.get('daily')).toBe('2026-11-29');
    expect(link.searchParams.get('pack')).toBe('finish');
    expect(link.searchParams.has('play')).toBe(false);
    expect(finished.view.share!.text.split('\n')[0]).toBe('Newsline #29');
    expect(finished.view.share!.text.endsWith(finished.view.share!.link)).toBe(true);
  });
});

describe('sharing a round of one’s own', () => {
  it('links a code that plays the very same round', () => {
    const round = played({ kind: 'own' }, { config: { mode: 'place', seed: 98765 } });
    const finished = finish(round);
    const link = new URL(finished.view.share!.link);
    const code = link.searchParams.get('play')!;
    expect(code).toMatch(/^NL-/);
    const decoded = decodeRound(code, [round.pack]);
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.config).toEqual(round.plan.config);
    const replanned = planRound(round.pack, decoded.config);
    if (!replanned.ok) throw new Error(replanned.error);
    expect(replanned.plan.cards.map((c) => c.id)).toEqual(round.plan.cards.map((c) => c.id));
    expect(replanned.plan.questions.map((q) => q.question.id)).toEqual(
      round.plan.questions.map((q) => q.question.id),
    );
  });

  it('never gives away an event, question or answer in the share text', () => {
    const round = played({ kind: 'own' }, { quiz: '10' });
    const text = finish(round).view.share!.text;
    for (const card of round.plan.cards) expect(text).not.toContain(card.title);
    for (const { question } of round.plan.questions) expect(text).not.toContain(question.prompt);
    expect(text.split('\n')[0]).toBe('Newsline — All');
  });

  it('a friend’s round passes on the code it came with', () => {
    const p = pack();
    const plan = fixtureRound(p, { questionCount: 2, seed: 5 });
    const code = encodeRound(plan.config, p);
    const finished = finish(played({ kind: 'challenge', roundCode: code }, { config: { seed: 5 } }));
    expect(new URL(finished.view.share!.link).searchParams.get('play')).toBe(code);
    expect(finished.resultCode).toBeNull();
    expect(finished.view.handIn).toBeNull();
  });
});

describe('a teacher’s round', () => {
  function shared(config: Partial<RoundConfig> = {}) {
    const p = pack();
    const plan = fixtureRound(p, { questionCount: 2, seed: 77, ...config });
    const roundCode = encodeRound(plan.config, p);
    const origin: RoundOrigin = { kind: 'shared', roundCode, playerName: 'Ada Lovelace' };
    return { roundCode, origin, config: { seed: 77, ...config } };
  }

  it('ends in a result code with the name, the answers and the first attempt', () => {
    const { origin, config } = shared();
    const round = played(origin, { config, quiz: '10', seconds: 95.9 });
    const finished = finish(round);
    expect(finished.view.share).toBeNull();
    expect(finished.view.handIn?.code).toBe(finished.resultCode);
    expect(finished.view.handIn?.name).toBe('Name: Ada Lovelace');
    const decoded = decodeResult(finished.resultCode!, [round.pack]);
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded).toMatchObject({ name: 'Ada Lovelace', attempt: 1, abandoned: 0 });
    expect(decoded.result.score).toBe(finished.view.score);
    expect(decoded.result.timeMs).toBe(95_000);
    expect(decoded.answers).toEqual(round.session.result().answers.map((a) => a.given));
  });

  it('counts attempts and keeps the first code', () => {
    const { origin, config } = shared();
    const first = finish(played(origin, { config }));
    const second = finish(played(origin, { config, quiz: '00' }), first.data);
    const decoded = decodeResult(second.resultCode!, [pack()]);
    expect(decoded.ok && decoded.attempt).toBe(2);
    const key = attemptKey('finish', origin.kind === 'shared' ? origin.roundCode : '', 'ada lovelace');
    expect(second.data.attempts[key]).toMatchObject({ finished: 2, firstResult: first.resultCode });
    expect(second.view.handIn?.code).toBe(second.resultCode);
  });

  it('with retries off, hands in the first finished attempt’s code', () => {
    const { origin, config } = shared({ allowRetry: false });
    const first = finish(played(origin, { config, quiz: '00' }));
    const second = finish(played(origin, { config, quiz: '11' }), first.data);
    expect(second.view.handIn?.code).toBe(first.resultCode);
    expect(second.view.handIn?.note).toMatch(/^Retries are off for this round/);
    expect(second.view.actions.map((a) => a.id)).toEqual(['menu']);
  });
});
