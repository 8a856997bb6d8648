import type Phaser from 'phaser';
import type { Button, ButtonOptions } from './button';
import type { Layout } from './layout';
import { pinToScreen } from './pin';
import { addText, fitText } from './text';
import { PALETTE } from './theme';

export interface TopBarOptions {
  title: string;
  /** Left button: usually back to the menu. */
  back?: { label: string; onPress: () => void };
  /** Right button: the sound toggle. */
  sound?: { on: boolean; available: boolean; onToggle: () => void };
}

export type MakeButton = (options: ButtonOptions) => Button;

/** The bar across the top of every screen; returns its height so content can start below it. */
export function drawTopBar(
  scene: Phaser.Scene,
  layout: Layout,
  options: TopBarOptions,
  makeButton: MakeButton,
): number {
  const height = layout.touch + layout.margin;
  const bar = scene.add.rectangle(0, 0, layout.width, height, PALETTE.background).setOrigin(0, 0);
  bar.setScrollFactor(0).setDepth(20);
  // Narrow phones get short labels so the title keeps room between the two buttons.
  const narrow = layout.width < 520;
  const buttonWidth = narrow
    ? Math.max(layout.touch * 1.5, layout.width * 0.21)
    : Math.min(layout.width * 0.2, 150);
  const y = height / 2;
  const pin = (button: Button): void => {
    pinToScreen(button.container, 21);
  };
  if (options.back) {
    pin(
      makeButton({
        x: layout.margin + buttonWidth / 2,
        y,
        width: buttonWidth,
        height: layout.touch,
        label: `‹ ${options.back.label}`,
        fontSize: layout.text.small,
        variant: 'quiet',
        singleLine: true,
        name: 'back',
        onPress: options.back.onPress,
      }),
    );
  }
  if (options.sound) {
    const { on, available } = options.sound;
    pin(
      makeButton({
        x: layout.width - layout.margin - buttonWidth / 2,
        y,
        width: buttonWidth,
        height: layout.touch,
        label: soundLabel(on, available, narrow),
        fontSize: layout.text.small,
        variant: 'quiet',
        singleLine: true,
        name: 'sound',
        onPress: options.sound.onToggle,
      }),
    );
  }
  const titleRoom = Math.max(80, layout.width - 2 * (layout.margin + buttonWidth) - layout.margin * 0.5);
  const title = addText(scene, layout.centreX, y, options.title, {
    size: layout.text.body,
    bold: true,
    originX: 0.5,
    originY: 0.5,
    align: 'center',
    wrap: titleRoom,
  });
  title.setScrollFactor(0).setDepth(21);
  // On a narrow phone a long title gives way: smaller type on one line first, and only when
  // even that cannot hold it, two lines (never spilling out of the bar).
  if (!fitLines(title, 1, height - 4, MIN_ONE_LINE_SIZE)) {
    title.setFontSize(layout.text.body).setLineSpacing(Math.round(layout.text.body * 0.2));
    if (!fitLines(title, 2, height - 4, 12)) fitText(title, height - 4, 12);
  }
  return height;
}

/** The smallest type a title shrinks to before it may take a second line. */
const MIN_ONE_LINE_SIZE = 13;

/**
 * Shrinks a text (wrap width fixed) until it takes at most `lines` lines and fits `maxHeight`;
 * stops at `minSize` and reports whether it got there.
 */
function fitLines(text: Phaser.GameObjects.Text, lines: number, maxHeight: number, minSize: number): boolean {
  const fits = (): boolean => text.getWrappedText().length <= lines && text.height <= maxHeight;
  let size = parseInt(String(text.style.fontSize), 10);
  while (!fits() && size > minSize) {
    size -= 1;
    text.setFontSize(size);
  }
  return fits();
}

/** The sound button's words: always the current state, shorter on a narrow phone. */
function soundLabel(on: boolean, available: boolean, narrow: boolean): string {
  if (!available) return 'No sound';
  if (narrow) return on ? '♪ On' : '♪ Off';
  return on ? '♪ Sound on' : '♪ Sound off';
}
