import { describe, expect, it } from 'vitest';
import {
  cleanDigits,
  quizKeyAction,
  withDigit,
  type QuizKeyPress,
  type QuizKeyState,
} from '../../../src/ui/quiz/quiz-input';

const choice: QuizKeyState = { answered: false, kind: 'multiple-choice', choices: 3, chosen: -1 };
const number: QuizKeyState = { answered: false, kind: 'number', choices: 0, chosen: -1 };

function key(name: string, extra: Partial<QuizKeyPress> = {}): QuizKeyPress {
  return { key: name, repeat: false, target: 'elsewhere', ...extra };
}

describe('quizKeyAction', () => {
  it('chooses an option by its number, only among the options there are', () => {
    expect(quizKeyAction(key('2'), choice)).toEqual({ type: 'choose', index: 1, preventDefault: false });
    expect(quizKeyAction(key('4'), choice)).toBeNull();
    expect(quizKeyAction(key('0'), choice)).toBeNull();
  });

  it('steps through the options with the arrows, wrapping round, and keeps the page from scrolling', () => {
    expect(quizKeyAction(key('ArrowDown'), choice)).toEqual({
      type: 'choose',
      index: 0,
      preventDefault: true,
    });
    expect(quizKeyAction(key('ArrowUp'), choice)).toMatchObject({ index: 2 });
    expect(quizKeyAction(key('ArrowDown'), { ...choice, chosen: 2 })).toMatchObject({ index: 0 });
    expect(quizKeyAction(key('ArrowUp'), { ...choice, chosen: 0 })).toMatchObject({ index: 2 });
    expect(quizKeyAction(key('ArrowDown'), { ...choice, chosen: 0 })).toMatchObject({ index: 1 });
  });

  it('leaves the arrows to the radios when one has focus', () => {
    expect(quizKeyAction(key('ArrowDown', { target: 'radio' }), choice)).toBeNull();
    expect(quizKeyAction(key('1', { target: 'radio' }), choice)).toMatchObject({ type: 'choose' });
  });

  it('submits the chosen option with Enter, but not with a held-down Enter', () => {
    expect(quizKeyAction(key('Enter'), { ...choice, chosen: 1 })).toEqual({ type: 'submit-choice' });
    expect(quizKeyAction(key('Enter', { repeat: true }), choice)).toBeNull();
  });

  it('types, deletes and submits a number', () => {
    expect(quizKeyAction(key('7'), number)).toEqual({ type: 'digit', digit: '7' });
    expect(quizKeyAction(key('0'), number)).toEqual({ type: 'digit', digit: '0' });
    expect(quizKeyAction(key('Backspace'), number)).toEqual({ type: 'delete' });
    expect(quizKeyAction(key('Delete'), number)).toEqual({ type: 'delete' });
    expect(quizKeyAction(key('Enter'), number)).toEqual({ type: 'submit-number' });
    expect(quizKeyAction(key('ArrowDown'), number)).toBeNull();
  });

  it('moves on with Enter once answered, and does nothing else', () => {
    const answered = { ...choice, answered: true };
    expect(quizKeyAction(key('Enter'), answered)).toEqual({ type: 'next' });
    expect(quizKeyAction(key('Enter', { repeat: true }), answered)).toBeNull();
    expect(quizKeyAction(key('1'), answered)).toBeNull();
    expect(quizKeyAction(key('5'), { ...number, answered: true })).toBeNull();
  });

  it('leaves the accessibility layer’s own keys to it: a text box’s, and a button’s Enter and Space', () => {
    expect(quizKeyAction(key('7', { target: 'text-box' }), number)).toBeNull();
    expect(quizKeyAction(key('Enter', { target: 'text-box' }), number)).toBeNull();
    expect(quizKeyAction(key('Enter', { target: 'button' }), { ...choice, answered: true })).toBeNull();
    expect(quizKeyAction(key(' ', { target: 'button' }), choice)).toBeNull();
    expect(quizKeyAction(key('2', { target: 'button' }), choice)).toMatchObject({ index: 1 });
  });
});

describe('typed digits', () => {
  it('adds digits up to four, a leading zero giving way', () => {
    expect(withDigit('', '0')).toBe('0');
    expect(withDigit('0', '7')).toBe('7');
    expect(withDigit('12', '3')).toBe('123');
    expect(withDigit('1234', '5')).toBeNull();
  });

  it('keeps only the digits a text box holds, four at most', () => {
    expect(cleanDigits(' 1,2a3 ')).toBe('123');
    expect(cleanDigits('123456')).toBe('1234');
  });
});
