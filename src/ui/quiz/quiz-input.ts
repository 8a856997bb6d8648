import type { QuestionKind } from '../../content/schema';

/**
 * What the player's keys and typing do on the quiz screen, as pure decisions the scene carries
 * out. No Phaser or DOM here, so it is unit-tested in Node.
 */

/** Longest number answer the pad and the text box take. */
export const MAX_DIGITS = 4;

/** The digits after typing one more; null when they are already full. */
export function withDigit(digits: string, digit: string): string | null {
  if (digits.length >= MAX_DIGITS) return null;
  // A leading zero adds nothing: "0" then "7" reads as 7.
  return digits === '0' ? digit : digits + digit;
}

/** What a text box holds, as digits the answer can take. */
export function cleanDigits(value: string): string {
  return value.replace(/\D/g, '').slice(0, MAX_DIGITS);
}

/**
 * Where a key press landed. The accessibility layer's text box takes its own keys, its buttons
 * take Enter and Space, and its other inputs (the answer radios) take the arrow keys.
 */
export type KeyTarget = 'text-box' | 'radio' | 'button' | 'elsewhere';

export interface QuizKeyPress {
  key: string;
  /** Held down: a repeated Enter must not answer and then skip the verdict. */
  repeat: boolean;
  target: KeyTarget;
}

export interface QuizKeyState {
  answered: boolean;
  kind: QuestionKind;
  /** How many options the question shows. */
  choices: number;
  /** Index of the option chosen but not yet submitted; -1 for none. */
  chosen: number;
}

export type QuizKeyAction =
  | { type: 'next' }
  | { type: 'digit'; digit: string }
  | { type: 'delete' }
  | { type: 'submit-number' }
  /** Arrow keys also scroll the page, so the scene stops that when `preventDefault` says so. */
  | { type: 'choose'; index: number; preventDefault: boolean }
  | { type: 'submit-choice' };

/**
 * What a key does on the quiz screen: number keys or arrows choose an option and Enter submits
 * it; digits, Backspace and Enter work the number answer; once answered, Enter moves on.
 */
export function quizKeyAction(press: QuizKeyPress, state: QuizKeyState): QuizKeyAction | null {
  const { key, target } = press;
  if (target === 'text-box' || (target === 'button' && (key === 'Enter' || key === ' '))) return null;
  const enter = key === 'Enter' && !press.repeat;
  if (state.answered) return enter ? { type: 'next' } : null;
  if (state.kind === 'number') {
    if (/^[0-9]$/.test(key)) return { type: 'digit', digit: key };
    if (key === 'Backspace' || key === 'Delete') return { type: 'delete' };
    return enter ? { type: 'submit-number' } : null;
  }
  const count = state.choices;
  if (/^[1-9]$/.test(key) && Number(key) <= count)
    return { type: 'choose', index: Number(key) - 1, preventDefault: false };
  if (target !== 'radio' && (key === 'ArrowDown' || key === 'ArrowUp')) {
    const step = key === 'ArrowDown' ? 1 : -1;
    const index = state.chosen < 0 ? (step > 0 ? 0 : count - 1) : (state.chosen + step + count) % count;
    return { type: 'choose', index, preventDefault: true };
  }
  return enter ? { type: 'submit-choice' } : null;
}
