/**
 * Sizes for the canvas, from the stage's size and the player's text size, so one layout serves
 * a 360-px phone and a 1920-px screen. Everything the scenes place is measured from these.
 */
export interface Metrics {
  width: number;
  height: number;
  margin: number;
  /** Font sizes in px. */
  title: number;
  body: number;
  small: number;
  /** Minimum touch target (WCAG 2.5.5 asks for 44 CSS px). */
  touch: number;
  /** Width of a timeline card. */
  cardWidth: number;
  gap: number;
}

export function metrics(width: number, height: number, textScale: number): Metrics {
  const short = Math.min(width, height);
  const margin = Math.round(Math.max(10, Math.min(24, width * 0.03)));
  const body = Math.round(Math.max(15, Math.min(19, short / 30)) * textScale);
  return {
    width,
    height,
    margin,
    title: Math.round(body * 1.6),
    body,
    small: Math.max(12, Math.round(body * 0.82)),
    touch: Math.max(44, Math.round(body * 2.7)),
    // Wider cards on wide screens, so the board uses its room; never wider than a comfortable line.
    cardWidth: Math.max(100, Math.min(width - margin * 2, width > 1100 ? 680 : 560)),
    gap: Math.round(Math.max(6, body * 0.5)),
  };
}
