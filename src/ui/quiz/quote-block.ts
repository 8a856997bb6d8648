import type Phaser from 'phaser';
import type { Layout } from '../layout';
import { addPanel } from '../panel';
import { addText } from '../text';
import { PALETTE } from '../theme';

export interface QuoteBlockOptions {
  text: string;
  /** Who said it; null to keep the speaker back (in a who-said-it question, the speaker is the answer). */
  speaker: string | null;
  /** Top-left corner and width of the block. */
  left: number;
  top: number;
  width: number;
}

/** A quotation on a surface, in italics with a bar down its left edge. Returns its bottom. */
export function addQuoteBlock(scene: Phaser.Scene, layout: Layout, options: QuoteBlockOptions): number {
  const { left, top, width } = options;
  const padding = layout.text.body;
  const inner = width - padding * 2;
  let y = top + padding;
  const body = addText(scene, left + padding, y, `“${options.text}”`, {
    size: layout.text.body,
    wrap: inner,
  }).setFontStyle('italic');
  y += body.height;
  if (options.speaker !== null) {
    y += layout.text.small * 0.5;
    const speaker = addText(scene, left + padding, y, `— ${options.speaker}`, {
      size: layout.text.small,
      colour: PALETTE.textMuted,
      wrap: inner,
    });
    y += speaker.height;
  }
  y += padding;
  addPanel(scene, { x: left, y: top, width, height: y - top, fill: PALETTE.surface }).setDepth(-1);
  // A bar down the left edge marks it as a quotation.
  scene.add
    .rectangle(left + 3, top + padding * 0.6, 4, y - top - padding * 1.2, PALETTE.accent)
    .setOrigin(0, 0);
  return y;
}
