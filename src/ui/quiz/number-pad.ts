import type { Button } from '../button';
import type { MakeButton } from '../top-bar';

export interface NumberPadOptions {
  /** Top-left corner of the pad. */
  left: number;
  top: number;
  width: number;
  keyHeight: number;
  gap: number;
  fontSize: number;
  onDigit: (digit: string) => void;
  onDelete: () => void;
  onSubmit: () => void;
}

export interface NumberPad {
  /** Total height the pad takes. */
  height: number;
  submit: Button;
  remove: Button;
  digits: Button[];
}

/**
 * An on-screen phone-style keypad: 1–9 in three rows, then delete, 0 and Submit.
 * Keys are named pad-0…pad-9, pad-delete and submit-number for the tests and the accessibility layer.
 */
export function addNumberPad(options: NumberPadOptions, makeButton: MakeButton): NumberPad {
  const { left, top, width, keyHeight, gap, fontSize } = options;
  const keyWidth = (width - gap * 2) / 3;
  const centre = (column: number, row: number): { x: number; y: number } => ({
    x: left + keyWidth / 2 + column * (keyWidth + gap),
    y: top + keyHeight / 2 + row * (keyHeight + gap),
  });
  const key = (
    column: number,
    row: number,
    label: string,
    name: string,
    onPress: () => void,
    variant: 'primary' | 'secondary' = 'secondary',
  ): Button =>
    makeButton({
      ...centre(column, row),
      width: keyWidth,
      height: keyHeight,
      label,
      fontSize,
      variant,
      name,
      onPress,
    });

  const digits: Button[] = [];
  for (let n = 1; n <= 9; n++) {
    const digit = String(n);
    digits[n] = key((n - 1) % 3, Math.floor((n - 1) / 3), digit, `pad-${digit}`, () =>
      options.onDigit(digit),
    );
  }
  // The icon goes when the key is too narrow for both, so the word never wraps.
  const deleteLabel = keyWidth - 16 >= fontSize * 4.6 ? '⌫ Delete' : 'Delete';
  const remove = key(0, 3, deleteLabel, 'pad-delete', options.onDelete);
  digits[0] = key(1, 3, '0', 'pad-0', () => options.onDigit('0'));
  const submit = key(2, 3, 'Submit', 'submit-number', options.onSubmit, 'primary');
  return { height: keyHeight * 4 + gap * 3, submit, remove, digits };
}
