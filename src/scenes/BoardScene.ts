import Phaser from 'phaser';
import type { BoardController } from '../app/board-controller';
import { addText } from '../ui/canvas-text';
import { EventCard, type CardDetail } from '../ui/event-card';
import {
  edgeScroll,
  insertionIndex,
  layoutLine,
  nearestGap,
  withMoved,
  type LineLayout,
} from '../ui/line-layout';
import type { BoardView, CardView } from '../views/board';
import { PlayScene, type Bounds } from './play-scene';
import { Scroller } from './scroller';

/** A pointer that moves less than this is a tap, not a drag. */
const TAP_SLOP = 8;
/** How close to the top or bottom of the line a dragged card starts scrolling it. */
const EDGE = 56;
/** How long a held card must stay in an edge zone before the line scrolls (a card passing through is not asking). */
const EDGE_DWELL_MS = 250;

/** A point on the board in CSS pixels. */
type StagePoint = { x: number; y: number };

interface Drag {
  card: EventCard;
  /** Where on the card the pointer took hold. */
  grabY: number;
  startX: number;
  startY: number;
  moved: boolean;
  /** Sort mode: the card's place when the drag began. */
  fromIndex: number;
  /** Whether the card has been inside the line, clear of its edge zones. */
  enteredLine: boolean;
  /** The scroll the edge zone the card is in asks for, and since when (ms). */
  edgeSpeed: number;
  edgeSince: number;
}

/**
 * The timeline board: the card to place (place mode) or every card (sort mode), the line, and
 * the gaps between its cards. It draws the BoardView and forwards input to the BoardController;
 * it decides nothing. Cards land with a flip; a wrong one slides to where it belongs.
 */
export class BoardScene extends PlayScene {
  private board!: BoardController;
  private view!: BoardView;
  private readonly cards = new Map<string, EventCard>();
  private deck: EventCard | null = null;
  private line!: Phaser.GameObjects.Container;
  private gapLayer!: Phaser.GameObjects.Graphics;
  private deckLabel: Phaser.GameObjects.Text | null = null;
  private lineTop = 0;
  /** The band behind the deck that cards scrolling up pass under. */
  private deckBand: Phaser.GameObjects.Rectangle | null = null;
  private scroller!: Scroller;
  private drag: Drag | null = null;
  /** Sort mode while dragging: where the dragged card would go. */
  private dropIndex: number | null = null;
  /** Place mode while dragging or after a tap on the deck: the gap the card would go into. */
  private hoverGap: number | null = null;
  private deckSelected = false;
  private landing = false;
  private shownLine: string[] = [];
  private edgeTimer: ReturnType<typeof setInterval> | null = null;

  constructor() {
    super('Board');
  }

  protected override enter(data: unknown): void {
    this.board = (data as { board: BoardController }).board;
    this.view = this.board.view();
    this.shownLine = this.view.line.map((c) => c.id);
    this.onShutdown(this.board.onChange(() => this.onViewChange()));
    this.input.on(Phaser.Input.Events.POINTER_DOWN, this.onDown, this);
    this.input.on(Phaser.Input.Events.POINTER_MOVE, this.onMove, this);
    this.input.on(Phaser.Input.Events.POINTER_UP, this.onUp, this);
    this.input.on(Phaser.Input.Events.POINTER_WHEEL, (_p: unknown, _o: unknown, _dx: number, dy: number) =>
      this.scroller.by(dy),
    );
    // With window events off (so a tap on a page dialog never reaches the canvas), a drag
    // released outside the canvas must still end.
    const release = (): void => this.cancelDrag();
    window.addEventListener('pointerup', release);
    window.addEventListener('pointercancel', release);
    this.onShutdown(() => {
      window.removeEventListener('pointerup', release);
      window.removeEventListener('pointercancel', release);
      this.stopEdgeScroll();
    });
  }

  protected override leave(): void {
    this.cards.clear();
    this.deck = null;
  }

  // -------------------------------------------------------------------------------------------
  // Building and laying out

  protected build(): void {
    this.cards.clear();
    this.deck = null;
    this.deckLabel = null;
    this.deckBand = null;
    this.endLabels = [];
    // A rebuild (a new size, say) ends any motion in progress: draw the view as it now is.
    this.view = this.board.view();
    this.shownLine = this.view.line.map((c) => c.id);
    this.landing = false;
    this.drag = null;
    this.hoverGap = null;
    this.dropIndex = null;
    this.stopEdgeScroll();
    this.bridge.gate.release('drag');
    const { m } = this;
    const view = this.view;
    let top = m.margin;
    if (view.deck) {
      this.deckLabel = addText(this, m.width / 2, top, view.deckLabel, {
        size: m.small,
        colour: this.palette.textMuted,
        bold: true,
        originX: 0.5,
      })
        .setLetterSpacing(2)
        .setDepth(21);
      top += this.deckLabel.height + 6;
      this.deck = new EventCard(this, view.deck, 'full', m, this.palette);
      this.deck.container.setPosition(m.width / 2, top + this.deck.height / 2).setDepth(20);
      this.deck.setPose(this.deckSelected ? 'selected' : 'rest');
      top += this.deck.height + m.margin;
    } else {
      this.deckSelected = false;
    }
    this.lineTop = top;
    const previous = this.scroller?.offset ?? 0;
    this.line = this.add.container(0, top);
    this.gapLayer = this.add.graphics();
    this.line.add(this.gapLayer);
    for (const card of view.line) {
      const widget = new EventCard(this, card, this.detailOf(card), m, this.palette);
      this.cards.set(card.id, widget);
      this.line.add(widget.container);
    }
    // Cards scrolling up pass under the deck's band rather than over it.
    if (view.deck)
      this.deckBand = this.add
        .rectangle(0, 0, m.width, top, this.palette.background)
        .setOrigin(0, 0)
        .setDepth(10);
    // The old scroller's glide or flick must not go on moving the new line.
    this.scroller?.stop();
    this.scroller = new Scroller(this.bridge.gate, (offset) => this.line.setY(this.lineTop - offset));
    this.layoutLine(false);
    this.scroller.setLimit(Math.max(0, this.contentHeight() - (m.height - top)));
    this.scroller.to(previous);
  }

  /** Older cards on a finished line go compact, so ten cards fit a phone; the newest stays full. */
  private detailOf(card: CardView): CardDetail {
    const view = this.view;
    if (!card.date) return 'full';
    if (view.mode === 'place' && !view.done && card.id === view.latestId) return 'full';
    return 'compact';
  }

  /** Height of a gap between cards; gaps to drop into are taller while a card is in hand. */
  private gapHeight(): number {
    return Math.round(this.m.gap * 1.6);
  }

  /** Room for the "Earliest" and "Latest" labels at the ends of a sort-mode list. */
  private endRoom(): number {
    return this.view.ends ? Math.round(this.m.small * 1.8) : 0;
  }

  /** Where everything on the line sits now: cards, gaps, and the line's height. */
  private arrange(order = this.displayOrder()): LineLayout {
    const held = this.drag?.card ?? (this.deckSelected ? this.deck : null);
    return layoutLine({
      order,
      heights: new Map([...this.cards].map(([id, card]) => [id, card.height])),
      gap: this.gapHeight(),
      endRoom: this.endRoom(),
      // Room opens where a card in hand would go.
      open:
        this.hoverGap !== null && held ? { at: this.hoverGap, size: held.height + this.gapHeight() } : null,
      bottomRoom: this.m.touch,
    });
  }

  private contentHeight(): number {
    return this.arrange().height;
  }

  /** The order the line shows: the view's, with a sort-mode card being dragged moved to where it would drop. */
  private displayOrder(): string[] {
    const order = this.shownLine.filter((id) => this.cards.has(id));
    if (this.drag && this.dropIndex !== null && this.view.mode === 'sort')
      return withMoved(order, this.drag.card.id, this.dropIndex);
    return order;
  }

  /** Where each card of the line sits (centre y, in line coordinates). */
  private slots(order = this.displayOrder()): Map<string, number> {
    return this.arrange(order).slots;
  }

  /** The gaps' centre lines (line coordinates): gap 0 above the first card, and so on. */
  private gapCentres(): number[] {
    return this.arrange().gaps;
  }

  private layoutLine(animated: boolean): void {
    const slots = this.slots();
    const x = this.m.width / 2;
    for (const [id, y] of slots) {
      const card = this.cards.get(id)!;
      if (this.drag?.card === card) continue;
      if (animated) this.animate({ targets: card.container, x, y, duration: 180, ease: 'Cubic.Out' });
      else card.container.setPosition(x, y);
    }
    this.drawGaps();
    this.scroller?.setLimit(Math.max(0, this.contentHeight() - (this.m.height - this.lineTop)));
  }

  /** The rail joining the cards' icons, and a "+" at every gap where the new card can go. */
  private drawGaps(): void {
    const g = this.gapLayer;
    g.clear();
    const { m, palette } = this;
    const order = this.displayOrder();
    const slots = this.slots(order);
    const railX = this.m.width / 2 - m.cardWidth / 2 + Math.round(m.body * 0.7) + Math.round(m.body * 1.05);
    const first = order[0] ? slots.get(order[0])! : 0;
    const lastId = order[order.length - 1];
    const last = lastId ? slots.get(lastId)! : 0;
    g.lineStyle(3, palette.line, 0.55);
    g.lineBetween(railX, first, railX, last);
    this.drawEnds(
      order.length > 0 ? first - (this.cards.get(order[0]!)?.height ?? 0) / 2 : 0,
      lastId ? last + (this.cards.get(lastId)?.height ?? 0) / 2 : 0,
    );
    if (!this.view.deck) return;
    const holding = this.drag !== null || this.deckSelected;
    this.gapCentres().forEach((y, index) => {
      const active = this.hoverGap === index;
      const colour = active ? palette.accent : palette.line;
      g.fillStyle(palette.background, 1);
      g.fillCircle(railX, y, active ? 13 : 10);
      g.lineStyle(2, colour, holding ? 1 : 0.7);
      g.strokeCircle(railX, y, active ? 13 : 10);
      g.lineBetween(railX - 5, y, railX + 5, y);
      g.lineBetween(railX, y - 5, railX, y + 5);
      if (holding) {
        g.lineStyle(2, colour, active ? 0.9 : 0.35);
        const left = railX + 18;
        const right = this.m.width / 2 + m.cardWidth / 2 - 8;
        for (let dash = left; dash < right; dash += 14) g.lineBetween(dash, y, Math.min(dash + 7, right), y);
      }
    });
  }

  private endLabels: Phaser.GameObjects.Text[] = [];

  /** Sort mode: "Earliest" above the list and "Latest" below it. */
  private drawEnds(top: number, bottom: number): void {
    const ends = this.view.ends;
    if (!ends) {
      this.endLabels.forEach((label) => label.setVisible(false));
      return;
    }
    if (this.endLabels.length === 0 || !this.endLabels[0]!.active) {
      const style = { size: this.m.small, colour: this.palette.textMuted, bold: true };
      this.endLabels = [
        addText(this, 0, 0, `↑ ${ends.top}`, { ...style, originY: 1 }).setLetterSpacing(1),
        addText(this, 0, 0, `↓ ${ends.bottom}`, style).setLetterSpacing(1),
      ];
      this.line.add(this.endLabels);
    }
    const left = this.m.width / 2 - this.m.cardWidth / 2 + 4;
    this.endLabels[0]!.setPosition(left, top - 2).setVisible(true);
    this.endLabels[1]!.setPosition(left, bottom + 2).setVisible(true);
  }

  // -------------------------------------------------------------------------------------------
  // The view changed (a placement, a move, a check): show it, with motion where there is some

  private onViewChange(): void {
    const before = this.view;
    const next = this.board.view();
    this.view = next;
    const added = next.line.find((c) => !this.cards.has(c.id));
    if (next.mode === 'place' && added) {
      this.land(added, before);
    } else if (next.mode === 'sort' && next.done && !before.done) {
      this.reveal();
    } else {
      this.refresh(true);
    }
  }

  /** Brings every card up to date with the view and moves it to its place. */
  private refresh(animated: boolean): void {
    const view = this.view;
    this.shownLine = view.line.map((c) => c.id);
    for (const card of view.line) {
      const widget = this.cards.get(card.id);
      widget?.update(card, this.detailOf(card));
      widget?.setPose(view.selectedId === card.id ? 'selected' : 'rest');
    }
    if (!view.deck && this.deck) {
      this.deck.destroy();
      this.deck = null;
      this.deckLabel?.destroy();
      this.deckLabel = null;
      this.rebuild();
      return;
    }
    if (view.deck && this.deck && this.deck.id !== view.deck.id) {
      this.deck.destroy();
      this.dealDeck(view.deck);
    }
    this.layoutLine(animated);
  }

  /** A new card comes off the pile into the deck slot. */
  private dealDeck(card: CardView): void {
    const deck = new EventCard(this, card, 'full', this.m, this.palette);
    const y = (this.deckLabel?.y ?? this.m.margin) + (this.deckLabel?.height ?? 0) + 6 + deck.height / 2;
    deck.container.setPosition(this.m.width / 2, y).setDepth(20);
    this.deck = deck;
    this.deckSelected = false;
    this.fitLineBelowDeck(y + deck.height / 2 + this.m.margin);
    if (!this.reducedMotion) {
      deck.container.setAlpha(0).setY(y - 24);
      this.animate({ targets: deck.container, alpha: 1, y, duration: 220, ease: 'Cubic.Out', delay: 120 });
    }
  }

  /**
   * Cards' titles wrap to different heights, so a taller card dealt into the deck slot moves the
   * line down (and a shorter one up): the deck never covers the top gap or the first card.
   */
  private fitLineBelowDeck(top: number): void {
    if (top === this.lineTop) return;
    this.lineTop = top;
    this.deckBand?.setSize(this.m.width, top);
    this.line.setY(top - this.scroller.offset);
    this.scroller.setLimit(Math.max(0, this.contentHeight() - (this.m.height - top)));
  }

  /**
   * A placed card lands where the player put it, flips to show its date and verdict, and, if it
   * was wrong, slides to where it belongs while the others make room.
   */
  private land(card: CardView, before: BoardView): void {
    const verdict = this.board.session.placements[this.board.session.placements.length - 1];
    const held = this.deck;
    this.deck = null;
    const widget =
      held && held.id === card.id ? held : new EventCard(this, card, 'full', this.m, this.palette);
    const world = widget.container.getWorldTransformMatrix();
    this.line.add(widget.container);
    widget.container.setPosition(world.tx, world.ty - this.line.y).setDepth(0);
    widget.setPose('rest');
    this.cards.set(card.id, widget);
    const chosen = verdict?.chosenGap ?? 0;
    const oldLine = before.line.map((c) => c.id);
    // First the card goes where the player put it …
    this.shownLine = [...oldLine.slice(0, chosen), card.id, ...oldLine.slice(chosen)];
    this.hoverGap = null;
    this.deckSelected = false;
    this.drag = null;
    if (this.view.deck) this.dealDeck(this.view.deck);
    else this.deckLabel?.setVisible(false);
    if (this.reducedMotion) {
      this.refresh(false);
      this.finishLine();
      this.scrollToCard(card.id);
      return;
    }
    this.landing = true;
    const slots = this.slots();
    const x = this.m.width / 2;
    this.layoutLine(true);
    this.tweens.add({
      targets: widget.container,
      x,
      y: slots.get(card.id)!,
      duration: 200,
      ease: 'Back.Out',
      onComplete: () => this.flip(widget, card, () => this.afterLanding(card, verdict?.right ?? true)),
    });
    this.bridge.gate.wake(400);
  }

  /**
   * The last card is down: the deck's band goes and the line moves up into its room, at once, in
   * this frame, rather than when the page's new footer later resizes the stage.
   */
  private finishLine(): void {
    if (!this.view.deck && this.lineTop > this.m.margin) this.rebuild();
  }

  private flip(widget: EventCard, card: CardView, done: () => void): void {
    this.tweens.add({
      targets: widget.container,
      scaleX: 0,
      duration: 90,
      ease: 'Sine.In',
      onComplete: () => {
        widget.update(card, 'full');
        this.layoutLine(true);
        this.tweens.add({
          targets: widget.container,
          scaleX: 1,
          duration: 140,
          ease: 'Back.Out',
          onComplete: done,
        });
      },
    });
    this.bridge.gate.wake(300);
  }

  protected override get holdsLayout(): boolean {
    return this.landing;
  }

  private afterLanding(card: CardView, right: boolean): void {
    const settle = (): void => {
      this.landing = false;
      this.refresh(true);
      this.finishLine();
      this.scrollToCard(card.id);
      // A wrong card's slide home takes 180 ms: a new size is drawn after it.
      this.releaseLayout(220);
    };
    if (right) {
      const widget = this.cards.get(card.id);
      if (widget)
        this.tweens.add({
          targets: widget.container,
          scale: 1.04,
          duration: 110,
          yoyo: true,
          ease: 'Sine.Out',
          onComplete: settle,
        });
      else settle();
      return;
    }
    // … then, if wrong, it slides home after a beat.
    this.bridge.gate.hold('landing');
    setTimeout(() => {
      this.bridge.gate.release('landing');
      if (!this.scene.isActive()) return;
      this.bridge.play('slide');
      settle();
    }, 550);
  }

  /** Sort mode: every card flips to its date and verdict, then the line moves into the right order. */
  private reveal(): void {
    const view = this.view;
    const playerOrder = view.playerOrder ?? this.shownLine;
    this.shownLine = playerOrder;
    if (this.reducedMotion) {
      this.refresh(false);
      return;
    }
    this.landing = true;
    playerOrder.forEach((id, i) => {
      const widget = this.cards.get(id);
      const card = view.line.find((c) => c.id === id);
      if (!widget || !card) return;
      this.tweens.add({
        targets: widget.container,
        scaleX: 0,
        duration: 90,
        delay: i * 90,
        onComplete: () => {
          widget.update(card, 'compact');
          this.layoutLine(true);
          this.tweens.add({ targets: widget.container, scaleX: 1, duration: 140, ease: 'Back.Out' });
          this.bridge.play('flip');
        },
      });
    });
    this.bridge.gate.hold('reveal');
    setTimeout(
      () => {
        this.bridge.gate.release('reveal');
        if (!this.scene.isActive()) return;
        this.landing = false;
        this.refresh(true);
        this.releaseLayout(220);
      },
      playerOrder.length * 90 + 900,
    );
  }

  private scrollToCard(id: string): void {
    const y = this.slots().get(id);
    const card = this.cards.get(id);
    if (y === undefined || !card) return;
    const visible = this.m.height - this.lineTop;
    const top = y - card.height / 2 - this.gapHeight();
    const bottom = y + card.height / 2 + this.gapHeight() * 2;
    const offset = this.scroller.offset;
    const target = top < offset ? top : bottom > offset + visible ? bottom - visible : null;
    if (target === null) return;
    if (this.reducedMotion) this.scroller.to(target);
    else this.scroller.glide(target);
  }

  // -------------------------------------------------------------------------------------------
  // Input

  private cardAt(pointer: StagePoint): EventCard | null {
    if (this.deck && contains(cardBounds(this.deck), pointer.x, pointer.y)) return this.deck;
    if (pointer.y < this.lineTop) return null;
    for (const card of this.cards.values()) if (contains(cardBounds(card), pointer.x, pointer.y)) return card;
    return null;
  }

  /** The gap nearest a point on the line (screen y), for a drop or a tap. */
  private gapAt(screenY: number): number {
    return nearestGap(this.gapCentres(), screenY - this.line.y);
  }

  /** Sort mode: the index a dragged card would take, from its centre. */
  private indexAt(screenY: number): number {
    const others = this.shownLine.filter((id) => id !== this.drag?.card.id);
    return insertionIndex(this.slots(this.shownLine), others, screenY - this.line.y);
  }

  private onDown(input: Phaser.Input.Pointer): void {
    const pointer = this.stagePoint(input);
    if (this.landing) return;
    const card = this.cardAt(pointer);
    const view = this.view;
    const draggable =
      card !== null &&
      ((view.mode === 'place' && card === this.deck) || (view.mode === 'sort' && !view.done));
    if (card && draggable) {
      const bounds = cardBounds(card);
      this.drag = {
        card,
        grabY: pointer.y - (bounds.y + bounds.height / 2),
        startX: pointer.x,
        startY: pointer.y,
        moved: false,
        fromIndex: this.shownLine.indexOf(card.id),
        enteredLine: view.mode === 'sort',
        edgeSpeed: 0,
        edgeSince: 0,
      };
      this.bridge.gate.hold('drag');
      return;
    }
    this.scroller.grab(pointer.y);
  }

  private onMove(input: Phaser.Input.Pointer): void {
    const pointer = { ...this.stagePoint(input), isDown: input.isDown };
    const drag = this.drag;
    if (!drag) {
      if (pointer.isDown) this.scroller.move(pointer.y);
      return;
    }
    if (!drag.moved && Math.hypot(pointer.x - drag.startX, pointer.y - drag.startY) < TAP_SLOP) return;
    if (!drag.moved) this.lift(drag);
    this.follow(pointer.x, pointer.y);
    this.updateEdgeScroll(pointer.y);
  }

  private lift(drag: Drag): void {
    drag.moved = true;
    this.bridge.play('pickup');
    if (drag.card !== this.deck) {
      // Out of the scrolling line, so it follows the finger whatever the line does.
      const world = drag.card.container.getWorldTransformMatrix();
      this.line.remove(drag.card.container);
      drag.card.container.setPosition(world.tx, world.ty);
    }
    drag.card.container.setDepth(50);
    drag.card.setPose('lifted');
    this.board.select(null);
  }

  private follow(x: number, y: number): void {
    const drag = this.drag!;
    drag.card.container.setPosition(
      Phaser.Math.Clamp(x, this.m.width / 2 - 20, this.m.width / 2 + 20),
      y - drag.grabY,
    );
    if (this.view.mode === 'place') {
      const over = y > this.lineTop - 10;
      const gap = over ? this.gapAt(y) : null;
      if (gap !== this.hoverGap) {
        this.hoverGap = gap;
        this.layoutLine(true);
      }
    } else {
      const index = this.indexAt(y);
      if (index !== this.dropIndex) {
        this.dropIndex = index;
        this.layoutLine(true);
      }
    }
  }

  private onUp(input: Phaser.Input.Pointer): void {
    const pointer = this.stagePoint(input);
    this.stopEdgeScroll();
    const drag = this.drag;
    if (!drag) {
      const tapped = this.scroller.release();
      if (tapped) this.tap(pointer);
      return;
    }
    this.drag = null;
    this.bridge.gate.release('drag');
    if (!drag.moved) {
      this.tapCard(drag.card);
      return;
    }
    if (this.view.mode === 'place') {
      const gap = this.hoverGap;
      if (gap !== null && pointer.y > this.lineTop - 10) {
        this.board.place(gap);
        return;
      }
      this.hoverGap = null;
      this.returnDeck(drag.card);
    } else {
      const index = this.dropIndex ?? drag.fromIndex;
      this.dropIndex = null;
      this.line.add(drag.card.container);
      const world = drag.card.container;
      world.setY(world.y - this.line.y);
      drag.card.setPose('rest');
      drag.card.container.setDepth(0);
      this.board.moveTo(drag.card.id, index);
      if (index === drag.fromIndex) this.layoutLine(true);
    }
  }

  /** A pointer released outside the canvas ends a drag where the card was taken from. */
  private cancelDrag(): void {
    const drag = this.drag;
    if (!drag || !this.scene.isActive()) return;
    if (this.input.activePointer.isDown) return;
    this.drag = null;
    this.hoverGap = null;
    this.dropIndex = null;
    this.bridge.gate.release('drag');
    this.stopEdgeScroll();
    if (drag.card === this.deck) this.returnDeck(drag.card);
    else this.refresh(true);
  }

  private returnDeck(card: EventCard): void {
    card.setPose(this.deckSelected ? 'selected' : 'rest');
    const y = (this.deckLabel?.y ?? this.m.margin) + (this.deckLabel?.height ?? 0) + 6 + card.height / 2;
    this.animate({ targets: card.container, x: this.m.width / 2, y, duration: 200, ease: 'Cubic.Out' });
    this.layoutLine(true);
  }

  private tapCard(card: EventCard): void {
    const view = this.view;
    if (view.mode === 'place' && card === this.deck) {
      this.deckSelected = !this.deckSelected;
      card.setPose(this.deckSelected ? 'selected' : 'rest');
      if (this.deckSelected) this.bridge.play('pickup');
      this.drawGaps();
      return;
    }
    if (view.mode === 'sort' && !view.done) {
      const selected = view.selectedId;
      if (selected && selected !== card.id) this.board.moveTo(selected, this.shownLine.indexOf(card.id));
      else this.board.select(card.id);
    }
  }

  /**
   * A tap on the line: with the deck card picked up, anywhere on the line puts it in the nearest
   * gap; without, a tap on a gap (there is only one card to place) puts it there, and a tap on a
   * card does not. Once done, a card's "how we know".
   */
  private tap(pointer: StagePoint): void {
    if (this.landing || pointer.y < this.lineTop) return;
    const view = this.view;
    const card = this.cardAt(pointer);
    if (view.mode === 'place' && view.deck && (this.deckSelected || !card)) {
      this.board.place(this.gapAt(pointer.y));
      return;
    }
    if (!card) return;
    if (view.done) this.board.openCard(card.id);
    else this.tapCard(card);
  }

  private updateEdgeScroll(y: number): void {
    const drag = this.drag;
    if (!drag) return;
    if (y >= this.lineTop + EDGE && y <= this.m.height - EDGE) drag.enteredLine = true;
    const speed = edgeScroll({
      y,
      lineTop: this.lineTop,
      height: this.m.height,
      edge: EDGE,
      enteredLine: drag.enteredLine,
    });
    if (Math.sign(speed) !== Math.sign(drag.edgeSpeed)) drag.edgeSince = performance.now();
    drag.edgeSpeed = speed;
    if (speed === 0) {
      this.stopEdgeScroll();
      return;
    }
    // One timer while the card is in a zone; it reads the speed the last move asked for.
    if (this.edgeTimer) return;
    this.edgeTimer = setInterval(() => {
      const held = this.drag;
      if (!held || held.edgeSpeed === 0) return this.stopEdgeScroll();
      if (performance.now() - held.edgeSince < EDGE_DWELL_MS) return;
      // A line already at that end (or one that fits on screen) does not move: nothing to redo.
      if (!this.scroller.by(held.edgeSpeed)) return;
      this.follow(held.card.container.x, held.card.container.y + held.grabY);
    }, 16);
  }

  private stopEdgeScroll(): void {
    if (this.edgeTimer) clearInterval(this.edgeTimer);
    this.edgeTimer = null;
  }

  // -------------------------------------------------------------------------------------------

  protected boundsOf(id: string): Bounds | null {
    if (id === 'deck' && this.deck) return cardBounds(this.deck);
    if (id.startsWith('gap-')) {
      const y = this.gapCentres()[Number(id.slice(4))];
      if (y === undefined) return null;
      this.ensureVisible(y, 20);
      const { m } = this;
      return { x: m.width / 2 - m.cardWidth / 2, y: this.line.y + y - 14, width: m.cardWidth, height: 28 };
    }
    const cardId = id.replace(/^(card|earlier|later)-/, '');
    const card = this.cards.get(cardId);
    if (!card) return null;
    const slot = this.slots().get(cardId);
    if (slot !== undefined) this.ensureVisible(slot, card.height / 2);
    return cardBounds(card);
  }

  private ensureVisible(lineY: number, half: number): void {
    const visible = this.m.height - this.lineTop;
    const offset = this.scroller.offset;
    if (lineY - half < offset) this.scroller.to(lineY - half - 8);
    else if (lineY + half > offset + visible) this.scroller.to(lineY + half - visible + 8);
  }

  protected override readout(): Record<string, unknown> {
    const bounds = cardBounds;
    return {
      mode: this.view.mode,
      done: this.view.done,
      landing: this.landing,
      lineTop: this.lineTop,
      scroll: this.scroller?.offset ?? 0,
      deck: this.deck ? { id: this.deck.id, ...bounds(this.deck) } : null,
      /** Whether the card to place has been picked up (tapped), waiting for a gap. */
      deckSelected: this.deckSelected,
      cards: this.shownLine.flatMap((id) => {
        const card = this.cards.get(id);
        return card ? [{ id, ...bounds(card) }] : [];
      }),
      gaps: this.view.deck
        ? this.gapCentres().map((y, index) => ({ index, y: y + (this.line?.y ?? 0) }))
        : [],
    };
  }
}

/** A card's rectangle on screen, from its position and size (a container's own bounds follow its children). */
function cardBounds(card: EventCard): Bounds {
  const world = card.container.getWorldTransformMatrix();
  return {
    x: world.tx - card.width / 2,
    y: world.ty - card.height / 2,
    width: card.width,
    height: card.height,
  };
}

function contains(bounds: Bounds, x: number, y: number): boolean {
  return x >= bounds.x && x <= bounds.x + bounds.width && y >= bounds.y && y <= bounds.y + bounds.height;
}
