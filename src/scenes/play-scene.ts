import Phaser from 'phaser';
import type { SoundName } from '../audio/sound-player';
import type { StageSettings } from '../app/stage';
import { metrics, type Metrics } from '../ui/metrics';
import { paletteFor, type Palette } from '../ui/palette';
import type { RenderGate } from './render-gate';

/** What every scene gets from the engine, through the game registry (never module globals). */
export interface EngineBridge {
  gate: RenderGate;
  settings(): StageSettings;
  play(sound: SoundName): void;
  /** Device pixels per CSS pixel on the canvas: scenes lay out in CSS pixels. */
  pixelRatio(): number;
}

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The common ground of the played scenes: sizes and colours from the settings, a focus ring the
 * page's keyboard focus moves, rebuilding for a new size without leaving a single object behind,
 * and waking the render gate whenever something changes.
 */
export abstract class PlayScene extends Phaser.Scene {
  protected m!: Metrics;
  protected palette!: Palette;
  private focusRing: Phaser.GameObjects.Graphics | null = null;
  private focusedId: string | null = null;
  /** The stage was resized while a motion held the layout: rebuild when it ends. */
  private resizeWaiting = false;
  private readonly cleanups: Array<() => void> = [];

  protected get bridge(): EngineBridge {
    return this.registry.get('bridge') as EngineBridge;
  }

  protected get reducedMotion(): boolean {
    return this.bridge.settings().reducedMotion;
  }

  create(data: unknown): void {
    this.measure();
    this.enter(data);
    if (this.hasRoom) this.build();
    const onResize = (): void => {
      this.measure();
      if (this.holdsLayout) this.resizeWaiting = true;
      else this.rebuild();
    };
    this.scale.on(Phaser.Scale.Events.RESIZE, onResize);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, onResize);
      this.cleanups.splice(0).forEach((cleanup) => cleanup());
      this.tweens.killAll();
      this.destroyAll();
      this.leave();
    });
    this.bridge.gate.wake(200);
  }

  /**
   * True while a motion plays that a rebuild would cut short (a card landing and flipping): the
   * page's footer growing by a line resizes the stage just then, and the first card of every
   * round lost its landing to it. The new size is drawn when the motion ends.
   */
  protected get holdsLayout(): boolean {
    return false;
  }

  /** The motion has ended: draws a size that changed meanwhile, after `delayMs` (a last slide). */
  protected releaseLayout(delayMs = 0): void {
    if (!this.resizeWaiting) return;
    setTimeout(() => {
      if (this.resizeWaiting && this.scene.isActive() && !this.holdsLayout) this.rebuild();
    }, delayMs);
  }

  /** A pointer's position in the scene's CSS pixels (Phaser gives canvas pixels). */
  protected stagePoint(pointer: Phaser.Input.Pointer): { x: number; y: number } {
    const ratio = this.bridge.pixelRatio();
    return { x: pointer.x / ratio, y: pointer.y / ratio };
  }

  /** Registers something to undo when the scene stops (a listener on a controller, say). */
  protected onShutdown(cleanup: () => void): void {
    this.cleanups.push(cleanup);
  }

  protected enter(_data: unknown): void {}

  protected leave(): void {}

  /** Creates every object for the current size and state. */
  protected abstract build(): void;

  /** Where a page control's twin is drawn, for the focus ring; null when not on the canvas. */
  protected abstract boundsOf(id: string): Bounds | null;

  /** What browser tests may read about the scene (test builds only). */
  protected readout(): Record<string, unknown> {
    return {};
  }

  /** The stage can be laid out at zero size for a moment; a resize follows, and then we draw. */
  private get hasRoom(): boolean {
    return this.m.width >= 120 && this.m.height >= 80;
  }

  protected measure(): void {
    const settings = this.bridge.settings();
    const ratio = this.bridge.pixelRatio();
    const width = this.scale.gameSize.width / ratio;
    const height = this.scale.gameSize.height / ratio;
    // The camera draws CSS pixels onto a canvas with a pixel per device pixel.
    this.cameras.main
      .setSize(this.scale.gameSize.width, this.scale.gameSize.height)
      .setOrigin(0, 0)
      .setZoom(ratio);
    this.m = metrics(width, height, settings.textScale);
    this.palette = paletteFor(settings.theme);
    this.cameras.main.setBackgroundColor(this.palette.background);
  }

  /** Everything again from scratch (a new size, theme or text size): nothing old survives. */
  rebuild(): void {
    this.resizeWaiting = false;
    this.tweens.killAll();
    this.destroyAll();
    if (this.hasRoom) this.build();
    this.showFocus(this.focusedId);
    this.bridge.gate.wake(200);
  }

  /** Destroys every object the scene made: their textures go with them (removeAll would not). */
  protected destroyAll(): void {
    for (const child of [...this.children.list]) child.destroy();
    this.focusRing = null;
  }

  showFocus(id: string | null): void {
    this.focusedId = id;
    const bounds = id ? this.boundsOf(id) : null;
    if (!bounds) {
      this.focusRing?.setVisible(false);
      this.bridge.gate.wake();
      return;
    }
    if (!this.focusRing || !this.focusRing.active) this.focusRing = this.add.graphics().setDepth(1000);
    const ring = this.focusRing;
    ring.clear();
    ring.lineStyle(4, this.palette.focus, 1);
    ring.strokeRoundedRect(bounds.x - 5, bounds.y - 5, bounds.width + 10, bounds.height + 10, 14);
    ring.setVisible(true);
    this.bridge.gate.wake();
  }

  /**
   * Test builds only: where the scene's things are, read on demand by the browser tests (so
   * nothing is computed per frame or per scroll step, and nothing of it ships in production).
   */
  snapshot(): Record<string, unknown> {
    return { scene: this.scene.key, width: this.m.width, height: this.m.height, ...this.readout() };
  }

  /** A tween that is skipped (its end state set at once) under reduced motion. */
  protected animate(config: Phaser.Types.Tweens.TweenBuilderConfig): void {
    this.bridge.gate.wake();
    if (this.reducedMotion) {
      const targets = (Array.isArray(config.targets) ? config.targets : [config.targets]) as Array<
        Record<string, unknown>
      >;
      // A there-and-back pulse leaves things as they were: nothing to set.
      if (config.yoyo) {
        (config.onComplete as (() => void) | undefined)?.();
        return;
      }
      for (const [key, value] of Object.entries(config)) {
        if (
          [
            'targets',
            'duration',
            'ease',
            'delay',
            'onComplete',
            'yoyo',
            'hold',
            'repeat',
            'onStart',
            'onUpdate',
          ].includes(key)
        )
          continue;
        if (typeof value === 'number') targets.forEach((t) => (t[key] = value));
      }
      (config.onComplete as (() => void) | undefined)?.();
      return;
    }
    this.tweens.add(config);
  }
}
