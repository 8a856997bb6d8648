import { formatPartialDate } from '../rules/dates';
import { randomSeed } from '../rules/random';
import { DEFAULT_ROUND } from '../rules/round-config';
import { addPanel } from '../ui/panel';
import { addText } from '../ui/text';
import { PALETTE } from '../ui/theme';
import type { Layout } from '../ui/layout';
import { BaseScene } from './BaseScene';

/** The first screen: which article this is, from whom, and a way to start. */
export class TitleScene extends BaseScene {
  constructor() {
    super('Title');
  }

  protected override draw(layout: Layout): void {
    const { margin, column, columnLeft, text } = layout;
    let y = margin * 1.5;

    addText(this, layout.centreX, y, 'NEWSLINE', {
      size: text.small,
      bold: true,
      colour: PALETTE.textMuted,
      originX: 0.5,
    }).setLetterSpacing(4);
    y += text.small * 2;
    const title = addText(this, layout.centreX, y, 'Put the news in order', {
      size: text.title,
      bold: true,
      originX: 0.5,
      align: 'center',
      wrap: column,
    });
    y += title.height + text.body * 0.6;
    const tagline = addText(
      this,
      layout.centreX,
      y,
      'One article, a timeline to rebuild, and a quiz where every answer shows its source.',
      { size: text.body, colour: PALETTE.textMuted, originX: 0.5, align: 'center', wrap: column },
    );
    y += tagline.height + text.body * 1.5;

    const pack = this.app.pack;
    const padding = text.body;
    const inner = column - padding * 2;
    const cardTop = y;
    let cy = cardTop + padding;

    if (pack) {
      const { source } = pack;
      addText(this, columnLeft + padding, cy, 'TODAY’S ARTICLE', {
        size: text.small,
        bold: true,
        colour: PALETTE.textMuted,
      }).setLetterSpacing(2);
      cy += text.small * 1.8;
      const headline = addText(this, columnLeft + padding, cy, source.headline, {
        size: text.heading,
        bold: true,
        wrap: inner,
      });
      cy += headline.height + text.small;
      const contextNote = source.dateBasis === 'context' ? ' (date from outside the article)' : '';
      const byline = addText(
        this,
        columnLeft + padding,
        cy,
        `${source.outlet} · ${source.author}\n${formatPartialDate(source.date)}${contextNote}`,
        { size: text.small, colour: PALETTE.textMuted, wrap: inner },
      );
      cy += byline.height;
    } else {
      const problem = addText(this, columnLeft + padding, cy, this.app.packProblem ?? 'No content.', {
        size: text.body,
        wrap: inner,
      });
      cy += problem.height;
    }
    const cardHeight = cy + padding - cardTop;
    // Drawn last but placed underneath, so it can be sized to what it holds.
    addPanel(this, { x: columnLeft, y: cardTop, width: column, height: cardHeight }).setDepth(-1);

    const buttonY = cardTop + cardHeight + margin + layout.touch * 0.6;
    const play = this.button({
      x: layout.centreX,
      y: buttonY,
      width: Math.min(column, 320),
      height: layout.touch * 1.2,
      label: 'Play',
      fontSize: text.heading,
      variant: 'primary',
      name: 'play',
      onPress: () => this.play(),
    });
    play.setEnabled(pack !== null);

    const links = [
      { name: 'how-to-play', label: 'How to play', scene: 'HowToPlay' },
      { name: 'source', label: 'Source', scene: 'Source' },
      { name: 'settings', label: 'Settings', scene: 'Settings' },
    ];
    const gap = margin / 2;
    const linkWidth = Math.min(200, (column - gap * (links.length - 1)) / links.length);
    const rowWidth = linkWidth * links.length + gap * (links.length - 1);
    const linkY = buttonY + layout.touch * 0.6 + margin + layout.touch / 2;
    links.forEach((link, i) =>
      this.button({
        x: layout.centreX - rowWidth / 2 + linkWidth / 2 + i * (linkWidth + gap),
        y: linkY,
        width: linkWidth,
        height: layout.touch,
        label: link.label,
        fontSize: text.small,
        name: link.name,
        onPress: () => this.scene.start(link.scene, { returnTo: 'Title' }),
      }),
    );
    this.setContentHeight(linkY + layout.touch / 2 + margin);
  }

  private play(): void {
    const problem = this.app.startRound({ ...DEFAULT_ROUND, seed: randomSeed() });
    if (problem) {
      this.scene.start('Message', { title: 'This round cannot start', message: problem });
      return;
    }
    this.scene.start('Timeline');
  }

  protected override readout(): Record<string, unknown> {
    return { headline: this.app.pack?.source.headline ?? null, problem: this.app.packProblem };
  }
}
