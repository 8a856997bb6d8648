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

export class RoundClock {
  private readonly reasons: PauseReason[];
  /** Active time banked before the current run. */
  private banked: number;
  /** Where on the active time line the current question began. */
  private lapStartedAt: number;
  private runningSince: number | null;
  /** The most elapsed time ever reported, so the clock never runs backwards even if `now` does. */
  private latest: number;

  /** A new round's clock, running unless paused for some reason from the start. */
  constructor(
    private readonly now: () => number,
    pausedFor: readonly PauseReason[] = [],
    from: ClockSnapshot = { elapsedMs: 0, lapMs: 0 },
  ) {
    this.reasons = [...new Set(pausedFor)];
    // A stored snapshot may be damaged: no negative or broken times, no lap longer than the round.
    this.banked = nonNegative(from.elapsedMs);
    this.lapStartedAt = this.banked - Math.min(nonNegative(from.lapMs), this.banked);
    this.latest = this.banked;
    this.runningSince = this.reasons.length === 0 ? now() : null;
  }

  /**
   * The clock of a saved round, carrying on from its snapshot. Time while the page was closed
   * never counts: it takes up where the snapshot left off, running or paused as asked.
   */
  static restore(
    now: () => number,
    snapshot: ClockSnapshot,
    pausedFor: readonly PauseReason[] = [],
  ): RoundClock {
    return new RoundClock(now, pausedFor, snapshot);
  }

  /** Adds a reason to stand still; adding one already held changes nothing. */
  pause(reason: PauseReason): void {
    if (this.reasons.includes(reason)) return;
    if (this.reasons.length === 0) {
      this.banked = this.elapsedMs;
      this.runningSince = null;
    }
    this.reasons.push(reason);
  }

  /** Removes a reason; the clock runs again once the last one is gone. */
  resume(reason: PauseReason): void {
    const index = this.reasons.indexOf(reason);
    if (index < 0) return;
    this.reasons.splice(index, 1);
    if (this.reasons.length === 0) this.runningSince = this.now();
  }

  get running(): boolean {
    return this.reasons.length === 0;
  }

  /** The reasons holding the clock, in the order they began. */
  get pausedFor(): readonly PauseReason[] {
    return [...this.reasons];
  }

  /** Active time in the round. */
  get elapsedMs(): number {
    const current = this.runningSince === null ? this.banked : this.banked + this.now() - this.runningSince;
    this.latest = Math.max(this.latest, current);
    return this.latest;
  }

  /** Active time on the current question. */
  get lapMs(): number {
    return this.elapsedMs - this.lapStartedAt;
  }

  /** Starts timing a new question. */
  startLap(): void {
    this.lapStartedAt = this.elapsedMs;
  }

  /** Time left on the current question under a limit; Infinity when `limitMs` is 0 (no timer). */
  remainingMs(limitMs: number): number {
    return limitMs > 0 ? Math.max(0, limitMs - this.lapMs) : Number.POSITIVE_INFINITY;
  }

  /** True once the current question has used its time; never without a limit. */
  isExpired(limitMs: number): boolean {
    return limitMs > 0 && this.lapMs >= limitMs;
  }

  snapshot(): ClockSnapshot {
    return { elapsedMs: this.elapsedMs, lapMs: this.lapMs };
  }
}

function nonNegative(ms: number): number {
  return Number.isFinite(ms) && ms > 0 ? ms : 0;
}
