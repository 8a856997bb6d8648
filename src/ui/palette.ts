/**
 * The one palette, in two themes. The canvas reads its numbers; the page reads the same values
 * as CSS custom properties (cssVariables), so a theme change shows everywhere at once. No
 * Phaser here: the page uses it before the engine loads.
 */
export interface Palette {
  background: number;
  surface: number;
  surfaceRaised: number;
  border: number;
  text: number;
  textMuted: number;
  accent: number;
  accentText: number;
  /** A second, cooler accent for the timeline's line and secondary highlights. */
  line: number;
  focus: number;
  right: number;
  wrong: number;
  either: number;
}

/** Dark, with blue/orange verdicts that stay distinct with the common colour-vision deficiencies. */
const STANDARD: Palette = {
  background: 0x0f1724,
  surface: 0x18222f,
  surfaceRaised: 0x223047,
  border: 0x3a4c66,
  text: 0xf3f6fa,
  textMuted: 0xb8c4d3,
  accent: 0xf5b83d,
  accentText: 0x111722,
  line: 0x5aa9ff,
  focus: 0x8fd0ff,
  right: 0x2f86e0,
  wrong: 0xe0692a,
  either: 0x9b7cf0,
};

/** Black and white with a yellow accent: the most contrast a screen gives. */
const HIGH_CONTRAST: Palette = {
  background: 0x000000,
  surface: 0x000000,
  surfaceRaised: 0x111111,
  border: 0xffffff,
  text: 0xffffff,
  textMuted: 0xffffff,
  accent: 0xffd500,
  accentText: 0x000000,
  line: 0xffffff,
  focus: 0x00e1ff,
  right: 0x4da3ff,
  wrong: 0xff8a1f,
  either: 0xd6b4ff,
};

export type ThemeName = 'standard' | 'high-contrast';

export function paletteFor(theme: ThemeName): Palette {
  return theme === 'high-contrast' ? HIGH_CONTRAST : STANDARD;
}

export function cssColour(value: number): string {
  return `#${value.toString(16).padStart(6, '0')}`;
}

/** "--nl-background: #0f1724; …": the palette as CSS custom properties, plus the text scale. */
export function cssVariables(theme: ThemeName, textScale: number): Record<string, string> {
  const palette = paletteFor(theme);
  const vars: Record<string, string> = { '--nl-text-scale': String(textScale) };
  for (const [name, value] of Object.entries(palette)) {
    vars[`--nl-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`] = cssColour(value);
  }
  return vars;
}

export const FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "DejaVu Sans", Arial, sans-serif';
