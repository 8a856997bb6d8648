import { addProgressBar } from '../ui/progress-bar';
import { addText } from '../ui/text';
import { PALETTE } from '../ui/theme';
import type { Layout } from '../ui/layout';
import { BaseScene } from './BaseScene';

/** Loads what the game needs before the menu, with a progress bar the player can watch. */
export class PreloaderScene extends BaseScene {
  private fraction = 0;
  private started = false;

  constructor() {
    super('Preloader');
  }

  protected override draw(layout: Layout): void {
    const y = layout.height / 2;
    addText(this, layout.centreX, y - layout.text.heading * 2.5, 'Newsline', {
      size: layout.text.title,
      bold: true,
      originX: 0.5,
    });
    addText(this, layout.centreX, y - layout.text.heading, 'Loading the article…', {
      size: layout.text.body,
      colour: PALETTE.textMuted,
      originX: 0.5,
    });
    const bar = addProgressBar(
      this,
      layout.centreX,
      y + layout.text.body,
      Math.min(420, layout.column),
      layout.text.small,
    );
    bar.set(this.fraction);
    this.load.off('progress');
    this.load.on('progress', (value: number) => {
      this.fraction = value;
      bar.set(value);
    });
    if (!this.started) this.startLoading();
  }

  private startLoading(): void {
    this.started = true;
    // A failed file must never stop the game: the loader reports it and play goes on without it.
    this.load.on('loaderror', (file: { key: string }) =>
      this.app.notices.push(`Could not load ${file.key}.`),
    );
    this.load.once('complete', () => this.scene.start('Title'));
    this.load.start();
  }

  protected override readout(): Record<string, unknown> {
    return { progress: this.fraction };
  }
}
