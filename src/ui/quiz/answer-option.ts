import type Phaser from 'phaser';
import { labelInset } from '../button';
import { mixColour } from '../colour';
import type { Layout } from '../layout';
import { addPanel } from '../panel';
import type { OptionMark } from './quiz-text';
import { addText } from '../text';
import { PALETTE, VERDICT } from '../theme';
import type { MakeButton } from '../top-bar';

export interface AnswerOptionOptions {
  label: string;
  /** The button's name for the tests and the accessibility layer, e.g. 'option-0'. */
  name: string;
  /** Top-left corner and full width; the height follows the wrapped label. */
  left: number;
  top: number;
  width: number;
  /** Chosen with the keyboard or a screen reader, waiting for Enter / Submit. */
  selected: boolean;
  onPress: () => void;
}

/**
 * How tall an option button must be for its label wrapped as the button will wrap it, and
 * never under the touch minimum.
 */
export function optionHeight(scene: Phaser.Scene, layout: Layout, label: string, width: number): number {
  const { text } = layout;
  // The inset grows with the height, so measure again once the height is known.
  const measure = (buttonHeight: number): number => {
    const probe = addText(scene, 0, 0, label, {
      size: text.body,
      wrap: width - labelInset(width, buttonHeight),
      align: 'center',
    });
    const needed = Math.max(layout.touch, Math.ceil(probe.height + text.body * 1.1));
    probe.destroy();
    return needed;
  };
  const first = measure(layout.touch);
  return first > layout.touch ? Math.max(first, measure(first)) : first;
}

/** One full-width option before answering: a button sized to its label. Returns its bottom. */
export function addAnswerOption(
  scene: Phaser.Scene,
  layout: Layout,
  options: AnswerOptionOptions,
  makeButton: MakeButton,
): number {
  const { label, left, top, width } = options;
  const height = optionHeight(scene, layout, label, width);
  const option = makeButton({
    x: left + width / 2,
    y: top + height / 2,
    width,
    height,
    label,
    fontSize: layout.text.body,
    name: options.name,
    onPress: options.onPress,
  });
  if (options.selected) option.setSelected(true);
  return top + height;
}

/**
 * An answered option (or typed number), marked by colour, icon and word together, so the mark
 * reads without colour vision. Returns its bottom.
 */
export function addMarkedBox(
  scene: Phaser.Scene,
  layout: Layout,
  mark: OptionMark,
  label: string,
  left: number,
  width: number,
  top: number,
): number {
  const { text } = layout;
  const padding = Math.round(text.body * 0.55);
  const tagText: Record<OptionMark, string> = {
    'chosen-right': `${VERDICT.right.icon} ${VERDICT.right.word} — your answer`,
    'chosen-wrong': `${VERDICT.wrong.icon} ${VERDICT.wrong.word} — your answer`,
    right: `${VERDICT.right.icon} ${VERDICT.right.word} answer`,
    other: '',
  };
  const colour = mark === 'chosen-wrong' ? PALETTE.wrong : mark === 'other' ? PALETTE.border : PALETTE.right;
  let y = top + padding;
  const objects: Phaser.GameObjects.Text[] = [];
  if (tagText[mark]) {
    const tag = addText(scene, left + width / 2, y, tagText[mark], {
      size: text.small,
      bold: true,
      originX: 0.5,
      align: 'center',
      wrap: width - labelInset(width, layout.touch),
    });
    objects.push(tag);
    y += tag.height + Math.round(text.small * 0.2);
  }
  const body = addText(scene, left + width / 2, y, label, {
    size: text.body,
    colour: mark === 'other' ? PALETTE.textMuted : PALETTE.text,
    originX: 0.5,
    align: 'center',
    wrap: width - labelInset(width, layout.touch),
  });
  y += body.height + padding;
  const height = Math.max(layout.touch, y - top);
  // Centre the contents in boxes the touch minimum made taller.
  const shift = (height - (y - top)) / 2;
  for (const o of [...objects, body]) o.setY(o.y + shift);
  const fill = mark === 'other' ? PALETTE.surface : mixColour(colour, PALETTE.surface, 0.3);
  addPanel(scene, { x: left, y: top, width, height, fill, stroke: colour, radius: 12 })
    .setStrokeStyle(mark === 'other' ? 2 : 4, colour)
    .setDepth(-1);
  return top + height;
}
