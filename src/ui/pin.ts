import Phaser from 'phaser';

export type Pinnable = Phaser.GameObjects.GameObject &
  Phaser.GameObjects.Components.ScrollFactor &
  Phaser.GameObjects.Components.Depth;

/**
 * Fixes an object to the screen while the scene scrolls. Phaser hit-tests each child of a
 * container with the child's own scroll factor (and Container.setScrollFactor(…, true) skips
 * them), so every descendant is set too; otherwise a pinned button stops taking clicks once
 * the page has scrolled.
 */
export function pinToScreen<T extends Pinnable>(object: T, depth: number): T {
  object.setScrollFactor(0).setDepth(depth);
  const pending: Phaser.GameObjects.GameObject[] = [object];
  while (pending.length > 0) {
    const next = pending.pop();
    if (next instanceof Phaser.GameObjects.Container) {
      for (const child of next.list) {
        (child as unknown as Phaser.GameObjects.Components.ScrollFactor).setScrollFactor?.(0);
        pending.push(child);
      }
    }
  }
  return object;
}
