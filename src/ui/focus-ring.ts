import Phaser from 'phaser';
import { PALETTE } from './theme';

export interface FocusTarget {
  /** World-space bounds of the focused thing. */
  bounds: Phaser.Geom.Rectangle;
  /** True when it stays put while the scene scrolls. */
  pinned: boolean;
}

/**
 * The visible sign of keyboard focus on the canvas. Keyboard focus itself lives in the DOM
 * layer; this draws a thick ring (colour and shape, so it shows in every palette) around the
 * canvas thing that mirrors the focused element.
 */
export class FocusRing {
  private graphics: Phaser.GameObjects.Graphics | null = null;

  constructor(private readonly scene: Phaser.Scene) {}

  show(target: FocusTarget | null): void {
    this.graphics?.destroy();
    this.graphics = null;
    if (!target) return;
    const { bounds } = target;
    const pad = 4;
    const graphics = this.scene.add.graphics();
    graphics.lineStyle(4, PALETTE.focus, 1);
    graphics.strokeRoundedRect(
      bounds.x - pad,
      bounds.y - pad,
      bounds.width + pad * 2,
      bounds.height + pad * 2,
      12,
    );
    graphics.lineStyle(2, 0x000000, 1);
    graphics.strokeRoundedRect(
      bounds.x - pad - 3,
      bounds.y - pad - 3,
      bounds.width + pad * 2 + 6,
      bounds.height + pad * 2 + 6,
      14,
    );
    graphics.setDepth(200);
    if (target.pinned) graphics.setScrollFactor(0);
    this.graphics = graphics;
  }
}
