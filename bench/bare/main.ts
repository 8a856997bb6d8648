import Phaser from 'phaser';

/**
 * The benchmark's baseline: the least a Phaser 4 page can be that still shows a title and a
 * button. One scene, one line of text, one clickable button, the same renderer settings as the
 * game's `new Phaser.Game` in src/scenes/engine.ts (keep them in step when the game's change).
 * Unlike the game it draws every frame (Phaser's default) and fills the whole window (the game's
 * canvas fills a stage element of its page). It signals that its button is interactive the way
 * the game's title does: `<html data-screen="title">`.
 */
class BareScene extends Phaser.Scene {
  private presses = 0;

  constructor() {
    super('Bare');
  }

  create(): void {
    const { width, height } = this.scale;
    const title = this.add
      .text(width / 2, height / 2 - 40, 'A bare Phaser page', { fontFamily: 'sans-serif', fontSize: '32px' })
      .setOrigin(0.5);
    const button = this.add
      .text(width / 2, height / 2 + 30, 'Press me', {
        fontFamily: 'sans-serif',
        fontSize: '24px',
        backgroundColor: '#2f6fde',
        padding: { x: 20, y: 10 },
      })
      .setOrigin(0.5)
      .setName('button')
      .setInteractive({ useHandCursor: true });
    button.on('pointerup', () => {
      this.presses += 1;
      button.setText(`Pressed ${this.presses}`);
    });
    this.scale.on('resize', (size: Phaser.Structs.Size) => {
      title.setPosition(size.width / 2, size.height / 2 - 40);
      button.setPosition(size.width / 2, size.height / 2 + 30);
    });
    document.documentElement.dataset.screen = 'title';
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  backgroundColor: '#10161f',
  scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
  banner: false,
  input: { windowEvents: false, activePointers: 2, keyboard: false },
  render: { maxTextures: 1, powerPreference: 'low-power' },
  disableContextMenu: true,
  scene: [BareScene],
});
