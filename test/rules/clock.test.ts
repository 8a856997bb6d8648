import { describe, expect, it } from 'vitest';
import { RoundClock } from '../../src/rules/clock';

/** A hand-driven time source: `advance(ms)` moves it on. */
function manualTime(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

const LIMIT = 20_000;

describe('the round clock', () => {
  it('counts the round and the current question while it runs', () => {
    const time = manualTime();
    const clock = new RoundClock(time.now);
    time.advance(7_000);
    expect(clock.elapsedMs).toBe(7_000);
    clock.startLap();
    time.advance(3_000);
    expect(clock.elapsedMs).toBe(10_000);
    expect(clock.lapMs).toBe(3_000);
    expect(clock.remainingMs(LIMIT)).toBe(17_000);
    expect(clock.isExpired(LIMIT)).toBe(false);
    time.advance(17_000);
    expect(clock.remainingMs(LIMIT)).toBe(0);
    expect(clock.isExpired(LIMIT)).toBe(true);
  });

  it('leaves a question its time when a dialog is held open past the limit, then closed', () => {
    const time = manualTime();
    const clock = new RoundClock(time.now);
    clock.startLap();
    time.advance(5_000);
    clock.pause('dialog');
    time.advance(60_000);
    expect(clock.isExpired(LIMIT)).toBe(false);
    expect(clock.remainingMs(LIMIT)).toBe(15_000);
    clock.resume('dialog');
    expect(clock.remainingMs(LIMIT)).toBe(15_000);
    time.advance(1_000);
    expect(clock.remainingMs(LIMIT)).toBe(14_000);
    expect(clock.elapsedMs).toBe(6_000);
  });

  it('stands still while the tab is hidden', () => {
    const time = manualTime();
    const clock = new RoundClock(time.now);
    clock.startLap();
    time.advance(2_000);
    clock.pause('hidden');
    time.advance(10 * 60_000);
    clock.resume('hidden');
    expect(clock.remainingMs(LIMIT)).toBe(18_000);
    expect(clock.elapsedMs).toBe(2_000);
  });

  it('runs again only when the last of several overlapping reasons is gone', () => {
    const time = manualTime();
    const clock = new RoundClock(time.now);
    time.advance(1_000);
    clock.pause('settings');
    time.advance(1_000);
    clock.pause('hidden');
    time.advance(1_000);
    clock.resume('settings');
    expect(clock.running).toBe(false);
    expect(clock.pausedFor).toEqual(['hidden']);
    time.advance(1_000);
    expect(clock.elapsedMs).toBe(1_000);
    clock.resume('hidden');
    expect(clock.running).toBe(true);
    time.advance(1_000);
    expect(clock.elapsedMs).toBe(2_000);
  });

  it('ignores a reason paused twice or resumed without a pause', () => {
    const time = manualTime();
    const clock = new RoundClock(time.now);
    clock.pause('dialog');
    clock.pause('dialog');
    clock.resume('away');
    expect(clock.pausedFor).toEqual(['dialog']);
    clock.resume('dialog');
    expect(clock.running).toBe(true);
    time.advance(500);
    expect(clock.elapsedMs).toBe(500);
  });

  it('starts a new lap for each question without touching the round time', () => {
    const time = manualTime();
    const clock = new RoundClock(time.now);
    clock.startLap();
    time.advance(19_000);
    clock.startLap();
    expect(clock.lapMs).toBe(0);
    expect(clock.remainingMs(LIMIT)).toBe(LIMIT);
    expect(clock.elapsedMs).toBe(19_000);
  });

  it('never times out a question without a timer', () => {
    const time = manualTime();
    const clock = new RoundClock(time.now);
    time.advance(10 * 60_000);
    expect(clock.isExpired(0)).toBe(false);
    expect(clock.remainingMs(0)).toBe(Number.POSITIVE_INFINITY);
  });

  it('can start paused, and never runs backwards when the time source does', () => {
    const time = manualTime();
    const clock = new RoundClock(time.now, ['away']);
    time.advance(5_000);
    expect(clock.elapsedMs).toBe(0);
    clock.resume('away');
    time.advance(4_000);
    expect(clock.elapsedMs).toBe(4_000);
    time.advance(-3_000);
    expect(clock.elapsedMs).toBe(4_000);
    expect(clock.lapMs).toBeGreaterThanOrEqual(0);
  });
});

describe('a saved round’s clock', () => {
  it('carries on from its snapshot, not counting the time the page was closed', () => {
    const before = manualTime();
    const clock = new RoundClock(before.now);
    before.advance(30_000);
    clock.startLap();
    before.advance(8_000);
    const saved = JSON.parse(JSON.stringify(clock.snapshot()));
    expect(saved).toEqual({ elapsedMs: 38_000, lapMs: 8_000 });

    // A reload hours later: a fresh time source that starts anywhere.
    const after = manualTime(42);
    const restored = RoundClock.restore(after.now, saved);
    expect(restored.running).toBe(true);
    expect(restored.elapsedMs).toBe(38_000);
    expect(restored.remainingMs(LIMIT)).toBe(12_000);
    after.advance(2_000);
    expect(restored.remainingMs(LIMIT)).toBe(10_000);
  });

  it('resumes paused when asked, until the player comes back', () => {
    const after = manualTime();
    const restored = RoundClock.restore(after.now, { elapsedMs: 10_000, lapMs: 4_000 }, ['away']);
    after.advance(60_000);
    expect(restored.running).toBe(false);
    expect(restored.remainingMs(LIMIT)).toBe(16_000);
    restored.resume('away');
    after.advance(1_000);
    expect(restored.remainingMs(LIMIT)).toBe(15_000);
    expect(restored.elapsedMs).toBe(11_000);
  });

  it('reads a damaged snapshot as no time spent rather than negative or broken time', () => {
    const time = manualTime();
    const restored = RoundClock.restore(time.now, { elapsedMs: Number.NaN, lapMs: -5 });
    expect(restored.snapshot()).toEqual({ elapsedMs: 0, lapMs: 0 });
    const lapTooLong = RoundClock.restore(time.now, { elapsedMs: 1_000, lapMs: 9_000 });
    expect(lapTooLong.lapMs).toBe(1_000);
  });
});
