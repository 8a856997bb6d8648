import Phaser from 'phaser';
import type { CardView } from '../views/board';
import { VERDICT } from '../views/words';
import { addText } from './canvas-text';
import type { Metrics } from './metrics';
import type { Palette } from './palette';

/** How a card looks: at rest, picked up by a tap, lifted by a drag. */
export type CardPose = 'rest' | 'selected' | 'lifted';

/** Full cards show their clue (or, once dated, how we know); compact ones just title and date. */
export type CardDetail = 'full' | 'compact';

/**
 * A timeline card drawn from a CardView: icon, title, clue, and once it is on the line its date
 * and verdict. Built once and updated; `destroy` frees every texture it made.
 */
export class EventCard {
  readonly container: Phaser.GameObjects.Container;
  private view: CardView;
  private detail: CardDetail;
  private pose: CardPose = 'rest';
  private parts: Phaser.GameObjects.GameObject[] = [];
  private heightValue = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    view: CardView,
    detail: CardDetail,
    private readonly m: Metrics,
    private readonly palette: Palette,
  ) {
    this.view = view;
    this.detail = detail;
    this.container = scene.add.container(0, 0);
    this.container.setData('cardId', view.id);
    this.build();
  }

  get id(): string {
    return this.view.id;
  }

  get height(): number {
    return this.heightValue;
  }

  get width(): number {
    return this.m.cardWidth;
  }

  /** Redraws when what the card says changed; returns true if it did. */
  update(view: CardView, detail: CardDetail): boolean {
    const same =
      view.date === this.view.date &&
      view.verdict === this.view.verdict &&
      view.title === this.view.title &&
      detail === this.detail;
    this.view = view;
    this.detail = detail;
    if (same) return false;
    this.build();
    return true;
  }

  setPose(pose: CardPose): void {
    if (pose === this.pose) return;
    this.pose = pose;
    this.build();
  }

  private clear(): void {
    for (const part of this.parts) part.destroy();
    this.parts = [];
    this.container.removeAll(false);
  }

  private build(): void {
    this.clear();
    const { m, palette, view } = this;
    const width = m.cardWidth;
    const pad = Math.round(m.body * 0.7);
    const iconSize = Math.round(m.body * (this.detail === 'full' ? 2.1 : 1.6));
    const textX = -width / 2 + pad + iconSize + pad;
    const dated = view.date !== null;
    const verdictWidth = Math.round(m.small * 6.2);
    const textWidth = width / 2 - pad - textX;

    const title = addText(this.scene, textX, 0, view.title, {
      size: m.body,
      colour: palette.text,
      bold: true,
      // Room on the right for the verdict tag.
      wrap: textWidth - (view.verdict ? verdictWidth : 0),
    });
    const lines: Phaser.GameObjects.Text[] = [title];
    if (dated) {
      const date = addText(this.scene, textX, 0, view.date!, {
        size: m.small,
        colour: palette.accent,
        bold: true,
        wrap: textWidth,
      });
      lines.push(date);
    }
    if (this.detail === 'full') {
      const second = dated ? view.dateReason : view.clue;
      if (second)
        lines.push(
          addText(this.scene, textX, 0, second, {
            size: m.small,
            colour: palette.textMuted,
            wrap: textWidth,
          }),
        );
    }
    const textHeight = lines.reduce((sum, t) => sum + t.height, 0) + (lines.length - 1) * 3;
    const height = Math.max(iconSize + pad * 2, textHeight + pad * 2, this.m.touch);
    this.heightValue = height;
    let y = -textHeight / 2;
    for (const line of lines) {
      line.setY(y);
      y += line.height + 3;
    }

    const verdictColour =
      view.verdict === 'right'
        ? palette.right
        : view.verdict === 'wrong'
          ? palette.wrong
          : view.verdict === 'either'
            ? palette.either
            : null;
    const stroke =
      this.pose === 'selected'
        ? palette.accent
        : this.pose === 'lifted'
          ? palette.focus
          : (verdictColour ?? palette.border);
    const background = this.scene.add.graphics();
    background.fillStyle(this.pose === 'lifted' ? palette.surfaceRaised : palette.surface, 1);
    background.fillRoundedRect(-width / 2, -height / 2, width, height, 12);
    if (verdictColour !== null) {
      background.fillStyle(verdictColour, 1);
      background.fillRoundedRect(-width / 2, -height / 2, 8, height, { tl: 12, bl: 12, tr: 0, br: 0 });
    }
    background.lineStyle(this.pose === 'rest' ? 2 : 4, stroke, 1);
    background.strokeRoundedRect(-width / 2, -height / 2, width, height, 12);

    const iconKey = `icon-${view.icon}`;
    const icon = this.scene.textures.exists(iconKey)
      ? this.scene.add
          .image(-width / 2 + pad + iconSize / 2, 0, iconKey)
          .setDisplaySize(iconSize, iconSize)
          .setTint(verdictColour ?? palette.line)
      : null;

    const parts: Phaser.GameObjects.GameObject[] = [background, ...(icon ? [icon] : []), ...lines];
    if (view.verdict) {
      const mark = VERDICT[view.verdict];
      const tag = addText(this.scene, width / 2 - pad, -height / 2 + pad * 0.6, `${mark.icon} ${mark.word}`, {
        size: m.small,
        colour: verdictColour ?? palette.text,
        bold: true,
        originX: 1,
      });
      parts.push(tag);
    }
    this.parts = parts;
    this.container.add(parts);
    this.container.setSize(width, height);
  }

  destroy(): void {
    this.clear();
    this.container.destroy();
  }
}
