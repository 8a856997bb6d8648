import Phaser from 'phaser';
import { copyOrShow, downloadText, showText } from '../app/overlay';
import type { Question, TimelineEvent } from '../content/schema';
import { formatPartialDate } from '../rules/dates';
import { randomSeed } from '../rules/random';
import type { AnswerRecord, RoundResult } from '../rules/result';
import type { RoundConfig } from '../rules/round-config';
import type { CardVerdict } from '../rules/scoring';
import { encodeResult, resultFile, resultInput } from '../rules/result-code';
import { formatDuration, shareText } from '../rules/share';
import type { RoundSession } from '../state/round-session';
import type { Layout } from '../ui/layout';
import { setFullName } from '../ui/labels';
import { addPanel } from '../ui/panel';
import { addText } from '../ui/text';
import { cssColour, PALETTE, VERDICT } from '../ui/theme';
import { BaseScene } from './BaseScene';

type ShareStatus = 'idle' | 'copied' | 'shown';

interface CardMistake {
  event: TimelineEvent;
  verdict: CardVerdict;
}

interface AnswerMistake {
  /** 1-based place of the question in the round. */
  number: number;
  question: Question;
  record: AnswerRecord;
}

/**
 * The end of a round: the score and how it was made up, a way to go again, a spoiler-free card
 * to share and a review of every mistake with the part of the article that settles it.
 */
export class ResultsScene extends BaseScene {
  private session: RoundSession | null = null;
  private result: RoundResult | null = null;
  private newBest = false;
  private share = '';
  private shareStatus: ShareStatus = 'idle';
  /** Bumped on every visit, so a copy that finishes after the player left changes nothing. */
  private visit = 0;
  private copying = false;
  /** A shared round's result code (the first attempt's when retries are off) and what became of it. */
  private resultCode: string | null = null;
  private resultStatus: 'idle' | 'copied' | 'shown' = 'idle';
  private handInNote: string | null = null;

  constructor() {
    super('Results');
  }

  protected override enter(): void {
    this.visit++;
    this.result = null;
    this.newBest = false;
    this.share = '';
    this.shareStatus = 'idle';
    this.copying = false;
    const session = this.app.session;
    if (!session || session.phase !== 'results') {
      this.session = null;
      this.scene.start('Title');
      return;
    }
    this.session = session;
    this.result = session.result();
    this.newBest = this.app.recordBest(session.plan.set.id, this.result.score);
    this.share = shareText(this.result, session.plan, this.app.pack?.title ?? 'Newsline');
    this.resultStatus = 'idle';
    this.handInNote = null;
    this.resultCode = null;
    const shared = session.shared;
    if (shared) {
      const plan = session.plan;
      const code = encodeResult(
        plan,
        resultInput(plan, shared.roundCode, shared.playerName, this.result, shared.attempt),
      );
      this.app.keepFirstResult(shared.roundCode, code);
      const first = this.app.firstResult(shared.roundCode);
      // With retries off, what is handed in is always the first attempt.
      this.resultCode = plan.config.allowRetry ? code : (first ?? code);
      if (!plan.config.allowRetry && shared.attempt > 1)
        this.handInNote = 'Retries are off for this round, so this is the code from your first attempt.';
    }
    this.app.sound.play('complete');
    this.app.a11y?.announce(
      `Round over. Your score: ${this.result.score} out of 100. Quiz: ${this.result.quizCorrect} of ${this.result.quizTotal} right.`,
    );
  }

  protected override draw(layout: Layout): void {
    const top = this.topBar('Results');
    const { session, result } = this;
    if (!session || !result) return;
    let y = top + layout.margin / 2;
    y = this.drawSummary(layout, session, result, y);
    y = this.drawHandIn(layout, y);
    y = this.drawActions(layout, session.plan.config, y + layout.margin);
    y = this.drawShareStatus(layout, y);
    y = this.drawReview(layout, y + layout.margin * 1.5);
    this.setContentHeight(y + layout.margin);
  }

  // ---------------------------------------------------------------- summary

  private drawSummary(layout: Layout, session: RoundSession, result: RoundResult, top: number): number {
    const { column, columnLeft, text } = layout;
    const padding = text.body;
    const inner = column - padding * 2;
    // Side by side only where the stats column stays wide enough not to break lines into single words.
    const wide = column >= 800;
    const scoreWidth = wide ? Math.round(inner * 0.5) : inner;
    const left = columnLeft + padding;
    const setName = setFullName(session.plan.set);

    // The score block.
    let y = top + padding;
    addText(this, left, y, 'YOUR SCORE', {
      size: text.small,
      bold: true,
      colour: PALETTE.textMuted,
    }).setLetterSpacing(2);
    y += text.small * 1.7;
    const score = addText(this, left, y, `${result.score} / 100`, {
      size: Math.round(text.title * 1.4),
      bold: true,
      colour: cssColour(PALETTE.accent),
      wrap: scoreWidth,
    });
    y += score.height + text.small * 0.4;
    const praise = addText(this, left, y, this.praise(result.score), {
      size: text.body,
      wrap: scoreWidth,
    });
    y += praise.height;
    const previous = this.app.best[session.plan.set.id];
    const bestLine = this.newBest
      ? `★ New best for ${setName}!`
      : previous
        ? `Your best for ${setName}: ${previous.score} / 100`
        : '';
    if (bestLine) {
      y += text.small * 0.5;
      const best = addText(this, left, y, bestLine, {
        size: this.newBest ? text.body : text.small,
        bold: this.newBest,
        colour: this.newBest ? cssColour(PALETTE.accent) : PALETTE.textMuted,
        wrap: scoreWidth,
      });
      y += best.height;
    }
    const scoreBottom = y;

    // The figures behind it: beside the score on a wide screen, under it on a narrow one.
    const { ordering } = result;
    const stats = [
      ordering.totalPairs === 0
        ? 'Timeline: any order was right this time'
        : `Timeline: ${ordering.correctPairs} of ${ordering.totalPairs} pairs in order`,
      result.quizTotal === 0
        ? 'Quiz: no questions this round'
        : `Quiz: ${result.quizCorrect} of ${result.quizTotal} right`,
      `Time: ${formatDuration(result.timeMs)}`,
    ];
    if (result.quizTotal > 0)
      stats.push(
        result.bestStreak === 0
          ? 'Best streak: none this time'
          : `Best streak: ${result.bestStreak} right in a row`,
      );

    const statsLeft = wide ? left + scoreWidth + padding * 2 : left;
    const statsWidth = wide ? inner - scoreWidth - padding * 2 : inner;
    const statsTexts: Phaser.GameObjects.Text[] = [];
    let sy = wide ? top + padding : scoreBottom + padding * 1.5;
    for (const line of stats) {
      const t = addText(this, statsLeft, sy, line, { size: text.body, wrap: statsWidth });
      statsTexts.push(t);
      sy += t.height + text.body * 0.45;
    }
    sy -= text.body * 0.45;

    let bottom: number;
    if (wide) {
      // Centre the shorter block against the taller one.
      const scoreHeight = scoreBottom - (top + padding);
      const statsHeight = sy - (top + padding);
      const shift = (scoreHeight - statsHeight) / 2;
      if (shift > 0) for (const t of statsTexts) t.y += shift;
      bottom = Math.max(scoreBottom, sy) + padding;
      const dividerX = left + scoreWidth + padding;
      this.add
        .rectangle(dividerX, top + padding, 2, bottom - top - padding * 2, PALETTE.border)
        .setOrigin(0.5, 0);
    } else {
      const dividerY = scoreBottom + padding * 0.75;
      this.add.rectangle(left, dividerY, inner, 2, PALETTE.border).setOrigin(0, 0.5);
      bottom = sy + padding;
    }
    addPanel(this, { x: columnLeft, y: top, width: column, height: bottom - top }).setDepth(-1);
    return bottom;
  }

  private praise(score: number): string {
    if (score === 100) return 'A perfect round!';
    if (score >= 80) return 'Great work.';
    if (score >= 50) return 'Good going. The review below shows what to look at again.';
    return 'Worth another go. The review below shows where things slipped.';
  }

  // ---------------------------------------------------------------- actions

  private drawActions(layout: Layout, config: RoundConfig, top: number): number {
    const { column, columnLeft, centreX, text, touch } = layout;
    const gap = layout.margin / 2;
    const narrow = column < 520;
    const fontSize = narrow ? text.small : text.body;
    const make = (name: string, label: string, x: number, y: number, width: number, onPress: () => void) =>
      this.button({
        name,
        label,
        x,
        y,
        width,
        height: touch,
        fontSize,
        variant: name === 'new-round' ? 'primary' : 'secondary',
        onPress,
      });

    let bottom: number;
    if (narrow) {
      // Two rows: the two ways to play again side by side, then sharing across the column.
      const half = (column - gap) / 2;
      const row1 = top + touch / 2;
      const row2 = row1 + touch + gap;
      make('retry', 'Retry this round', columnLeft + half / 2, row1, half, () => this.retry()).setEnabled(
        config.allowRetry,
      );
      make('new-round', 'New round', columnLeft + half + gap + half / 2, row1, half, () => this.newRound());
      make('share', 'Copy share card', centreX, row2, column, () => void this.copyShare());
      bottom = row2 + touch / 2;
    } else {
      const width = Math.min(260, (column - gap * 2) / 3);
      const rowLeft = centreX - (width * 3 + gap * 2) / 2;
      const y = top + touch / 2;
      const x = (i: number): number => rowLeft + width / 2 + i * (width + gap);
      make('retry', 'Retry this round', x(0), y, width, () => this.retry()).setEnabled(config.allowRetry);
      make('new-round', 'New round', x(1), y, width, () => this.newRound());
      make('share', 'Copy share card', x(2), y, width, () => void this.copyShare());
      bottom = y + touch / 2;
    }

    if (!config.allowRetry) {
      const note = addText(
        this,
        centreX,
        bottom + gap,
        'Retrying is switched off for this round, so the same questions can’t be played twice. A new round has fresh ones.',
        { size: text.small, colour: PALETTE.textMuted, align: 'center', originX: 0.5, wrap: column },
      );
      bottom = note.y + note.height;
    }
    return bottom;
  }

  private retry(): void {
    const session = this.session;
    if (!session || !session.plan.config.allowRetry) return;
    this.play(session.plan.config);
  }

  private newRound(): void {
    const session = this.session;
    if (!session) return;
    this.play({ ...session.plan.config, seed: randomSeed() });
  }

  private play(config: RoundConfig): void {
    const problem = this.app.startRound(config);
    if (problem) {
      this.scene.start('Message', { title: 'This round cannot start', message: problem });
      return;
    }
    this.scene.start('Timeline');
  }

  // ---------------------------------------------------------------- sharing

  private async copyShare(): Promise<void> {
    if (this.copying || !this.share) return;
    this.copying = true;
    const visit = this.visit;
    const outcome = await copyOrShow(this.share, 'Your share card', 'share-card');
    if (visit !== this.visit || !this.scene.isActive()) return;
    this.copying = false;
    this.shareStatus = outcome;
    this.redraw();
  }

  private drawShareStatus(layout: Layout, top: number): number {
    if (this.shareStatus === 'idle') return top;
    const { column, centreX, text, margin } = layout;
    const message =
      this.shareStatus === 'copied'
        ? `${VERDICT.right.icon} Copied — paste it anywhere`
        : 'The card is shown in a box above the game, ready to copy by hand.';
    const note = addText(this, centreX, top + margin * 0.6, message, {
      size: text.body,
      bold: this.shareStatus === 'copied',
      align: 'center',
      originX: 0.5,
      wrap: column,
    });
    return note.y + note.height;
  }

  // ---------------------------------------------------------------- handing in

  /** For a shared round: the result code and the ways to hand it in. Returns the bottom. */
  private drawHandIn(layout: Layout, top: number): number {
    const shared = this.session?.shared;
    const code = this.resultCode;
    if (!shared || !code) return top;
    const { column, columnLeft, text, touch, margin } = layout;
    const padding = text.body;
    const inner = column - padding * 2;
    const left = columnLeft + padding;
    const panelTop = top + margin;
    let y = panelTop + padding;
    const add = (content: string, size: number, options: { bold?: boolean; muted?: boolean } = {}): void => {
      const shown = addText(this, left, y, content, {
        size,
        bold: options.bold ?? false,
        colour: options.muted ? PALETTE.textMuted : PALETTE.text,
        wrap: inner,
      });
      y += shown.height + text.small * 0.5;
    };
    add('Hand in your result', text.heading, { bold: true });
    add(`Played by ${shared.playerName} · attempt ${shared.attempt}`, text.body);
    add(
      'Copy your result code and paste it into your class’s result form, or send it to your teacher.',
      text.small,
      {
        muted: true,
      },
    );
    if (this.handInNote) add(this.handInNote, text.small, { muted: true });
    add(code.length > 28 ? `${code.slice(0, 28)}…` : code, text.small, { muted: true });
    const gap = margin / 2;
    const third = (inner - gap * 2) / 3;
    const row = y + touch / 2;
    const buttons: [string, string, () => void][] = [
      ['copy-result', 'Copy result code', () => void this.copyResult()],
      ['download-result', 'Download file', () => this.downloadResult()],
      [
        'show-result',
        'Show code',
        () =>
          void showText({
            title: 'Your result code',
            intro: 'Copy this code and hand it in.',
            text: code,
            id: 'result-code',
          }),
      ],
    ];
    buttons.forEach(([name, label, onPress], i) =>
      this.button({
        name,
        label,
        x: left + third / 2 + i * (third + gap),
        y: row,
        width: third,
        height: touch,
        fontSize: text.small,
        variant: i === 0 ? 'primary' : 'secondary',
        onPress,
      }),
    );
    y = row + touch / 2 + padding * 0.5;
    if (this.resultStatus !== 'idle') {
      add(
        this.resultStatus === 'copied'
          ? `${VERDICT.right.icon} Result code copied`
          : 'Your result code is shown in a box above the game.',
        text.small,
        { bold: true },
      );
    }
    y += padding * 0.5;
    addPanel(this, {
      x: columnLeft,
      y: panelTop,
      width: column,
      height: y - panelTop,
      stroke: PALETTE.accent,
    }).setDepth(-1);
    return y;
  }

  private async copyResult(): Promise<void> {
    if (!this.resultCode) return;
    const visit = this.visit;
    const outcome = await copyOrShow(this.resultCode, 'Your result code', 'result-code');
    if (visit !== this.visit || !this.scene.isActive()) return;
    this.resultStatus = outcome;
    this.redraw();
  }

  private downloadResult(): void {
    const shared = this.session?.shared;
    if (!shared || !this.resultCode) return;
    const file = resultFile(shared.playerName, this.resultCode);
    downloadText(file.fileName, file.text);
  }

  // ---------------------------------------------------------------- review

  private cardMistakes(): CardMistake[] {
    const { session, result } = this;
    if (!session || !result) return [];
    const events = new Map(session.plan.cards.map((e) => [e.id, e]));
    return result.ordering.verdicts.flatMap((verdict) => {
      const event = events.get(verdict.id);
      return !verdict.correct && event ? [{ event, verdict }] : [];
    });
  }

  private answerMistakes(): AnswerMistake[] {
    const { session, result } = this;
    if (!session || !result) return [];
    const questions = session.plan.questions.map((q) => q.question);
    return result.answers.flatMap((record) => {
      const index = questions.findIndex((q) => q.id === record.questionId);
      const question = questions[index];
      return !record.correct && question ? [{ number: index + 1, question, record }] : [];
    });
  }

  private drawReview(layout: Layout, top: number): number {
    const { column, columnLeft, text } = layout;
    let y = top;
    const heading = addText(this, columnLeft, y, 'Review', { size: text.heading, bold: true, wrap: column });
    y += heading.height + text.small * 0.3;

    const cards = this.cardMistakes();
    const answers = this.answerMistakes();
    if (cards.length === 0 && answers.length === 0) {
      return this.drawReviewPanel(layout, y + text.small, PALETTE.right, (left, width, py) => {
        const t = addText(this, left, py, `${VERDICT.right.icon} No mistakes — well done`, {
          size: text.body,
          bold: true,
          wrap: width,
        });
        return py + t.height;
      });
    }

    const intro = addText(
      this,
      columnLeft,
      y,
      'Every slip from this round, with the part of the article that settles it.',
      { size: text.small, colour: PALETTE.textMuted, wrap: column },
    );
    y += intro.height;

    if (cards.length > 0) {
      y = this.sectionHeading(layout, y + text.body, 'Timeline');
      const total = this.session?.plan.cards.length ?? 0;
      for (const mistake of cards) y = this.drawCardMistake(layout, y + text.small, mistake, total);
    }
    if (answers.length > 0) {
      y = this.sectionHeading(layout, y + text.body * 1.25, 'Quiz');
      for (const mistake of answers) y = this.drawAnswerMistake(layout, y + text.small, mistake);
    }
    return y;
  }

  private sectionHeading(layout: Layout, y: number, label: string): number {
    const t = addText(this, layout.columnLeft, y, label.toUpperCase(), {
      size: layout.text.small,
      bold: true,
      colour: PALETTE.textMuted,
      wrap: layout.column,
    }).setLetterSpacing(2);
    return y + t.height;
  }

  /**
   * A surface with a coloured edge, sized to what `fill` draws inside it. `fill` gets the text's
   * left edge, its width and the top to start at, and returns where its content ends.
   */
  private drawReviewPanel(
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
    addPanel(this, { x: columnLeft, y: top, width: column, height: bottom - top }).setDepth(-1);
    this.add
      .rectangle(columnLeft + 1, top + 1, stripe, bottom - top - 2, edge)
      .setOrigin(0, 0)
      .setRounded(Math.min(6, stripe / 2))
      .setDepth(-0.5);
    return bottom;
  }

  private drawCardMistake(layout: Layout, top: number, mistake: CardMistake, total: number): number {
    const { text } = layout;
    const { event, verdict } = mistake;
    const titles = (ids: string[]): string =>
      ids.map((id) => this.session?.plan.cards.find((c) => c.id === id)?.title ?? id).join('; ');

    return this.drawReviewPanel(layout, top, PALETTE.wrong, (left, width, y) => {
      const line = (content: string, size: number, options: { bold?: boolean; colour?: string } = {}) => {
        const t = addText(this, left, y, content, { size, wrap: width, ...options });
        y += t.height + size * 0.35;
      };
      line(
        `${VERDICT.wrong.icon} ${VERDICT.wrong.word} place · you put it ${ordinal(verdict.position + 1)} of ${total}`,
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

  private drawAnswerMistake(layout: Layout, top: number, mistake: AnswerMistake): number {
    const { text } = layout;
    const { question, record, number } = mistake;
    const unit = question.kind === 'number' && question.unit ? ` ${question.unit}` : '';
    const digests = this.app.pack?.source.digests ?? [];

    return this.drawReviewPanel(layout, top, PALETTE.wrong, (left, width, y) => {
      const line = (
        content: string,
        size: number,
        options: { bold?: boolean; colour?: string; indent?: number; gap?: number } = {},
      ) => {
        const indent = options.indent ?? 0;
        const t = addText(this, left + indent, y, content, {
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
      if (question.quote)
        line(`Said by ${question.quote.speaker}.`, text.small, { colour: PALETTE.textMuted });
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

  // ---------------------------------------------------------------- tests

  protected override readout(): Record<string, unknown> {
    const result = this.result;
    return {
      score: result?.score ?? null,
      correctPairs: result?.ordering.correctPairs ?? null,
      totalPairs: result?.ordering.totalPairs ?? null,
      quizCorrect: result?.quizCorrect ?? null,
      quizTotal: result?.quizTotal ?? null,
      bestStreak: result?.bestStreak ?? null,
      timeMs: result?.timeMs ?? null,
      newBest: this.newBest,
      mistakes: this.cardMistakes().length + this.answerMistakes().length,
      shareStatus: this.shareStatus,
      shareText: this.share,
      retryAllowed: this.session?.plan.config.allowRetry ?? false,
      resultCode: this.resultCode,
      playerName: this.session?.shared?.playerName ?? null,
      resultStatus: this.resultStatus,
    };
  }
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
