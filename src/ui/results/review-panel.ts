import type Phaser from 'phaser';
import type { Digest, TimelineEvent } from '../../content/schema';
import { formatPartialDate } from '../../rules/dates';
import type { AnswerMistake, CardMistake } from '../../rules/review';
import type { Layout } from '../layout';
import { addPanel } from '../panel';
import { addSectionHeading } from '../section-heading';
import { addText } from '../text';
import { cssColour, PALETTE, VERDICT } from '../theme';

export interface ReviewOptions {
  top: number;
  cardMistakes: readonly CardMistake[];
  answerMistakes: readonly AnswerMistake[];
  /** Every card of the round, to name the cards a misplaced one belongs between. */
  cards: readonly TimelineEvent[];
  /** The article's paragraph digests, to show where it settles each answer. */
  digests: readonly Digest[];
}

/**
 * The review at the end of a round: every misplaced card and every wrong answer, each on a
 * panel with the part of the article that settles it; or a word of praise when there are none.
 * Returns its bottom.
 */
export function addReview(scene: Phaser.Scene, layout: Layout, options: ReviewOptions): number {
  const { column, columnLeft, text } = layout;
  const { cardMistakes, answerMistakes } = options;
  let y = options.top;
  const heading = addText(scene, columnLeft, y, 'Review', { size: text.heading, bold: true, wrap: column });
  y += heading.height + text.small * 0.3;

  if (cardMistakes.length === 0 && answerMistakes.length === 0) {
    return addReviewPanel(scene, layout, y + text.small, PALETTE.right, (left, width, py) => {
      const t = addText(scene, left, py, `${VERDICT.right.icon} No mistakes — well done`, {
        size: text.body,
        bold: true,
        wrap: width,
      });
      return py + t.height;
    });
  }

  const intro = addText(
    scene,
    columnLeft,
    y,
    'Every slip from this round, with the part of the article that settles it.',
    { size: text.small, colour: PALETTE.textMuted, wrap: column },
  );
  y += intro.height;

  if (cardMistakes.length > 0) {
    y = addSectionHeading(scene, layout, y + text.body, 'Timeline');
    for (const mistake of cardMistakes)
      y = addCardMistake(scene, layout, y + text.small, mistake, options.cards);
  }
  if (answerMistakes.length > 0) {
    y = addSectionHeading(scene, layout, y + text.body * 1.25, 'Quiz');
    for (const mistake of answerMistakes)
      y = addAnswerMistake(scene, layout, y + text.small, mistake, options.digests);
  }
  return y;
}

/**
 * A surface with a coloured edge, sized to what `fill` draws inside it. `fill` gets the text's
 * left edge, its width and the top to start at, and returns where its content ends.
 */
function addReviewPanel(
  scene: Phaser.Scene,
  layout: Layout,
  top: number,
  edge: number,
  fill: (left: number, width: number, y: number) => number,
): number {
  const { column, columnLeft, text } = layout;
  const padding = text.body;
  const stripe = Math.max(5, Math.round(text.body * 0.3));
  const left = columnLeft + stripe + padding;
  const width = column - stripe - padding * 2;
  const end = fill(left, width, top + padding);
  const bottom = end + padding;
  addPanel(scene, { x: columnLeft, y: top, width: column, height: bottom - top }).setDepth(-1);
  scene.add
    .rectangle(columnLeft + 1, top + 1, stripe, bottom - top - 2, edge)
    .setOrigin(0, 0)
    .setRounded(Math.min(6, stripe / 2))
    .setDepth(-0.5);
  return bottom;
}

function addCardMistake(
  scene: Phaser.Scene,
  layout: Layout,
  top: number,
  mistake: CardMistake,
  cards: readonly TimelineEvent[],
): number {
  const { text } = layout;
  const { event, verdict } = mistake;
  const titles = (ids: string[]): string =>
    ids.map((id) => cards.find((c) => c.id === id)?.title ?? id).join('; ');

  return addReviewPanel(scene, layout, top, PALETTE.wrong, (left, width, y) => {
    const line = (content: string, size: number, options: { bold?: boolean; colour?: string } = {}) => {
      const t = addText(scene, left, y, content, { size, wrap: width, ...options });
      y += t.height + size * 0.35;
    };
    line(
      `${VERDICT.wrong.icon} ${VERDICT.wrong.word} place · you put it ${ordinal(verdict.position + 1)} of ${cards.length}`,
      text.small,
      {
        bold: true,
        colour: cssColour(PALETTE.wrong),
      },
    );
    line(event.title, text.body, { bold: true });
    if (verdict.shouldFollow.length > 0)
      line(`Should come after: ${titles(verdict.shouldFollow)}`, text.body);
    if (verdict.shouldPrecede.length > 0)
      line(`Should come before: ${titles(verdict.shouldPrecede)}`, text.body);
    const when = `When: ${formatPartialDate(event.date)}${event.basis === 'context' ? ' (from outside the article)' : ''}`;
    line(when, text.small, { colour: PALETTE.textMuted });
    line(`How we know: ${event.howWeKnow}`, text.small, { colour: PALETTE.textMuted });
    return y - text.small * 0.35;
  });
}

function addAnswerMistake(
  scene: Phaser.Scene,
  layout: Layout,
  top: number,
  mistake: AnswerMistake,
  digests: readonly Digest[],
): number {
  const { text } = layout;
  const { question, record, number } = mistake;
  const unit = question.kind === 'number' && question.unit ? ` ${question.unit}` : '';

  return addReviewPanel(scene, layout, top, PALETTE.wrong, (left, width, y) => {
    const line = (
      content: string,
      size: number,
      options: { bold?: boolean; colour?: string; indent?: number; gap?: number } = {},
    ) => {
      const indent = options.indent ?? 0;
      const t = addText(scene, left + indent, y, content, {
        size,
        wrap: width - indent,
        ...(options.bold === undefined ? {} : { bold: options.bold }),
        ...(options.colour === undefined ? {} : { colour: options.colour }),
      });
      y += t.height + (options.gap ?? size * 0.35);
    };
    const timedOut = record.given === null;
    line(
      `${VERDICT.wrong.icon} ${timedOut ? 'No answer' : VERDICT.wrong.word} · question ${number}`,
      text.small,
      {
        bold: true,
        colour: cssColour(PALETTE.wrong),
      },
    );
    line(question.prompt, text.body, { bold: true, gap: text.body * 0.6 });
    // The quote belongs with the question it is about, before the answers.
    if (question.quote) line(`“${question.quote.text}”`, text.small, { gap: text.body * 0.6 });
    line(timedOut ? 'No answer — time ran out' : `You said: ${record.given}${unit}`, text.body);
    line(`${VERDICT.right.icon} Answer: ${record.expected}${unit}`, text.body, {
      bold: true,
      gap: text.body * 0.6,
    });
    if (question.quote) line(`Said by ${question.quote.speaker}.`, text.small, { colour: PALETTE.textMuted });
    line(question.explanation, text.body);
    y += text.small * 0.3;
    // A context answer's explanation already says it comes from outside; the heading must agree.
    line(
      question.basis === 'context' ? 'WHAT THE ARTICLE DOES SAY' : 'WHERE THE ARTICLE SAYS IT',
      text.small,
      {
        bold: true,
        colour: PALETTE.textMuted,
      },
    );
    for (const paragraph of question.paragraphs) {
      const digest = digests.find((d) => d.paragraph === paragraph);
      line(`¶${paragraph}  ${digest?.text ?? 'Paragraph ' + paragraph + ' of the article.'}`, text.small, {
        colour: PALETTE.textMuted,
      });
    }
    return y - text.small * 0.35;
  });
}

/** 1 → "1st", 2 → "2nd", 11 → "11th". */
function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
