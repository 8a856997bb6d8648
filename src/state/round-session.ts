import type { TimelineEvent } from '../content/schema';
import type { PauseReason, RoundClock } from '../rules/clock';
import type { PlannedQuestion, RoundPlan } from '../rules/plan';
import { judgePlacement, type PlacementVerdict } from '../rules/placement';
import {
  currentStreak,
  recordAnswer,
  scoreTimeline,
  summariseRound,
  type AnswerRecord,
  type GivenAnswer,
  type RoundResult,
  type TimelineScore,
  type TimelineSubmission,
} from '../rules/result';

export type RoundPhase = 'board' | 'reveal' | 'quiz' | 'results';

/** Where a round came from: it decides the hand-in, the share card and what "play again" means. */
export type RoundOrigin =
  | { kind: 'own' }
  | { kind: 'daily'; number: number; dateKey: string }
  /** A teacher's round: the player's name goes into a result code to hand in. */
  | { kind: 'shared'; roundCode: string; playerName: string }
  /** A friend's round from a share link: the same cards and questions, nothing to hand in. */
  | { kind: 'challenge'; roundCode: string };

/** Everything needed to carry on after a reload: the plan is rebuilt from the config. */
export interface SessionProgress {
  phase: RoundPhase;
  /** Place mode: the gap chosen for each card placed so far. */
  gaps: number[];
  /** Sort mode: the order as the player last left it (or checked it). */
  order: string[];
  answers: GivenAnswer[];
  /** 0-based question on screen (an answered one stays until the player moves on). */
  questionPointer: number;
}

export type SessionListener = () => void;

/**
 * The one round state the scenes and pages read and update: the plan, the timeline as the
 * player has built it, the answers so far and the round's clock. Scenes draw from it and call
 * its methods; it calls the rules for every verdict. Every change is announced to listeners,
 * which is how the saved round, the canvas and the accessibility layer keep up.
 */
export class RoundSession {
  readonly plan: RoundPlan;
  readonly origin: RoundOrigin;
  /** Seconds per question for this player (the round's timer after their preference); 0 = none. */
  readonly timerSeconds: number;
  readonly clock: RoundClock;
  private phaseValue: RoundPhase = 'board';
  private readonly gapsChosen: number[] = [];
  private readonly verdicts: PlacementVerdict[] = [];
  private lineIds: string[];
  private sortOrder: string[];
  private timelineScore: TimelineScore | null = null;
  private readonly given: GivenAnswer[] = [];
  private readonly records: AnswerRecord[] = [];
  private finishedResult: RoundResult | null = null;
  private readonly listeners = new Set<SessionListener>();
  /** Which question is on screen: answered ones stay until the player moves on. */
  private pointer = 0;
  /** While saved progress is replayed, the restored clock keeps its own lap. */
  private replaying = false;

  constructor(
    plan: RoundPlan,
    options: { clock: RoundClock; timerSeconds: number; origin: RoundOrigin },
    progress?: SessionProgress,
  ) {
    this.plan = plan;
    this.clock = options.clock;
    this.timerSeconds = options.timerSeconds;
    this.origin = options.origin;
    const ids = plan.cards.map((card) => card.id);
    this.sortOrder = ids;
    this.lineIds = ids.slice(0, 1);
    if (progress) this.replay(progress);
  }

  get mode(): RoundPlan['config']['mode'] {
    return this.plan.config.mode;
  }

  get phase(): RoundPhase {
    return this.phaseValue;
  }

  onChange(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.listeners.forEach((listener) => listener());
  }

  // -------------------------------------------------------------------------------------------
  // The timeline

  /** The cards on the line, earliest first: placed cards (place mode) or the current order (sort). */
  get line(): readonly string[] {
    return this.mode === 'place' ? this.lineIds : (this.timelineScore?.finalOrder ?? this.sortOrder);
  }

  event(id: string): TimelineEvent {
    const found = this.plan.cards.find((card) => card.id === id);
    if (!found) throw new Error(`${id} is not a card of this round`);
    return found;
  }

  /** Place mode: the card waiting to be placed, if any. */
  get nextCard(): TimelineEvent | undefined {
    if (this.mode !== 'place' || this.phaseValue !== 'board') return undefined;
    return this.plan.cards[this.verdicts.length + 1];
  }

  /** Place mode: 1-based number of the card waiting, out of the cards to place. */
  get placing(): { number: number; of: number } {
    return { number: this.verdicts.length + 1, of: Math.max(0, this.plan.cards.length - 1) };
  }

  get placements(): readonly PlacementVerdict[] {
    return this.verdicts;
  }

  /** Place mode: puts the waiting card into a gap of the line; a wrong card lands where it belongs. */
  place(gap: number): PlacementVerdict | null {
    const card = this.nextCard;
    if (!card) return null;
    const verdict = judgePlacement(this.plan.order, this.lineIds, card.id, gap);
    this.gapsChosen.push(verdict.chosenGap);
    this.verdicts.push(verdict);
    this.lineIds = [...this.lineIds];
    this.lineIds.splice(verdict.landedGap, 0, card.id);
    if (this.verdicts.length === this.plan.cards.length - 1) this.finishTimeline();
    this.changed();
    return verdict;
  }

  /** Sort mode: moves a card to a new place; the others close up around it. Ignored once checked. */
  moveCard(id: string, toIndex: number): void {
    if (this.mode !== 'sort' || this.phaseValue !== 'board') return;
    const from = this.sortOrder.indexOf(id);
    if (from < 0) return;
    const target = Math.max(0, Math.min(this.sortOrder.length - 1, Math.floor(toIndex)));
    if (target === from) return;
    const next = [...this.sortOrder];
    next.splice(from, 1);
    next.splice(target, 0, id);
    this.sortOrder = next;
    this.changed();
  }

  /** Sort mode: the order as the player has it now (before checking). */
  get order(): readonly string[] {
    return this.sortOrder;
  }

  /** Sort mode: judges the order; the line then shows the verdicts. Place mode ends by itself. */
  checkOrder(): TimelineScore | null {
    if (this.mode !== 'sort' || this.phaseValue !== 'board') return this.timelineScore;
    this.finishTimeline();
    this.changed();
    return this.timelineScore;
  }

  private finishTimeline(): void {
    this.timelineScore = scoreTimeline(this.plan, this.submission);
    this.phaseValue = 'reveal';
  }

  /** The timeline's verdict, once the board is done. */
  get timeline(): TimelineScore | null {
    return this.timelineScore;
  }

  /** What the player did on the timeline, as a result code stores it. */
  get submission(): TimelineSubmission {
    return this.mode === 'place'
      ? { mode: 'place', gaps: [...this.gapsChosen] }
      : { mode: 'sort', order: [...this.sortOrder] };
  }

  // -------------------------------------------------------------------------------------------
  // The quiz

  /** From the reveal to the first question, or straight to the results when there are none. */
  startQuiz(): void {
    if (this.phaseValue !== 'reveal') return;
    this.phaseValue = this.plan.questions.length > 0 ? 'quiz' : 'results';
    if (!this.replaying) this.clock.startLap();
    this.changed();
  }

  /** 0-based index of the question on screen. */
  get questionIndex(): number {
    return this.pointer;
  }

  get currentQuestion(): PlannedQuestion | undefined {
    return this.phaseValue === 'quiz' ? this.plan.questions[this.pointer] : undefined;
  }

  /** The verdict on the question on screen once it is answered (its feedback is showing). */
  get currentAnswer(): AnswerRecord | undefined {
    return this.phaseValue === 'quiz' ? this.records[this.pointer] : undefined;
  }

  /** Records the answer to the current question (null: time ran out) and returns its verdict. */
  answer(given: string | null): AnswerRecord | null {
    const question = this.currentQuestion;
    if (!question || this.currentAnswer) return this.currentAnswer ?? null;
    const answer: GivenAnswer = { questionId: question.question.id, given, ms: Math.round(this.clock.lapMs) };
    const record = recordAnswer(this.plan, answer);
    this.given.push(answer);
    this.records.push(record);
    this.changed();
    return record;
  }

  get answers(): readonly AnswerRecord[] {
    return this.records;
  }

  get streak(): number {
    return currentStreak(this.records);
  }

  /** Milliseconds left on the current question's timer; null when untimed or answered. */
  get questionTimeLeftMs(): number | null {
    if (this.timerSeconds === 0 || !this.currentQuestion || this.currentAnswer) return null;
    return Math.max(0, this.timerSeconds * 1000 - this.clock.lapMs);
  }

  /** Records a time-out when the current question's time is up; returns the verdict if it did. */
  expireIfDue(): AnswerRecord | null {
    const left = this.questionTimeLeftMs;
    return left !== null && left <= 0 ? this.answer(null) : null;
  }

  /** Moves on from an answered question: to the next one, or to the results after the last. */
  nextQuestion(): void {
    if (this.phaseValue !== 'quiz' || !this.currentAnswer) return;
    this.pointer++;
    if (this.pointer >= this.plan.questions.length) this.phaseValue = 'results';
    else if (!this.replaying) this.clock.startLap();
    this.changed();
  }

  // -------------------------------------------------------------------------------------------
  // Clock, result, saving

  pause(reason: PauseReason): void {
    this.clock.pause(reason);
  }

  resume(reason: PauseReason): void {
    this.clock.resume(reason);
  }

  /** The round's result; computed once, when the quiz is over. */
  result(): RoundResult {
    if (this.phaseValue !== 'results') throw new Error('the round is not over yet');
    // Whole seconds, as the result code keeps them: the game and the gradebook show one time.
    const timeMs = Math.floor(this.clock.elapsedMs / 1000) * 1000;
    this.finishedResult ??= summariseRound(this.plan, this.submission, this.given, timeMs);
    return this.finishedResult;
  }

  /** True while leaving would throw away something the player did. */
  get inProgress(): boolean {
    return this.phaseValue !== 'results';
  }

  /** Where the round stands, for the saved round. */
  progress(): SessionProgress {
    return {
      phase: this.phaseValue,
      gaps: [...this.gapsChosen],
      order: [...this.sortOrder],
      answers: this.given.map((a) => ({ ...a })),
      questionPointer: this.pointer,
    };
  }

  /**
   * Replays saved progress through the same methods a player uses, so a resumed round is
   * judged exactly as it was played. Anything that does not fit the plan is dropped from there on.
   */
  private replay(progress: SessionProgress): void {
    this.replaying = true;
    try {
      this.replayTimeline(progress);
      if (this.phaseValue === 'reveal' && progress.phase !== 'board' && progress.phase !== 'reveal')
        this.replayQuiz(progress);
    } finally {
      this.replaying = false;
    }
  }

  private replayTimeline(progress: SessionProgress): void {
    if (this.mode === 'place') {
      for (const gap of progress.gaps) if (!this.place(gap)) break;
    } else {
      const ids = new Set(this.plan.cards.map((c) => c.id));
      const valid = progress.order.length === ids.size && progress.order.every((id) => ids.has(id));
      if (valid) this.sortOrder = [...progress.order];
      if (progress.phase !== 'board') this.checkOrder();
    }
  }

  private replayQuiz(progress: SessionProgress): void {
    this.startQuiz();
    for (const [i, answer] of progress.answers.entries()) {
      const question = this.currentQuestion;
      if (!question || question.question.id !== answer.questionId) return;
      const record = recordAnswer(this.plan, answer);
      this.given.push({ ...answer });
      this.records.push(record);
      // The player had moved past this question when a later one was answered or on screen.
      if (i < progress.answers.length - 1 || progress.questionPointer > i || progress.phase === 'results')
        this.nextQuestion();
    }
  }
}
