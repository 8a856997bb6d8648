import Phaser from 'phaser';
import type { CreateEngine, EngineOptions, FinaleView, StageEngine, StageSettings } from '../app/stage';
import type { BoardController } from '../app/board-controller';
import type { QuizController } from '../app/quiz-controller';
import { ICONS } from '../content/schema';
import { paletteFor } from '../ui/palette';
import { BoardScene } from './BoardScene';
import { CONFETTI_TEXTURE, FinaleScene } from './FinaleScene';
import type { EngineBridge, PlayScene } from './play-scene';
import { QuizScene } from './QuizScene';
import { RenderGate } from './render-gate';

const iconUrls = import.meta.glob<string>('../../assets/icons/*.svg', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** Loads the card icons before any scene draws a card. */
class IconScene extends Phaser.Scene {
  constructor() {
    super('Icons');
  }

  preload(): void {
    for (const name of ICONS) {
      const url = iconUrls[`../../assets/icons/${name}.svg`];
      if (url) this.load.svg(`icon-${name}`, url, { width: 96, height: 96 });
    }
  }

  /** The confetti piece too, made once here rather than on the first perfect round. */
  create(): void {
    const piece = this.make.graphics({}, false);
    piece.fillStyle(0xffffff, 1);
    piece.fillRect(0, 0, 8, 12);
    piece.generateTexture(CONFETTI_TEXTURE, 8, 12);
    piece.destroy();
  }
}

/**
 * The canvas engine: one Phaser game for the played parts (the board, the quiz's answers, the
 * results' celebration), created the first time one is needed. It hears input only on its own
 * canvas (never a tap on the page above it), and draws only while something moves.
 */
export const createEngine: CreateEngine = async (options: EngineOptions): Promise<StageEngine> => {
  let settings: StageSettings = options.settings;
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent: options.parent,
    backgroundColor: paletteFor(settings.theme).background,
    // Sized by fitStage below: the canvas has a pixel per device pixel (sharp text on a phone)
    // while the scenes lay out in CSS pixels through their camera's zoom.
    scale: { mode: Phaser.Scale.NONE, width: 1, height: 1 },
    // No Phaser banner in the console: the browser tests treat console output as a signal.
    banner: false,
    // Input only from the canvas itself: a press on a page dialog or panel must never reach it.
    input: { windowEvents: false, activePointers: 2, keyboard: false },
    // One texture unit: two shader programs instead of five, a faster start (measured).
    render: { maxTextures: 1, powerPreference: 'low-power' },
    disableContextMenu: true,
    scene: [IconScene, BoardScene, QuizScene, FinaleScene],
  });
  await new Promise<void>((resolve) => game.events.once(Phaser.Core.Events.READY, () => resolve()));
  const icons = game.scene.getScene('Icons');
  if (icons.load.isLoading() || icons.load.totalToLoad > 0)
    await new Promise<void>((resolve) => icons.load.once(Phaser.Loader.Events.COMPLETE, () => resolve()));

  const gate = new RenderGate(game);
  let pixelRatio = 1;
  const bridge: EngineBridge = {
    gate,
    settings: () => settings,
    play: options.play,
    pixelRatio: () => pixelRatio,
  };

  /**
   * The canvas fills its parent: CSS size from the page's layout, backing store at the device's
   * pixel ratio (capped at 2: a 3x phone gains little and pays 2.25 times the pixels). Read again
   * on every resize, since browser zoom changes the ratio too.
   */
  const fitStage = (): void => {
    const ratio = Math.min(2, Math.max(1, window.devicePixelRatio || 1));
    const width = Math.max(1, Math.floor(options.parent.clientWidth));
    const height = Math.max(1, Math.floor(options.parent.clientHeight));
    const device = { width: Math.round(width * ratio), height: Math.round(height * ratio) };
    const same =
      ratio === pixelRatio && game.scale.width === device.width && game.scale.height === device.height;
    pixelRatio = ratio;
    // The CSS size first: Phaser maps input through the canvas's on-page size as it resizes.
    game.canvas.style.width = `${width}px`;
    game.canvas.style.height = `${height}px`;
    if (same) {
      game.scale.updateBounds();
      return;
    }
    // Set directly: setZoom would also redraw every scene at the old size first.
    game.scale.zoom = 1 / ratio;
    game.scale.resize(device.width, device.height);
  };
  fitStage();
  game.registry.set('bridge', bridge);
  // The canvas moves on the page without changing size (a panel above it opens, the page
  // scrolls): Phaser maps a press through the canvas's position, so read it as each press begins.
  for (const type of ['pointerdown', 'touchstart', 'mousedown', 'wheel'])
    options.parent.addEventListener(type, () => game.scale.updateBounds(), { capture: true, passive: true });

  // The stage moves between screens and changes size without the window doing so.
  const resize = new ResizeObserver(() => {
    // Sized now: a sleeping loop would never reach Phaser's own schedule.
    fitStage();
    gate.wake(200);
  });
  resize.observe(options.parent);

  // A lost graphics context is restored by Phaser; the scene is then drawn again from its view.
  game.canvas.addEventListener('webglcontextrestored', () => {
    setTimeout(() => {
      activeScene()?.rebuild();
      gate.wake(300);
    }, 0);
  });

  if (import.meta.env.MODE === 'test') {
    // The benchmark's switch: draw every frame ('always') or only while something moves ('auto'),
    // so "dragging" can be compared with the same screen drawn idle.
    (window as unknown as { __newslineRender?: (mode: 'always' | 'auto') => void }).__newslineRender = (
      mode,
    ) => (mode === 'always' ? gate.hold('bench') : gate.release('bench'));
    // The browser tests' read-out: computed when read, from the scene on show.
    Object.defineProperty(window, '__newsline', {
      configurable: true,
      get: () => {
        const scene = activeScene();
        if (!scene) return { scene: null, sleeping: gate.sleeping };
        const rect = game.canvas.getBoundingClientRect();
        return {
          ...scene.snapshot(),
          canvas: { left: rect.left, top: rect.top, width: rect.width, height: rect.height },
          sleeping: gate.sleeping,
          objects: scene.children.list.length,
          textures: game.textures.getTextureKeys().length,
        };
      },
    });
  }

  const playScenes = ['Board', 'Quiz', 'Finale'];
  const activeScene = (): PlayScene | null =>
    (playScenes.map((key) => game.scene.getScene(key)).find((scene) => scene?.scene.isActive()) as
      PlayScene | undefined) ?? null;
  const show = (key: string, data: object): void => {
    for (const other of playScenes) if (other !== key && game.scene.isActive(other)) game.scene.stop(other);
    if (game.scene.isActive(key)) game.scene.stop(key);
    // The stage may just have moved into another screen's layout: draw at its size from the start.
    fitStage();
    game.scene.start(key, data);
    gate.wake(300);
  };

  return {
    showBoard: (board: BoardController) => show('Board', { board }),
    showQuiz: (quiz: QuizController) => show('Quiz', { quiz }),
    showFinale: (finale: FinaleView) => show('Finale', { finale }),
    clear: () => {
      for (const key of playScenes) if (game.scene.isActive(key)) game.scene.stop(key);
      gate.wake(50);
    },
    setInputEnabled: (enabled) => {
      game.input.enabled = enabled;
    },
    showFocus: (id) => activeScene()?.showFocus(id),
    applySettings: (next) => {
      settings = next;
      activeScene()?.rebuild();
      gate.wake(200);
    },
    destroy: () => {
      resize.disconnect();
      gate.destroy();
      game.destroy(true);
    },
  };
};
