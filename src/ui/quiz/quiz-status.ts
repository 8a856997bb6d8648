import type Phaser from 'phaser';
import { mixColour } from '../colour';
import type { Layout } from '../layout';
import { pinToScreen } from '../pin';
import { addText } from '../text';
import { cssColour, PALETTE } from '../theme';

/** The countdown turns to its warning look for the last seconds. */
const WARNING_SECONDS = 5;

export interface QuizStatusOptions {
  /** Left edge and width of the quiz area the row spans. */
  left: number;
  width: number;
  /** Where the row starts: under the top bar. */
  top: number;
  /** The streak to show; null to leave it out. */
  streak: number | null;
  /** Show the countdown (only while the question waits for an answer). */
  timer: boolean;
}

/** The countdown pill: restyled only when the second changes. */
export interface Countdown {
  /** Shows the seconds left; true when that changed what is on screen. */
  show(seconds: number): boolean;
}

/**
 * Streak and countdown, pinned under the top bar so the clock stays in sight while scrolling.
 * Returns where the content starts below it (`top` when there is nothing to show).
 */
export function addQuizStatusRow(
  scene: Phaser.Scene,
  layout: Layout,
  options: QuizStatusOptions,
): { bottom: number; countdown: Countdown | null } {
  const { left, width, top, streak } = options;
  if (streak === null && !options.timer) return { bottom: top, countdown: null };
  const { text } = layout;
  const rowHeight = Math.round(text.small * 2.2);
  const bottom = top + rowHeight + Math.round(layout.margin * 0.25);
  pinToScreen(
    scene.add.rectangle(0, top, layout.width, bottom - top, PALETTE.background).setOrigin(0, 0),
    20,
  );
  const middle = top + rowHeight / 2;
  if (streak !== null) {
    pinToScreen(
      addText(scene, left, middle, `Streak ${streak}`, {
        size: text.small,
        bold: true,
        colour: cssColour(PALETTE.accent),
        originY: 0.5,
      }),
      21,
    );
  }
  if (!options.timer) return { bottom, countdown: null };
  const boxWidth = Math.max(text.small * 7, 96);
  const box = pinToScreen(
    scene.add
      .rectangle(left + width - boxWidth / 2, middle, boxWidth, rowHeight, PALETTE.surface)
      .setStrokeStyle(2, PALETTE.border)
      .setRounded(rowHeight / 2),
    21,
  );
  const label = pinToScreen(
    addText(scene, left + width - boxWidth / 2, middle, '', {
      size: text.small,
      originX: 0.5,
      originY: 0.5,
      align: 'center',
    }),
    22,
  );
  let shown = Number.NaN;
  const countdown: Countdown = {
    show(seconds) {
      if (seconds === shown) return false;
      shown = seconds;
      const warning = seconds <= WARNING_SECONDS;
      label.setText(`${seconds} s left`);
      label.setFontStyle(warning ? 'bold' : 'normal');
      box.setFillStyle(warning ? mixColour(PALETTE.wrong, PALETTE.surface, 0.45) : PALETTE.surface);
      box.setStrokeStyle(2, warning ? PALETTE.wrong : PALETTE.border);
      return true;
    },
  };
  return { bottom, countdown };
}
