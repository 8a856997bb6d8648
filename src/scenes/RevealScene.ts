import type { DateBasis, TimelineEvent } from '../content/schema';
import { formatPartialDate } from '../rules/dates';
import { revealOrder } from '../rules/order';
import type { RoundSession } from '../state/round-session';
import type { Layout } from '../ui/layout';
import { addPanel } from '../ui/panel';
import { addText } from '../ui/text';
import { PALETTE, VERDICT } from '../ui/theme';
import { BaseScene } from './BaseScene';

const BASIS_WORDS: Record<DateBasis, string> = {
  stated: 'stated in the article',
  inferred: 'worked out from the article',
  context: 'from outside the article',
};

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

    const intro = addText(
      this,
      columnLeft,
      y,
      'Earliest first. Each date is given only as precisely as we know it, with where it comes from.',
      { size: text.small, colour: PALETTE.textMuted, wrap: column },
    );
    y += intro.height + margin / 2;

    revealOrder(plan.cards, plan.order).forEach((event, index) => {
      const verdict = verdicts.get(event.id);
      const cardTop = y;
      let cy = cardTop + padding;
      const mark = verdict ? (verdict.correct ? VERDICT.right : VERDICT.wrong) : null;
      const heading = addText(this, columnLeft + padding, cy, `${index + 1}. ${event.title}`, {
        size: text.body,
        bold: true,
        wrap: inner,
      });
      cy += heading.height + text.small * 0.4;
      const lines = [
        `${formatPartialDate(event.date)} — ${BASIS_WORDS[event.basis]}`,
        ...(event.contextDate ? [`Outside the article: ${formatPartialDate(event.contextDate)}`] : []),
        `How we know: ${event.howWeKnow} (${paragraphList(event.paragraphs)})`,
        ...(mark ? [`Your placement: ${mark.icon} ${mark.word}`] : []),
      ];
      const details = addText(this, columnLeft + padding, cy, lines.join('\n'), {
        size: text.small,
        colour: PALETTE.textMuted,
        wrap: inner,
      });
      cy += details.height + padding;
      addPanel(this, {
        x: columnLeft,
        y: cardTop,
        width: column,
        height: cy - cardTop,
        stroke: verdict ? (verdict.correct ? PALETTE.right : PALETTE.wrong) : PALETTE.border,
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
    this.pinned(
      this.add.rectangle(0, layout.height - footer, layout.width, footer, PALETTE.background).setOrigin(0, 0),
      14,
    );
    const hasQuiz = plan.questions.length > 0;
    const start = this.button({
      x: layout.centreX,
      y: layout.height - footer / 2,
      width: Math.min(column, 360),
      height: layout.touch,
      label: hasQuiz ? `Start the quiz (${plan.questions.length} questions)` : 'See results',
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

  protected override readout(): Record<string, unknown> {
    if (!this.session) return {};
    const plan = this.session.plan;
    return {
      order: revealOrder(plan.cards, plan.order).map((e) => e.id),
      eitherWay: eitherWayNotes(plan.cards, (a, b) => plan.order.interchangeable(a, b)).length,
    };
  }
}

function paragraphList(paragraphs: readonly number[]): string {
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
