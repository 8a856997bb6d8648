/**
 * Colours and type for every scene. Verdict colours always travel with an icon and a word
 * (see VERDICT), so nothing is told by colour alone.
 */
export const FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "DejaVu Sans", Arial, sans-serif';

export interface Palette {
  background: number;
  surface: number;
  surfaceRaised: number;
  border: number;
  text: string;
  textMuted: string;
  accent: number;
  accentText: string;
  focus: number;
  right: number;
  wrong: number;
  neutral: number;
}

export const PALETTE: Palette = {
  background: 0x10161f,
  surface: 0x1b2430,
  surfaceRaised: 0x263244,
  border: 0x3a4a60,
  text: '#f2f5f9',
  textMuted: '#b4c0cf',
  accent: 0xf2b33d,
  accentText: '#10161f',
  focus: 0x7cc4ff,
  // Blue/orange rather than green/red: distinguishable with the common colour-vision deficiencies.
  right: 0x2f7fd1,
  wrong: 0xd8692b,
  neutral: 0x596b82,
};

export const VERDICT = {
  right: { icon: '✓', word: 'Right' },
  wrong: { icon: '✗', word: 'Wrong' },
  either: { icon: '↔', word: 'Either way' },
} as const;

export function cssColour(value: number): string {
  return `#${value.toString(16).padStart(6, '0')}`;
}
