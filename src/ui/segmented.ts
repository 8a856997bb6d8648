import type { Button } from './button';
import type { MakeButton } from './top-bar';

export interface SegmentedOptions<T> {
  /** Centre of the row. */
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
  choices: ReadonlyArray<{ value: T; label: string; name: string }>;
  selected: T;
  onSelect: (value: T) => void;
}

/** A row of buttons where exactly one is chosen; the chosen one is filled and marked ✓. */
export function addSegmented<T>(options: SegmentedOptions<T>, makeButton: MakeButton): Button[] {
  const count = options.choices.length;
  const gap = Math.max(6, options.height * 0.15);
  const each = (options.width - gap * (count - 1)) / count;
  const left = options.x - options.width / 2;
  return options.choices.map((choice, i) => {
    const chosen = choice.value === options.selected;
    return makeButton({
      x: left + each / 2 + i * (each + gap),
      y: options.y,
      width: each,
      height: options.height,
      label: chosen ? `✓ ${choice.label}` : choice.label,
      fontSize: options.fontSize,
      variant: chosen ? 'primary' : 'secondary',
      name: choice.name,
      onPress: () => options.onSelect(choice.value),
    });
  });
}
