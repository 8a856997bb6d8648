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
    ? Math.max(layout.touch * 1.6, layout.width * 0.22)
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
        label: narrow
          ? !available
            ? '♪ —'
            : on
              ? '♪ On'
              : '♪ Off'
          : !available
            ? '♪ No audio'
            : on
              ? '♪ Sound on'
              : '♪ Muted',
        fontSize: layout.text.small,
        variant: 'quiet',
        name: 'sound',
        onPress: options.sound.onToggle,
      }),
    );
  }
  const titleRoom = layout.width - 2 * (layout.margin + buttonWidth) - layout.margin;
  const title = addText(scene, layout.centreX, y, options.title, {
    size: layout.text.body,
    bold: true,
    originX: 0.5,
    originY: 0.5,
    align: 'center',
    wrap: Math.max(80, titleRoom),
  });
  title.setScrollFactor(0).setDepth(21);
  // On a narrow phone a long title gives way (smaller type) rather than spill out of the bar.
  fitText(title, height - 4, 12);
  return height;
}
