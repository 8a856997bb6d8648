import type { PlannedQuestion, RoundPlan } from '../rules/plan';
import {
  currentStreak,
  recordAnswer,
  summariseRound,
  type AnswerRecord,
  type GivenAnswer,
  type RoundResult,
} from '../rules/result';
import { scoreOrdering, type OrderingScore } from '../rules/scoring';

export type RoundPhase = 'ordering' | 'reveal' | 'quiz' | 'results';

/** For a round opened from a teacher's link or code: who plays it and which attempt this is. */
export interface SharedRound {
  roundCode: string;
  playerName: string;
  attempt: number;
}

/**
 * The one round state every scene reads and updates: the plan, the cards as the player has
 * arranged them, the answers so far and the clock. Scenes draw from it and call its methods;
 * it calls the rules for every verdict.
 */
export class RoundSession {
  readonly plan: RoundPlan;
  private cardOrder: string[];
  private phaseValue: RoundPhase = 'ordering';
  private orderingScore: OrderingScore | null = null;
  private readonly given: GivenAnswer[] = [];
  private readonly records: AnswerRecord[] = [];
  private readonly startedAt: number;
  private questionPointer = 0;
  private questionShownAt: number;
  private finishedResult: RoundResult | null = null;

  /** Seconds per question for this player (the round's timer after their preference); 0 = none. */
  readonly timerSeconds: number;

  constructor(
    plan: RoundPlan,
    private readonly now: () => number = () => Date.now(),
    timerSeconds: number = plan.config.timerSeconds,
    /** Set for a shared round; its result is handed in as a result code. */
    readonly shared: SharedRound | null = null,
  ) {
    this.plan = plan;
    this.timerSeconds = timerSeconds;
    this.cardOrder = plan.cards.map((card) => card.id);
    this.startedAt = now();
    this.questionShownAt = this.startedAt;
  }

  get phase(): RoundPhase {
    return this.phaseValue;
  }

  get order(): readonly string[] {
    return this.cardOrder;
  }

  /** Moves a card to a new place; the others close up around it. Ignored once the order is checked. */
  moveCard(id: string, toIndex: number): void {
    if (this.phaseValue !== 'ordering') return;
    const from = this.cardOrder.indexOf(id);
    if (from < 0) return;
    const target = Math.max(0, Math.min(this.cardOrder.length - 1, toIndex));
    const next = [...this.cardOrder];
    next.splice(from, 1);
    next.splice(target, 0, id);
    this.cardOrder = next;
  }

  checkOrder(): OrderingScore {
    if (!this.orderingScore) {
      this.orderingScore = scoreOrdering(this.plan.order, this.cardOrder);
      this.phaseValue = 'reveal';
    }
    return this.orderingScore;
  }

  get ordering(): OrderingScore | null {
    return this.orderingScore;
  }

  /** From the reveal to the first question, or straight to the results when there are none. */
  startQuiz(): void {
    if (this.phaseValue !== 'reveal') return;
    this.phaseValue = this.plan.questions.length > 0 ? 'quiz' : 'results';
    this.questionShownAt = this.now();
  }

  /** 0-based index of the question on screen. */
  get questionIndex(): number {
    return this.questionPointer;
  }

  get currentQuestion(): PlannedQuestion | undefined {
    return this.phaseValue === 'quiz' ? this.plan.questions[this.questionPointer] : undefined;
  }

  /** The verdict on the question on screen once it is answered (its feedback is showing). */
  get currentAnswer(): AnswerRecord | undefined {
    return this.records[this.questionPointer];
  }

  /** Records the answer to the current question (null: time ran out) and returns its verdict. */
  answer(given: string | null): AnswerRecord {
    const question = this.currentQuestion;
    if (!question) throw new Error('there is no question waiting for an answer');
    const already = this.currentAnswer;
    if (already) return already;
    const answer: GivenAnswer = {
      questionId: question.question.id,
      given,
      ms: this.now() - this.questionShownAt,
    };
    const record = recordAnswer(this.plan, answer);
    this.given.push(answer);
    this.records.push(record);
    return record;
  }

  get answers(): readonly AnswerRecord[] {
    return this.records;
  }

  get streak(): number {
    return currentStreak(this.records);
  }

  /** Moves on from an answered question: to the next one, or to the results after the last. */
  nextQuestion(): void {
    if (this.phaseValue !== 'quiz' || !this.currentAnswer) return;
    this.questionPointer++;
    if (this.questionPointer >= this.plan.questions.length) this.phaseValue = 'results';
    this.questionShownAt = this.now();
  }

  /** Milliseconds the current question has been on screen (drives an optional timer). */
  get questionElapsedMs(): number {
    return this.now() - this.questionShownAt;
  }

  /** The round's result; computed once, when the quiz is over. */
  result(): RoundResult {
    if (this.phaseValue !== 'results') throw new Error('the round is not over yet');
    this.finishedResult ??= summariseRound(
      this.plan,
      this.orderingOrThrow(),
      this.given,
      this.now() - this.startedAt,
    );
    return this.finishedResult;
  }

  /** True while leaving would throw away something the player did. */
  get inProgress(): boolean {
    return this.phaseValue !== 'results';
  }

  private orderingOrThrow(): string[] {
    if (!this.orderingScore) throw new Error('the order was never checked');
    return this.orderingScore.verdicts.map((v) => v.id);
  }
}
