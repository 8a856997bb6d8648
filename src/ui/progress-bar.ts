import Phaser from 'phaser';
import { addText } from './text';
import { PALETTE } from './theme';

export interface ProgressBar {
  set(fraction: number, label?: string): void;
}

/** A bar with a percentage read-out; (x, y) is the centre of the bar. */
export function addProgressBar(
  scene: Phaser.Scene,
  x: number,
  y: number,
  width: number,
  fontSize: number,
): ProgressBar {
  const height = Math.max(14, fontSize * 0.8);
  scene.add
    .rectangle(x, y, width, height, PALETTE.surface)
    .setStrokeStyle(2, PALETTE.border)
    .setRounded(height / 2);
  const fill = scene.add
    .rectangle(x - width / 2, y, 0, height - 4, PALETTE.accent)
    .setOrigin(0, 0.5)
    .setRounded((height - 4) / 2);
  const caption = addText(scene, x, y + height, '', {
    size: fontSize,
    colour: PALETTE.textMuted,
    originX: 0.5,
    align: 'center',
  });
  return {
    set(fraction, label) {
      const clamped = Math.max(0, Math.min(1, fraction));
      fill.width = Math.max(0, (width - 4) * clamped);
      caption.setText(label ?? `${Math.round(clamped * 100)}%`);
    },
  };
}
