import Phaser from 'phaser';
import { addText, fitText } from './text';
import { PALETTE } from './theme';

export type ButtonVariant = 'primary' | 'secondary' | 'quiet';

export interface ButtonOptions {
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
  fontSize: number;
  variant?: ButtonVariant;
  onPress: () => void;
  /** Read by the browser tests and the accessibility layer to find the control. */
  name?: string;
}

export interface Button {
  container: Phaser.GameObjects.Container;
  setLabel(label: string): void;
  setEnabled(enabled: boolean): void;
  readonly enabled: boolean;
  readonly label: string;
  /** Runs the button's action, as a click would (used by the keyboard and DOM layer). */
  press(): void;
  /** Marks a chosen-but-not-yet-submitted option with a thick accent border. */
  setSelected(selected: boolean): void;
  name: string;
}

/** Read at draw time, not load time, so a theme change shows on the next redraw. */
function fill(variant: ButtonVariant): number {
  return { primary: PALETTE.accent, secondary: PALETTE.surfaceRaised, quiet: PALETTE.surface }[variant];
}

/** A rounded button with hover and press feedback; (x, y) is its centre. */
export function addButton(scene: Phaser.Scene, options: ButtonOptions): Button {
  const variant = options.variant ?? 'secondary';
  const { width, height } = options;
  const background = scene.add
    .rectangle(0, 0, width, height, fill(variant))
    .setStrokeStyle(2, variant === 'primary' ? PALETTE.accent : PALETTE.border);
  background.setRounded(Math.min(12, height / 3));
  const label = addText(scene, 0, 0, options.label, {
    size: options.fontSize,
    bold: variant === 'primary',
    colour: variant === 'primary' ? PALETTE.accentText : PALETTE.text,
    align: 'center',
    originX: 0.5,
    originY: 0.5,
    wrap: width - 16,
  });
  // A label longer than the button shrinks rather than spill over its edges.
  fitText(label, height - 6, 11);
  const container = scene.add.container(options.x, options.y, [background, label]);
  container.setSize(width, height);
  let enabled = true;

  background.setInteractive({ useHandCursor: true });
  background.on('pointerover', () => enabled && background.setFillStyle(fill(variant), 0.85));
  // A press counts only when it both starts and ends on the button, as a click does: a card
  // dragged and released over a button must not press it.
  let pressedHere = false;
  background.on('pointerout', () => {
    background.setFillStyle(fill(variant), 1);
    container.setScale(1);
    pressedHere = false;
  });
  background.on('pointerdown', () => {
    pressedHere = enabled;
    if (enabled) container.setScale(0.97);
  });
  background.on('pointerup', () => {
    container.setScale(1);
    if (enabled && pressedHere) options.onPress();
    pressedHere = false;
  });

  return {
    container,
    get enabled() {
      return enabled;
    },
    get label() {
      return label.text;
    },
    press() {
      if (enabled) options.onPress();
    },
    setSelected(selected) {
      background.setStrokeStyle(
        selected ? 5 : 2,
        selected ? PALETTE.focus : variant === 'primary' ? PALETTE.accent : PALETTE.border,
      );
    },
    name: options.name ?? options.label,
    setLabel: (text) => label.setText(text),
    setEnabled(value) {
      enabled = value;
      container.setAlpha(value ? 1 : 0.45);
    },
  };
}
