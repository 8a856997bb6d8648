import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ICONS } from '../../src/content/schema';
import { allElements, parseSvg, type SvgElement } from './svg';

const ASSETS = new URL('../../assets/', import.meta.url);
const ICON_DIR = new URL('icons/', ASSETS);
const ICON_BUDGET_BYTES = 1536;
const LOGO_BUDGET_BYTES = 4096;
/** Shapes only: no text, images, links, foreign content, scripts, filters or animation. */
const SHAPES = new Set(['svg', 'g', 'path', 'rect', 'circle', 'ellipse', 'polygon']);

const read = (url: URL): string => readFileSync(url, 'utf8');

/** Everything that could make the browser fetch or run something: scripts, handlers, links, URLs. */
function outsideReferences(source: string, svg: SvgElement): string[] {
  const found: string[] = [];
  if (/<script/i.test(source)) found.push('<script');
  if (/<!DOCTYPE|<!ENTITY/i.test(source)) found.push('a DOCTYPE');
  for (const element of allElements(svg)) {
    for (const [name, value] of Object.entries(element.attributes)) {
      const handler = /^on/i.test(name);
      const link = /href$/i.test(name) && !value.startsWith('#');
      const url = /url\((?!\s*#)/i.test(value) || (/\/\//.test(value) && name !== 'xmlns');
      if (handler || link || url) found.push(`${element.name} ${name}`);
    }
  }
  return found;
}

/** Every colour the file paints with (fill and stroke, on any element), ignoring "none". */
function paints(svg: SvgElement): Set<string> {
  const colours = new Set<string>();
  for (const element of allElements(svg)) {
    for (const name of ['fill', 'stroke']) {
      const value = element.attributes[name];
      if (value !== undefined && value !== 'none') colours.add(value.toLowerCase());
    }
    if (element.attributes.style !== undefined) colours.add(`style="${element.attributes.style}"`);
  }
  return colours;
}

describe('card icons', () => {
  it('there is a drawing for every icon a pack can name, and no drawing no pack can name', () => {
    const files = readdirSync(ICON_DIR).filter((file) => file.endsWith('.svg'));
    expect(files.map((file) => file.replace(/\.svg$/, '')).sort()).toEqual([...ICONS].sort());
  });

  describe.each([...ICONS])('%s', (name) => {
    const url = new URL(`${name}.svg`, ICON_DIR);
    const source = read(url);
    const svg = parseSvg(source);

    it('is a 48 × 48 SVG', () => {
      expect(svg.name).toBe('svg');
      expect(svg.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
      expect(svg.attributes.viewBox).toBe('0 0 48 48');
    });

    it('is made of plain shapes only (no text, images or scripts)', () => {
      const others = allElements(svg).filter((element) => !SHAPES.has(element.name));
      expect(others.map((element) => element.name)).toEqual([]);
      expect(allElements(svg).every((element) => element.text.trim() === '')).toBe(true);
    });

    it('loads nothing and runs nothing', () => {
      expect(outsideReferences(source, svg)).toEqual([]);
    });

    it('is drawn in white alone, so the game can tint it or use it as a mask', () => {
      expect([...paints(svg)]).toEqual(['#ffffff']);
    });

    it('is small', () => {
      expect(statSync(url).size).toBeLessThanOrEqual(ICON_BUDGET_BYTES);
    });
  });
});

describe('the logo', () => {
  const url = new URL('logo.svg', ASSETS);
  const source = read(url);
  const svg = parseSvg(source);

  it('is an SVG with a viewBox and a name for screen readers', () => {
    expect(svg.name).toBe('svg');
    expect(svg.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(svg.attributes.viewBox).toMatch(/^0 0 \d+(\.\d+)? \d+(\.\d+)?$/);
    expect(svg.attributes['aria-label']).toBe('Newsline');
  });

  it('loads nothing and runs nothing', () => {
    expect(allElements(svg).filter((element) => !SHAPES.has(element.name))).toEqual([]);
    expect(outsideReferences(source, svg)).toEqual([]);
  });

  it("uses the game's amber and blue, with the timeline's slate", () => {
    expect([...paints(svg)].sort()).toEqual(['#2f7fd1', '#3a4a60', '#f2b33d']);
  });

  it('is small', () => {
    expect(statSync(url).size).toBeLessThanOrEqual(LOGO_BUDGET_BYTES);
  });
});

describe('the SVG reader these tests rely on', () => {
  it('reads a well-formed file', () => {
    const svg = parseSvg(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><g><path d="M0 0Z"/></g></svg>\n',
    );
    expect(allElements(svg).map((element) => element.name)).toEqual(['svg', 'g', 'path']);
  });

  it.each([
    ['an unclosed tag', '<svg><path d="M0 0Z"></svg>'],
    ['a mismatched tag', '<svg><g></svg></g>'],
    ['an unquoted attribute', '<svg viewBox=0></svg>'],
    ['a repeated attribute', '<svg fill="#fff" fill="#000"></svg>'],
    ['two root elements', '<svg></svg><svg></svg>'],
    ['a bare ampersand', '<svg>a & b</svg>'],
  ])('refuses %s', (_what, source) => {
    expect(() => parseSvg(source)).toThrow();
  });

  it('finds scripts, handlers and outside links', () => {
    const source =
      '<svg xmlns="http://www.w3.org/2000/svg" onload="x()"><use href="https://example.com/a.svg#i"/>' +
      '<rect fill="url(https://example.com/p.png)"/><use href="#ok"/><rect fill="url(#pattern)"/>' +
      '<script>x()</script></svg>';
    expect(outsideReferences(source, parseSvg(source))).toEqual([
      '<script',
      'svg onload',
      'use href',
      'rect fill',
    ]);
  });
});
