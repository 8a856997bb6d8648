import type Phaser from 'phaser';
import type { A11yNode } from '../a11y/model';
import type { TimelineEvent } from '../content/schema';
import { formatPartialDate } from '../rules/dates';
import { revealOrder } from '../rules/order';
import type { RoundSession } from '../state/round-session';
import { BASIS_WORDS, paragraphList } from '../ui/labels';
import type { Layout } from '../ui/layout';
import { addPanel } from '../ui/panel';
import { addText } from '../ui/text';
import { PALETTE, VERDICT, cssColour } from '../ui/theme';
import { BaseScene } from './BaseScene';

const INTRO = 'Earliest first. Each date is given only as precisely as we know it, with where it comes from.';

/**
 * The correct chronology after Check order: each event's date at the precision we know it,
 * where that date comes from, how we know, the paragraphs, and which pairs may go either way.
 */
export class RevealScene extends BaseScene {
  private session!: RoundSession;

  constructor() {
    super('Reveal');
  }

  protected override enter(): void {
    const session = this.app.session;
    if (!session || session.phase !== 'reveal') {
      this.scene.start('Title');
      return;
    }
    this.session = session;
  }

  protected override draw(layout: Layout): void {
    if (!this.session) return;
    const { margin, text, column, columnLeft } = layout;
    const top = this.topBar('The correct order');
    const plan = this.session.plan;
    const verdicts = new Map(this.session.ordering?.verdicts.map((v) => [v.id, v]));
    const padding = text.body * 0.8;
    const inner = column - padding * 2;
    let y = top + margin / 2;

    const intro = addText(this, columnLeft, y, INTRO, {
      size: text.small,
      colour: PALETTE.textMuted,
      wrap: column,
    });
    y += intro.height + margin / 2;

    revealOrder(plan.cards, plan.order).forEach((event, index) => {
      const verdict = verdicts.get(event.id);
      const cardTop = y;
      let cy = cardTop + padding;
      const mark = verdict ? (verdict.correct ? VERDICT.right : VERDICT.wrong) : null;
      const markColour = verdict ? (verdict.correct ? PALETTE.right : PALETTE.wrong) : PALETTE.border;
      // The verdict chip sits at the title's right, as on the Timeline's cards; over the title
      // when beside it would squeeze the title (large text on a phone).
      const chip = mark ? this.verdictChip(`${mark.icon} ${mark.word}`, markColour) : null;
      const chipGap = chip ? text.small * 0.8 : 0;
      const beside = chip !== null && inner - chip.width - chipGap >= inner * 0.6;
      if (chip && !beside) {
        chip.setPosition(columnLeft + padding, cy);
        cy += chip.height + text.small * 0.5;
      }
      const heading = addText(this, columnLeft + padding, cy, `${index + 1}. ${event.title}`, {
        size: text.body,
        bold: true,
        wrap: inner - (chip && beside ? chip.width + chipGap : 0),
      });
      if (chip && beside) {
        // Centred on the heading's first line.
        const firstLine = text.body * 1.25;
        chip.setPosition(columnLeft + column - padding - chip.width, cy + firstLine / 2 - chip.height / 2);
      }
      cy = Math.max(heading.y + heading.height, chip && beside ? chip.y + chip.height : 0) + text.small * 0.4;
      const detail = (content: string, colour: string = PALETTE.textMuted): void => {
        const line = addText(this, columnLeft + padding, cy, content, {
          size: text.small,
          colour,
          wrap: inner,
        });
        cy += line.height + text.small * 0.2;
      };
      detail(`${formatPartialDate(event.date)} — ${BASIS_WORDS[event.basis]}`);
      if (event.contextDate) {
        detail(`Outside the article: ${formatPartialDate(event.contextDate)}`, cssColour(PALETTE.accent));
      }
      detail(`How we know: ${event.howWeKnow} (${paragraphList(event.paragraphs)})`);
      cy += padding - text.small * 0.2;
      addPanel(this, {
        x: columnLeft,
        y: cardTop,
        width: column,
        height: cy - cardTop,
        stroke: markColour,
      }).setDepth(-1);
      y = cy + margin / 2;
    });

    const openPairs = eitherWayNotes(plan.cards, (a, b) => plan.order.interchangeable(a, b));
    if (openPairs.length > 0) {
      const heading = addText(this, columnLeft, y, `${VERDICT.either.icon} Either order counts`, {
        size: text.body,
        bold: true,
        wrap: column,
      });
      y += heading.height + text.small * 0.4;
      const notes = addText(this, columnLeft, y, openPairs.join('\n\n'), {
        size: text.small,
        colour: PALETTE.textMuted,
        wrap: column,
      });
      y += notes.height + margin;
    }

    const footer = layout.touch + margin * 2;
    const footerTop = layout.height - footer;
    this.pinned(
      this.add.rectangle(0, footerTop, layout.width, footer, PALETTE.background).setOrigin(0, 0),
      14,
    );
    this.pinned(this.add.rectangle(0, footerTop, layout.width, 2, PALETTE.border).setOrigin(0, 0), 14);
    const hasQuiz = plan.questions.length > 0;
    const start = this.button({
      x: layout.centreX,
      y: layout.height - footer / 2,
      width: Math.min(column, 420),
      height: layout.touch,
      label: hasQuiz ? 'Start the quiz' : 'See results',
      fontSize: text.body,
      variant: 'primary',
      name: 'start-quiz',
      onPress: () => {
        this.session.startQuiz();
        this.scene.start(hasQuiz ? 'Quiz' : 'Results');
      },
    });
    this.pinned(start.container, 15);
    this.setContentHeight(y, footer);
  }

  /** A filled verdict pill, like the badge on a checked Timeline card; placed by the caller. */
  private verdictChip(label: string, colour: number): Phaser.GameObjects.Container {
    const { text } = this.layout;
    const word = addText(this, 0, 0, label, { size: text.small, bold: true, originX: 0.5, originY: 0.5 });
    const width = word.width + text.small * 1.4;
    const height = Math.round(text.small * 2);
    const pill = this.add.rectangle(0, 0, width, height, colour).setRounded(8);
    word.setPosition(width / 2, height / 2);
    pill.setPosition(width / 2, height / 2);
    return this.add.container(0, 0, [pill, word]).setSize(width, height);
  }

  protected override accessibleLabel(name: string, visible: string): string {
    const count = this.session?.plan.questions.length ?? 0;
    if (name === 'start-quiz' && count > 0)
      return `${visible} (${count} ${count === 1 ? 'question' : 'questions'})`;
    return super.accessibleLabel(name, visible);
  }

  protected override accessibleNodes(): A11yNode[] {
    if (!this.session) return this.controlNodes();
    const plan = this.session.plan;
    const verdicts = new Map(this.session.ordering?.verdicts.map((v) => [v.id, v]));
    const nodes: A11yNode[] = [{ kind: 'text', text: INTRO }];
    revealOrder(plan.cards, plan.order).forEach((event, index) => {
      const verdict = verdicts.get(event.id);
      const mark = verdict ? (verdict.correct ? VERDICT.right : VERDICT.wrong) : null;
      nodes.push({
        kind: 'text',
        heading: 2,
        text: `${index + 1}. ${event.title}${mark ? ` — your placement: ${mark.word}` : ''}`,
      });
      nodes.push({ kind: 'text', text: `${formatPartialDate(event.date)}, ${BASIS_WORDS[event.basis]}.` });
      if (event.contextDate)
        nodes.push({ kind: 'text', text: `Outside the article: ${formatPartialDate(event.contextDate)}.` });
      nodes.push({
        kind: 'text',
        text: `How we know: ${event.howWeKnow} (${spokenParagraphs(event.paragraphs)})`,
      });
    });
    const openPairs = eitherWayNotes(plan.cards, (a, b) => plan.order.interchangeable(a, b));
    if (openPairs.length > 0) {
      nodes.push({ kind: 'text', heading: 2, text: 'Either order counts' });
      for (const note of openPairs) nodes.push({ kind: 'text', text: note });
    }
    return [...nodes, ...this.controlNodes()];
  }

  protected override readout(): Record<string, unknown> {
    if (!this.session) return {};
    const plan = this.session.plan;
    return {
      order: revealOrder(plan.cards, plan.order).map((e) => e.id),
      eitherWay: eitherWayNotes(plan.cards, (a, b) => plan.order.interchangeable(a, b)).length,
    };
  }
}

/** The same references in words, for screen readers (which may skip or spell out ¶). */
function spokenParagraphs(paragraphs: readonly number[]): string {
  return `${paragraphs.length > 1 ? 'paragraphs' : 'paragraph'} ${paragraphs.join(', ')}`;
}

/** One sentence per pair the article leaves open, saying why either order is accepted. */
function eitherWayNotes(events: readonly TimelineEvent[], open: (a: string, b: string) => boolean): string[] {
  const notes: string[] = [];
  events.forEach((a, i) =>
    events.slice(i + 1).forEach((b) => {
      if (!open(a.id, b.id)) return;
      notes.push(
        `${a.title} (${formatPartialDate(a.date)}) and ${b.title} (${formatPartialDate(b.date)}): ` +
          'these dates overlap and the article never says which came first, so both orders are right.',
      );
    }),
  );
  return notes;
}
