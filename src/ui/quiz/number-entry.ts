import type Phaser from 'phaser';
import type { Layout } from '../layout';
import { addNumberPad, type NumberPadOptions } from './number-pad';
import { addPanel } from '../panel';
import { MAX_DIGITS } from './quiz-input';
import { addText } from '../text';
import { PALETTE } from '../theme';
import type { MakeButton } from '../top-bar';

/** What the keys do: type a digit, delete the last one, submit the number. */
export type NumberKeys = Pick<NumberPadOptions, 'onDigit' | 'onDelete' | 'onSubmit'>;

export interface NumberEntryOptions extends NumberKeys {
  /** Left edge and width of the column; the entry is centred in it, at most 360 px wide. */
  left: number;
  width: number;
  top: number;
  /** The space between its parts. */
  gap: number;
  /** Shown after the digits, e.g. "km"; empty for none. */
  unit: string;
}

export interface NumberEntry {
  /** Where the entry ends, with a gap below it. */
  bottom: number;
  /** Shows the digits typed so far; Submit works once there is one. */
  show(digits: string): void;
}

/**
 * A number answer before it is given: a display box with the digits and their unit, a hint,
 * and the on-screen keypad. Typing redraws only the display, not the screen.
 */
export function addNumberEntry(
  scene: Phaser.Scene,
  layout: Layout,
  options: NumberEntryOptions,
  makeButton: MakeButton,
): NumberEntry {
  const { text } = layout;
  const { left, width, top, gap, unit } = options;
  const padWidth = Math.min(width, 360);
  const padLeft = left + (width - padWidth) / 2;
  const boxHeight = Math.round(text.heading * 2.4);
  addPanel(scene, {
    x: padLeft,
    y: top,
    width: padWidth,
    height: boxHeight,
    fill: PALETTE.surface,
    stroke: PALETTE.focus,
  }).setDepth(-1);
  const middle = top + boxHeight / 2;
  const digitsText = addText(scene, 0, middle, '', { size: text.title, bold: true, originY: 0.5 });
  const unitText = addText(scene, 0, middle, unit, {
    size: text.body,
    colour: PALETTE.textMuted,
    originY: 0.5,
  });
  const centre = padLeft + padWidth / 2;
  let y = top + boxHeight + Math.round(gap * 0.4);
  const hint = addText(scene, centre, y, `Type up to ${MAX_DIGITS} digits, then Submit`, {
    size: text.small,
    colour: PALETTE.textMuted,
    originX: 0.5,
    align: 'center',
    wrap: padWidth,
  });
  y += hint.height + gap;
  const pad = addNumberPad(
    {
      left: padLeft,
      top: y,
      width: padWidth,
      keyHeight: layout.touch,
      gap: Math.round(gap * 0.6),
      fontSize: text.body,
      onDigit: options.onDigit,
      onDelete: options.onDelete,
      onSubmit: options.onSubmit,
    },
    makeButton,
  );
  return {
    bottom: y + pad.height + gap,
    show(digits) {
      digitsText.setText(digits || '–');
      digitsText.setColor(digits ? PALETTE.text : PALETTE.textMuted);
      const space = unit ? text.body * 0.4 : 0;
      const total = digitsText.width + space + (unit ? unitText.width : 0);
      digitsText.setX(centre - total / 2);
      unitText.setX(digitsText.x + digitsText.width + space);
      pad.submit.setEnabled(digits.length > 0);
    },
  };
}
