import type { Layout } from '../layout';

/**
 * Where the quiz screen's columns go and how far it scrolls after an answer: plain numbers,
 * no Phaser, so the rules for both are unit-tested in Node.
 */

/** Widest the quiz column gets: long option lines are hard to read across a laptop screen. */
const MAX_COLUMN = 720;
/** Question and verdict side by side on a wide screen. */
const SPLIT_COLUMN = 1160;

export interface QuizColumns {
  /** Question and verdict side by side (answered, on a wide landscape screen). */
  split: boolean;
  /** Left edge and width of the whole quiz area. */
  left: number;
  full: number;
  /** Width of one column: the whole area, or half of it less the gap when split. */
  width: number;
  /** Left edge of the verdict: beside the question when split, under it otherwise. */
  feedbackLeft: number;
}

/** The space between blocks (prompt, quote, options, verdict). */
export function quizGap(layout: Layout): number {
  return Math.round(layout.margin * 0.75);
}

export function quizColumns(layout: Layout, answered: boolean): QuizColumns {
  // On a wide landscape screen the verdict sits beside the question instead of below it.
  const split = answered && layout.width >= 960 && layout.width > layout.height;
  const full = Math.min(layout.column, split ? SPLIT_COLUMN : MAX_COLUMN);
  const left = (layout.width - full) / 2;
  const columnGap = layout.margin * 1.5;
  const width = split ? (full - columnGap) / 2 : full;
  return { split, left, full, width, feedbackLeft: split ? left + width + columnGap : left };
}

/** Where the answered screen's parts are, to bring the verdict into view after answering. */
export interface FeedbackArea {
  /** Question and verdict side by side: both start under the bar, nothing needs scrolling. */
  split: boolean;
  bottom: number;
  headingBottom: number;
  /** Scrolling no further than this keeps the options in sight under the bar. */
  keepInView: number;
  /** Where the pinned footer starts, on screen. */
  visibleBottom: number;
  /** Scroll positions that put the top of a block just under the bar. */
  stops: number[];
  /** How far the screen scrolls at most. */
  scrollLimit: number;
}

/**
 * After answering, where to scroll to show the whole verdict, but not so far that the options
 * (and the marks on them) leave the screen; at the least its headline comes into view. The
 * scroll stops at the top of a block (quote, option, verdict), so no line is left sliced under
 * the bar. Side by side, both columns start under the bar and nothing scrolls: null, as when
 * the verdict is already in view.
 */
export function feedbackScroll(area: FeedbackArea): number | null {
  if (area.split) return null;
  const whole = area.bottom - area.visibleBottom;
  const atLeast = area.headingBottom - area.visibleBottom;
  const wanted = Math.max(atLeast, Math.min(whole, area.keepInView));
  if (wanted <= 0) return null;
  // Stops the scroll can reach that still show the headline: the first at or past the wanted
  // position, else the last before it.
  const usable = area.stops.filter((s) => s >= atLeast && s <= area.scrollLimit);
  const after = usable.filter((s) => s >= wanted);
  return after.length > 0 ? Math.min(...after) : usable.length > 0 ? Math.max(...usable) : wanted;
}
