/**
 * Sizes derived from the window, so one layout serves a 360×640 phone and a 1920×1080 screen.
 * Everything a scene places is measured from these numbers, never from fixed pixels.
 */
export interface Layout {
  width: number;
  height: number;
  centreX: number;
  portrait: boolean;
  /** Outer margin. */
  margin: number;
  /** Width of the main column (content never stretches across a wide screen). */
  column: number;
  columnLeft: number;
  /** Font sizes in px. */
  text: { title: number; heading: number; body: number; small: number };
  /** Minimum touch target (WCAG 2.5.5 asks for 44 CSS px). */
  touch: number;
}

export function computeLayout(width: number, height: number, textScale = 1): Layout {
  const short = Math.min(width, height);
  const margin = Math.round(Math.max(12, Math.min(32, short * 0.035)));
  const column = Math.min(width - margin * 2, 920);
  const body = Math.round(Math.max(16, Math.min(22, short / 34)) * textScale);
  return {
    width,
    height,
    centreX: width / 2,
    portrait: height > width,
    margin,
    column,
    columnLeft: (width - column) / 2,
    text: {
      title: Math.round(body * 2),
      heading: Math.round(body * 1.35),
      body,
      small: Math.round(body * 0.85),
    },
    touch: Math.max(44, Math.round(body * 2.6)),
  };
}
