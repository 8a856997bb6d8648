import type Phaser from 'phaser';
import type { Layout } from '../layout';
import { pinToScreen } from '../pin';
import { PALETTE } from '../theme';
import type { MakeButton } from '../top-bar';

export interface QuizFooterOptions {
  /** Left edge and width of the quiz area; the row is centred in it, at most 760 px wide. */
  left: number;
  width: number;
  /** The round's last question: Next becomes "See results". */
  last: boolean;
  onSource: () => void;
  onReport: () => void;
  onNext: () => void;
}

/**
 * The footer pinned to the bottom after answering, so all three are in reach without
 * scrolling: Source and "This looks wrong?" as small buttons, then Next. Returns its height.
 */
export function addQuizFooter(
  scene: Phaser.Scene,
  layout: Layout,
  options: QuizFooterOptions,
  makeButton: MakeButton,
): number {
  const { margin, text, touch } = layout;
  const { left, width } = options;
  const height = touch + margin * 1.5;
  const top = layout.height - height;
  const middle = top + height / 2;
  pinToScreen(scene.add.rectangle(0, top, layout.width, height, PALETTE.background).setOrigin(0, 0), 20);
  pinToScreen(scene.add.rectangle(0, top, layout.width, 2, PALETTE.border).setOrigin(0, 0), 20);
  const rowWidth = Math.min(width, 760);
  const rowLeft = left + (width - rowWidth) / 2;
  const gap = Math.round(margin * 0.5);
  // A phone's row has room for short words only; the spoken names stay whole.
  const narrow = rowWidth < 560;
  const sourceWidth = narrow ? Math.max(touch * 1.6, rowWidth * 0.24) : rowWidth * 0.18;
  const reportWidth = narrow ? sourceWidth : rowWidth * 0.32;
  const nextWidth = rowWidth - sourceWidth - reportWidth - gap * 2;
  const source = makeButton({
    x: rowLeft + sourceWidth / 2,
    y: middle,
    width: sourceWidth,
    height: touch,
    label: 'Source',
    fontSize: text.small,
    name: 'open-source',
    onPress: options.onSource,
  });
  const report = makeButton({
    x: rowLeft + sourceWidth + gap + reportWidth / 2,
    y: middle,
    width: reportWidth,
    height: touch,
    label: narrow ? 'Report' : 'This looks wrong?',
    fontSize: text.small,
    variant: 'quiet',
    name: 'report-problem',
    onPress: options.onReport,
  });
  const next = makeButton({
    x: rowLeft + rowWidth - nextWidth / 2,
    y: middle,
    width: nextWidth,
    height: touch,
    label: options.last ? 'See results' : 'Next question',
    fontSize: text.body,
    variant: 'primary',
    name: 'next-question',
    onPress: options.onNext,
  });
  for (const b of [source, report, next]) pinToScreen(b.container, 21);
  return height;
}
