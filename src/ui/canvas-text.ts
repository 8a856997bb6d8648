import Phaser from 'phaser';
import { cssColour, FONT_FAMILY } from './palette';

export interface TextOptions {
  size: number;
  colour: number;
  bold?: boolean;
  /** Wrap width in px; text never runs past it. */
  wrap?: number;
  align?: 'left' | 'center' | 'right';
  originX?: number;
  originY?: number;
}

/** Every canvas text goes through here so font, colour and wrapping stay consistent. */
export function addText(
  scene: Phaser.Scene,
  x: number,
  y: number,
  content: string,
  options: TextOptions,
): Phaser.GameObjects.Text {
  const text = scene.add.text(x, y, content, {
    fontFamily: FONT_FAMILY,
    fontSize: `${Math.round(options.size)}px`,
    fontStyle: options.bold ? 'bold' : 'normal',
    color: cssColour(options.colour),
    align: options.align ?? 'left',
    lineSpacing: Math.round(options.size * 0.2),
    ...(options.wrap ? { wordWrap: { width: options.wrap, useAdvancedWrap: true } } : {}),
  });
  // Sharp text on high-density phone screens.
  text.setResolution(Math.min(2, window.devicePixelRatio || 1));
  text.setOrigin(options.originX ?? 0, options.originY ?? 0);
  return text;
}

/**
 * Shrinks a text until it fits a height (its wrap width stays), so long content never spills
 * out of its card or button. Stops at a readable floor and reports whether it fit.
 */
export function fitText(text: Phaser.GameObjects.Text, maxHeight: number, minSize = 12): boolean {
  let size = parseInt(String(text.style.fontSize), 10);
  while (text.height > maxHeight && size > minSize) {
    size -= 1;
    text.setFontSize(size);
    text.setLineSpacing(Math.round(size * 0.2));
  }
  return text.height <= maxHeight;
}
