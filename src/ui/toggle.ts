import type Phaser from 'phaser';
import type { Button } from './button';
import type { Layout } from './layout';
import { addText } from './text';
import { PALETTE } from './theme';
import type { MakeButton } from './top-bar';

/**
 * Settings-style rows: a label (and an optional one-line hint) on the left, a control on the
 * right. When the row is too narrow for both side by side, the control moves under the label.
 * Buttons come from `makeButton` (a scene's `this.button`) so tests and the accessibility layer
 * can find them by name. Rows draw no background: put them on a panel.
 */

interface RowBase {
  /** Top-left corner of the row and its full width. */
  x: number;
  y: number;
  width: number;
  label: string;
  hint?: string;
  layout: Layout;
}

export interface ToggleRowOptions extends RowBase {
  on: boolean;
  /** Stable kebab-case name of the switch button, e.g. 'sound-toggle'. */
  name: string;
  onToggle: () => void;
  /** Words on the switch; default 'On' / 'Off'. The word always says the current state. */
  onLabel?: string;
  offLabel?: string;
}

export interface StepperRowOptions extends RowBase {
  /** The current value in words, e.g. '70%'. */
  value: string;
  /** Longest value the row must make room for, e.g. '100%'. */
  widestValue?: string;
  names: { down: string; up: string };
  canDown: boolean;
  canUp: boolean;
  onDown: () => void;
  onUp: () => void;
  /** Spoken/visible words on the buttons; default '−' and '+'. */
  downLabel?: string;
  upLabel?: string;
}

export interface Row {
  /** Total height used, so the caller can place the next row below. */
  height: number;
  buttons: Button[];
  objects: Phaser.GameObjects.GameObject[];
}

/** A labelled on/off switch. The switch reads 'On' (highlighted) or 'Off'. */
export function addToggleRow(scene: Phaser.Scene, options: ToggleRowOptions, makeButton: MakeButton): Row {
  const { layout } = options;
  const controlWidth = Math.max(layout.touch * 1.8, layout.text.body * 5);
  let button: Button | undefined;
  const row = placeRow(scene, options, controlWidth, (centreX, centreY) => {
    button = makeButton({
      x: centreX,
      y: centreY,
      width: controlWidth,
      height: layout.touch,
      label: options.on ? (options.onLabel ?? 'On') : (options.offLabel ?? 'Off'),
      fontSize: layout.text.body,
      variant: options.on ? 'primary' : 'secondary',
      name: options.name,
      onPress: options.onToggle,
    });
    return [button.container];
  });
  return { ...row, buttons: button ? [button] : [] };
}

/** A labelled value with a smaller/larger pair of buttons either side of it. */
export function addStepperRow(scene: Phaser.Scene, options: StepperRowOptions, makeButton: MakeButton): Row {
  const { layout } = options;
  const buttonWidth = layout.touch;
  const gap = layout.text.body * 0.5;
  // Measure the widest value once, so the buttons do not jump as the value changes.
  const probe = addText(scene, 0, 0, options.widestValue ?? options.value, {
    size: layout.text.body,
    bold: true,
  });
  const valueWidth = Math.max(probe.width, layout.text.body * 2) + gap;
  probe.destroy();
  const controlWidth = buttonWidth * 2 + gap * 2 + valueWidth;
  const buttons: Button[] = [];
  const row = placeRow(scene, options, controlWidth, (centreX, centreY) => {
    const left = centreX - controlWidth / 2;
    const down = makeButton({
      x: left + buttonWidth / 2,
      y: centreY,
      width: buttonWidth,
      height: layout.touch,
      label: options.downLabel ?? '−',
      fontSize: layout.text.heading,
      name: options.names.down,
      onPress: options.onDown,
    });
    down.setEnabled(options.canDown);
    const value = addText(scene, centreX, centreY, options.value, {
      size: layout.text.body,
      bold: true,
      originX: 0.5,
      originY: 0.5,
      align: 'center',
    });
    const up = makeButton({
      x: left + controlWidth - buttonWidth / 2,
      y: centreY,
      width: buttonWidth,
      height: layout.touch,
      label: options.upLabel ?? '+',
      fontSize: layout.text.heading,
      name: options.names.up,
      onPress: options.onUp,
    });
    up.setEnabled(options.canUp);
    buttons.push(down, up);
    return [down.container, value, up.container];
  });
  return { ...row, buttons };
}

/**
 * Lays out label + hint on the left and calls `placeControl` with the centre the control should
 * have. Side by side when the label keeps at least ~40% of the row, stacked otherwise.
 */
function placeRow(
  scene: Phaser.Scene,
  options: RowBase,
  controlWidth: number,
  placeControl: (centreX: number, centreY: number) => Phaser.GameObjects.GameObject[],
): Omit<Row, 'buttons'> {
  const { layout, x, y, width } = options;
  const gap = layout.text.body;
  const sideBySide = width - controlWidth - gap >= Math.max(120, width * 0.4);
  const labelWidth = sideBySide ? width - controlWidth - gap : width;
  const objects: Phaser.GameObjects.GameObject[] = [];

  const label = addText(scene, x, y, options.label, { size: layout.text.body, bold: true, wrap: labelWidth });
  objects.push(label);
  let textBottom = y + label.height;
  if (options.hint) {
    const hint = addText(scene, x, textBottom + layout.text.small * 0.3, options.hint, {
      size: layout.text.small,
      colour: PALETTE.textMuted,
      wrap: labelWidth,
    });
    objects.push(hint);
    textBottom = hint.y + hint.height;
  }
  const textHeight = textBottom - y;

  if (sideBySide) {
    const height = Math.max(textHeight, layout.touch);
    // Centre the text block against the control when the control is the taller of the two.
    const shift = (height - textHeight) / 2;
    for (const o of objects) (o as Phaser.GameObjects.Text).y += shift;
    objects.push(...placeControl(x + width - controlWidth / 2, y + height / 2));
    return { height, objects };
  }
  const controlTop = textBottom + layout.text.small * 0.6;
  objects.push(...placeControl(x + controlWidth / 2, controlTop + layout.touch / 2));
  return { height: controlTop + layout.touch - y, objects };
}
