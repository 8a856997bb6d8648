import Phaser from 'phaser';
import type { A11yNode, A11yView } from '../a11y/model';
import type { AppContext } from '../app/context';
import { publishReadout } from '../app/test-readout';
import { addButton, type Button, type ButtonOptions } from '../ui/button';
import { showDialog, type DialogOptions } from '../ui/dialog';
import { FocusRing, type FocusTarget } from '../ui/focus-ring';
import { pinToScreen, type Pinnable } from '../ui/pin';
import { drawTopBar } from '../ui/top-bar';
import { computeLayout, type Layout } from '../ui/layout';
import { applyTheme, cssColour, PALETTE } from '../ui/theme';

export interface ControlReadout {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
  enabled: boolean;
  /** Stays on screen while the scene scrolls (top bar, footers). */
  pinned: boolean;
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
  /** The screen's title, as announced to assistive technology. */
  protected screenTitle = '';
  private dialog: { options: DialogOptions; close: () => void } | null = null;
  private focusRing!: FocusRing;

  protected get app(): AppContext {
    return this.registry.get('app') as AppContext;
  }

  create(data?: unknown): void {
    this.dialog = null;
    this.focusRing = new FocusRing(this);
    this.enter(data);
    this.redraw();
    this.scale.on(Phaser.Scale.Events.RESIZE, this.scheduleRedraw, this);
    this.input.on(Phaser.Input.Events.POINTER_WHEEL, this.onWheel, this);
    this.input.on(Phaser.Input.Events.POINTER_DOWN, this.onScrollDown, this);
    this.input.on(Phaser.Input.Events.POINTER_MOVE, this.onScrollMove, this);
    this.input.on(Phaser.Input.Events.POINTER_UP, () => (this.scrollDrag = null));
    const a11y = this.app.a11y;
    const unsubscribe = a11y
      ? [a11y.onFocusChange((id) => this.showFocus(id)), a11y.onEscape(() => this.escape())]
      : [];
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, this.scheduleRedraw, this);
      unsubscribe.forEach((off) => off());
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
    applyTheme(this.app.settings.theme);
    this.cameras.main.setBackgroundColor(PALETTE.background);
    document.body.style.background = cssColour(PALETTE.background);
    this.layout = computeLayout(width, height, this.app.settings.textScale);
    // An open dialog is drawn again on top of the new layout rather than lost with the old one.
    const openDialog = this.dialog?.options;
    this.dialog = null;
    this.draw(this.layout);
    this.cameras.main.setScroll(0, Math.min(keepScroll, this.scrollLimit));
    if (openDialog) this.confirm(openDialog);
    this.publish();
    this.showFocus(this.app.a11y?.focusedId ?? null);
  }

  /** A button the tests and the accessibility layer can find by name. */
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
    this.screenTitle = title;
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
    const settled = (): void => {
      this.dialog = null;
    };
    const shown = showDialog(
      this,
      this.layout,
      {
        ...options,
        onConfirm: () => {
          settled();
          options.onConfirm();
        },
        onCancel: () => {
          settled();
          options.onCancel?.();
        },
      },
      (o) => this.button(o),
    );
    this.dialog = { options, close: shown.close };
    this.publish();
    this.app.a11y?.focus('dialog-cancel');
  }

  /** True when movement should be instant: the player's setting, or the system's by default. */
  protected get reducedMotion(): boolean {
    const setting = this.app.settings.reducedMotion;
    if (setting !== 'system') return setting === 'on';
    return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  }

  protected get dialogOpen(): boolean {
    return this.dialog !== null;
  }

  /** Escape: closes a dialog, otherwise goes back (scenes with their own meaning override). */
  protected escape(): void {
    if (this.dialog) {
      this.dialog.close();
      this.dialog = null;
      this.publish();
      return;
    }
    if (this.controls.some((c) => c.name === 'back' && c.container.active))
      this.controls.find((c) => c.name === 'back')?.press();
  }

  /**
   * What assistive technology gets for this scene. The default mirrors every button in the
   * order drawn; scenes with cards, choices or inputs override it to give them their structure.
   */
  protected accessibleNodes(): A11yNode[] {
    return this.controlNodes();
  }

  /** Buttons as accessible nodes, optionally only some of them. */
  protected controlNodes(filter: (name: string) => boolean = () => true): A11yNode[] {
    return this.controls
      .filter((c) => c.container.active && filter(c.name))
      .map((c) => ({
        kind: 'button' as const,
        id: c.name,
        label: this.accessibleLabel(c.name, c.label),
        disabled: !c.enabled,
        onActivate: () => c.press(),
      }));
  }

  /** Spoken names for buttons whose visible label is a symbol or a shorthand. */
  protected accessibleLabel(name: string, visible: string): string {
    if (name === 'sound' && this.app.sound.status === 'unavailable')
      return 'Sound is unavailable in this browser: sound setting';
    if (name === 'sound')
      return this.app.settings.soundOn ? 'Sound is on: turn it off' : 'Sound is off: turn it on';
    if (name === 'back')
      return visible.replace(/^‹\s*/, 'Back to ').replace('Back to Menu', 'Back to the menu');
    return visible;
  }

  private accessibleView(): A11yView {
    if (this.dialog) {
      const { options } = this.dialog;
      return {
        heading: options.title,
        nodes: [
          { kind: 'text', text: options.message },
          ...this.controlNodes((name) => name.startsWith('dialog-')),
        ],
      };
    }
    return { heading: this.screenTitle || this.scene.key, nodes: this.accessibleNodes() };
  }

  /** Where the canvas should draw focus for a DOM element id; scenes add their own things. */
  protected focusTarget(id: string): FocusTarget | null {
    const control = this.controls.find((c) => c.name === id && c.container.active);
    if (!control) return null;
    return { bounds: control.container.getBounds(), pinned: control.container.scrollFactorY === 0 };
  }

  private showFocus(id: string | null): void {
    if (!this.focusRing || !this.scene.isActive()) return;
    const target = id ? this.focusTarget(id) : null;
    this.focusRing.show(target);
    if (target && !target.pinned) this.scrollIntoView(target.bounds);
  }

  private scrollIntoView(bounds: Phaser.Geom.Rectangle): void {
    const camera = this.cameras.main;
    const top = this.layout.touch + this.layout.margin;
    if (bounds.top - top < camera.scrollY) this.scrollBy(bounds.top - top - camera.scrollY);
    else if (bounds.bottom + top * 1.5 > camera.scrollY + this.layout.height)
      this.scrollBy(bounds.bottom + top * 1.5 - camera.scrollY - this.layout.height);
  }

  /** Height of the band `footer()` pins to the bottom; content scrolls above it. */
  protected get footerHeight(): number {
    return this.layout.touch + this.layout.margin * 2;
  }

  /**
   * The main action of a screen, pinned to the bottom over a band with a divider line, so it is
   * always in reach however far the content scrolls. Returns the button.
   */
  protected footer(
    options: Omit<ButtonOptions, 'x' | 'y' | 'width' | 'height' | 'fontSize'> & { width?: number },
  ): Button {
    const { layout } = this;
    const top = layout.height - this.footerHeight;
    this.pinned(
      this.add.rectangle(0, top, layout.width, this.footerHeight, PALETTE.background).setOrigin(0, 0),
      14,
    );
    this.pinned(this.add.rectangle(0, top, layout.width, 2, PALETTE.border).setOrigin(0, 0), 14);
    const button = this.button({
      variant: 'primary',
      ...options,
      x: layout.centreX,
      y: top + this.footerHeight / 2,
      width: options.width ?? Math.min(layout.column, 400),
      height: layout.touch,
      fontSize: layout.text.body,
    });
    this.pinned(button.container, 15);
    return button;
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
    // Scrolling changes where things are, not what they are: the DOM layer stays as it is.
    this.publish(false);
  }

  protected get canScroll(): boolean {
    return this.scrollLimit > 0;
  }

  protected publish(renderAccessibility = true): void {
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
          pinned: c.container.scrollFactorY === 0,
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
    if (renderAccessibility) this.app.a11y?.render(this.scene.key, this.accessibleView());
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
