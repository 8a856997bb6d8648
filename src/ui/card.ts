import Phaser from 'phaser';
import { addText, fitText } from './text';
import { PALETTE, VERDICT } from './theme';

export type CardLook = 'idle' | 'selected' | 'lifted' | 'right' | 'wrong';

export interface CardOptions {
  x: number;
  y: number;
  width: number;
  height: number;
  title: string;
  fontSize: number;
  look: CardLook;
}

export interface Card {
  container: Phaser.GameObjects.Container;
  /** The rectangle that takes pointer input. */
  hitArea: Phaser.GameObjects.Rectangle;
  setLook(look: CardLook): void;
}

/** Read at draw time so a theme change shows on the next redraw. */
function stroke(look: CardLook): number {
  return {
    idle: PALETTE.border,
    selected: PALETTE.accent,
    lifted: PALETTE.focus,
    right: PALETTE.right,
    wrong: PALETTE.wrong,
  }[look];
}

/**
 * An event card; (x, y) is its centre. A verdict shows as an icon and a word on the card, and
 * as the border colour, so it reads without colour vision.
 */
export function addCard(scene: Phaser.Scene, options: CardOptions): Card {
  const { width, height, fontSize } = options;
  const padding = Math.max(10, fontSize * 0.7);
  const background = scene.add
    .rectangle(0, 0, width, height, PALETTE.surfaceRaised)
    .setRounded(Math.min(12, height / 4));
  const badgeWidth = fontSize * 5.2;
  const hasVerdict = options.look === 'right' || options.look === 'wrong';
  const titleWidth = width - padding * 2 - (hasVerdict ? badgeWidth : 0);
  const title = addText(scene, -width / 2 + padding, 0, options.title, {
    size: fontSize,
    bold: true,
    wrap: titleWidth,
    originY: 0.5,
  });
  fitText(title, height - 8, 12);
  const children: Phaser.GameObjects.GameObject[] = [background, title];
  if (hasVerdict) {
    const verdict = options.look === 'right' ? VERDICT.right : VERDICT.wrong;
    const colour = options.look === 'right' ? PALETTE.right : PALETTE.wrong;
    const badge = scene.add
      .rectangle(
        width / 2 - padding / 2 - badgeWidth / 2,
        0,
        badgeWidth,
        Math.min(height - 10, fontSize * 2),
        colour,
      )
      .setRounded(8);
    const word = addText(scene, badge.x, 0, `${verdict.icon} ${verdict.word}`, {
      size: Math.round(fontSize * 0.85),
      bold: true,
      originX: 0.5,
      originY: 0.5,
    });
    children.push(badge, word);
  }
  const container = scene.add.container(options.x, options.y, children);
  const setLook = (look: CardLook): void => {
    background.setStrokeStyle(look === 'idle' ? 2 : 4, stroke(look));
    background.setFillStyle(look === 'lifted' ? PALETTE.surface : PALETTE.surfaceRaised);
    container.setScale(look === 'lifted' ? 1.03 : 1);
  };
  setLook(options.look);
  return { container, hitArea: background, setLook };
}
