import type { BoardController } from './board-controller';
import type { QuizController } from './quiz-controller';

/**
 * What the page asks of the canvas engine, without importing Phaser: the engine module is
 * loaded only when the first board is needed (src/scenes/engine.ts implements this).
 */
export interface StageSettings {
  theme: 'standard' | 'high-contrast';
  textScale: number;
  reducedMotion: boolean;
}

/** The results' celebration band: the score counting up and the grid of marks. */
export interface FinaleView {
  score: number;
  perfect: boolean;
  grid: { timeline: boolean[]; quiz: boolean[] };
}

export interface StageEngine {
  showBoard(board: BoardController): void;
  showQuiz(quiz: QuizController): void;
  showFinale(view: FinaleView): void;
  /** Nothing on the canvas: the loop sleeps. */
  clear(): void;
  /** Off while a dialog or panel owns input: the canvas then hears nothing. */
  setInputEnabled(enabled: boolean): void;
  /** The page's focus moved to a control the canvas draws (or away): draw the focus ring. */
  showFocus(id: string | null): void;
  applySettings(settings: StageSettings): void;
  destroy(): void;
}

export interface EngineOptions {
  parent: HTMLElement;
  settings: StageSettings;
  play(sound: import('../audio/sound-player').SoundName): void;
  /** Called when the engine fails in a way the page should report (e.g. no graphics at all). */
  onProblem(message: string): void;
}

export type CreateEngine = (options: EngineOptions) => Promise<StageEngine>;
