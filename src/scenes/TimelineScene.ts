import Phaser from 'phaser';
import type { A11yListItem, A11yNode } from '../a11y/model';
import type { TimelineEvent } from '../content/schema';
import type { RoundSession } from '../state/round-session';
import { addCard, cardTitleSize, type Card, type CardLook } from '../ui/card';
import type { FocusTarget } from '../ui/focus-ring';
import type { Layout } from '../ui/layout';
import { addText } from '../ui/text';
import { PALETTE } from '../ui/theme';
import { BaseScene } from './BaseScene';

/** A press becomes a drag once the pointer travels this far; less is a tap. */
const DRAG_THRESHOLD = 8;
/** How close to the top or bottom edge (px) a dragged card must be to scroll the list. */
const EDGE_SCROLL_ZONE = 48;

interface Press {
  id: string;
  startX: number;
  startY: number;
  /** Pointer position relative to the card's centre when it was grabbed. */
  offsetX: number;
  offsetY: number;
  dragging: boolean;
  /** Slot the dragged card would land in now. */
  target: number;
}

interface SlotGeometry {
  x: number;
  /** Centre y of slot 0, in world coordinates. */
  firstY: number;
  pitch: number;
  cardWidth: number;
  cardHeight: number;
}

/**
 * The ordering board: the round's cards in a column, earliest at the top. Drag a card (mouse or
 * finger) or tap a card and then tap the place it should go. Check order asks the rules for a
 * verdict per card; the reveal scene then shows the correct order and why.
 */
export class TimelineScene extends BaseScene {
  private session!: RoundSession;
  private cards = new Map<string, Card>();
  private slots!: SlotGeometry;
  private press: Press | null = null;
  private selected: string | null = null;
  /** A card picked up with the keyboard, and where it started (Escape puts it back). */
  private held: { id: string; from: number } | null = null;
  private status!: Phaser.GameObjects.Text;
  private cardFontSize = 16;

  constructor() {
    super('Timeline');
  }

  protected override enter(): void {
    const session = this.app.session;
    if (!session) {
      this.scene.start('Title');
      return;
    }
    this.session = session;
    this.press = null;
    this.selected = null;
    this.held = null;
    this.input.on(Phaser.Input.Events.POINTER_MOVE, this.onPointerMove, this);
    this.input.on(Phaser.Input.Events.POINTER_UP, this.onPointerUp, this);
    this.input.on(Phaser.Input.Events.GAME_OUT, this.onPointerUp, this);
  }

  protected override draw(layout: Layout): void {
    if (!this.session) return;
    const checked = this.session.phase !== 'ordering';
    const top = this.topBar(checked ? 'Your timeline' : 'Put the events in order');
    const { margin, text, column, columnLeft } = layout;
    let y = top + margin / 2;

    const score = this.session.ordering;
    const instructions = score
      ? `${score.correctPairs} of ${score.totalPairs} pairs in the right order. ${score.perfect ? 'A perfect timeline!' : 'A card marked Wrong sits on the wrong side of at least one other card.'}`
      : 'Drag each card to its place, or tap a card and then tap where it goes. Earliest at the top.';
    this.status = addText(this, columnLeft, y, instructions, {
      size: text.small,
      colour: PALETTE.textMuted,
      wrap: column,
    });
    y += this.status.height + margin / 2;

    const footer = this.footerHeight;
    const edgeLabel = text.small * 1.6;
    const cardCount = this.session.order.length;
    const gap = Math.max(6, margin / 3);
    const available = layout.height - y - footer - edgeLabel * 2;
    // Cards share the height; below a touch-friendly minimum the list scrolls instead.
    const cardHeight = Phaser.Math.Clamp(available / cardCount - gap, layout.touch, text.body * 4.2);
    const railWidth = Math.max(36, text.body * 2.2);

    addText(this, columnLeft + railWidth, y, 'EARLIEST', {
      size: text.small,
      bold: true,
      colour: PALETTE.textMuted,
    });
    y += edgeLabel;
    this.slots = {
      x: columnLeft + railWidth + (column - railWidth) / 2,
      firstY: y + cardHeight / 2,
      pitch: cardHeight + gap,
      cardWidth: column - railWidth,
      cardHeight,
    };
    this.drawRail(columnLeft, railWidth, cardCount);
    const listBottom = y + cardCount * this.slots.pitch;
    addText(this, columnLeft + railWidth, listBottom, 'LATEST', {
      size: text.small,
      bold: true,
      colour: PALETTE.textMuted,
    });

    this.cards.clear();
    // One type size for every card: a long title shrinks them all a little, not itself a lot.
    this.cardFontSize = cardTitleSize(
      this,
      this.session.plan.cards.map((event) => event.title),
      this.slots.cardWidth,
      this.slots.cardHeight,
      layout.text.body,
      checked ? 'right' : 'idle',
    );
    const events = new Map(this.session.plan.cards.map((event) => [event.id, event]));
    this.session.order.forEach((id, slot) => {
      const event = events.get(id);
      if (event) this.placeCard(event, slot);
    });
    this.setContentHeight(listBottom + edgeLabel + margin, footer);
    this.footer({
      label: checked ? 'See the correct order' : 'Check order',
      name: checked ? 'continue' : 'check-order',
      onPress: () => (checked ? this.scene.start('Reveal') : this.checkOrder()),
    });
  }

  private drawRail(left: number, railWidth: number, count: number): void {
    const { firstY, pitch } = this.slots;
    const x = left + railWidth / 2 - 4;
    this.add.rectangle(x, firstY, 4, pitch * (count - 1), PALETTE.border).setOrigin(0.5, 0);
    for (let i = 0; i < count; i++) {
      this.add
        .circle(x, firstY + i * pitch, Math.min(16, railWidth / 2.4), PALETTE.surfaceRaised)
        .setStrokeStyle(2, PALETTE.border);
      addText(this, x, firstY + i * pitch, String(i + 1), {
        size: this.layout.text.small,
        bold: true,
        originX: 0.5,
        originY: 0.5,
      });
    }
  }

  private placeCard(event: TimelineEvent, slot: number): void {
    const verdict = this.session.ordering?.verdicts.find((v) => v.id === event.id);
    const look: CardLook = verdict
      ? verdict.correct
        ? 'right'
        : 'wrong'
      : this.held?.id === event.id
        ? 'lifted'
        : this.selected === event.id
          ? 'selected'
          : 'idle';
    const card = addCard(this, {
      x: this.slots.x,
      y: this.slotY(slot),
      width: this.slots.cardWidth,
      height: this.slots.cardHeight,
      title: event.title,
      fontSize: this.cardFontSize,
      look,
    });
    this.cards.set(event.id, card);
    if (this.session.phase === 'ordering') {
      card.hitArea.setInteractive({ useHandCursor: true });
      card.hitArea.on(Phaser.Input.Events.GAMEOBJECT_POINTER_DOWN, (pointer: Phaser.Input.Pointer) =>
        this.onCardDown(event.id, pointer),
      );
    }
  }

  private slotY(slot: number): number {
    return this.slots.firstY + slot * this.slots.pitch;
  }

  private slotAt(worldY: number): number {
    const slot = Math.round((worldY - this.slots.firstY) / this.slots.pitch);
    return Phaser.Math.Clamp(slot, 0, this.session.order.length - 1);
  }

  private onCardDown(id: string, pointer: Phaser.Input.Pointer): void {
    const card = this.cards.get(id);
    if (!card || this.session.phase !== 'ordering') return;
    this.press = {
      id,
      startX: pointer.x,
      startY: pointer.y,
      offsetX: pointer.x - card.container.x,
      offsetY: pointer.y + this.cameras.main.scrollY - card.container.y,
      dragging: false,
      target: this.session.order.indexOf(id),
    };
  }

  private onPointerMove(pointer: Phaser.Input.Pointer): void {
    const press = this.press;
    if (!press || !pointer.isDown) return;
    const card = this.cards.get(press.id);
    if (!card) return;
    if (!press.dragging) {
      if (Math.hypot(pointer.x - press.startX, pointer.y - press.startY) < DRAG_THRESHOLD) return;
      press.dragging = true;
      this.selected = null;
      card.setLook('lifted');
      // Above the pinned footer, so the card stays in sight under the finger at the bottom edge.
      card.container.setDepth(30);
      this.app.sound.play('pickup');
    }
    this.followPointer(pointer);
  }

  /** While a dragged card is held near the top or bottom edge, the list keeps scrolling under it. */
  override update(): void {
    const press = this.press;
    if (!press?.dragging || !this.canScroll) return;
    const pointer = this.input.activePointer;
    const zone = EDGE_SCROLL_ZONE + this.layout.touch;
    const speed = Math.max(6, this.slots.pitch / 8);
    if (pointer.y < zone) this.scrollBy(-speed);
    else if (pointer.y > this.layout.height - zone) this.scrollBy(speed);
    else return;
    this.followPointer(pointer);
  }

  private followPointer(pointer: Phaser.Input.Pointer): void {
    const press = this.press;
    const card = press && this.cards.get(press.id);
    if (!press || !card) return;
    // worldY lags a scroll until the next input event, so work from the camera directly.
    const worldY = pointer.y + this.cameras.main.scrollY;
    card.container.setPosition(pointer.x - press.offsetX, worldY - press.offsetY);
    const target = this.slotAt(card.container.y);
    if (target !== press.target) {
      press.target = target;
      this.makeRoom(press.id, target);
    }
  }

  /** Slides the other cards to where they will sit if the dragged card lands at `target`. */
  private makeRoom(draggedId: string, target: number): void {
    const others = this.session.order.filter((id) => id !== draggedId);
    others.splice(target, 0, draggedId);
    others.forEach((id, slot) => {
      if (id === draggedId) return;
      this.moveCardTo(id, slot);
    });
  }

  private moveCardTo(id: string, slot: number): void {
    const card = this.cards.get(id);
    if (!card) return;
    this.tweens.killTweensOf(card.container);
    this.tweens.add({
      targets: card.container,
      x: this.slots.x,
      y: this.slotY(slot),
      duration: this.reducedMotion ? 0 : 140,
      ease: 'Quad.easeOut',
    });
  }

  private onPointerUp(): void {
    const press = this.press;
    this.press = null;
    if (!press) return;
    if (press.dragging) {
      this.drop(press.id, press.target);
    } else {
      this.tap(press.id);
    }
  }

  private drop(id: string, slot: number): void {
    this.session.moveCard(id, slot);
    this.app.sound.play('drop');
    this.cards.get(id)?.setLook('idle');
    this.cards.get(id)?.container.setDepth(0);
    this.session.order.forEach((cardId, i) => this.moveCardTo(cardId, i));
    this.announce(`Moved to position ${slot + 1} of ${this.session.order.length}.`);
  }

  /** Tap once to pick a card, then tap another card to put the first one in its place. */
  private tap(id: string): void {
    if (this.selected === null) {
      this.selected = id;
      this.cards.get(id)?.setLook('selected');
      this.app.sound.play('pickup');
      this.announce('Now tap the place where this card goes.');
      return;
    }
    const previous = this.selected;
    this.selected = null;
    this.cards.get(previous)?.setLook('idle');
    if (previous === id) {
      this.announce('Card put back.');
      return;
    }
    this.drop(previous, this.session.order.indexOf(id));
  }

  private announce(message: string): void {
    this.status.setText(message);
    this.publish();
    this.app.a11y?.announce(message);
  }

  private titleOf(id: string): string {
    return this.session.plan.cards.find((c) => c.id === id)?.title ?? id;
  }

  private positionWords(id: string): string {
    return `position ${this.session.order.indexOf(id) + 1} of ${this.session.order.length}`;
  }

  /** Keyboard and screen-reader moves: one place earlier or later, the others shifting. */
  private shift(id: string, by: -1 | 1): void {
    const from = this.session.order.indexOf(id);
    const to = from + by;
    if (to < 0 || to >= this.session.order.length || this.session.phase !== 'ordering') return;
    this.session.moveCard(id, to);
    this.session.order.forEach((cardId, i) => this.moveCardTo(cardId, i));
    this.app.sound.play('drop');
    this.announce(`${this.titleOf(id)}, ${this.positionWords(id)}.`);
    this.app.a11y?.focus(`card-${id}`);
  }

  /** Space picks up and drops, arrows move a held card (or walk the list), Escape cancels, Enter checks. */
  private onCardKey(id: string, key: string): boolean {
    if (this.session.phase !== 'ordering') return false;
    const held = this.held;
    switch (key) {
      case ' ':
      case 'Spacebar':
        if (held) {
          this.held = null;
          this.cards.get(id)?.setLook('idle');
          this.app.sound.play('drop');
          this.announce(`Dropped ${this.titleOf(id)} at ${this.positionWords(id)}.`);
        } else {
          this.held = { id, from: this.session.order.indexOf(id) };
          this.cards.get(id)?.setLook('lifted');
          this.app.sound.play('pickup');
          this.announce(
            `Picked up ${this.titleOf(id)}, ${this.positionWords(id)}. Arrow keys move it, Space drops it, Escape cancels.`,
          );
        }
        return true;
      case 'ArrowUp':
      case 'ArrowDown': {
        const by = key === 'ArrowUp' ? -1 : 1;
        if (held?.id === id) {
          this.shift(id, by);
        } else {
          const neighbour = this.session.order[this.session.order.indexOf(id) + by];
          if (neighbour) this.app.a11y?.focus(`card-${neighbour}`);
        }
        return true;
      }
      case 'Escape':
        if (!held) return false;
        this.held = null;
        this.session.moveCard(held.id, held.from);
        this.session.order.forEach((cardId, i) => this.moveCardTo(cardId, i));
        this.cards.get(held.id)?.setLook('idle');
        this.announce(`Move cancelled: ${this.titleOf(held.id)} is back at ${this.positionWords(held.id)}.`);
        this.app.a11y?.focus(`card-${held.id}`);
        return true;
      case 'Enter':
        if (held) return false;
        this.checkOrder();
        return true;
      default:
        return false;
    }
  }

  protected override accessibleNodes(): A11yNode[] {
    if (!this.session) return [];
    const checked = this.session.ordering;
    const verdicts = new Map(checked?.verdicts.map((v) => [v.id, v.correct]));
    const count = this.session.order.length;
    const items: A11yListItem[] = this.session.order.map((id, i) => {
      const verdict = verdicts.get(id);
      const state =
        verdict === undefined ? (this.held?.id === id ? ', picked up' : '') : verdict ? ', right' : ', wrong';
      return {
        id: `card-${id}`,
        label: `${this.titleOf(id)}, position ${i + 1} of ${count}${state}`,
        onKey: (key) => this.onCardKey(id, key),
        actions: checked
          ? []
          : [
              {
                id: `move-earlier-${id}`,
                label: `Move ${this.titleOf(id)} earlier`,
                disabled: i === 0,
                onActivate: () => this.shift(id, -1),
              },
              {
                id: `move-later-${id}`,
                label: `Move ${this.titleOf(id)} later`,
                disabled: i === count - 1,
                onActivate: () => this.shift(id, 1),
              },
            ],
      };
    });
    return [
      { kind: 'text', text: this.status?.text ?? '' },
      ...(checked
        ? []
        : [
            {
              kind: 'text' as const,
              text: 'On a card: Space picks it up, arrow keys move it, Space drops it, Escape cancels. Enter checks the order.',
            },
          ]),
      { kind: 'list', id: 'timeline', label: 'Timeline, earliest first', ordered: true, items },
      ...this.controlNodes(),
    ];
  }

  protected override focusTarget(id: string): FocusTarget | null {
    const cardId = id.replace(/^(card|move-earlier|move-later)-/, '');
    const card = id === cardId ? undefined : this.cards.get(cardId);
    if (card) return { bounds: card.container.getBounds(), pinned: false };
    return super.focusTarget(id);
  }

  protected override escape(): void {
    // Escape with a held card is handled on the card itself; otherwise it means "back".
    if (!this.held) super.escape();
  }

  private checkOrder(): void {
    // A card held or selected when the order is checked is simply put down.
    this.held = null;
    this.selected = null;
    const score = this.session.checkOrder();
    this.app.sound.play(score.perfect ? 'correct' : 'wrong');
    this.redraw();
    const wrong = score.verdicts.filter((v) => !v.correct).length;
    this.app.a11y?.announce(
      `${score.correctPairs} of ${score.totalPairs} pairs in the right order. ` +
        (wrong === 0 ? 'Every card is right.' : `${wrong} of ${score.verdicts.length} cards are wrong.`),
    );
  }

  protected override readout(): Record<string, unknown> {
    if (!this.session) return {};
    const camera = this.cameras.main;
    return {
      phase: this.session.phase,
      order: [...this.session.order],
      selected: this.selected,
      cards: this.session.order.map((id) => {
        const card = this.cards.get(id);
        return {
          id,
          title: this.session.plan.cards.find((c) => c.id === id)?.title,
          x: card?.container.x ?? 0,
          y: (card?.container.y ?? 0) - camera.scrollY,
          slotY: this.slotY(this.session.order.indexOf(id)) - camera.scrollY,
          pitch: this.slots.pitch,
        };
      }),
      verdicts: this.session.ordering?.verdicts.map((v) => ({ id: v.id, correct: v.correct })) ?? null,
      score: this.session.ordering
        ? { correctPairs: this.session.ordering.correctPairs, totalPairs: this.session.ordering.totalPairs }
        : null,
    };
  }
}
