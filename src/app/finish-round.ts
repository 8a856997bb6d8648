import type { Pack } from '../content/schema';
import { encodeResult } from '../rules/result-code';
import { encodeRound } from '../rules/round-code';
import { shareText } from '../rules/share';
import { attemptKey, handInFor, nextAttempt, recordFinished, type HandIn } from '../state/attempts';
import type { RoundSession } from '../state/round-session';
import { recordBestScore, recordDaily, type SavedData } from '../state/storage';
import { gridOf, resultsView, type ResultsView } from '../views/results';

/**
 * What finishing a round changes, in one place: the best score, the daily record, a teacher's
 * round's attempt and result code, the share card and the results screen's description.
 * Pure but for the clock it is given, so it is tested without a browser.
 */
export function finishRound(input: {
  pack: Pack;
  session: RoundSession;
  data: SavedData;
  now: Date;
  /** The game's address without a query, for share links. */
  pageUrl: string;
}): { data: SavedData; view: ResultsView; resultCode: string | null } {
  const { pack, session, now } = input;
  const plan = session.plan;
  const result = session.result();
  const origin = session.origin;
  let data = input.data;

  const previousBest = data.best[pack.id]?.[plan.set.id]?.score ?? null;
  const newBest = origin.kind !== 'shared' && (previousBest === null || result.score > previousBest);
  if (origin.kind !== 'shared') data = recordBestScore(data, pack.id, plan.set.id, result.score, now);

  let handIn: HandIn | null = null;
  let resultCode: string | null = null;
  if (origin.kind === 'shared') {
    const key = attemptKey(pack.id, origin.roundCode, origin.playerName);
    const numbers = nextAttempt(data, key);
    const first = data.attempts[key]?.firstResult;
    resultCode = encodeResult(plan, pack, {
      roundCode: origin.roundCode,
      name: origin.playerName,
      submission: result.submission,
      answers: plan.questions.map(
        (q) => result.answers.find((a) => a.questionId === q.question.id)?.given ?? null,
      ),
      timeMs: result.timeMs,
      attempt: numbers.attempt,
      abandoned: numbers.abandoned,
    });
    handIn = handInFor(plan.config.allowRetry, numbers, resultCode, first);
    data = recordFinished(data, key, resultCode);
  }

  const grid = gridOf(plan, result);
  // The day's first go is the one that counts, as in any daily puzzle; replays do not overwrite it.
  if (origin.kind === 'daily' && !data.daily[pack.id]?.[origin.dateKey]) {
    data = recordDaily(data, pack.id, origin.dateKey, { score: result.score, grid: gridText(grid) });
  }

  const share = origin.kind === 'shared' ? null : shareFor(pack, session, input.pageUrl, grid);
  const view = resultsView({ pack, plan, result, origin, handIn, share, newBest, previousBest });
  return { data, view, resultCode };
}

function shareFor(
  pack: Pack,
  session: RoundSession,
  pageUrl: string,
  grid: ResultsView['grid'],
): { text: string; link: string } {
  const origin = session.origin;
  const url = new URL(pageUrl);
  if (origin.kind === 'daily') {
    url.searchParams.set('daily', origin.dateKey);
    url.searchParams.set('pack', pack.id);
  } else {
    url.searchParams.set(
      'play',
      origin.kind === 'challenge' ? origin.roundCode : encodeRound(session.plan.config, pack),
    );
  }
  const link = url.toString();
  const result = session.result();
  return {
    link,
    text: shareText({
      setName: session.plan.set.shortName,
      dailyNumber: origin.kind === 'daily' ? origin.number : null,
      timeline: grid.timeline,
      quiz: grid.quiz,
      score: result.score,
      link,
    }),
  };
}

/** The grid as the daily record keeps it, for the menu. */
function gridText(grid: ResultsView['grid']): string {
  return [grid.timeline, grid.quiz].map((row) => row.map((right) => (right ? '1' : '0')).join('')).join('|');
}
