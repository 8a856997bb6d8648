import Phaser from 'phaser';
import type { AppContext } from '../app/context';
import { publishReadout } from '../app/test-readout';
import { addButton, type Button, type ButtonOptions } from '../ui/button';
import { showDialog, type DialogOptions } from '../ui/dialog';
import { pinToScreen, type Pinnable } from '../ui/pin';
import { drawTopBar } from '../ui/top-bar';
import { computeLayout, type Layout } from '../ui/layout';
import { PALETTE } from '../ui/theme';

export interface ControlReadout {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
  enabled: boolean;
}

/**
 * Every scene draws itself from scratch for the current window size: on entry and after a
 * resize or rotation. State lives in the app context and round state, never in game objects,
 * so a redraw loses nothing. Scenes taller than the window scroll (wheel, drag, keys) while
 * anything drawn with `pinned` stays put.
 */
export abstract class BaseScene extends Phaser.Scene {
  protected layout!: Layout;
  private pendingResize: Phaser.Time.TimerEvent | undefined;
  private controls: Button[] = [];
  private scrollLimit = 0;
  private scrollDrag: { startY: number; startScroll: number } | null = null;

  protected get app(): AppContext {
    return this.registry.get('app') as AppContext;
  }

  create(data?: unknown): void {
    this.enter(data);
    this.redraw();
    this.scale.on(Phaser.Scale.Events.RESIZE, this.scheduleRedraw, this);
    this.input.on(Phaser.Input.Events.POINTER_WHEEL, this.onWheel, this);
    this.input.on(Phaser.Input.Events.POINTER_DOWN, this.onScrollDown, this);
    this.input.on(Phaser.Input.Events.POINTER_MOVE, this.onScrollMove, this);
    this.input.on(Phaser.Input.Events.POINTER_UP, () => (this.scrollDrag = null));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, this.scheduleRedraw, this);
      this.leave();
    });
  }

  /** Take the data the scene was started with and set up input that outlives redraws. */
  protected enter(_data?: unknown): void {}

  protected leave(): void {}

  /** Draw everything for this layout. Called again from scratch after every resize. */
  protected abstract draw(layout: Layout): void;

  /** What the browser tests may read about this scene, besides its controls. */
  protected readout(): Record<string, unknown> {
    return {};
  }

  protected redraw(): void {
    const keepScroll = this.cameras.main.scrollY;
    this.tweens.killAll();
    this.children.removeAll(true);
    this.controls = [];
    this.scrollLimit = 0;
    const { width, height } = this.scale.gameSize;
    this.cameras.resize(width, height);
    this.cameras.main.setBackgroundColor(PALETTE.background);
    this.layout = computeLayout(width, height);
    this.draw(this.layout);
    this.cameras.main.setScroll(0, Math.min(keepScroll, this.scrollLimit));
    this.publish();
  }

  /** A button the tests and (later) the accessibility layer can find by name. */
  protected button(options: ButtonOptions): Button {
    const created = addButton(this, {
      ...options,
      onPress: () => {
        options.onPress();
        // The press may have changed or left the scene; tell the tests what is on screen now.
        if (this.scene.isActive()) this.publish();
      },
    });
    this.controls.push(created);
    return created;
  }

  /**
   * The bar at the top: a way back (to the menu unless told otherwise), the screen's title and
   * the sound toggle. Returns the height the content should start below.
   */
  protected topBar(
    title: string,
    back: { label: string; onPress: () => void } | 'menu' | null = 'menu',
  ): number {
    const sound = this.app.sound;
    return drawTopBar(
      this,
      this.layout,
      {
        title,
        ...(back === null
          ? {}
          : { back: back === 'menu' ? { label: 'Menu', onPress: () => this.toMenu() } : back }),
        sound: {
          on: this.app.settings.soundOn,
          available: sound.status !== 'unavailable',
          onToggle: () => {
            this.app.updateSettings({ soundOn: !this.app.settings.soundOn });
            this.redraw();
          },
        },
      },
      (options) => this.button(options),
    );
  }

  /** Back to the menu, asking first when that would throw away a round in progress. */
  protected toMenu(): void {
    const session = this.app.session;
    if (!session || !session.inProgress) {
      this.app.session = null;
      this.scene.start('Title');
      return;
    }
    this.confirm({
      title: 'Leave this round?',
      message: 'Your order and answers so far will be lost.',
      confirmLabel: 'Leave',
      cancelLabel: 'Keep playing',
      onConfirm: () => {
        this.app.session = null;
        this.scene.start('Title');
      },
    });
  }

  protected confirm(options: DialogOptions): void {
    showDialog(this, this.layout, options, (o) => this.button(o));
    this.publish();
  }

  /** Keeps an object fixed on screen while the content scrolls under it. */
  protected pinned<T extends Pinnable>(object: T, depth = 10): T {
    return pinToScreen(object, depth);
  }

  /** Declares how tall the scrolling content is; scrolling turns on when it exceeds the window. */
  protected setContentHeight(contentBottom: number, reservedBottom = 0): void {
    this.scrollLimit = Math.max(0, contentBottom - (this.layout.height - reservedBottom));
  }

  protected scrollBy(delta: number): void {
    const camera = this.cameras.main;
    camera.setScroll(0, Phaser.Math.Clamp(camera.scrollY + delta, 0, this.scrollLimit));
    this.publish();
  }

  protected get canScroll(): boolean {
    return this.scrollLimit > 0;
  }

  protected publish(): void {
    const camera = this.cameras.main;
    const controls: ControlReadout[] = this.controls
      .filter((c) => c.container.active)
      .map((c) => {
        const bounds = c.container.getBounds();
        const offset = c.container.scrollFactorY === 0 ? 0 : camera.scrollY;
        return {
          name: c.name,
          x: bounds.centerX,
          y: bounds.centerY - offset,
          width: bounds.width,
          height: bounds.height,
          enabled: c.enabled,
        };
      });
    publishReadout({
      scene: this.scene.key,
      width: this.layout.width,
      height: this.layout.height,
      scrollY: camera.scrollY,
      scrollLimit: this.scrollLimit,
      controls,
      ...this.readout(),
    });
  }

  private onWheel(_pointer: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number): void {
    if (this.canScroll) this.scrollBy(dy);
  }

  private onScrollDown(pointer: Phaser.Input.Pointer, over: Phaser.GameObjects.GameObject[]): void {
    // Only a drag that starts on empty space scrolls; cards and buttons keep their own gestures.
    this.scrollDrag =
      this.canScroll && over.length === 0
        ? { startY: pointer.y, startScroll: this.cameras.main.scrollY }
        : null;
  }

  private onScrollMove(pointer: Phaser.Input.Pointer): void {
    if (!this.scrollDrag || !pointer.isDown) return;
    const target = this.scrollDrag.startScroll - (pointer.y - this.scrollDrag.startY);
    this.scrollBy(target - this.cameras.main.scrollY);
  }

  private scheduleRedraw(): void {
    this.pendingResize?.remove();
    this.pendingResize = this.time.delayedCall(60, () => this.redraw());
  }
}
