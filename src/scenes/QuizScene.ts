import type { A11yNode } from '../a11y/model';
import { quizNodes } from '../a11y/quiz-view';
import { copyText } from '../app/clipboard';
import type { Digest, Question } from '../content/schema';
import type { AnswerRecord } from '../rules/result';
import type { RoundSession } from '../state/round-session';
import { addFeedbackPanel, addReportNote } from '../ui/quiz/feedback-panel';
import type { FocusTarget } from '../ui/focus-ring';
import type { Layout } from '../ui/layout';
import type { NumberEntry } from '../ui/quiz/number-entry';
import { addQuestionBlock } from '../ui/quiz/question-block';
import { addQuizFooter } from '../ui/quiz/quiz-footer';
import { quizKeyAction, withDigit, type KeyTarget } from '../ui/quiz/quiz-input';
import { feedbackScroll, quizColumns, quizGap, type FeedbackArea } from '../ui/quiz/quiz-layout';
import { addQuizStatusRow, type Countdown } from '../ui/quiz/quiz-status';
import { feedbackLines, reportMessage, verdictLine } from '../ui/quiz/quiz-text';
import { BaseScene } from './BaseScene';

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
  private countdown: Countdown | null = null;
  private numberEntry: NumberEntry | null = null;
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

  private get digests(): readonly Digest[] {
    return this.app.pack?.source.digests ?? [];
  }

  protected override enter(): void {
    this.lastWarning = '';
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
    this.countdown = null;
    this.numberEntry = null;
  }

  protected override redraw(): void {
    super.redraw();
    if (this.arriving) {
      this.arriving = false;
      this.bringFeedbackIntoView();
    }
  }

  protected override draw(layout: Layout): void {
    this.countdown = null;
    this.numberEntry = null;
    this.feedbackArea = null;
    this.reportArea = null;
    const session = this.session;
    if (!session) return;
    const planned = session.currentQuestion!;
    const question = planned.question;
    const answer = session.currentAnswer;
    const { margin } = layout;
    const gap = quizGap(layout);
    const { split, left, full, width, feedbackLeft } = quizColumns(layout, answer !== undefined);
    const make = this.button.bind(this);

    let y = this.topBar(`Question ${session.questionIndex + 1} of ${session.plan.questions.length}`);
    const status = addQuizStatusRow(this, layout, {
      left,
      width: full,
      top: y,
      // A streak of nothing says nothing: the count shows from the first right answer on.
      streak: this.streakVisible(session) ? session.streak : null,
      // Once answered the clock has nothing left to say: the verdict says whether time ran out.
      timer: session.timerSeconds > 0 && !answer,
    });
    this.countdown = status.countdown;
    this.updateTimerDisplay(session);
    y = status.bottom;
    const contentTop = y;
    const block = addQuestionBlock(
      this,
      layout,
      {
        question,
        choices: planned.choices,
        answer,
        pending: this.pendingLabel(),
        digits: this.currentDigits(),
        left,
        top: contentTop + gap,
        width,
        gap,
        onGive: (label) => this.give(label),
        numberKeys: {
          onDigit: (digit) => this.typeDigit(digit),
          onDelete: () => this.deleteDigit(),
          onSubmit: () => this.submitNumber(),
        },
      },
      make,
    );
    this.numberEntry = block.numberEntry;
    y = block.bottom;
    // Tops of the blocks in the left column: after answering, scrolling stops at one of them,
    // so nothing is left sliced under the bar.
    const blockTops = [...block.blockTops];

    let reservedBottom = 0;
    if (answer) {
      const feedbackTop = split ? contentTop + gap : y;
      if (!split) blockTops.push(feedbackTop);
      const feedback = addFeedbackPanel(this, layout, {
        headline: verdictLine(question, answer),
        lines: feedbackLines(question, session.plan.config.explanationsDuringPlay, this.digests),
        correct: answer.correct,
        left: feedbackLeft,
        top: feedbackTop,
        width,
      });
      reservedBottom = addQuizFooter(
        this,
        layout,
        {
          left,
          width: full,
          last: session.questionIndex >= session.plan.questions.length - 1,
          // The Source screen marks and scrolls to the paragraphs this answer cites.
          onSource: () =>
            this.scene.start('Source', { returnTo: 'Quiz', paragraphs: [...question.paragraphs] }),
          onReport: () => this.reportProblem(session, question, answer),
          onNext: () => this.next(),
        },
        make,
      );
      const visibleBottom = layout.height - reservedBottom;
      const report = this.currentReport(session, question);
      const reportBottom = report
        ? addReportNote(this, layout, {
            message: reportMessage(report),
            copied: report.copied,
            left: feedbackLeft,
            top: feedback.bottom + gap,
            width,
          })
        : null;
      if (reportBottom !== null) this.reportArea = { bottom: reportBottom, visibleBottom };
      const columnBottom = reportBottom ?? feedback.bottom;
      y = split ? Math.max(y, columnBottom) : columnBottom;
      this.feedbackArea = {
        split,
        bottom: feedback.bottom,
        headingBottom: feedback.headingBottom,
        // Scrolling no further than this keeps the options in sight under the top bar.
        keepInView: block.answersTop - contentTop - gap,
        visibleBottom,
        stops: [0, ...blockTops.map((top) => Math.max(0, top - contentTop - gap * 0.5))],
        scrollLimit: Math.max(0, y + margin - visibleBottom),
      };
    }
    this.setContentHeight(y + margin, reservedBottom);
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
    this.numberEntry?.show(this.currentDigits());
    this.publish();
  }

  private typeDigit(digit: string): void {
    const digits = withDigit(this.currentDigits(), digit);
    if (digits !== null) this.setDigits(digits);
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
    const action = quizKeyAction(
      { key: event.key, repeat: event.repeat, target: keyTarget(event.target) },
      {
        answered: session.currentAnswer !== undefined,
        kind: planned.question.kind,
        choices: planned.choices.length,
        chosen: planned.choices.indexOf(this.pendingLabel() ?? ''),
      },
    );
    if (action?.type === 'next') this.next();
    else if (action?.type === 'digit') this.typeDigit(action.digit);
    else if (action?.type === 'delete') this.deleteDigit();
    else if (action?.type === 'submit-number') this.submitNumber();
    else if (action?.type === 'submit-choice') this.submitPending();
    else if (action?.type === 'choose') {
      this.choose(planned.choices[action.index]!);
      if (action.preventDefault) event.preventDefault();
    }
  }

  protected override accessibleNodes(): A11yNode[] {
    const session = this.session;
    const planned = session?.currentQuestion;
    if (!session || !planned) return [];
    const report = this.currentReport(session, planned.question);
    return quizNodes({
      question: planned.question,
      choices: planned.choices,
      answer: session.currentAnswer,
      streak: this.streakVisible(session) ? session.streak : null,
      timerSeconds: session.timerSeconds,
      pending: this.pendingLabel(),
      digits: this.currentDigits(),
      explanations: session.plan.config.explanationsDuringPlay,
      digests: this.digests,
      report: report ? reportMessage(report) : null,
      controls: this.controlNodes(),
      onChoose: (label) => this.choose(label),
      onSubmitChoice: () => this.submitPending(),
      onDigits: (digits) => this.setDigits(digits),
      onSubmitNumber: () => this.submitNumber(),
    });
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
          this.scrollBy(area.bottom - area.visibleBottom + quizGap(this.layout) - camera.scrollY);
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
    // While "Leave this round?" is open the player is deciding; the clock must not answer for them.
    if (!session || session.currentAnswer || session.timerSeconds <= 0 || this.dialogOpen) return;
    const left = this.secondsLeft(session);
    if (left <= 0) {
      this.give(null);
      return;
    }
    // Spoken warnings at the moments a sighted player would glance at the clock.
    const warnAt = [10, 5].filter((mark) => mark < session.timerSeconds);
    const warning = `${session.currentQuestion?.question.id}:${session.questionIndex}:${left}`;
    if (warnAt.includes(left) && this.lastWarning !== warning) {
      this.lastWarning = warning;
      this.app.a11y?.announce(`${left} seconds left.`);
    }
    this.updateTimerDisplay(session);
  }

  private lastWarning = '';

  /** Drawn only while the question waits for an answer; restyled only when the second changes. */
  private updateTimerDisplay(session: RoundSession): void {
    const changed = this.countdown?.show(this.secondsLeft(session)) ?? false;
    if (changed && this.layout) this.publish();
  }

  /** After answering, scroll to show the verdict (see `feedbackScroll` for how far). */
  private bringFeedbackIntoView(): void {
    const target = this.feedbackArea ? feedbackScroll(this.feedbackArea) : null;
    const camera = this.cameras.main;
    if (target !== null && target > camera.scrollY) this.scrollBy(target - camera.scrollY);
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

/** Where a key press landed: a control of the accessibility layer keeps its own keys. */
function keyTarget(target: EventTarget | null): KeyTarget {
  if (!(target instanceof HTMLElement)) return 'elsewhere';
  if (target.tagName === 'INPUT') return (target as HTMLInputElement).type === 'text' ? 'text-box' : 'radio';
  return target.tagName === 'BUTTON' ? 'button' : 'elsewhere';
}
