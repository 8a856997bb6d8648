import Phaser from 'phaser';
import type { A11yNode } from '../a11y/model';
import { copyText } from '../app/clipboard';
import type { Question } from '../content/schema';
import type { AnswerRecord } from '../rules/result';
import type { RoundSession } from '../state/round-session';
import { labelInset, type Button } from '../ui/button';
import type { FocusTarget } from '../ui/focus-ring';
import type { Layout } from '../ui/layout';
import { addNumberPad } from '../ui/number-pad';
import { addPanel } from '../ui/panel';
import { addText } from '../ui/text';
import { PALETTE, VERDICT, cssColour } from '../ui/theme';
import { BaseScene } from './BaseScene';

const MAX_DIGITS = 4;
/** The countdown turns to its warning look for the last seconds. */
const WARNING_SECONDS = 5;
/** Widest the quiz column gets: long option lines are hard to read across a laptop screen. */
const MAX_COLUMN = 720;
/** Question and verdict side by side on a wide screen. */
const SPLIT_COLUMN = 1160;

type OptionMark = 'chosen-right' | 'chosen-wrong' | 'right' | 'other';

interface ReportState {
  session: RoundSession;
  questionId: string;
  copied: boolean;
  text: string;
}

/**
 * One question at a time from the round session: choices or a number pad, then the verdict with
 * its explanation and the paragraphs it rests on. Everything shown is drawn from the session, so
 * a resize or a trip to the Source screen comes back exactly where it was; only the digits being
 * typed and the report message live here, tied to the session and question they belong to.
 */
export class QuizScene extends BaseScene {
  private typing: { session: RoundSession; questionId: string; digits: string } | null = null;
  private report: ReportState | null = null;
  /** An option chosen with the keyboard or a screen reader, waiting for Enter / Submit. */
  private pending: { questionId: string; label: string } | null = null;
  private timerDisplay: { box: Phaser.GameObjects.Rectangle; text: Phaser.GameObjects.Text } | null = null;
  private shownSeconds = Number.NaN;
  private numberDisplay: { update(): void } | null = null;
  private submitButton: Button | null = null;
  /** Where the answered screen's parts are, to bring the verdict into view after answering. */
  private feedbackArea: FeedbackArea | null = null;
  /** Where the report message is, to show it once the report is made. */
  private reportArea: { bottom: number; visibleBottom: number } | null = null;
  /** Set on entry: coming back (from the Source screen) to an answered question shows its verdict. */
  private arriving = false;

  constructor() {
    super('Quiz');
  }

  /** The streak shows when the player wants it and there is one: from 1 right answer in a row. */
  private streakVisible(session: RoundSession): boolean {
    return this.app.settings.showStreak && session.streak >= 1;
  }

  private get session(): RoundSession | null {
    const session = this.app.session;
    return session && session.phase === 'quiz' && session.currentQuestion ? session : null;
  }

  protected override enter(): void {
    if (!this.session) {
      this.scene.start('Title');
      return;
    }
    this.arriving = true;
    this.input.keyboard?.on('keydown', this.onKey, this);
    // A clock event survives redraws (they only clear game objects) and ends with the scene.
    if (this.session.timerSeconds > 0) {
      this.time.addEvent({ delay: 200, loop: true, callback: this.tick, callbackScope: this });
    }
  }

  protected override leave(): void {
    this.input.keyboard?.off('keydown', this.onKey, this);
    this.timerDisplay = null;
    this.numberDisplay = null;
    this.submitButton = null;
  }

  protected override redraw(): void {
    super.redraw();
    if (this.arriving) {
      this.arriving = false;
      this.bringFeedbackIntoView();
    }
  }

  protected override draw(layout: Layout): void {
    this.timerDisplay = null;
    this.numberDisplay = null;
    this.submitButton = null;
    this.feedbackArea = null;
    this.reportArea = null;
    this.shownSeconds = Number.NaN;
    const session = this.session;
    if (!session) return;
    const planned = session.currentQuestion!;
    const question = planned.question;
    const answer = session.currentAnswer;
    const { margin, text } = layout;
    const gap = Math.round(margin * 0.75);
    // On a wide landscape screen the verdict sits beside the question instead of below it.
    const split = answer !== undefined && layout.width >= 960 && layout.width > layout.height;
    const full = Math.min(layout.column, split ? SPLIT_COLUMN : MAX_COLUMN);
    const left = (layout.width - full) / 2;
    const columnGap = margin * 1.5;
    const width = split ? (full - columnGap) / 2 : full;

    let y = this.topBar(`Question ${session.questionIndex + 1} of ${session.plan.questions.length}`);
    y = this.drawStatusRow(layout, session, left, full, y);
    const contentTop = y;
    y += gap;
    // Tops of the blocks in the left column: after answering, scrolling stops at one of them,
    // so nothing is left sliced under the bar.
    const blockTops: number[] = [];

    // Once answered the question steps back (smaller type) to leave room for the verdict.
    const prompt = addText(this, left, y, question.prompt, {
      size: answer ? text.body : text.heading,
      bold: true,
      wrap: width,
    });
    y += prompt.height + gap;

    if (question.quote) {
      blockTops.push(y);
      y = this.drawQuote(layout, question, answer !== undefined, left, width, y) + gap;
    }

    if (!answer && question.kind === 'true-false') {
      const cue = addText(this, left, y, 'True or false?', {
        size: text.small,
        bold: true,
        colour: PALETTE.textMuted,
        wrap: width,
      });
      y += cue.height + Math.round(gap * 0.5);
    }

    const answersTop = y;
    if (question.kind === 'number') {
      blockTops.push(y);
      y = this.drawNumberAnswer(layout, question, answer, left, width, y, gap);
    } else {
      planned.choices.forEach((label, i) => {
        blockTops.push(y);
        y = this.drawOption(layout, label, i, answer, left, width, y) + gap * 0.75;
      });
      y += gap * 0.25;
    }

    let reservedBottom = 0;
    if (answer) {
      const feedbackLeft = split ? left + width + columnGap : left;
      const feedbackTop = split ? contentTop + gap : y;
      if (!split) blockTops.push(feedbackTop);
      const feedback = this.drawFeedback(layout, session, question, answer, feedbackLeft, width, feedbackTop);
      reservedBottom = this.drawFooter(layout, session, question, answer, left, full);
      const visibleBottom = layout.height - reservedBottom;
      const reportBottom = this.drawReport(
        layout,
        session,
        question,
        feedbackLeft,
        width,
        feedback.bottom + gap,
      );
      if (reportBottom !== null) this.reportArea = { bottom: reportBottom, visibleBottom };
      const columnBottom = reportBottom ?? feedback.bottom;
      y = split ? Math.max(y, columnBottom) : columnBottom;
      this.feedbackArea = {
        split,
        bottom: feedback.bottom,
        headingBottom: feedback.headingBottom,
        // Scrolling no further than this keeps the options in sight under the top bar.
        keepInView: answersTop - contentTop - gap,
        visibleBottom,
        stops: [0, ...blockTops.map((top) => Math.max(0, top - contentTop - gap * 0.5))],
        scrollLimit: Math.max(0, y + margin - visibleBottom),
      };
    }
    this.setContentHeight(y + margin, reservedBottom);
  }

  // ----- parts of the screen -----

  /** Streak and countdown, pinned under the top bar so the clock stays in sight while scrolling. */
  private drawStatusRow(
    layout: Layout,
    session: RoundSession,
    left: number,
    width: number,
    top: number,
  ): number {
    const timerSeconds = session.timerSeconds;
    // A streak of nothing says nothing: the count shows from the first right answer on.
    const showStreak = this.streakVisible(session);
    // Once answered the clock has nothing left to say: the verdict says whether time ran out.
    const showTimer = timerSeconds > 0 && !session.currentAnswer;
    if (!showStreak && !showTimer) return top;
    const { text } = layout;
    const rowHeight = Math.round(text.small * 2.2);
    const bottom = top + rowHeight + Math.round(layout.margin * 0.25);
    this.pinned(
      this.add.rectangle(0, top, layout.width, bottom - top, PALETTE.background).setOrigin(0, 0),
      20,
    );
    const middle = top + rowHeight / 2;
    if (showStreak) {
      this.pinned(
        addText(this, left, middle, `Streak ${session.streak}`, {
          size: text.small,
          bold: true,
          colour: cssColour(PALETTE.accent),
          originY: 0.5,
        }),
        21,
      );
    }
    if (showTimer) {
      const boxWidth = Math.max(text.small * 7, 96);
      const box = this.pinned(
        this.add
          .rectangle(left + width - boxWidth / 2, middle, boxWidth, rowHeight, PALETTE.surface)
          .setStrokeStyle(2, PALETTE.border)
          .setRounded(rowHeight / 2),
        21,
      );
      const label = this.pinned(
        addText(this, left + width - boxWidth / 2, middle, '', {
          size: text.small,
          originX: 0.5,
          originY: 0.5,
          align: 'center',
        }),
        22,
      );
      this.timerDisplay = { box, text: label };
      this.updateTimerDisplay(session);
    }
    return bottom;
  }

  private drawQuote(
    layout: Layout,
    question: Question,
    answered: boolean,
    left: number,
    width: number,
    top: number,
  ): number {
    const quote = question.quote!;
    const padding = layout.text.body;
    const inner = width - padding * 2;
    let y = top + padding;
    const body = addText(this, left + padding, y, `“${quote.text}”`, {
      size: layout.text.body,
      wrap: inner,
    }).setFontStyle('italic');
    y += body.height;
    // In a who-said-it question the speaker is the answer: named only once it is given.
    if (question.kind !== 'who-said-it' || answered) {
      y += layout.text.small * 0.5;
      const speaker = addText(this, left + padding, y, `— ${quote.speaker}`, {
        size: layout.text.small,
        colour: PALETTE.textMuted,
        wrap: inner,
      });
      y += speaker.height;
    }
    y += padding;
    addPanel(this, { x: left, y: top, width, height: y - top, fill: PALETTE.surface }).setDepth(-1);
    // A bar down the left edge marks it as a quotation.
    this.add
      .rectangle(left + 3, top + padding * 0.6, 4, y - top - padding * 1.2, PALETTE.accent)
      .setOrigin(0, 0);
    return y;
  }

  /** One full-width option: a button before answering, a marked box after. Returns its bottom. */
  private drawOption(
    layout: Layout,
    label: string,
    index: number,
    answer: AnswerRecord | undefined,
    left: number,
    width: number,
    top: number,
  ): number {
    const { text } = layout;
    if (!answer) {
      // Measure the label wrapped as the button will wrap it, to size the button to it (the
      // inset grows with the height, so measure again once the height is known).
      const measure = (buttonHeight: number): number => {
        const probe = addText(this, 0, 0, label, {
          size: text.body,
          wrap: width - labelInset(width, buttonHeight),
          align: 'center',
        });
        const needed = Math.max(layout.touch, Math.ceil(probe.height + text.body * 1.1));
        probe.destroy();
        return needed;
      };
      const first = measure(layout.touch);
      const height = first > layout.touch ? Math.max(first, measure(first)) : first;
      const option = this.button({
        x: left + width / 2,
        y: top + height / 2,
        width,
        height,
        label,
        fontSize: text.body,
        name: `option-${index}`,
        onPress: () => this.give(label),
      });
      if (this.pendingLabel() === label) option.setSelected(true);
      return top + height;
    }
    const isExpected = sameAnswer(label, answer.expected);
    const chosen = answer.given !== null && sameAnswer(label, answer.given);
    const mark: OptionMark = chosen
      ? answer.correct
        ? 'chosen-right'
        : 'chosen-wrong'
      : isExpected
        ? 'right'
        : 'other';
    return this.drawMarkedBox(layout, mark, label, left, width, top);
  }

  /** An answered option (or typed number), marked by colour, icon and word together. */
  private drawMarkedBox(
    layout: Layout,
    mark: OptionMark,
    label: string,
    left: number,
    width: number,
    top: number,
  ): number {
    const { text } = layout;
    const padding = Math.round(text.body * 0.55);
    const tagText: Record<OptionMark, string> = {
      'chosen-right': `${VERDICT.right.icon} ${VERDICT.right.word} — your answer`,
      'chosen-wrong': `${VERDICT.wrong.icon} ${VERDICT.wrong.word} — your answer`,
      right: `${VERDICT.right.icon} ${VERDICT.right.word} answer`,
      other: '',
    };
    const colour =
      mark === 'chosen-wrong' ? PALETTE.wrong : mark === 'other' ? PALETTE.border : PALETTE.right;
    let y = top + padding;
    const objects: Phaser.GameObjects.Text[] = [];
    if (tagText[mark]) {
      const tag = addText(this, left + width / 2, y, tagText[mark], {
        size: text.small,
        bold: true,
        originX: 0.5,
        align: 'center',
        wrap: width - labelInset(width, layout.touch),
      });
      objects.push(tag);
      y += tag.height + Math.round(text.small * 0.2);
    }
    const body = addText(this, left + width / 2, y, label, {
      size: text.body,
      colour: mark === 'other' ? PALETTE.textMuted : PALETTE.text,
      originX: 0.5,
      align: 'center',
      wrap: width - labelInset(width, layout.touch),
    });
    y += body.height + padding;
    const height = Math.max(layout.touch, y - top);
    // Centre the contents in boxes the touch minimum made taller.
    const shift = (height - (y - top)) / 2;
    for (const o of [...objects, body]) o.setY(o.y + shift);
    const fill = mark === 'other' ? PALETTE.surface : mix(colour, PALETTE.surface, 0.3);
    addPanel(this, { x: left, y: top, width, height, fill, stroke: colour, radius: 12 })
      .setStrokeStyle(mark === 'other' ? 2 : 4, colour)
      .setDepth(-1);
    return top + height;
  }

  private drawNumberAnswer(
    layout: Layout,
    question: Extract<Question, { kind: 'number' }>,
    answer: AnswerRecord | undefined,
    left: number,
    width: number,
    top: number,
    gap: number,
  ): number {
    const { text } = layout;
    const unit = question.unit ?? '';
    if (answer) {
      const shown = answer.given === null ? 'No answer' : `${answer.given}${unit ? ` ${unit}` : ''}`;
      const mark: OptionMark = answer.correct ? 'chosen-right' : 'chosen-wrong';
      return this.drawMarkedBox(layout, mark, shown, left, width, top) + gap;
    }

    const padWidth = Math.min(width, 360);
    const padLeft = left + (width - padWidth) / 2;
    const boxHeight = Math.round(text.heading * 2.4);
    addPanel(this, {
      x: padLeft,
      y: top,
      width: padWidth,
      height: boxHeight,
      fill: PALETTE.surface,
      stroke: PALETTE.focus,
    }).setDepth(-1);
    const middle = top + boxHeight / 2;
    const digitsText = addText(this, 0, middle, '', { size: text.title, bold: true, originY: 0.5 });
    const unitText = addText(this, 0, middle, unit, {
      size: text.body,
      colour: PALETTE.textMuted,
      originY: 0.5,
    });
    const centre = padLeft + padWidth / 2;
    this.numberDisplay = {
      update: () => {
        const digits = this.currentDigits();
        digitsText.setText(digits || '–');
        digitsText.setColor(digits ? PALETTE.text : PALETTE.textMuted);
        const space = unit ? text.body * 0.4 : 0;
        const total = digitsText.width + space + (unit ? unitText.width : 0);
        digitsText.setX(centre - total / 2);
        unitText.setX(digitsText.x + digitsText.width + space);
        this.submitButton?.setEnabled(digits.length > 0);
      },
    };
    let y = top + boxHeight + Math.round(gap * 0.4);
    const hint = addText(this, centre, y, `Type up to ${MAX_DIGITS} digits, then Submit`, {
      size: text.small,
      colour: PALETTE.textMuted,
      originX: 0.5,
      align: 'center',
      wrap: padWidth,
    });
    y += hint.height + gap;
    const pad = addNumberPad(
      {
        left: padLeft,
        top: y,
        width: padWidth,
        keyHeight: layout.touch,
        gap: Math.round(gap * 0.6),
        fontSize: text.body,
        onDigit: (digit) => this.typeDigit(digit),
        onDelete: () => this.deleteDigit(),
        onSubmit: () => this.submitNumber(),
      },
      (options) => this.button(options),
    );
    this.submitButton = pad.submit;
    this.numberDisplay.update();
    return y + pad.height + gap;
  }

  private drawFeedback(
    layout: Layout,
    session: RoundSession,
    question: Question,
    answer: AnswerRecord,
    left: number,
    width: number,
    top: number,
  ): { bottom: number; headingBottom: number } {
    const { text } = layout;
    const padding = text.body;
    const inner = width - padding * 2;
    const headline = verdictLine(question, answer);
    let y = top + padding;
    const heading = addText(this, left + padding, y, headline, {
      size: Math.round(text.body * 1.2),
      bold: true,
      wrap: inner,
    });
    y += heading.height;
    const headingBottom = y;

    const lines: { content: string; muted?: boolean; small?: boolean }[] = [];
    if (session.plan.config.explanationsDuringPlay) {
      lines.push({ content: question.explanation });
      const digests = this.app.pack?.source.digests ?? [];
      for (const paragraph of question.paragraphs) {
        const digest = digests.find((d) => d.paragraph === paragraph);
        lines.push({
          content: `¶${paragraph} — ${digest?.text ?? 'paragraph of the article'}`,
          muted: true,
          small: true,
        });
      }
    }
    if (question.basis === 'context') {
      lines.push({
        content: 'This answer relies on outside context, not on the article itself.',
        muted: true,
        small: true,
      });
    }
    for (const line of lines) {
      y += Math.round(text.body * 0.6);
      const shown = addText(this, left + padding, y, line.content, {
        size: line.small ? text.small : text.body,
        colour: line.muted ? PALETTE.textMuted : PALETTE.text,
        wrap: inner,
      });
      y += shown.height;
    }
    y += padding;
    const colour = answer.correct ? PALETTE.right : PALETTE.wrong;
    addPanel(this, { x: left, y: top, width, height: y - top, fill: PALETTE.surface, stroke: colour })
      .setStrokeStyle(3, colour)
      .setDepth(-1);
    return { bottom: y, headingBottom };
  }

  /**
   * The footer pinned to the bottom after answering, so all three are in reach without
   * scrolling: Source and "This looks wrong?" as small buttons, then Next. Returns its height.
   */
  private drawFooter(
    layout: Layout,
    session: RoundSession,
    question: Question,
    answer: AnswerRecord,
    left: number,
    width: number,
  ): number {
    const { margin, text, touch } = layout;
    const height = touch + margin * 1.5;
    const top = layout.height - height;
    const middle = top + height / 2;
    this.pinned(this.add.rectangle(0, top, layout.width, height, PALETTE.background).setOrigin(0, 0), 20);
    this.pinned(this.add.rectangle(0, top, layout.width, 2, PALETTE.border).setOrigin(0, 0), 20);
    const rowWidth = Math.min(width, 760);
    const rowLeft = left + (width - rowWidth) / 2;
    const gap = Math.round(margin * 0.5);
    // A phone's row has room for short words only; the spoken names stay whole.
    const narrow = rowWidth < 560;
    const sourceWidth = narrow ? Math.max(touch * 1.6, rowWidth * 0.24) : rowWidth * 0.18;
    const reportWidth = narrow ? sourceWidth : rowWidth * 0.32;
    const nextWidth = rowWidth - sourceWidth - reportWidth - gap * 2;
    const source = this.button({
      x: rowLeft + sourceWidth / 2,
      y: middle,
      width: sourceWidth,
      height: touch,
      label: 'Source',
      fontSize: text.small,
      name: 'open-source',
      // The Source screen marks and scrolls to the paragraphs this answer cites.
      onPress: () => this.scene.start('Source', { returnTo: 'Quiz', paragraphs: [...question.paragraphs] }),
    });
    const report = this.button({
      x: rowLeft + sourceWidth + gap + reportWidth / 2,
      y: middle,
      width: reportWidth,
      height: touch,
      label: narrow ? 'Report' : 'This looks wrong?',
      fontSize: text.small,
      variant: 'quiet',
      name: 'report-problem',
      onPress: () => this.reportProblem(session, question, answer),
    });
    const last = session.questionIndex >= session.plan.questions.length - 1;
    const next = this.button({
      x: rowLeft + rowWidth - nextWidth / 2,
      y: middle,
      width: nextWidth,
      height: touch,
      label: last ? 'See results' : 'Next question',
      fontSize: text.body,
      variant: 'primary',
      name: 'next-question',
      onPress: () => this.next(),
    });
    for (const b of [source, report, next]) this.pinned(b.container, 21);
    return height;
  }

  /** What the report did, under the feedback; returns its bottom, or null when there is none. */
  private drawReport(
    layout: Layout,
    session: RoundSession,
    question: Question,
    left: number,
    width: number,
    top: number,
  ): number | null {
    const report = this.currentReport(session, question);
    if (!report) return null;
    const shown = addText(this, left, top, reportMessage(report), {
      size: layout.text.small,
      colour: report.copied ? PALETTE.text : PALETTE.textMuted,
      wrap: width,
    });
    return top + shown.height;
  }

  // ----- moves -----

  private give(given: string | null): void {
    const session = this.session;
    if (!session || session.currentAnswer) return;
    const record = session.answer(given);
    this.pending = null;
    this.app.sound.play(record.correct ? 'correct' : 'wrong');
    this.redraw();
    this.bringFeedbackIntoView();
    const question = session.currentQuestion?.question;
    if (question) this.app.a11y?.announce(verdictLine(question, record));
    this.app.a11y?.focus('__heading');
  }

  private next(): void {
    const session = this.session;
    if (!session || !session.currentAnswer) return;
    session.nextQuestion();
    if (session.phase === 'results') {
      this.scene.start('Results');
      return;
    }
    this.cameras.main.setScroll(0, 0);
    this.redraw();
  }

  private currentDigits(): string {
    const session = this.session;
    const id = session?.currentQuestion?.question.id;
    const typing = this.typing;
    return typing && typing.session === session && typing.questionId === id ? typing.digits : '';
  }

  private setDigits(digits: string): void {
    const session = this.session;
    const question = session?.currentQuestion?.question;
    if (!session || !question || question.kind !== 'number' || session.currentAnswer) return;
    this.typing = { session, questionId: question.id, digits };
    this.numberDisplay?.update();
    this.publish();
  }

  private typeDigit(digit: string): void {
    const digits = this.currentDigits();
    if (digits.length >= MAX_DIGITS) return;
    // A leading zero adds nothing: "0" then "7" reads as 7.
    this.setDigits(digits === '0' ? digit : digits + digit);
  }

  private deleteDigit(): void {
    this.setDigits(this.currentDigits().slice(0, -1));
  }

  private submitNumber(): void {
    const digits = this.currentDigits();
    if (digits.length === 0) return;
    this.give(digits);
  }

  private pendingLabel(): string | null {
    const id = this.session?.currentQuestion?.question.id;
    return this.pending && this.pending.questionId === id ? this.pending.label : null;
  }

  /** Chooses an option without answering yet (keyboard and screen readers); Enter submits it. */
  private choose(label: string): void {
    const question = this.session?.currentQuestion?.question;
    if (!question || this.session?.currentAnswer) return;
    this.pending = { questionId: question.id, label };
    this.redraw();
  }

  private submitPending(): void {
    const label = this.pendingLabel();
    if (label !== null) this.give(label);
  }

  /**
   * Keys anywhere on the page. Controls in the accessibility layer keep their own keys (a
   * focused button takes Enter, a text box takes digits), so those are left to them.
   */
  private onKey(event: KeyboardEvent): void {
    const session = this.session;
    const planned = session?.currentQuestion;
    if (!session || !planned || this.dialogOpen) return;
    const target = event.target instanceof HTMLElement ? event.target : null;
    const inTextBox = target?.tagName === 'INPUT' && (target as HTMLInputElement).type === 'text';
    const onButton = target?.tagName === 'BUTTON';
    if (inTextBox || (onButton && (event.key === 'Enter' || event.key === ' '))) return;
    if (session.currentAnswer) {
      if (event.key === 'Enter' && !event.repeat) this.next();
      return;
    }
    if (planned.question.kind === 'number') {
      if (/^[0-9]$/.test(event.key)) this.typeDigit(event.key);
      else if (event.key === 'Backspace' || event.key === 'Delete') this.deleteDigit();
      else if (event.key === 'Enter' && !event.repeat) this.submitNumber();
      return;
    }
    const choices = planned.choices;
    const current = choices.indexOf(this.pendingLabel() ?? '');
    const onRadio = target?.tagName === 'INPUT';
    if (/^[1-9]$/.test(event.key) && Number(event.key) <= choices.length) {
      this.choose(choices[Number(event.key) - 1]!);
    } else if (!onRadio && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next =
        current < 0
          ? step > 0
            ? 0
            : choices.length - 1
          : (current + step + choices.length) % choices.length;
      this.choose(choices[next]!);
      event.preventDefault();
    } else if (event.key === 'Enter' && !event.repeat) {
      this.submitPending();
    }
  }

  protected override accessibleNodes(): A11yNode[] {
    const session = this.session;
    const planned = session?.currentQuestion;
    if (!session || !planned) return [];
    const { question, choices } = planned;
    const answer = session.currentAnswer;
    const nodes: A11yNode[] = [];
    if (this.streakVisible(session))
      nodes.push({ kind: 'text', text: `Streak: ${session.streak} right in a row` });
    const timer = session.timerSeconds;
    if (timer > 0 && !answer) nodes.push({ kind: 'text', text: `${timer} seconds per question.` });
    nodes.push({ kind: 'text', heading: 2, text: question.prompt });
    if (question.quote) {
      const speaker = question.kind === 'who-said-it' && !answer ? '' : ` (${question.quote.speaker})`;
      nodes.push({ kind: 'text', text: `Quote: “${question.quote.text}”${speaker}` });
    }
    if (!answer && question.kind === 'number') {
      nodes.push({
        kind: 'number-input',
        id: 'number-answer',
        label: question.unit ? `Your answer (${question.unit})` : 'Your answer',
        value: this.currentDigits(),
        onInput: (value) => this.setDigits(value.replace(/\D/g, '').slice(0, MAX_DIGITS)),
        onSubmit: () => this.submitNumber(),
      });
      nodes.push(...this.controlNodes((name) => name === 'submit-number'));
    } else if (!answer) {
      const pending = this.pendingLabel();
      if (question.kind === 'true-false') nodes.push({ kind: 'text', text: 'True or false?' });
      nodes.push({
        kind: 'radio-group',
        id: 'answer',
        label: 'Answers (number keys or arrow keys choose, Enter submits)',
        options: choices.map((label) => ({ value: label, label, checked: label === pending })),
        onChoose: (value) => this.choose(value),
      });
      nodes.push({
        kind: 'button',
        id: 'submit-choice',
        label: 'Submit answer',
        disabled: pending === null,
        onActivate: () => this.submitPending(),
      });
    } else {
      nodes.push({ kind: 'text', text: verdictLine(question, answer) });
      if (session.plan.config.explanationsDuringPlay) {
        nodes.push({ kind: 'text', text: question.explanation });
        const digests = this.app.pack?.source.digests ?? [];
        for (const paragraph of question.paragraphs) {
          const digest = digests.find((d) => d.paragraph === paragraph);
          nodes.push({ kind: 'text', text: `Paragraph ${paragraph}: ${digest?.text ?? ''}` });
        }
      }
      const report = this.currentReport(session, question);
      if (report) nodes.push({ kind: 'text', text: reportMessage(report) });
    }
    nodes.push(
      ...this.controlNodes(
        (name) => !name.startsWith('option-') && !name.startsWith('pad-') && name !== 'submit-number',
      ),
    );
    return nodes;
  }

  protected override accessibleLabel(name: string, visible: string): string {
    const question = this.session?.currentQuestion?.question;
    if (name === 'open-source' && question) {
      const list = question.paragraphs;
      return `Source: the article's ${list.length > 1 ? 'paragraphs' : 'paragraph'} ${list.join(', ')}`;
    }
    if (name === 'report-problem') return 'This looks wrong? Report a problem with this question';
    return super.accessibleLabel(name, visible);
  }

  protected override focusTarget(id: string): FocusTarget | null {
    const match = /^answer-(\d+)$/.exec(id);
    return super.focusTarget(match ? `option-${match[1]}` : id === 'number-answer' ? 'submit-number' : id);
  }

  private reportProblem(session: RoundSession, question: Question, answer: AnswerRecord): void {
    const given = answer.given ?? '(no answer)';
    const text = `Newsline report — pack ${session.plan.packId} ${session.plan.packVersion}, question ${question.id}, answered "${given}"`;
    void copyText(text).then((copied) => {
      this.report = { session, questionId: question.id, copied, text };
      // The player may have moved on while the browser decided; the message waits for their return.
      if (this.scene.isActive() && this.session === session) {
        this.redraw();
        this.app.a11y?.announce(
          copied
            ? reportMessage(this.report)
            : 'Copying did not work: the report text is shown under the answer.',
        );
        const area = this.reportArea;
        const camera = this.cameras.main;
        if (area && area.bottom > camera.scrollY + area.visibleBottom)
          this.scrollBy(area.bottom - area.visibleBottom + layoutGap(this.layout) - camera.scrollY);
      }
    });
  }

  private currentReport(session: RoundSession, question: Question): ReportState | null {
    const report = this.report;
    return report && report.session === session && report.questionId === question.id ? report : null;
  }

  // ----- timer -----

  private secondsLeft(session: RoundSession): number {
    const total = session.timerSeconds * 1000;
    return Math.max(0, Math.ceil((total - session.questionElapsedMs) / 1000));
  }

  private tick(): void {
    const session = this.session;
    if (!session || session.currentAnswer || session.timerSeconds <= 0) return;
    if (this.secondsLeft(session) <= 0) {
      this.give(null);
      return;
    }
    this.updateTimerDisplay(session);
  }

  /** Drawn only while the question waits for an answer; restyled only when the second changes. */
  private updateTimerDisplay(session: RoundSession): void {
    const display = this.timerDisplay;
    if (!display) return;
    const left = this.secondsLeft(session);
    if (left === this.shownSeconds) return;
    this.shownSeconds = left;
    const warning = left <= WARNING_SECONDS;
    display.text.setText(`${left} s left`);
    display.text.setFontStyle(warning ? 'bold' : 'normal');
    display.box.setFillStyle(warning ? mix(PALETTE.wrong, PALETTE.surface, 0.45) : PALETTE.surface);
    display.box.setStrokeStyle(2, warning ? PALETTE.wrong : PALETTE.border);
    if (this.layout) this.publish();
  }

  /**
   * After answering, scroll to show the whole verdict, but not so far that the options (and the
   * marks on them) leave the screen; at the least its headline comes into view. The scroll stops
   * at the top of a block (quote, option, verdict), so no line is left sliced under the bar.
   * Side by side, both columns start under the bar and nothing scrolls.
   */
  private bringFeedbackIntoView(): void {
    const area = this.feedbackArea;
    if (!area || area.split) return;
    const camera = this.cameras.main;
    const whole = area.bottom - area.visibleBottom;
    const atLeast = area.headingBottom - area.visibleBottom;
    const wanted = Math.max(atLeast, Math.min(whole, area.keepInView));
    if (wanted <= 0) return;
    // Stops the scroll can reach that still show the headline: the first at or past the wanted
    // position, else the last before it.
    const usable = area.stops.filter((s) => s >= atLeast && s <= area.scrollLimit);
    const after = usable.filter((s) => s >= wanted);
    const target = after.length > 0 ? Math.min(...after) : usable.length > 0 ? Math.max(...usable) : wanted;
    if (target > camera.scrollY) this.scrollBy(target - camera.scrollY);
  }

  protected override readout(): Record<string, unknown> {
    const session = this.session;
    const planned = session?.currentQuestion;
    if (!session || !planned) return { questionId: null };
    const answer = session.currentAnswer;
    const timerSeconds = session.timerSeconds;
    return {
      questionId: planned.question.id,
      kind: planned.question.kind,
      choices: [...planned.choices],
      answered: answer !== undefined,
      ...(answer ? { correct: answer.correct, expected: answer.expected, given: answer.given } : {}),
      timerSeconds,
      ...(timerSeconds > 0 && !answer ? { secondsLeft: this.secondsLeft(session) } : {}),
      index: session.questionIndex,
      total: session.plan.questions.length,
      typed: this.currentDigits(),
      streak: session.streak,
      streakShown: this.app.settings.showStreak,
      streakVisible: this.streakVisible(session),
      explanationsShown: answer !== undefined && session.plan.config.explanationsDuringPlay,
      report:
        this.report && this.currentReport(session, planned.question)
          ? { copied: this.report.copied, text: this.report.text }
          : null,
    };
  }
}

interface FeedbackArea {
  /** Question and verdict side by side: both start under the bar, nothing needs scrolling. */
  split: boolean;
  bottom: number;
  headingBottom: number;
  /** Scrolling no further than this keeps the options in sight under the bar. */
  keepInView: number;
  /** Where the pinned footer starts, on screen. */
  visibleBottom: number;
  /** Scroll positions that put the top of a block just under the bar. */
  stops: number[];
  /** How far the screen scrolls at most. */
  scrollLimit: number;
}

function reportMessage(report: ReportState): string {
  return report.copied
    ? 'Report copied — send it to your teacher.'
    : `Copy this text to report it:\n${report.text}`;
}

function layoutGap(layout: Layout): number {
  return Math.round(layout.margin * 0.75);
}

/** The verdict in one line, as shown at the top of the feedback and announced. */
function verdictLine(question: Question, answer: AnswerRecord): string {
  const expected = expectedLabel(question, answer);
  if (answer.correct) return `${VERDICT.right.icon} ${VERDICT.right.word}`;
  return answer.given === null
    ? `${VERDICT.wrong.icon} Time’s up — the answer is ${expected}`
    : `${VERDICT.wrong.icon} Not quite — the answer is ${expected}`;
}

/** The right answer as the feedback says it: a number with its unit. */
function expectedLabel(question: Question, answer: AnswerRecord): string {
  return question.kind === 'number' && question.unit
    ? `${answer.expected} ${question.unit}`
    : answer.expected;
}

function sameAnswer(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** `amount` of `colour` over `base`: a dark tint that keeps light text readable. */
function mix(colour: number, base: number, amount: number): number {
  const channel = (shift: number): number => {
    const c = (colour >> shift) & 0xff;
    const b = (base >> shift) & 0xff;
    return Math.round(b + (c - b) * amount) << shift;
  };
  return channel(16) | channel(8) | channel(0);
}
