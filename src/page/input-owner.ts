/**
 * One input owner at a time. While any dialog or panel of the page is open, the canvas takes
 * no pointer, touch or keyboard input and the round's clock stands still; a press is consumed
 * by what it landed on. Every dialog and panel claims input through here, so a new one cannot
 * bring back the tap that landed twice.
 */
export type OverlayKind = 'dialog' | 'panel';

export class InputOwner {
  private readonly open = new Map<symbol, OverlayKind>();
  private readonly listeners = new Set<(pageOwnsInput: boolean) => void>();

  /** Claims input for an overlay; call the returned function when it closes. */
  claim(kind: OverlayKind): () => void {
    const token = Symbol(kind);
    const before = this.pageOwnsInput;
    this.open.set(token, kind);
    if (!before) this.notify();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.open.delete(token);
      if (!this.pageOwnsInput) this.notify();
    };
  }

  /** True while a dialog or panel is open: the canvas must not react to anything. */
  get pageOwnsInput(): boolean {
    return this.open.size > 0;
  }

  get dialogOpen(): boolean {
    return [...this.open.values()].includes('dialog');
  }

  onChange(listener: (pageOwnsInput: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    const owned = this.pageOwnsInput;
    this.listeners.forEach((listener) => listener(owned));
  }
}
