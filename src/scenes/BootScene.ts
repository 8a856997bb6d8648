import Phaser from 'phaser';
import { PALETTE } from '../ui/theme';

/** Hands over from the page's HTML loading message to the Phaser preloader. */
export class BootScene extends Phaser.Scene {
  constructor() {
    super('Boot');
  }

  create(): void {
    this.cameras.main.setBackgroundColor(PALETTE.background);
    document.getElementById('boot-message')?.remove();
    this.scene.start('Preloader');
  }
}
