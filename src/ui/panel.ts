import Phaser from 'phaser';
import { PALETTE } from './theme';

export interface PanelOptions {
  x: number;
  y: number;
  width: number;
  height: number;
  fill?: number;
  stroke?: number;
  radius?: number;
}

/** A rounded surface; (x, y) is its top-left corner, as panels are laid out in columns. */
export function addPanel(scene: Phaser.Scene, options: PanelOptions): Phaser.GameObjects.Rectangle {
  return scene.add
    .rectangle(options.x, options.y, options.width, options.height, options.fill ?? PALETTE.surface)
    .setOrigin(0, 0)
    .setStrokeStyle(2, options.stroke ?? PALETTE.border)
    .setRounded(options.radius ?? 14);
}
