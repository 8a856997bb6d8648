import type Phaser from 'phaser';

/**
 * Draws only while something moves. Phaser redraws every frame by default, so an idle board
 * would cost as much as a busy one; the gate puts the game loop to sleep once a frame has been
 * drawn with no tween running, no pointer held and no one holding it awake, and wakes it on
 * input, on resize and whenever a scene changes what it shows.
 */
export class RenderGate {
  private readonly holds = new Set<string>();
  private awakeUntil = 0;
  private readonly onPostRender = (): void => this.afterFrame();

  constructor(private readonly game: Phaser.Game) {
    game.events.on('postrender', this.onPostRender);
    const canvas = game.canvas;
    const wake = (): void => this.wake();
    for (const type of ['pointerdown', 'pointermove', 'pointerup', 'wheel', 'touchstart', 'touchmove'])
      canvas.addEventListener(type, wake, { passive: true });
  }

  /** Keeps drawing for at least `ms` (a change that will settle by itself). */
  wake(ms = 120): void {
    this.awakeUntil = Math.max(this.awakeUntil, performance.now() + ms);
    if (!this.game.loop.running) this.game.loop.wake(true);
  }

  /** Keeps drawing until released (a drag, a running countdown). */
  hold(reason: string): void {
    this.holds.add(reason);
    this.wake();
  }

  release(reason: string): void {
    this.holds.delete(reason);
    this.wake();
  }

  get sleeping(): boolean {
    return !this.game.loop.running;
  }

  private afterFrame(): void {
    if (this.holds.size > 0 || performance.now() < this.awakeUntil) return;
    if (this.game.input.activePointer?.isDown) return;
    const busy = this.game.scene.getScenes(true).some((scene) => scene.tweens.getTweens().length > 0);
    if (!busy) this.game.loop.sleep();
  }

  destroy(): void {
    this.game.events.off('postrender', this.onPostRender);
  }
}
