import Phaser from 'phaser';
import { addText, fitText } from './canvas-text';
import type { Metrics } from './metrics';
import type { Palette } from './palette';

export type ButtonTone = 'open' | 'right' | 'wrong' | 'right-outline' | 'dim' | 'accent';

export interface CanvasButtonOptions {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
  /** A letter or mark in a circle at the left (A, B, …). */
  badge?: string;
  size: number;
  align?: 'left' | 'center';
  onPress: () => void;
}

/**
 * A canvas button for the quiz: a press counts only when it starts and ends on the button, as a
 * click does. (x, y) is its centre. Its tone shows a verdict with colour *and* a mark.
 */
export class CanvasButton {
  readonly container: Phaser.GameObjects.Container;
  private readonly background: Phaser.GameObjects.Graphics;
  private readonly zone: Phaser.GameObjects.Zone;
  private tone: ButtonTone = 'open';
  private enabled = true;
  private pressedHere = false;
  private mark: Phaser.GameObjects.Text | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    readonly options: CanvasButtonOptions,
    private readonly m: Metrics,
    private readonly palette: Palette,
  ) {
    const { width, height } = options;
    this.background = scene.add.graphics();
    const pad = Math.round(m.body * 0.8);
    const parts: Phaser.GameObjects.GameObject[] = [this.background];
    let textLeft = -width / 2 + pad;
    if (options.badge) {
      const badge = addText(scene, -width / 2 + pad + m.body * 0.7, 0, options.badge, {
        size: m.small,
        colour: palette.text,
        bold: true,
        originX: 0.5,
        originY: 0.5,
      });
      parts.push(badge);
      textLeft += m.body * 1.4 + pad * 0.6;
    }
    const centred = options.align === 'center';
    const label = addText(scene, centred ? 0 : textLeft, 0, options.label, {
      size: options.size,
      colour: palette.text,
      bold: centred,
      wrap: centred ? width - pad * 2 : width / 2 - textLeft - pad - m.body * 1.4,
      align: centred ? 'center' : 'left',
      originX: centred ? 0.5 : 0,
      originY: 0.5,
    });
    fitText(label, height - 8, 11);
    parts.push(label);
    this.zone = scene.add.zone(0, 0, width, height).setInteractive({ useHandCursor: true });
    parts.push(this.zone);
    this.container = scene.add.container(options.x, options.y, parts);
    this.container.setSize(width, height);
    this.draw();
    this.zone.on('pointerdown', () => {
      this.pressedHere = this.enabled;
      if (this.enabled) this.container.setScale(0.97);
    });
    this.zone.on('pointerout', () => {
      this.pressedHere = false;
      this.container.setScale(1);
    });
    this.zone.on('pointerup', () => {
      this.container.setScale(1);
      if (this.enabled && this.pressedHere) options.onPress();
      this.pressedHere = false;
    });
  }

  get id(): string {
    return this.options.id;
  }

  setTone(tone: ButtonTone): void {
    if (tone === this.tone) return;
    this.tone = tone;
    this.draw();
  }

  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    this.zone.input!.enabled = enabled;
  }

  private draw(): void {
    const { width, height } = this.options;
    const { palette } = this;
    const g = this.background;
    g.clear();
    // Verdicts tint the button rather than flood it, so its words keep their contrast.
    const tint = {
      open: null,
      accent: palette.accent,
      right: palette.right,
      wrong: palette.wrong,
      'right-outline': null,
      dim: null,
    }[this.tone];
    const stroke = {
      open: palette.border,
      accent: palette.accent,
      right: palette.right,
      wrong: palette.wrong,
      'right-outline': palette.right,
      dim: palette.border,
    }[this.tone];
    g.fillStyle(this.tone === 'open' ? palette.surfaceRaised : palette.surface, 1);
    g.fillRoundedRect(-width / 2, -height / 2, width, height, 14);
    if (tint !== null) {
      g.fillStyle(tint, 0.32);
      g.fillRoundedRect(-width / 2, -height / 2, width, height, 14);
    }
    g.lineStyle(this.tone === 'open' || this.tone === 'dim' ? 2 : 4, stroke, 1);
    g.strokeRoundedRect(-width / 2, -height / 2, width, height, 14);
    if (this.options.badge) {
      g.fillStyle(this.tone === 'open' ? palette.surface : palette.background, 0.55);
      g.fillCircle(-width / 2 + Math.round(this.m.body * 0.8) + this.m.body * 0.7, 0, this.m.body * 0.8);
    }
    this.container?.setAlpha(this.tone === 'dim' ? 0.55 : 1);
  }

  /** A verdict mark (✓ or ✗) at the button's right end; null removes it. */
  setMark(mark: string | null, colour: number): void {
    this.mark?.destroy();
    this.mark = null;
    if (!mark) return;
    const { width } = this.options;
    this.mark = addText(this.scene, width / 2 - Math.round(this.m.body * 0.8), 0, mark, {
      size: Math.round(this.m.body * 1.3),
      colour,
      bold: true,
      originX: 1,
      originY: 0.5,
    });
    this.container.add(this.mark);
  }

  get bounds(): Phaser.Geom.Rectangle {
    return this.container.getBounds();
  }
}
