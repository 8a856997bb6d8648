import type { Pack } from '../content/schema';
import type { SoundName } from '../audio/sound-player';
import type { PlacementVerdict } from '../rules/placement';
import type { RoundSession } from '../state/round-session';
import { boardView, type BoardAction, type BoardInteraction, type BoardView } from '../views/board';

/** What the board's actions reach outside the round: sound, the live region, the next screen. */
export interface BoardEffects {
  play(sound: SoundName): void;
  announce(message: string): void;
  /** Opens "how we know" for a card. */
  openCard(id: string): void;
  /** The primary action once the board is done: on to the quiz or the results. */
  advance(action: BoardAction['id']): void;
}

/**
 * The board's one set of actions, called alike by the canvas (drags, taps) and the page's
 * accessibility layer (buttons, keys), so both do exactly the same thing. It owns the only
 * state that is not the round's: which card a tap has picked up.
 */
export class BoardController {
  private interaction: BoardInteraction = { selectedId: null };
  private readonly listeners = new Set<() => void>();
  private readonly unsubscribe: () => void;

  constructor(
    readonly pack: Pack,
    readonly session: RoundSession,
    private readonly effects: BoardEffects,
  ) {
    this.unsubscribe = session.onChange(() => this.changed());
  }

  view(): BoardView {
    return boardView(this.pack, this.session, this.interaction);
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.listeners.forEach((listener) => listener());
  }

  dispose(): void {
    this.unsubscribe();
    this.listeners.clear();
  }

  /** Place mode: puts the waiting card into a gap. */
  place(gap: number): PlacementVerdict | null {
    const verdict = this.session.place(gap);
    if (!verdict) return null;
    // A wrong card also whooshes home, but that sound belongs to the motion (the scene plays it).
    this.effects.play(verdict.right ? 'flip' : 'wrong');
    const view = this.view();
    const said = [view.feedback?.text, view.done ? view.status : ''].filter(Boolean).join(' ');
    this.effects.announce(said);
    if (view.done) this.effects.play('complete');
    return verdict;
  }

  /** Sort mode: picks a card up by tap (or Space), or puts it back down when tapped again. */
  select(id: string | null): void {
    if (this.session.mode !== 'sort' || this.session.phase !== 'board') return;
    const next = id === this.interaction.selectedId ? null : id;
    if (next === this.interaction.selectedId) return;
    this.interaction = { selectedId: next };
    if (next) this.effects.play('pickup');
    this.changed();
  }

  get selectedId(): string | null {
    return this.interaction.selectedId;
  }

  /** Sort mode: moves a card to a place in the order; any card picked up by tap is put down. */
  moveTo(id: string, index: number): void {
    if (this.session.mode !== 'sort' || this.session.phase !== 'board') return;
    const before = this.session.order.indexOf(id);
    this.interaction = { selectedId: null };
    this.session.moveCard(id, index);
    const after = this.session.order.indexOf(id);
    this.effects.play('drop');
    if (after !== before) {
      const event = this.session.event(id);
      this.effects.announce(`${event.title}: now ${after + 1} of ${this.session.order.length}.`);
    }
    this.changed();
  }

  /** Sort mode, by keys: one place earlier (-1) or later (+1); a picked-up card stays picked up. */
  moveBy(id: string, delta: number): void {
    const index = this.session.order.indexOf(id);
    if (index < 0) return;
    const keep = this.interaction.selectedId === id;
    this.moveTo(id, index + delta);
    if (keep) {
      this.interaction = { selectedId: id };
      this.changed();
    }
  }

  /** The board's main button: check the order, or go on once it is done. */
  primary(): void {
    const action = this.view().primary;
    if (!action) return;
    if (action.id === 'check') {
      this.interaction = { selectedId: null };
      const score = this.session.checkOrder();
      if (score) {
        this.effects.play(score.perfect ? 'complete' : 'wrong');
        this.effects.announce(this.view().status);
      }
      return;
    }
    this.effects.advance(action.id);
  }

  openCard(id: string): void {
    if (this.session.phase === 'board' && this.session.mode === 'sort') return;
    this.effects.openCard(id);
  }
}
