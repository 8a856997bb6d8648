import Phaser from 'phaser';
import { createDomLayer } from './a11y/dom-layer';
import { createSoundPlayer } from './audio/sound';
import { AppContext } from './app/context';
import { installFatalHandlers, showFatal } from './app/fatal';
import { BootScene } from './scenes/BootScene';
import { HowToPlayScene } from './scenes/HowToPlayScene';
import { MessageScene } from './scenes/MessageScene';
import { PreloaderScene } from './scenes/PreloaderScene';
import { QuizScene } from './scenes/QuizScene';
import { ResultsScene } from './scenes/ResultsScene';
import { RevealScene } from './scenes/RevealScene';
import { SettingsScene } from './scenes/SettingsScene';
import { SourceScene } from './scenes/SourceScene';
import { TimelineScene } from './scenes/TimelineScene';
import { TitleScene } from './scenes/TitleScene';
import { PALETTE } from './ui/theme';

installFatalHandlers();

try {
  const app = new AppContext(createSoundPlayer({ muted: false, volume: 0.7 }));
  app.readRoundLink(window.location.search);
  app.a11y = createDomLayer(document.body);
  // Audio may only start after a gesture; the first tap or key press anywhere unlocks it.
  const unlock = (): void => app.sound.unlock();
  window.addEventListener('pointerdown', unlock, { once: true, capture: true });
  window.addEventListener('keydown', unlock, { once: true, capture: true });

  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent: 'game',
    backgroundColor: PALETTE.background,
    scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
    // No Phaser banner in the console: the browser tests treat console output as a signal.
    banner: false,
    input: { activePointers: 2 },
    scene: [
      BootScene,
      PreloaderScene,
      TitleScene,
      TimelineScene,
      RevealScene,
      QuizScene,
      ResultsScene,
      SourceScene,
      HowToPlayScene,
      SettingsScene,
      MessageScene,
    ],
  });
  game.registry.set('app', app);
} catch (error) {
  showFatal(error instanceof Error ? error.message : String(error));
}
