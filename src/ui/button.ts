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
  /** Shrink a long label to keep it on one line instead of wrapping it (short labels only). */
  singleLine?: boolean;
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

/**
 * Horizontal room a button keeps free around its label, both sides together: more on taller
 * buttons, whose rounder corners come further in, but never so much that a small square button
 * (a − or +) is left no room for its label.
 */
export function labelInset(width: number, height: number): number {
  return Math.min(Math.max(16, height * 0.6), Math.max(16, width * 0.3));
}

/** True when wrapping split a word across lines (the advanced wrap does, for a long word). */
function breaksWords(text: Phaser.GameObjects.Text): boolean {
  const count = (content: string): number => content.split(/\s+/).filter(Boolean).length;
  return count(text.getWrappedText().join(' ')) > count(text.text);
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
    // Keep the label clear of the rounded edges: more room on taller buttons.
    // (A one-line label is short: it needs only the basic inset, and shrinks before it wraps.)
    wrap: width - (options.singleLine ? 16 : labelInset(width, height)),
  });
  if (options.singleLine) {
    let size = options.fontSize;
    while (label.getWrappedText().length > 1 && size > 11) label.setFontSize(--size);
  }
  // Never break a word in two: a long word may use the basic inset, then the type gives way.
  if (breaksWords(label)) {
    label.setWordWrapWidth(width - 16, true);
    let size = options.fontSize;
    while (breaksWords(label) && size > 11) label.setFontSize(--size);
  }
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
