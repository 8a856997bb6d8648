import type Phaser from 'phaser';
import type { Layout } from '../layout';
import { addPanel } from '../panel';
import type { FeedbackLine } from './quiz-text';
import { addText } from '../text';
import { PALETTE } from '../theme';

export interface FeedbackPanelOptions {
  /** The verdict in one line (see `verdictLine`). */
  headline: string;
  /** What follows it: explanation, paragraph digests, context note (see `feedbackLines`). */
  lines: readonly FeedbackLine[];
  /** Edges the panel in the verdict's colour. */
  correct: boolean;
  /** Top-left corner and width of the panel. */
  left: number;
  top: number;
  width: number;
}

/**
 * The verdict after an answer: its headline, then the lines under it, on a surface edged in
 * the verdict's colour. Returns its bottom and the headline's, so the scene can scroll to at
 * least the headline.
 */
export function addFeedbackPanel(
  scene: Phaser.Scene,
  layout: Layout,
  options: FeedbackPanelOptions,
): { bottom: number; headingBottom: number } {
  const { text } = layout;
  const { left, top, width } = options;
  const padding = text.body;
  const inner = width - padding * 2;
  let y = top + padding;
  const heading = addText(scene, left + padding, y, options.headline, {
    size: Math.round(text.body * 1.2),
    bold: true,
    wrap: inner,
  });
  y += heading.height;
  const headingBottom = y;
  for (const line of options.lines) {
    y += Math.round(text.body * 0.6);
    const shown = addText(scene, left + padding, y, line.content, {
      size: line.small ? text.small : text.body,
      colour: line.muted ? PALETTE.textMuted : PALETTE.text,
      wrap: inner,
    });
    y += shown.height;
  }
  y += padding;
  const colour = options.correct ? PALETTE.right : PALETTE.wrong;
  addPanel(scene, { x: left, y: top, width, height: y - top, fill: PALETTE.surface, stroke: colour })
    .setStrokeStyle(3, colour)
    .setDepth(-1);
  return { bottom: y, headingBottom };
}

/** What became of a problem report, under the verdict (see `reportMessage`). Returns its bottom. */
export function addReportNote(
  scene: Phaser.Scene,
  layout: Layout,
  options: { message: string; copied: boolean; left: number; top: number; width: number },
): number {
  const { top } = options;
  const shown = addText(scene, options.left, top, options.message, {
    size: layout.text.small,
    colour: options.copied ? PALETTE.text : PALETTE.textMuted,
    wrap: options.width,
  });
  return top + shown.height;
}
