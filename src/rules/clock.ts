/**
 * The round clock. It belongs to the round, not to a scene, so a dialog, a hidden tab or a
 * settings panel pauses the same clock whichever screen is showing. Time comes from an
 * injected `now()` in milliseconds (`performance.now` in the game, which never jumps with the
 * wall clock), so tests drive it by hand and a saved round can resume it.
 *
 * It counts active time only: the round's elapsed time and the current question's lap both
 * stand still while any pause reason holds.
 */

/** Why the clock stands still; several may hold at once, and it runs again only when none do. */
export const PAUSE_REASONS = ['dialog', 'hidden', 'settings', 'away'] as const;
export type PauseReason = (typeof PAUSE_REASONS)[number];

/** What a saved round keeps of its clock: active time only, never a moment on a wall clock. */
export interface ClockSnapshot {
  /** Active time in the round so far. */
  elapsedMs: number;
  /** Active time on the current question so far. */
  lapMs: number;
}

export interface RoundClock {
  /** Adds a reason to stand still; adding one already held changes nothing. */
  pause(reason: PauseReason): void;
  /** Removes a reason; the clock runs again once the last one is gone. */
  resume(reason: PauseReason): void;
  readonly running: boolean;
  /** The reasons holding the clock, in the order they began. */
  readonly pausedFor: readonly PauseReason[];
  /** Active time in the round. */
  elapsedMs(): number;
  /** Active time on the current question. */
  lapMs(): number;
  /** Starts timing a new question. */
  startLap(): void;
  /** Time left on the current question under a limit; Infinity when `limitMs` is 0 (no timer). */
  remainingMs(limitMs: number): number;
  /** True once the current question has used its time; never without a limit. */
  isExpired(limitMs: number): boolean;
  snapshot(): ClockSnapshot;
}

/** A new round's clock, running unless paused for some reason from the start. */
export function createRoundClock(now: () => number, pausedFor: readonly PauseReason[] = []): RoundClock {
  return restoreRoundClock({ elapsedMs: 0, lapMs: 0 }, now, pausedFor);
}

/**
 * The clock of a saved round, carrying on from its snapshot. Time while the page was closed
 * never counts: the clock takes up where the snapshot left off, running or paused as asked.
 */
export function restoreRoundClock(
  snapshot: ClockSnapshot,
  now: () => number,
  pausedFor: readonly PauseReason[] = [],
): RoundClock {
  const reasons: PauseReason[] = [...new Set(pausedFor)];
  // Active time banked before the current run; a stored snapshot may be damaged, so no negatives.
  let banked = nonNegative(snapshot.elapsedMs);
  const lapBanked = Math.min(nonNegative(snapshot.lapMs), banked);
  let lapStartedAt = banked - lapBanked;
  let runningSince: number | null = reasons.length === 0 ? now() : null;

  // Never runs backwards, even if `now` does (a wall clock set back while the round runs).
  let latest = banked;
  const elapsedMs = (): number => {
    const current = runningSince === null ? banked : banked + now() - runningSince;
    latest = Math.max(latest, current);
    return latest;
  };

  const lapMs = (): number => elapsedMs() - lapStartedAt;

  return {
    pause(reason) {
      if (reasons.includes(reason)) return;
      if (reasons.length === 0) {
        banked = elapsedMs();
        runningSince = null;
      }
      reasons.push(reason);
    },
    resume(reason) {
      const index = reasons.indexOf(reason);
      if (index < 0) return;
      reasons.splice(index, 1);
      if (reasons.length === 0) runningSince = now();
    },
    get running() {
      return reasons.length === 0;
    },
    get pausedFor() {
      return [...reasons];
    },
    elapsedMs,
    lapMs,
    startLap() {
      lapStartedAt = elapsedMs();
    },
    remainingMs(limitMs) {
      return limitMs > 0 ? Math.max(0, limitMs - lapMs()) : Number.POSITIVE_INFINITY;
    },
    isExpired(limitMs) {
      return limitMs > 0 && lapMs() >= limitMs;
    },
    snapshot() {
      return { elapsedMs: elapsedMs(), lapMs: lapMs() };
    },
  };
}

function nonNegative(ms: number): number {
  return Number.isFinite(ms) && ms > 0 ? ms : 0;
}
