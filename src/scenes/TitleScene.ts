import { formatPartialDate } from '../rules/dates';
import { askText } from '../app/overlay';
import { randomSeed } from '../rules/random';
import { MAX_NAME_LENGTH, normaliseName } from '../rules/result-code';
import { decodeRound } from '../rules/round-code';
import { DEFAULT_ROUND, type RoundConfig } from '../rules/round-config';
import type { A11yNode } from '../a11y/model';
import type { Layout } from '../ui/layout';
import { addPanel } from '../ui/panel';
import { setShortName } from '../ui/labels';
import { addSegmented } from '../ui/segmented';
import { addText } from '../ui/text';
import { PALETTE } from '../ui/theme';
import { BaseScene } from './BaseScene';

const QUESTION_COUNTS = [4, 6, 10] as const;

/** The menu: which article this is, what kind of round to play, and the ways to everything else. */
export class TitleScene extends BaseScene {
  private notices: string[] = [];

  constructor() {
    super('Title');
  }

  protected override enter(): void {
    const problem = this.app.linkProblem;
    if (problem) {
      this.app.linkProblem = null;
      this.scene.start('Message', {
        title: 'This round link does not work',
        message: `${problem} Ask for the link again, or play a round of your own from the menu.`,
      });
      return;
    }
    // Shown on this visit (and across redraws), then gone.
    this.notices = this.app.notices.splice(0);
  }

  protected override draw(layout: Layout): void {
    this.screenTitle = 'Newsline: put the news in order';
    const { margin, column, columnLeft, text } = layout;
    // Wide landscape screens get two columns (article | choices) so everything fits without scrolling.
    const twoColumns = layout.width >= 900 && !layout.portrait;
    const gutter = margin * 1.5;
    const half = (column - gutter) / 2;
    const left = { x: columnLeft, width: twoColumns ? half : column };
    const right = { x: twoColumns ? columnLeft + half + gutter : columnLeft, width: left.width };
    let y = margin;

    for (const notice of this.notices) {
      const line = addText(this, columnLeft + text.small, y + text.small * 0.6, `Note: ${notice}`, {
        size: text.small,
        wrap: column - text.small * 2,
      });
      addPanel(this, {
        x: columnLeft,
        y,
        width: column,
        height: line.height + text.small * 1.2,
        fill: PALETTE.surfaceRaised,
        stroke: PALETTE.accent,
      }).setDepth(-1);
      y += line.height + text.small * 1.2 + margin / 2;
    }

    addText(this, layout.centreX, y, 'NEWSLINE', {
      size: text.small,
      bold: true,
      colour: PALETTE.textMuted,
      originX: 0.5,
    }).setLetterSpacing(4);
    y += text.small * 1.8;
    const compact = layout.height < 720 && !twoColumns;
    const title = addText(this, layout.centreX, y, 'Put the news in order', {
      size: compact ? text.heading : text.title,
      bold: true,
      originX: 0.5,
      align: 'center',
      wrap: column,
    });
    y += title.height + text.small;
    if (layout.height > 720 || twoColumns) {
      const tagline = addText(
        this,
        layout.centreX,
        y,
        'One article, a timeline to rebuild, and a quiz where every answer shows its source.',
        {
          size: text.body,
          colour: PALETTE.textMuted,
          originX: 0.5,
          align: 'center',
          wrap: column,
        },
      );
      y += tagline.height + text.body;
    }

    const cardBottom = this.drawArticleCard(layout, left, y, compact);
    const pack = this.app.pack;
    if (!pack) return;
    let ry = twoColumns ? y : cardBottom + margin;
    const centre = right.x + right.width / 2;

    const assigned = this.app.assigned;
    if (assigned) {
      const set = pack.sets.find((s) => s.id === assigned.config.setId);
      const about = addText(
        this,
        centre,
        ry,
        `You opened a shared round: ${set?.name ?? assigned.config.setId}, ${assigned.config.questionCount} questions.`,
        { size: text.body, originX: 0.5, align: 'center', wrap: right.width },
      );
      ry += about.height + margin / 2;
      this.button({
        x: centre,
        y: ry + layout.touch / 2,
        width: Math.min(right.width, 340),
        height: layout.touch,
        label: 'Play a round of my own instead',
        fontSize: text.small,
        variant: 'quiet',
        name: 'leave-shared',
        onPress: () => {
          this.app.assigned = null;
          this.redraw();
        },
      });
      ry += layout.touch + margin / 2;
    } else {
      ry = this.drawChoices(layout, centre, right.width, ry);
    }

    const playHeight = layout.touch * 1.15;
    this.button({
      x: centre,
      y: ry + playHeight / 2,
      width: Math.min(right.width, 340),
      height: playHeight,
      label: assigned ? 'Play the shared round' : 'Play',
      fontSize: text.heading,
      variant: 'primary',
      name: 'play',
      onPress: () => void this.play(assigned ? assigned.config : this.chosenConfig()),
    });
    ry += playHeight + margin;

    const rows: { name: string; label: string; onPress: () => void }[][] = [
      [
        {
          name: 'how-to-play',
          label: 'How to play',
          onPress: () => this.scene.start('HowToPlay', { returnTo: 'Title' }),
        },
        { name: 'source', label: 'Source', onPress: () => this.scene.start('Source', { returnTo: 'Title' }) },
        {
          name: 'settings',
          label: 'Settings',
          onPress: () => this.scene.start('Settings', { returnTo: 'Title' }),
        },
      ],
      [
        { name: 'enter-code', label: 'Enter a round code', onPress: () => void this.enterCode() },
        // The teacher pages are plain HTML beside the game: no Phaser, forms and tables in the DOM.
        { name: 'teachers', label: 'For teachers', onPress: () => window.location.assign('./teacher.html') },
      ],
    ];
    const gap = margin / 2;
    // The same width as the choosers above, so the column reads as one block.
    const linkWidth = (Math.min(right.width, 560) - gap * 2) / 3;
    for (const row of rows) {
      const width = row.length === 3 ? linkWidth : (linkWidth * 3 + gap) / 2;
      const rowWidth = width * row.length + gap * (row.length - 1);
      row.forEach((link, i) =>
        this.button({
          x: centre - rowWidth / 2 + width / 2 + i * (width + gap),
          y: ry + layout.touch / 2,
          width,
          height: layout.touch,
          label: link.label,
          fontSize: text.small,
          name: link.name,
          onPress: link.onPress,
        }),
      );
      ry += layout.touch + gap;
    }
    ry += margin / 2;

    const best = pack.sets
      .map((set) => `${setShortName(set)} ${this.app.best[set.id]?.score ?? '—'}`)
      .join('  ·  ');
    const bestLine = addText(this, centre, ry, `Best scores: ${best}`, {
      size: text.small,
      colour: PALETTE.textMuted,
      originX: 0.5,
      align: 'center',
      wrap: right.width,
    });
    this.setContentHeight(Math.max(cardBottom, ry + bestLine.height) + margin);
  }

  /** The article card; returns the y below it. */
  private drawArticleCard(
    layout: Layout,
    area: { x: number; width: number },
    top: number,
    compact: boolean,
  ): number {
    const { text } = layout;
    const column = area.width;
    const columnLeft = area.x;
    const padding = text.body;
    const inner = column - padding * 2;
    let y = top + padding;
    const pack = this.app.pack;
    if (pack) {
      const { source } = pack;
      addText(this, columnLeft + padding, y, 'TODAY’S ARTICLE', {
        size: text.small,
        bold: true,
        colour: PALETTE.textMuted,
      }).setLetterSpacing(2);
      y += text.small * 1.8;
      const headline = addText(this, columnLeft + padding, y, source.headline, {
        size: compact ? text.body : text.heading,
        bold: true,
        wrap: inner,
      });
      y += headline.height + text.small * 0.6;
      const contextNote = source.dateBasis === 'context' ? ' (date from outside the article)' : '';
      const byline = addText(
        this,
        columnLeft + padding,
        y,
        `${source.outlet} · ${source.author} · ${formatPartialDate(source.date)}${contextNote}`,
        {
          size: text.small,
          colour: PALETTE.textMuted,
          wrap: inner,
        },
      );
      y += byline.height;
    } else {
      const problem = addText(this, columnLeft + padding, y, this.app.packProblem ?? 'No content.', {
        size: text.body,
        wrap: inner,
      });
      y += problem.height;
    }
    y += padding;
    // Drawn after its contents but placed underneath, so it can be sized to what it holds.
    addPanel(this, { x: columnLeft, y: top, width: column, height: y - top }).setDepth(-1);
    return y;
  }

  /** Set and length choosers; returns the y below them. */
  private drawChoices(layout: Layout, centre: number, areaWidth: number, top: number): number {
    const pack = this.app.pack;
    if (!pack) return top;
    const { text, margin } = layout;
    const choice = this.app.menuChoice;
    const width = Math.min(areaWidth, 560);
    let y = top;
    const label = (content: string): void => {
      const t = addText(this, centre - width / 2, y, content, {
        size: text.small,
        bold: true,
        colour: PALETTE.textMuted,
      });
      y += t.height + text.small * 0.4;
    };
    label('EVENTS TO ORDER');
    addSegmented(
      {
        x: centre,
        y: y + layout.touch / 2,
        width,
        height: layout.touch,
        fontSize: text.small,
        choices: pack.sets.map((set) => ({
          value: set.id,
          label: `${setShortName(set)} · ${set.events.length}`,
          name: `set-${set.id}`,
        })),
        selected: choice.setId,
        onSelect: (setId) => {
          this.app.menuChoice = { ...choice, setId };
          this.redraw();
        },
      },
      (o) => this.button(o),
    );
    y += layout.touch + text.small * 0.4;
    const chosenSet = pack.sets.find((set) => set.id === choice.setId);
    if (chosenSet) {
      const hint = addText(this, centre - width / 2, y, `${chosenSet.name} — ${chosenSet.description}`, {
        size: text.small,
        colour: PALETTE.textMuted,
        wrap: width,
      });
      y += hint.height + margin / 2;
    }
    label('QUESTIONS');
    addSegmented(
      {
        x: centre,
        y: y + layout.touch / 2,
        width,
        height: layout.touch,
        fontSize: text.small,
        choices: QUESTION_COUNTS.map((n) => ({ value: n, label: String(n), name: `count-${n}` })),
        selected: choice.questionCount,
        onSelect: (questionCount) => {
          this.app.menuChoice = { ...choice, questionCount };
          this.redraw();
        },
      },
      (o) => this.button(o),
    );
    return y + layout.touch + margin;
  }

  private chosenConfig(): RoundConfig {
    return { ...DEFAULT_ROUND, ...this.app.menuChoice, seed: randomSeed() };
  }

  /** A code shown on a projector, typed in by hand. */
  private async enterCode(): Promise<void> {
    const code = await askText({
      id: 'round-code',
      title: 'Enter a round code',
      label: 'Round code from your teacher',
      placeholder: 'e.g. AQRjb3JlBg8TAAMH…',
      maxLength: 120,
      submitLabel: 'Open the round',
      validate: (value) => {
        const decoded = decodeRound(value);
        return decoded.ok ? null : decoded.message;
      },
    });
    if (code === null || !this.scene.isActive()) return;
    const problem = this.app.openSharedRound(code);
    if (problem) this.scene.start('Message', { title: 'This round code does not work', message: problem });
    else this.redraw();
  }

  /** A shared round hands in a result with the player's name: ask for it first. */
  private async askName(): Promise<boolean> {
    const name = await askText({
      id: 'player-name',
      title: 'Who is playing?',
      label: 'Your name, as your teacher knows it',
      value: this.app.playerName,
      maxLength: MAX_NAME_LENGTH + 20,
      submitLabel: 'Start',
      validate: (value) => (normaliseName(value).length === 0 ? 'Please type your name.' : null),
    });
    if (name === null) return false;
    this.app.playerName = normaliseName(name);
    return true;
  }

  private async play(config: RoundConfig): Promise<void> {
    if (this.app.assigned?.config === config && !(await this.askName())) return;
    if (!this.scene.isActive()) return;
    const problem = this.app.startRound(config);
    if (problem) {
      this.scene.start('Message', { title: 'This round cannot start', message: problem });
      return;
    }
    this.scene.start('Timeline');
  }

  protected override accessibleNodes(): A11yNode[] {
    const source = this.app.pack?.source;
    return [
      ...this.notices.map((notice) => ({ kind: 'text' as const, text: `Note: ${notice}` })),
      source
        ? {
            kind: 'text' as const,
            text: `Today's article: ${source.headline} (${source.outlet}, ${source.author}).`,
          }
        : { kind: 'text' as const, text: this.app.packProblem ?? 'No content.' },
      ...this.controlNodes(),
    ];
  }

  protected override accessibleLabel(name: string, visible: string): string {
    if (name.startsWith('set-') || name.startsWith('count-')) {
      const kind = name.startsWith('set-') ? 'events' : 'questions';
      const chosen = visible.startsWith('✓');
      return `${visible.replace(/^✓\s*/, '').replace(' · ', ', ')} ${kind}${chosen ? ' (chosen)' : ''}`;
    }
    return super.accessibleLabel(name, visible);
  }

  protected override readout(): Record<string, unknown> {
    return {
      headline: this.app.pack?.source.headline ?? null,
      problem: this.app.packProblem,
      notices: this.notices,
      choice: this.app.menuChoice,
      assigned: this.app.assigned?.code ?? null,
      best: this.app.best,
    };
  }
}
