import type { A11yNode } from '../a11y/model';
import { downloadText } from '../app/download';
import { copyOrShow, showText } from '../app/overlay';
import { randomSeed } from '../rules/random';
import type { RoundResult } from '../rules/result';
import { encodeResult, resultFile, resultInput } from '../rules/result-code';
import { answerMistakes, cardMistakes, type AnswerMistake, type CardMistake } from '../rules/review';
import type { RoundConfig } from '../rules/round-config';
import { shareText } from '../rules/share';
import type { RoundSession } from '../state/round-session';
import { setFullName } from '../ui/labels';
import type { Layout } from '../ui/layout';
import { addPanel } from '../ui/panel';
import { bestLine, praise, statLines } from '../ui/results/results-text';
import { addReview } from '../ui/results/review-panel';
import { addScoreSummary } from '../ui/results/score-summary';
import { addText } from '../ui/text';
import { PALETTE, VERDICT } from '../ui/theme';
import { BaseScene } from './BaseScene';

type ShareStatus = 'idle' | 'copied' | 'shown';

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
      this.app.keepFirstResult(shared, code);
      const first = this.app.firstResult(shared) ?? code;
      // With retries off, what is handed in is always the first finished attempt.
      this.resultCode = plan.config.allowRetry ? code : first;
      if (this.resultCode !== code)
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
    const previous = this.app.best[session.plan.set.id];
    let y = addScoreSummary(this, layout, {
      top: top + layout.margin / 2,
      score: result.score,
      praise: praise(result.score),
      best: bestLine(setFullName(session.plan.set), this.newBest, previous ? previous.score : null),
      newBest: this.newBest,
      stats: statLines(result),
    });
    y = this.drawHandIn(layout, y);
    y = this.drawActions(layout, session.plan.config, y + layout.margin);
    y = this.drawShareStatus(layout, y);
    y = addReview(this, layout, {
      top: y + layout.margin * 1.5,
      cardMistakes: this.cardMistakes(),
      answerMistakes: this.answerMistakes(),
      cards: session.plan.cards,
      digests: this.app.pack?.source.digests ?? [],
    });
    this.setContentHeight(y + layout.margin);
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
    return session && result ? cardMistakes(session.plan, result) : [];
  }

  private answerMistakes(): AnswerMistake[] {
    const { session, result } = this;
    return session && result ? answerMistakes(session.plan, result) : [];
  }

  /** Everything the canvas shows, as text a screen reader can go back over. */
  protected override accessibleNodes(): A11yNode[] {
    const { session, result } = this;
    if (!session || !result) return this.controlNodes();
    const previous = this.app.best[session.plan.set.id];
    const nodes: A11yNode[] = [
      { kind: 'text', heading: 2, text: `Your score: ${result.score} out of 100` },
      { kind: 'text', text: praise(result.score) },
      {
        kind: 'text',
        text: bestLine(setFullName(session.plan.set), this.newBest, previous ? previous.score : null),
      },
      ...statLines(result).map((line) => ({ kind: 'text' as const, text: line })),
    ];
    const shared = session.shared;
    if (shared && this.resultCode) {
      nodes.push(
        { kind: 'text', heading: 2, text: 'Hand in your result' },
        { kind: 'text', text: `Played by ${shared.playerName}, attempt ${shared.attempt}.` },
        {
          kind: 'text',
          text: 'Copy your result code and paste it into your class’s result form, or send it to your teacher.',
        },
      );
      if (this.handInNote) nodes.push({ kind: 'text', text: this.handInNote });
    }
    nodes.push(...this.controlNodes(), { kind: 'text', heading: 2, text: 'Review' });
    const cards = this.cardMistakes();
    const answers = this.answerMistakes();
    if (cards.length === 0 && answers.length === 0)
      nodes.push({ kind: 'text', text: 'No mistakes: well done.' });
    for (const { event } of cards) {
      nodes.push({ kind: 'text', text: `Timeline, wrong place: ${event.title}. ${event.howWeKnow}` });
    }
    for (const { number, question, record } of answers) {
      const given = record.given === null ? 'no answer (time ran out)' : `you said ${record.given}`;
      nodes.push({
        kind: 'text',
        text: `Question ${number}: ${question.prompt} ${given}; the answer is ${record.expected}. ${question.explanation}`,
      });
    }
    return nodes;
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
