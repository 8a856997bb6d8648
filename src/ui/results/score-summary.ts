import type Phaser from 'phaser';
import type { Layout } from '../layout';
import { addPanel } from '../panel';
import { addText } from '../text';
import { cssColour, PALETTE } from '../theme';

export interface ScoreSummaryOptions {
  top: number;
  score: number;
  /** A word about the score (see `praise`). */
  praise: string;
  /** The best-score line (see `bestLine`); empty for none. */
  best: string;
  /** The best line announces a new best: larger and in the accent colour. */
  newBest: boolean;
  /** The figures behind the score (see `statLines`). */
  stats: readonly string[];
}

/**
 * The score panel across the column: the score, a word about it and the best so far, with the
 * figures behind it beside them on a wide screen or under them on a narrow one. Returns its bottom.
 */
export function addScoreSummary(scene: Phaser.Scene, layout: Layout, options: ScoreSummaryOptions): number {
  const { column, columnLeft, text } = layout;
  const { top, newBest } = options;
  const padding = text.body;
  const inner = column - padding * 2;
  // Side by side only where the stats column stays wide enough not to break lines into single words.
  const wide = column >= 800;
  const scoreWidth = wide ? Math.round(inner * 0.5) : inner;
  const left = columnLeft + padding;

  // The score block.
  let y = top + padding;
  addText(scene, left, y, 'YOUR SCORE', {
    size: text.small,
    bold: true,
    colour: PALETTE.textMuted,
  }).setLetterSpacing(2);
  y += text.small * 1.7;
  const score = addText(scene, left, y, `${options.score} / 100`, {
    size: Math.round(text.title * 1.4),
    bold: true,
    colour: cssColour(PALETTE.accent),
    wrap: scoreWidth,
  });
  y += score.height + text.small * 0.4;
  const praise = addText(scene, left, y, options.praise, {
    size: text.body,
    wrap: scoreWidth,
  });
  y += praise.height;
  if (options.best) {
    y += text.small * 0.5;
    const best = addText(scene, left, y, options.best, {
      size: newBest ? text.body : text.small,
      bold: newBest,
      colour: newBest ? cssColour(PALETTE.accent) : PALETTE.textMuted,
      wrap: scoreWidth,
    });
    y += best.height;
  }
  const scoreBottom = y;

  // The figures behind it: beside the score on a wide screen, under it on a narrow one.
  const statsLeft = wide ? left + scoreWidth + padding * 2 : left;
  const statsWidth = wide ? inner - scoreWidth - padding * 2 : inner;
  const statsTexts: Phaser.GameObjects.Text[] = [];
  let sy = wide ? top + padding : scoreBottom + padding * 1.5;
  for (const line of options.stats) {
    const t = addText(scene, statsLeft, sy, line, { size: text.body, wrap: statsWidth });
    statsTexts.push(t);
    sy += t.height + text.body * 0.45;
  }
  sy -= text.body * 0.45;

  let bottom: number;
  if (wide) {
    // Centre the shorter block against the taller one.
    const scoreHeight = scoreBottom - (top + padding);
    const statsHeight = sy - (top + padding);
    const shift = (scoreHeight - statsHeight) / 2;
    if (shift > 0) for (const t of statsTexts) t.y += shift;
    bottom = Math.max(scoreBottom, sy) + padding;
    const dividerX = left + scoreWidth + padding;
    scene.add
      .rectangle(dividerX, top + padding, 2, bottom - top - padding * 2, PALETTE.border)
      .setOrigin(0.5, 0);
  } else {
    const dividerY = scoreBottom + padding * 0.75;
    scene.add.rectangle(left, dividerY, inner, 2, PALETTE.border).setOrigin(0, 0.5);
    bottom = sy + padding;
  }
  addPanel(scene, { x: columnLeft, y: top, width: column, height: bottom - top }).setDepth(-1);
  return bottom;
}
