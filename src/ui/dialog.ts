import type Phaser from 'phaser';
import type { MakeButton } from './top-bar';
import type { Layout } from './layout';
import { addPanel } from './panel';
import { pinToScreen } from './pin';
import { addText } from './text';
import { PALETTE } from './theme';

export interface DialogOptions {
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel?: () => void;
}

/**
 * A modal question over the current screen. Everything it draws sits above the scene and
 * ignores scrolling; the shade swallows clicks so nothing behind it fires.
 */
export function showDialog(
  scene: Phaser.Scene,
  layout: Layout,
  options: DialogOptions,
  makeButton: MakeButton,
): { close(): void } {
  const objects: Phaser.GameObjects.GameObject[] = [];
  const keep = <
    T extends Phaser.GameObjects.GameObject &
      Phaser.GameObjects.Components.ScrollFactor &
      Phaser.GameObjects.Components.Depth,
  >(
    o: T,
    depth: number,
  ): T => {
    pinToScreen(o, depth);
    objects.push(o);
    return o;
  };
  const shade = keep(
    scene.add.rectangle(0, 0, layout.width, layout.height, 0x000000, 0.7).setOrigin(0, 0),
    100,
  );
  shade.setInteractive();
  const width = Math.min(layout.column, 460);
  const padding = layout.text.body;
  const left = (layout.width - width) / 2;
  const title = keep(
    addText(scene, left + padding, 0, options.title, {
      size: layout.text.heading,
      bold: true,
      wrap: width - padding * 2,
    }),
    102,
  );
  const message = keep(
    addText(scene, left + padding, 0, options.message, {
      size: layout.text.body,
      colour: PALETTE.textMuted,
      wrap: width - padding * 2,
    }),
    102,
  );
  const buttonHeight = layout.touch;
  const height = padding * 3 + title.height + message.height + buttonHeight + padding;
  const top = (layout.height - height) / 2;
  keep(addPanel(scene, { x: left, y: top, width, height, fill: PALETTE.surfaceRaised }), 101);
  title.setY(top + padding);
  message.setY(top + padding * 1.5 + title.height);
  const close = (): void => objects.forEach((o) => o.destroy());
  const buttonWidth = (width - padding * 3) / 2;
  const buttonY = top + height - padding - buttonHeight / 2;
  const buttons = [
    makeButton({
      x: left + padding + buttonWidth / 2,
      y: buttonY,
      width: buttonWidth,
      height: buttonHeight,
      label: options.cancelLabel,
      fontSize: layout.text.body,
      // The safe way out is the highlighted one; the destructive confirm stays plain.
      variant: 'primary',
      name: 'dialog-cancel',
      onPress: () => {
        close();
        options.onCancel?.();
      },
    }),
    makeButton({
      x: left + padding * 2 + buttonWidth * 1.5,
      y: buttonY,
      width: buttonWidth,
      height: buttonHeight,
      label: options.confirmLabel,
      fontSize: layout.text.body,
      variant: 'secondary',
      name: 'dialog-confirm',
      onPress: () => {
        close();
        options.onConfirm();
      },
    }),
  ];
  for (const b of buttons) keep(b.container, 103);
  return { close };
}
