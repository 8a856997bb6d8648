import type { SoundName } from '../audio/sound-player';
import type { Pack } from '../content/schema';
import type { RoundSession } from '../state/round-session';
import { cleanDigits, quizView, withDigit, type QuizView } from '../views/quiz';

export interface QuizEffects {
  play(sound: SoundName): void;
  announce(message: string): void;
  showStreak(): boolean;
  /** After the last question's verdict: on to the results. */
  finish(): void;
}

/** Seconds left at which the timer is announced and ticks. */
const WARN_AT_SECONDS = [10, 5] as const;
const TICK_FROM_SECONDS = 5;

/**
 * The quiz's one set of actions for the canvas and the accessibility layer, plus the ticker
 * that ends a timed question. The clock is the round's: while a dialog or panel is open, or the
 * tab is hidden, it stands still and so does the timer.
 */
export class QuizController {
  private digits = '';
  private readonly listeners = new Set<() => void>();
  private readonly unsubscribe: () => void;
  private ticker: ReturnType<typeof setInterval> | null = null;
  private warned = new Set<number>();
  private lastTick = -1;

  constructor(
    readonly pack: Pack,
    readonly session: RoundSession,
    private readonly effects: QuizEffects,
  ) {
    this.unsubscribe = session.onChange(() => this.changed());
    this.syncTicker();
  }

  view(): QuizView | null {
    return quizView(this.pack, this.session, { digits: this.digits, showStreak: this.effects.showStreak() });
  }

  /** For motion that follows the clock frame by frame (the countdown ring). */
  get timeLeftMs(): number | null {
    return this.session.questionTimeLeftMs;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.syncTicker();
    this.listeners.forEach((listener) => listener());
  }

  dispose(): void {
    this.stopTicker();
    this.unsubscribe();
    this.listeners.clear();
  }

  /** Answers with the option at `index` (as shown). */
  choose(index: number): void {
    const planned = this.session.currentQuestion;
    const label = planned?.choices[index];
    if (label === undefined || this.session.currentAnswer) return;
    this.answer(label);
  }

  typeDigit(digit: string): void {
    if (!this.canType) return;
    const next = withDigit(this.digits, digit);
    if (next === this.digits) return;
    this.digits = next;
    this.effects.play('pickup');
    this.changed();
  }

  deleteDigit(): void {
    if (!this.canType || this.digits === '') return;
    this.digits = this.digits.slice(0, -1);
    this.changed();
  }

  /** What a text box holds (the accessibility layer's input). */
  setDigits(value: string): void {
    if (!this.canType) return;
    const next = cleanDigits(value);
    if (next === this.digits) return;
    this.digits = next;
    this.changed();
  }

  submitNumber(): void {
    if (!this.canType || this.digits === '') return;
    this.answer(this.digits);
  }

  private get canType(): boolean {
    return this.session.currentQuestion?.question.kind === 'number' && !this.session.currentAnswer;
  }

  private answer(given: string | null): void {
    const record = this.session.answer(given);
    if (!record) return;
    this.effects.play(record.correct ? 'correct' : 'wrong');
    const view = this.view();
    if (view?.answered) this.effects.announce(sentence(view.answered.headline, view.answered.line));
  }

  /** On from an answered question: the next one, or the results after the last. */
  next(): void {
    if (!this.session.currentAnswer) return;
    this.digits = '';
    this.warned = new Set();
    this.lastTick = -1;
    this.session.nextQuestion();
    if (this.session.phase === 'results') this.effects.finish();
  }

  /** Checks the timer: ends the question when time is up, ticks and warns near the end. */
  tick(): void {
    const left = this.session.questionTimeLeftMs;
    if (left === null) return;
    const expired = this.session.expireIfDue();
    if (expired) {
      this.effects.play('wrong');
      const view = this.view();
      if (view?.answered) this.effects.announce(sentence(view.answered.headline, view.answered.line));
      return;
    }
    const seconds = Math.ceil(left / 1000);
    // Every warning passed since the last tick is said once, together (a round resumed late in a question).
    const due = WARN_AT_SECONDS.filter((warnAt) => seconds <= warnAt && !this.warned.has(warnAt));
    if (due.length > 0) {
      due.forEach((warnAt) => this.warned.add(warnAt));
      this.effects.announce(`${seconds} seconds left.`);
    }
    if (seconds <= TICK_FROM_SECONDS && seconds !== this.lastTick) {
      this.lastTick = seconds;
      this.effects.play('tick');
    }
    this.listeners.forEach((listener) => listener());
  }

  private syncTicker(): void {
    const timed = this.session.questionTimeLeftMs !== null;
    if (timed && !this.ticker) this.ticker = setInterval(() => this.tick(), 250);
    if (!timed) this.stopTicker();
  }

  private stopTicker(): void {
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = null;
  }
}

/** "✗ Not quite. The answer is …" — a stop between the two only where the first has none. */
function sentence(headline: string, line: string): string {
  return /[.!?]$/.test(headline) ? `${headline} ${line}` : `${headline}. ${line}`;
}
