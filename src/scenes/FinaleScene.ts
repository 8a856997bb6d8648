import Phaser from 'phaser';
import type { FinaleView } from '../app/stage';
import { addText } from '../ui/canvas-text';
import { VERDICT } from '../views/words';
import { PlayScene, type Bounds } from './play-scene';

/** Made once when the engine starts (see engine.ts), so a celebration allocates nothing new. */
export const CONFETTI_TEXTURE = 'confetti';

/**
 * The top of the results: the score counts up, the grid of marks turns over square by square,
 * and a perfect round celebrates. Under reduced motion it simply shows the end state.
 */
export class FinaleScene extends PlayScene {
  private finale!: FinaleView;
  /** The count-up and the celebration happen once per result, not again on a resize. */
  private played = false;

  constructor() {
    super('Finale');
  }

  protected override enter(data: unknown): void {
    this.finale = (data as { finale: FinaleView }).finale;
    this.played = false;
  }

  protected build(): void {
    const { m, palette } = this;
    const { score, grid, perfect } = this.finale;
    const animate = !this.played && !this.reducedMotion;
    const size = Math.min(m.height * 0.42, m.width * 0.22, 120);
    const scoreText = addText(this, m.width / 2, m.height * 0.32, animate ? '0' : String(score), {
      size,
      colour: perfect ? palette.accent : palette.text,
      bold: true,
      originX: 0.5,
      originY: 0.5,
    });
    addText(this, m.width / 2, m.height * 0.32 + size * 0.62, 'out of 100', {
      size: m.small,
      colour: palette.textMuted,
      originX: 0.5,
      originY: 0.5,
    });

    const rows = [grid.timeline, grid.quiz].filter((row) => row.length > 0);
    const longest = Math.max(1, ...rows.map((r) => r.length));
    const square = Math.min(28, (m.width - m.margin * 2) / (longest * 1.25));
    const squares: Phaser.GameObjects.Container[] = [];
    rows.forEach((row, r) => {
      const y = m.height * 0.72 + r * (square * 1.3);
      const rowWidth = row.length * square * 1.25 - square * 0.25;
      row.forEach((right, i) => {
        const x = m.width / 2 - rowWidth / 2 + i * square * 1.25 + square / 2;
        // A mark in every square: right and wrong are never told by colour alone.
        const fill = this.add.rectangle(0, 0, square, square, right ? palette.right : palette.wrong);
        fill.setStrokeStyle(2, palette.background);
        const mark = addText(this, 0, 0, right ? VERDICT.right.icon : VERDICT.wrong.icon, {
          size: Math.round(square * 0.62),
          colour: palette.text,
          bold: true,
          originX: 0.5,
          originY: 0.5,
        });
        squares.push(this.add.container(x, y, [fill, mark]));
      });
    });

    if (!animate) {
      if (perfect && !this.played && !this.reducedMotion) this.celebrate();
      this.played = true;
      return;
    }
    squares.forEach((rect, i) => {
      rect.setScale(0, 1);
      this.tweens.add({ targets: rect, scaleX: 1, duration: 140, delay: 250 + i * 70, ease: 'Back.Out' });
    });
    const counter = { value: 0 };
    let shown = 0;
    this.tweens.add({
      targets: counter,
      value: score,
      duration: 300 + score * 12,
      ease: 'Cubic.Out',
      onUpdate: () => {
        const now = Math.round(counter.value);
        if (now === shown) return;
        // One blip every few points, so the count is heard without a buzz.
        if (Math.floor(now / 7) !== Math.floor(shown / 7)) this.bridge.play('count');
        shown = now;
        scoreText.setText(String(now));
      },
      onComplete: () => {
        // Only now: a rebuild (the page settling its layout) before this starts the count-up again.
        this.played = true;
        scoreText.setText(String(score));
        this.tweens.add({ targets: scoreText, scale: 1.12, duration: 160, yoyo: true, ease: 'Sine.Out' });
        if (perfect) this.celebrate();
        else this.bridge.play('complete');
      },
    });
  }

  /** Confetti and a fanfare for a perfect round. */
  private celebrate(): void {
    const { m, palette } = this;
    this.bridge.play('celebrate');
    const colours = [palette.accent, palette.right, palette.either, palette.line, palette.wrong];
    const emitter = this.add.particles(m.width / 2, -10, CONFETTI_TEXTURE, {
      x: { min: -m.width / 2, max: m.width / 2 },
      speedY: { min: 120, max: 320 },
      speedX: { min: -80, max: 80 },
      rotate: { min: 0, max: 360 },
      lifespan: 2200,
      gravityY: 200,
      quantity: 4,
      frequency: 40,
      tint: colours,
      emitting: true,
    });
    this.bridge.gate.hold('confetti');
    setTimeout(() => emitter.active && emitter.stop(), 1400);
    setTimeout(() => {
      this.bridge.gate.release('confetti');
      if (emitter.active) emitter.destroy();
    }, 3800);
  }

  protected boundsOf(): Bounds | null {
    return null;
  }

  protected override readout(): Record<string, unknown> {
    return { score: this.finale.score, perfect: this.finale.perfect };
  }
}
