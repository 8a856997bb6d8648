import type { A11yNode } from '../a11y/model';
import { addPanel } from '../ui/panel';
import { addText } from '../ui/text';
import { PALETTE, VERDICT } from '../ui/theme';
import type { Layout } from '../ui/layout';
import { BaseScene } from './BaseScene';

interface Step {
  title: string;
  body: string;
  /** Verdict chips shown under the text, as the cards will show them. */
  chips?: { label: string; colour: number }[];
}

const STEPS: readonly Step[] = [
  {
    title: 'Put the cards in order',
    body: 'Each card is an event from the article. Drag a card to move it, or tap a card and then tap the place where it belongs. The earliest event goes at the top.',
  },
  {
    title: 'Check your order',
    body: 'Press Check order and every card is marked Right or Wrong. Some pairs can go either way: when the article does not say which came first, both orders count.',
    chips: [
      { label: `${VERDICT.right.icon} ${VERDICT.right.word}`, colour: PALETTE.right },
      { label: `${VERDICT.wrong.icon} ${VERDICT.wrong.word}`, colour: PALETTE.wrong },
      { label: `${VERDICT.either.icon} ${VERDICT.either.word}`, colour: PALETTE.neutral },
    ],
  },
  {
    title: 'Answer the questions',
    body: 'Next come questions about the article. Every answer shows why it is right, with the paragraph it comes from, so you can check it in the Source screen.',
  },
  {
    title: 'How scoring works',
    body: 'The timeline score counts the pairs of cards you put in the right order, so one card out of place costs only a little. The quiz score counts right answers. Speed never earns points: take your time. A class round may give each question a time limit, and Settings can make it longer.',
  },
  {
    title: 'Playing in class',
    body: 'A teacher can send a round link, so everyone plays the same cards and questions.',
  },
];

/** The rules in five short steps. */
export class HowToPlayScene extends BaseScene {
  private returnTo = 'Title';

  constructor() {
    super('HowToPlay');
  }

  protected override enter(data?: unknown): void {
    const returnTo = (data as { returnTo?: unknown } | undefined)?.returnTo;
    this.returnTo = typeof returnTo === 'string' && returnTo.length > 0 ? returnTo : 'Title';
  }

  protected override draw(layout: Layout): void {
    const { margin, column, columnLeft, text } = layout;
    const top = this.topBar('How to play', {
      label: this.returnTo === 'Title' ? 'Menu' : 'Back',
      onPress: () => this.scene.start(this.returnTo),
    });
    let y = top + margin * 0.5;
    const intro = addText(
      this,
      columnLeft,
      y,
      'Rebuild the story’s timeline, then test what you read. Every answer leads back to the article.',
      { size: text.body, colour: PALETTE.textMuted, wrap: column },
    );
    y += intro.height + margin;

    const padding = text.body;
    const badge = text.body * 0.95;
    const textLeft = columnLeft + padding + badge * 2 + padding * 0.75;
    const textWidth = columnLeft + column - padding - textLeft;
    // On a phone the body runs under the badge too, so lines are not squeezed.
    const bodyLeft = column >= 480 ? textLeft : columnLeft + padding;
    const bodyWidth = columnLeft + column - padding - bodyLeft;
    const titleSize = column >= 480 ? text.heading : Math.round(text.body * 1.2);
    STEPS.forEach((step, i) => {
      const cardTop = y;
      let cy = cardTop + padding;
      this.add.circle(columnLeft + padding + badge, cy + badge, badge, PALETTE.accent);
      addText(this, columnLeft + padding + badge, cy + badge, String(i + 1), {
        size: text.body,
        bold: true,
        colour: PALETTE.accentText,
        originX: 0.5,
        originY: 0.5,
      });
      const title = addText(this, textLeft, cy, step.title, {
        size: titleSize,
        bold: true,
        wrap: textWidth,
      });
      // Centre a one-line title on the badge; longer titles start at its top.
      if (title.height < badge * 2) title.setY(cy + badge - title.height / 2);
      cy = Math.max(title.y + title.height, cy + badge * 2) + text.small * 0.4;
      const body = addText(this, bodyLeft, cy, step.body, { size: text.body, wrap: bodyWidth });
      cy += body.height;
      if (step.chips) cy = this.chips(step.chips, bodyLeft, cy + text.small * 0.8, bodyWidth);
      const cardHeight = cy + padding - cardTop;
      addPanel(this, { x: columnLeft, y: cardTop, width: column, height: cardHeight }).setDepth(-1);
      y += cardHeight + margin * 0.6;
    });
    this.setContentHeight(y - margin * 0.6 + margin);
  }

  /** Small labelled pills that wrap onto a new line when the row is full; returns their bottom. */
  private chips(
    chips: readonly { label: string; colour: number }[],
    left: number,
    top: number,
    width: number,
  ): number {
    const { text } = this.layout;
    const padX = text.small * 0.8;
    const height = text.small * 2.1;
    const gap = text.small * 0.6;
    let x = left;
    let y = top;
    for (const chip of chips) {
      const label = addText(this, 0, y + height / 2, chip.label, {
        size: text.small,
        bold: true,
        originY: 0.5,
      });
      const chipWidth = label.width + padX * 2;
      if (x > left && x + chipWidth > left + width) {
        x = left;
        y += height + gap;
        label.setY(y + height / 2);
      }
      this.add
        .rectangle(x, y, chipWidth, height, chip.colour)
        .setOrigin(0, 0)
        .setRounded(height / 2);
      label.setX(x + padX).setDepth(1);
      x += chipWidth + gap;
    }
    return y + height;
  }

  protected override accessibleNodes(): A11yNode[] {
    return [
      ...STEPS.flatMap((step, i): A11yNode[] => [
        { kind: 'text', heading: 2, text: `${i + 1}. ${step.title}` },
        { kind: 'text', text: step.body },
      ]),
      ...this.controlNodes(),
    ];
  }

  protected override readout(): Record<string, unknown> {
    return { steps: STEPS.length };
  }
}
