import Phaser from 'phaser';
import type { A11yNode } from '../a11y/model';
import { copyText } from '../app/clipboard';
import type { Question } from '../content/schema';
import type { AnswerRecord } from '../rules/result';
import type { RoundSession } from '../state/round-session';
import type { Button } from '../ui/button';
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
  /** Where the feedback panel starts and how tall it is, to bring it into view after answering. */
  private feedbackArea: {
    top: number;
    bottom: number;
    headingBottom: number;
    keepInView: number;
    visibleBottom: number;
  } | null = null;

  constructor() {
    super('Quiz');
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

  protected override draw(layout: Layout): void {
    this.timerDisplay = null;
    this.numberDisplay = null;
    this.submitButton = null;
    this.feedbackArea = null;
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

    const prompt = addText(this, left, y, question.prompt, {
      size: text.heading,
      bold: true,
      wrap: width,
    });
    y += prompt.height + gap;

    if (question.quote) {
      y = this.drawQuote(layout, question, answer !== undefined, left, width, y) + gap;
    }

    const answersTop = y;
    if (question.kind === 'number') {
      y = this.drawNumberAnswer(layout, question, answer, left, width, y, gap);
    } else {
      planned.choices.forEach((label, i) => {
        y = this.drawOption(layout, label, i, answer, left, width, y) + gap * 0.75;
      });
      y += gap * 0.25;
    }

    const answersBottom = y;
    let reservedBottom = 0;
    if (answer) {
      const feedbackLeft = split ? left + width + columnGap : left;
      const feedbackTop = split ? contentTop + gap : y;
      const feedback = this.drawFeedback(layout, session, question, answer, feedbackLeft, width, feedbackTop);
      reservedBottom = this.drawFooter(layout, session, left, full);
      const afterBottom = this.drawAfterFeedback(
        layout,
        session,
        question,
        answer,
        feedbackLeft,
        width,
        feedback.bottom + gap,
      );
      y = split ? Math.max(y, afterBottom) : afterBottom;
      this.feedbackArea = {
        top: feedbackTop,
        bottom: Math.max(feedback.bottom, answersBottom),
        headingBottom: feedback.headingBottom,
        // Scrolling no further than this keeps the options in sight under the top bar.
        keepInView: answersTop - contentTop - gap,
        visibleBottom: layout.height - reservedBottom,
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
    const showStreak = this.app.settings.showStreak;
    if (!showStreak && timerSeconds <= 0) return top;
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
          colour: session.streak > 0 ? cssColour(PALETTE.accent) : PALETTE.textMuted,
          originY: 0.5,
        }),
        21,
      );
    }
    // Once answered the clock has nothing left to say: the verdict says whether time ran out.
    if (timerSeconds > 0 && !session.currentAnswer) {
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
      // The button wraps its label at width − 16; measure the same wrap to size the button to it.
      const probe = addText(this, 0, 0, label, { size: text.body, wrap: width - 16, align: 'center' });
      const height = Math.max(layout.touch, Math.ceil(probe.height + text.body * 1.1));
      probe.destroy();
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
        wrap: width - 16,
      });
      objects.push(tag);
      y += tag.height + Math.round(text.small * 0.2);
    }
    const body = addText(this, left + width / 2, y, label, {
      size: text.body,
      colour: mark === 'other' ? PALETTE.textMuted : PALETTE.text,
      originX: 0.5,
      align: 'center',
      wrap: width - 16,
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
      return this.drawMarkedBox(layout, mark, shown, left, width, top);
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

  /** The Next button, pinned to the bottom so it is always in reach. Returns the height it takes. */
  private drawFooter(layout: Layout, session: RoundSession, left: number, width: number): number {
    const { margin } = layout;
    const height = layout.touch + margin * 1.5;
    const top = layout.height - height;
    this.pinned(this.add.rectangle(0, top, layout.width, height, PALETTE.background).setOrigin(0, 0), 20);
    this.pinned(this.add.rectangle(0, top, layout.width, 2, PALETTE.border).setOrigin(0, 0), 20);
    const last = session.questionIndex >= session.plan.questions.length - 1;
    const next = this.button({
      x: left + width / 2,
      y: top + height / 2,
      width: Math.min(width, 420),
      height: layout.touch,
      label: last ? 'See results' : 'Next question',
      fontSize: layout.text.body,
      variant: 'primary',
      name: 'next-question',
      onPress: () => this.next(),
    });
    this.pinned(next.container, 21);
    return height;
  }

  /** Source and report buttons under the feedback, and what the report did. Returns the bottom. */
  private drawAfterFeedback(
    layout: Layout,
    session: RoundSession,
    question: Question,
    answer: AnswerRecord,
    left: number,
    width: number,
    top: number,
  ): number {
    const { text, margin } = layout;
    const gap = Math.round(margin * 0.5);
    const half = (width - gap) / 2;
    let y = top + layout.touch / 2;
    this.button({
      x: left + half / 2,
      y,
      width: half,
      height: layout.touch,
      label: 'Source',
      fontSize: text.small,
      name: 'open-source',
      // The Source screen marks and scrolls to the paragraphs this answer cites.
      onPress: () => this.scene.start('Source', { returnTo: 'Quiz', paragraphs: [...question.paragraphs] }),
    });
    this.button({
      x: left + width - half / 2,
      y,
      width: half,
      height: layout.touch,
      label: 'This looks wrong?',
      fontSize: text.small,
      variant: 'quiet',
      name: 'report-problem',
      onPress: () => this.reportProblem(session, question, answer),
    });
    y += layout.touch / 2;
    const report = this.currentReport(session, question);
    if (report) {
      y += gap;
      const message = report.copied
        ? 'Report copied — send it to your teacher.'
        : `Copy this text to report it:\n${report.text}`;
      const shown = addText(this, left, y, message, {
        size: text.small,
        colour: report.copied ? PALETTE.text : PALETTE.textMuted,
        wrap: width,
      });
      y += shown.height;
    }
    return y;
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
    if (this.app.settings.showStreak) nodes.push({ kind: 'text', text: `Streak: ${session.streak}` });
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
    }
    nodes.push(
      ...this.controlNodes(
        (name) => !name.startsWith('option-') && !name.startsWith('pad-') && name !== 'submit-number',
      ),
    );
    return nodes;
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
      if (this.scene.isActive() && this.session === session) this.redraw();
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
   * marks on them) leave the screen; at the least its headline comes into view.
   */
  private bringFeedbackIntoView(): void {
    const area = this.feedbackArea;
    if (!area) return;
    const camera = this.cameras.main;
    const whole = area.bottom - area.visibleBottom;
    const atLeast = area.headingBottom - area.visibleBottom;
    const wanted = Math.max(atLeast, Math.min(whole, area.keepInView));
    if (wanted > camera.scrollY) this.scrollBy(wanted - camera.scrollY);
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
      explanationsShown: answer !== undefined && session.plan.config.explanationsDuringPlay,
      report:
        this.report && this.currentReport(session, planned.question)
          ? { copied: this.report.copied, text: this.report.text }
          : null,
    };
  }
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
