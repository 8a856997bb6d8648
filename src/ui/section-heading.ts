import type Phaser from 'phaser';
import type { Layout } from './layout';
import { addText } from './text';
import { PALETTE } from './theme';

/**
 * A small spaced-out capital heading across the column that opens a group of panels (Settings'
 * sections, the Results review). Returns its bottom; the caller adds the space under it.
 */
export function addSectionHeading(scene: Phaser.Scene, layout: Layout, y: number, label: string): number {
  const heading = addText(scene, layout.columnLeft, y, label.toUpperCase(), {
    size: layout.text.small,
    bold: true,
    colour: PALETTE.textMuted,
    wrap: layout.column,
  }).setLetterSpacing(2);
  return y + heading.height;
}
