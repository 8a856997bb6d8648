import type { RenderGate } from './render-gate';

const TAP_SLOP = 8;
/** A finger that rested this long before lifting lets go without a flick. */
const HOLD_STILL_MS = 200;
/** Share of the speed kept per 16 ms frame after a flick. */
const FRICTION = 0.94;

/**
 * Vertical scrolling for a canvas list, as a finger expects it: drag to scroll, and a flick
 * keeps going and slows down. Pure arithmetic around an `apply` callback; it keeps the render
 * gate awake only while it moves.
 */
export class Scroller {
  offset = 0;
  private limit = 0;
  private grabbed: { y: number; offset: number; moved: boolean } | null = null;
  private samples: Array<{ y: number; t: number }> = [];
  private frame: number | null = null;

  constructor(
    private readonly gate: RenderGate,
    private readonly apply: (offset: number) => void,
  ) {}

  setLimit(limit: number): void {
    this.limit = Math.max(0, limit);
    if (this.offset > this.limit) this.to(this.limit);
  }

  to(offset: number): void {
    this.offset = Math.max(0, Math.min(this.limit, offset));
    this.apply(this.offset);
    this.gate.wake();
  }

  /** Moves by `delta`; false when the line is already at that end (nothing moved). */
  by(delta: number): boolean {
    this.stop();
    const before = this.offset;
    this.to(this.offset + delta);
    return this.offset !== before;
  }

  /** Moves smoothly to an offset (to bring a card into view). */
  glide(target: number): void {
    this.stop();
    const goal = Math.max(0, Math.min(this.limit, target));
    const step = (): void => {
      const next = this.offset + (goal - this.offset) * 0.25;
      if (Math.abs(goal - next) < 0.5) {
        this.to(goal);
        this.stop();
        return;
      }
      this.to(next);
      this.frame = requestAnimationFrame(step);
    };
    this.gate.hold('scroll');
    this.frame = requestAnimationFrame(step);
  }

  grab(y: number): void {
    this.stop();
    this.grabbed = { y, offset: this.offset, moved: false };
    this.samples = [{ y, t: performance.now() }];
  }

  move(y: number): void {
    const grabbed = this.grabbed;
    if (!grabbed) return;
    if (!grabbed.moved && Math.abs(y - grabbed.y) < TAP_SLOP) return;
    grabbed.moved = true;
    this.to(grabbed.offset - (y - grabbed.y));
    const now = performance.now();
    this.samples.push({ y, t: now });
    this.samples = this.samples.filter((s) => now - s.t < 100);
  }

  /** Ends a drag; returns true when it never moved (a tap). A flick keeps gliding. */
  release(): boolean {
    const grabbed = this.grabbed;
    this.grabbed = null;
    if (!grabbed) return false;
    if (!grabbed.moved) return true;
    // Only a finger still moving when it lifts flicks: one held still first just lets go.
    const now = performance.now();
    const last = this.samples[this.samples.length - 1];
    if (!last || now - last.t > HOLD_STILL_MS) return false;
    const recent = this.samples.filter((s) => last.t - s.t < 100);
    const first = recent[0];
    if (!first || last.t - first.t < 10) return false;
    let velocity = -((last.y - first.y) / (last.t - first.t)) * 16;
    const step = (): void => {
      velocity *= FRICTION;
      const before = this.offset;
      this.to(this.offset + velocity);
      if (Math.abs(velocity) < 0.3 || this.offset === before) {
        this.stop();
        return;
      }
      this.frame = requestAnimationFrame(step);
    };
    this.gate.hold('scroll');
    this.frame = requestAnimationFrame(step);
    return false;
  }

  /** Ends any glide or flick in progress. */
  stop(): void {
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.frame = null;
    this.gate.release('scroll');
  }
}
