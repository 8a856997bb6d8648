import type { Pack } from '../content/schema';
import { dailyNumber, isDateKey, localDateKey } from '../rules/daily';
import { decodeRound } from '../rules/round-code';
import type { RoundConfig } from '../rules/round-config';

/**
 * A round someone sent: a teacher's (`?round=CODE`, asks a name and ends in a result code to
 * hand in), a friend's (`?play=CODE`, the same cards and questions, nothing to hand in), or a
 * daily round of a given day (`?daily=YYYY-MM-DD`).
 */
export type Invite =
  | { kind: 'shared'; code: string; config: RoundConfig; pack: Pack }
  | { kind: 'challenge'; code: string; config: RoundConfig; pack: Pack }
  | { kind: 'daily'; dateKey: string; number: number; pack: Pack };

export type InviteReading =
  { ok: true; invite: Invite | null } | { ok: false; problem: { heading: string; message: string } | null };

/** Reads the page's query once at start-up. A bad link explains itself and loses nothing else. */
export function readInvite(search: string, packs: readonly Pack[], today: Date): InviteReading {
  const params = new URLSearchParams(search);
  const round = params.get('round');
  const play = params.get('play');
  const daily = params.get('daily');
  if (round !== null || play !== null) {
    const kind = round !== null ? 'shared' : 'challenge';
    const decoded = decodeRound(round ?? play ?? '', packs);
    if (!decoded.ok)
      return {
        ok: false,
        problem: {
          heading: 'This round link does not work',
          message: `${decoded.message} Ask for the link again, or play a round of your own from the menu.`,
        },
      };
    return { ok: true, invite: { kind, code: decoded.code, config: decoded.config, pack: decoded.pack } };
  }
  if (daily !== null) {
    const key = daily.trim();
    const todayKey = localDateKey(today);
    if (!isDateKey(key) || key > todayKey || dailyNumber(key) < 1)
      return {
        ok: false,
        problem: {
          heading: 'This daily round link does not work',
          message:
            'The link names a day Newsline does not have a daily round for. Today’s daily round is on the menu.',
        },
      };
    const pack = packs.find((p) => p.id === params.get('pack')) ?? packs[0]!;
    return { ok: true, invite: { kind: 'daily', dateKey: key, number: dailyNumber(key), pack } };
  }
  return { ok: true, invite: null };
}
