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
  /** Title size; pass the result of `cardTitleSize` to give a set of cards one shared size. */
  fontSize: number;
  look: CardLook;
}

export interface Card {
  container: Phaser.GameObjects.Container;
  /** The rectangle that takes pointer input. */
  hitArea: Phaser.GameObjects.Rectangle;
  setLook(look: CardLook): void;
}

/** The smallest a card title gets, whether fitted for a set of cards or one card alone. */
const MIN_TITLE_SIZE = 12;

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

function isChecked(look: CardLook): boolean {
  return look === 'right' || look === 'wrong';
}

/** Where a card's parts go for a given title size: shared by drawing and by fitting. */
function geometry(width: number, height: number, fontSize: number, look: CardLook) {
  const padding = Math.max(10, fontSize * 0.7);
  const badgeWidth = fontSize * 5.2;
  // The grip: two columns of three dots, as on a drag handle.
  const dot = Math.max(3, Math.round(fontSize * 0.22));
  const gripWidth = dot * 3;
  const reserved = isChecked(look) ? badgeWidth : gripWidth + padding * 0.8;
  return {
    padding,
    badgeWidth,
    dot,
    gripWidth,
    titleWrap: width - padding * 2 - reserved,
    titleMaxHeight: height - 8,
  };
}

/**
 * The largest title size, at most `fontSize`, at which every one of `titles` fits a card of
 * this size, so a set of cards can share one size instead of each shrinking on its own. Fits
 * the room a card has in `look` (an unchecked card keeps room for its grip, a checked one for
 * its verdict badge). Never goes below the readable floor; a card still shrinks its own title
 * past that if it must.
 */
export function cardTitleSize(
  scene: Phaser.Scene,
  titles: readonly string[],
  width: number,
  height: number,
  fontSize: number,
  look: CardLook = 'idle',
): number {
  const start = Math.floor(fontSize);
  const probe = addText(scene, 0, 0, '', { size: start, bold: true, wrap: 100 }).setVisible(false);
  try {
    for (let size = start; size > MIN_TITLE_SIZE; size--) {
      const { titleWrap, titleMaxHeight } = geometry(width, height, size, look);
      probe.setFontSize(size).setLineSpacing(Math.round(size * 0.25));
      probe.setWordWrapWidth(Math.max(1, titleWrap), true);
      if (titles.every((title) => probe.setText(title).height <= titleMaxHeight)) return size;
    }
    return Math.min(start, MIN_TITLE_SIZE);
  } finally {
    probe.destroy();
  }
}

/**
 * An event card; (x, y) is its centre. A verdict shows as an icon and a word on the card, and
 * as the border colour, so it reads without colour vision. A card still to be placed carries a
 * grip at its right edge, so it reads as something to drag.
 */
export function addCard(scene: Phaser.Scene, options: CardOptions): Card {
  const { width, height, fontSize } = options;
  const { padding, badgeWidth, dot, gripWidth, titleWrap, titleMaxHeight } = geometry(
    width,
    height,
    fontSize,
    options.look,
  );
  const background = scene.add
    .rectangle(0, 0, width, height, PALETTE.surfaceRaised)
    .setRounded(Math.min(12, height / 4));
  const hasVerdict = isChecked(options.look);
  const title = addText(scene, -width / 2 + padding, 0, options.title, {
    size: fontSize,
    bold: true,
    wrap: titleWrap,
    originY: 0.5,
  });
  fitText(title, titleMaxHeight, MIN_TITLE_SIZE);
  const children: Phaser.GameObjects.GameObject[] = [background, title];
  const grip = scene.add.container(width / 2 - padding - gripWidth / 2, 0);
  for (const column of [-1, 1]) {
    for (const row of [-1, 0, 1]) {
      grip.add(
        scene.add.rectangle(column * dot, row * dot * 2, dot, dot, PALETTE.neutral).setRounded(dot / 2),
      );
    }
  }
  grip.setVisible(!hasVerdict);
  children.push(grip);
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
    grip.setVisible(!hasVerdict && !isChecked(look));
  };
  setLook(options.look);
  return { container, hitArea: background, setLook };
}
