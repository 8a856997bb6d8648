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

/** The default: dark, with blue/orange verdicts that stay distinct with the common colour-vision deficiencies. */
const STANDARD: Palette = {
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

/** Black and white with a yellow accent: the most contrast a screen gives. */
const HIGH_CONTRAST: Palette = {
  background: 0x000000,
  surface: 0x000000,
  surfaceRaised: 0x141414,
  border: 0xffffff,
  text: '#ffffff',
  textMuted: '#ffffff',
  accent: 0xffd500,
  accentText: '#000000',
  focus: 0x00e1ff,
  right: 0x3d9bff,
  wrong: 0xff8a1f,
  neutral: 0xbfbfbf,
};

export type ThemeName = 'standard' | 'high-contrast';

/** The palette in force. Widgets read it when they draw, so a theme change shows on the next redraw. */
export const PALETTE: Palette = { ...STANDARD };

export function applyTheme(name: ThemeName): void {
  Object.assign(PALETTE, name === 'high-contrast' ? HIGH_CONTRAST : STANDARD);
}

export const VERDICT = {
  right: { icon: '✓', word: 'Right' },
  wrong: { icon: '✗', word: 'Wrong' },
  either: { icon: '↔', word: 'Either way' },
} as const;

export function cssColour(value: number): string {
  return `#${value.toString(16).padStart(6, '0')}`;
}
