import type Phaser from 'phaser';
import type { Pack, TimelineEvent } from '../content/schema';
import { formatPartialDate } from '../rules/dates';
import type { A11yNode } from '../a11y/model';
import { addPanel } from '../ui/panel';
import { addText } from '../ui/text';
import { PALETTE, cssColour } from '../ui/theme';
import { BASIS_WORDS, paragraphList } from '../ui/labels';
import type { Layout } from '../ui/layout';
import { BaseScene } from './BaseScene';

/**
 * Where everything in the game comes from: the article's record, a one-line paraphrase of every
 * paragraph, and how each card's date is known. Opened from the menu, or from an answer with
 * the paragraphs it cites, which are then marked and scrolled into view.
 */
export class SourceScene extends BaseScene {
  private returnTo = 'Title';
  /** Paragraphs to mark, as asked for; only those with a digest are marked. */
  private requested: number[] = [];
  /** Scroll the first marked paragraph into view once, on arrival (not after every resize). */
  private scrollToMarked = false;
  private markedY: number | null = null;

  constructor() {
    super('Source');
  }

  protected override enter(data?: unknown): void {
    const given = (data ?? {}) as { returnTo?: unknown; paragraphs?: unknown };
    this.returnTo =
      typeof given.returnTo === 'string' && given.returnTo.length > 0 ? given.returnTo : 'Title';
    this.requested = Array.isArray(given.paragraphs)
      ? given.paragraphs.filter((p): p is number => typeof p === 'number' && Number.isInteger(p))
      : [];
    this.scrollToMarked = this.requested.length > 0;
  }

  protected override redraw(): void {
    super.redraw();
    if (this.scrollToMarked && this.markedY !== null) {
      this.scrollToMarked = false;
      const target = this.markedY - (this.layout.touch + this.layout.margin) - this.layout.margin;
      this.scrollBy(target - this.cameras.main.scrollY);
    }
  }

  protected override draw(layout: Layout): void {
    const { margin, column, columnLeft, text } = layout;
    const top = this.topBar('Source', {
      label: this.returnTo === 'Title' ? 'Menu' : 'Back',
      onPress: () => this.scene.start(this.returnTo),
    });
    this.markedY = null;
    let y = top + margin * 0.5;
    const pack = this.app.pack;
    if (!pack) {
      const problem = addText(
        this,
        columnLeft,
        y,
        this.app.packProblem ?? 'The article could not be loaded.',
        {
          size: text.body,
          wrap: column,
        },
      );
      this.setContentHeight(problem.y + problem.height + margin);
      return;
    }

    const intro = addText(
      this,
      columnLeft,
      y,
      'Everything in Newsline is told in our own words: the game shows paraphrases, never the article’s text. Short quotes always name who said them.',
      { size: text.small, colour: PALETTE.textMuted, wrap: column },
    );
    y += intro.height + margin;
    y = this.drawRecord(pack, y);
    y += margin * 1.5;
    y = this.drawDigests(pack, y);
    y += margin * 1.5;
    y = this.drawDates(pack, y);
    this.setContentHeight(y + margin);
  }

  protected override accessibleNodes(): A11yNode[] {
    const pack = this.app.pack;
    if (!pack) return this.controlNodes();
    const { source } = pack;
    const marked = new Set(this.highlighted());
    return [
      ...this.controlNodes(),
      { kind: 'text', text: 'The game shows paraphrases of the article, never its own sentences.' },
      { kind: 'text', heading: 2, text: source.headline },
      {
        kind: 'text',
        text: `${source.outlet}, ${source.author}. ${formatPartialDate(source.date)}, ${BASIS_WORDS[source.dateBasis]}.`,
      },
      ...(source.note ? [{ kind: 'text' as const, text: source.note }] : []),
      { kind: 'text', heading: 2, text: 'What each paragraph says' },
      ...source.digests.map((d) => ({
        kind: 'text' as const,
        text: `Paragraph ${d.paragraph}${marked.has(d.paragraph) ? ' (the source of your answer)' : ''}: ${d.text}`,
      })),
      { kind: 'text', heading: 2, text: 'Where the dates come from' },
      ...pack.events.map((e) => ({
        kind: 'text' as const,
        text:
          `${e.title}: ${formatPartialDate(e.date)}, ${BASIS_WORDS[e.basis]}.` +
          (e.contextDate ? ` Outside the article: ${formatPartialDate(e.contextDate)}.` : '') +
          ` ${e.howWeKnow}`,
      })),
    ];
  }

  protected override readout(): Record<string, unknown> {
    return { highlighted: this.highlighted(), digests: this.app.pack?.source.digests.length ?? 0 };
  }

  /** The requested paragraphs that have a digest, in paragraph order. */
  private highlighted(): number[] {
    const digests = this.app.pack?.source.digests ?? [];
    return digests.map((d) => d.paragraph).filter((p) => this.requested.includes(p));
  }

  private drawRecord(pack: Pack, top: number): number {
    const { column, columnLeft, text } = this.layout;
    const { source } = pack;
    const padding = text.body;
    const inner = column - padding * 2;
    const left = columnLeft + padding;
    let y = top + padding;

    y = this.caps('THE ARTICLE', left, y, inner);
    const headline = addText(this, left, y, source.headline, { size: text.heading, bold: true, wrap: inner });
    y += headline.height + text.small * 0.3;
    const headlineNote = addText(this, left, y, 'Headline in our words', {
      size: text.small,
      colour: PALETTE.textMuted,
      wrap: inner,
    });
    y += headlineNote.height + padding;

    const dateNote = source.dateBasis === 'context' ? ' (from outside the article)' : '';
    const fields: [string, string][] = [
      ['Outlet', source.outlet],
      ['Author', source.author],
      ['Date', `${formatPartialDate(source.date)}${dateNote}`],
    ];
    if (source.dateline) fields.push(['Dateline', source.dateline]);
    // A label column on wide screens; label above value on narrow ones.
    const labelWidth = Math.min(inner * 0.3, text.body * 6);
    const stacked = inner - labelWidth < 200;
    for (const [label, value] of fields) {
      const labelText = addText(this, left, y, label, {
        size: text.small,
        bold: true,
        colour: PALETTE.textMuted,
        wrap: stacked ? inner : labelWidth,
      });
      const valueTop = stacked ? y + labelText.height : y - (text.body - text.small) / 2 + 1;
      const valueLeft = stacked ? left : left + labelWidth;
      const valueText = addText(this, valueLeft, valueTop, value, {
        size: text.body,
        wrap: stacked ? inner : inner - labelWidth,
      });
      y = Math.max(labelText.y + labelText.height, valueText.y + valueText.height) + text.small * 0.6;
    }

    if (source.note) {
      y += text.small * 0.4;
      y = this.caps('ABOUT OUR COPY', left, y, inner);
      const note = addText(this, left, y, source.note, {
        size: text.small,
        colour: PALETTE.textMuted,
        wrap: inner,
      });
      y += note.height;
    }
    y += padding;
    addPanel(this, { x: columnLeft, y: top, width: column, height: y - top }).setDepth(-1);
    return y;
  }

  private drawDigests(pack: Pack, top: number): number {
    const { column, columnLeft, text } = this.layout;
    const marked = this.highlighted();
    let y = this.heading('What each paragraph says', top);
    const sub = addText(
      this,
      columnLeft,
      y,
      'Paragraphs are numbered from the headline (¶1), so the story starts at ¶2. ' +
        (marked.length > 0
          ? `The marked ${marked.length === 1 ? 'paragraph is' : 'paragraphs are'} the source of what you were reading.`
          : 'Each line is one paragraph, in our words.'),
      { size: text.small, colour: PALETTE.textMuted, wrap: column },
    );
    y += sub.height + text.body;

    const panelTop = y;
    const padding = text.body;
    const inner = column - padding * 2;
    const numberWidth = text.body * 2.8;
    const textWidth = inner - numberWidth;
    const rowGap = text.small;
    y += padding;
    for (const digest of pack.source.digests) {
      const isMarked = marked.includes(digest.paragraph);
      const rowTop = y;
      const inset = isMarked ? text.small * 0.6 : 0;
      y += inset;
      const number = addText(this, columnLeft + padding, y, `¶${digest.paragraph}`, {
        size: text.body,
        bold: true,
        colour: isMarked ? cssColour(PALETTE.accent) : PALETTE.textMuted,
      });
      let textTop = y;
      if (isMarked) {
        const tag = addText(this, columnLeft + padding + numberWidth, y, '◆ SOURCE', {
          size: text.small,
          bold: true,
          colour: cssColour(PALETTE.accent),
        }).setLetterSpacing(1);
        textTop += tag.height + text.small * 0.2;
      }
      const body = addText(this, columnLeft + padding + numberWidth, textTop, digest.text, {
        size: text.body,
        wrap: textWidth - inset,
      });
      y = Math.max(number.y + number.height, body.y + body.height) + inset;
      if (isMarked) {
        this.markedY ??= rowTop;
        this.add
          .rectangle(columnLeft + padding / 2, rowTop, column - padding, y - rowTop, PALETTE.surfaceRaised)
          .setOrigin(0, 0)
          .setStrokeStyle(3, PALETTE.accent)
          .setRounded(10)
          .setDepth(-1);
      }
      y += rowGap;
    }
    y += padding - rowGap;
    addPanel(this, { x: columnLeft, y: panelTop, width: column, height: y - panelTop }).setDepth(-2);
    return y;
  }

  private drawDates(pack: Pack, top: number): number {
    const { column, columnLeft, text, margin } = this.layout;
    let y = this.heading('Where the dates come from', top);
    const sub = addText(
      this,
      columnLeft,
      y,
      'Each card’s date is stated in the article, worked out from it, or brought in from outside. A date from outside the article is always labelled as such.',
      { size: text.small, colour: PALETTE.textMuted, wrap: column },
    );
    y += sub.height + text.body;

    // Two cards side by side when there is room, one column on phones.
    const gap = margin * 0.75;
    const columns = column >= 640 ? 2 : 1;
    const cardWidth = (column - gap * (columns - 1)) / columns;
    for (let i = 0; i < pack.events.length; i += columns) {
      const row = pack.events.slice(i, i + columns);
      const heights = row.map((event, j) =>
        this.dateCard(event, columnLeft + j * (cardWidth + gap), y, cardWidth),
      );
      const rowHeight = Math.max(...heights.map((h) => h.height));
      for (const h of heights) h.panel.setSize(cardWidth, rowHeight);
      y += rowHeight + gap;
    }
    return y - gap;
  }

  private dateCard(
    event: TimelineEvent,
    x: number,
    top: number,
    width: number,
  ): { height: number; panel: Phaser.GameObjects.Rectangle } {
    const { text } = this.layout;
    const padding = text.body * 0.9;
    const inner = width - padding * 2;
    const left = x + padding;
    let y = top + padding;
    const add = (content: string, size: number, options: { bold?: boolean; colour?: string } = {}): void => {
      const t = addText(this, left, y, content, { size, wrap: inner, ...options });
      y += t.height + text.small * 0.35;
    };
    add(event.title, text.body, { bold: true });
    add(`${formatPartialDate(event.date)} — ${BASIS_WORDS[event.basis]}`, text.small);
    if (event.contextDate) {
      add(`Outside the article: ${formatPartialDate(event.contextDate)}`, text.small, {
        colour: cssColour(PALETTE.accent),
      });
    }
    y += text.small * 0.2;
    add(event.howWeKnow, text.small, { colour: PALETTE.textMuted });
    add(`From ${paragraphList(event.paragraphs)}`, text.small, { bold: true, colour: PALETTE.textMuted });
    const height = y - text.small * 0.35 + padding - top;
    const panel = addPanel(this, { x, y: top, width, height }).setDepth(-1);
    return { height, panel };
  }

  private heading(title: string, y: number): number {
    const t = addText(this, this.layout.columnLeft, y, title, {
      size: this.layout.text.heading,
      bold: true,
      wrap: this.layout.column,
    });
    return y + t.height + this.layout.text.small * 0.4;
  }

  private caps(label: string, x: number, y: number, width: number): number {
    const t = addText(this, x, y, label, {
      size: this.layout.text.small,
      bold: true,
      colour: PALETTE.textMuted,
      wrap: width,
    }).setLetterSpacing(2);
    return y + t.height + this.layout.text.small * 0.4;
  }
}
