import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { svg, render, type SVGTemplateResult } from 'lit-html';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlasUrl from 'world-atlas/countries-110m.json?url';
import type { MapPanel } from '../page/map-panel';
import type { BoardView, CardView } from '../views/board';
import type { MapRegion } from '../views/map';

/**
 * A small map of the region (Natural Earth data via world-atlas, drawn with d3-geo as SVG) that
 * shows where each placed card happened. Places from outside the article are drawn hollow and
 * said so. Loaded only when a board with places first shows.
 */
/** The map is drawn to the size of its box (in CSS pixels), never stretched or cropped. */
const MIN_WIDTH = 160;
const MIN_HEIGHT = 80;
interface Pin {
  card: CardView;
  x: number;
  y: number;
  /** The place lies beyond the map's edge: the pin sits on the edge and points the way. */
  offMap: boolean;
  number: number;
}

export async function createRegionMap(host: HTMLElement): Promise<MapPanel> {
  const response = await fetch(atlasUrl, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`map data: HTTP ${response.status}`);
  const topology = (await response.json()) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = feature(topology, topology.objects.countries);
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  let size = { width: 0, height: 0 };
  let region: MapRegion | null = null;
  let fittedTo: MapRegion | null = null;
  let projection = geoMercator();
  let land = '';
  let lines = '';
  let labels: Array<{ name: string; at: [number, number] }> = [];
  /** Fits the region into the box as it is now; drawn again only when the box changes size. */
  const fit = (): void => {
    const width = Math.max(MIN_WIDTH, Math.round(host.clientWidth));
    const height = Math.max(MIN_HEIGHT, Math.round(host.clientHeight));
    if (!region || (width === size.width && height === size.height && fittedTo === region)) return;
    size = { width, height };
    fittedTo = region;
    const { west, south, east, north } = region;
    const regionBox: GeoPermissibleObjects = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [west, south],
            [west, north],
            [east, north],
            [east, south],
            [west, south],
          ],
        ],
      },
    };
    projection = geoMercator().fitExtent(
      [
        [6, 6],
        [width - 6, height - 6],
      ],
      regionBox,
    );
    const path = geoPath(projection);
    land = countries.features.map((c) => path(c) ?? '').join(' ');
    lines = path(borders) ?? '';
    labels = region.labels.map((l) => ({
      name: l.name.toUpperCase(),
      at: (projection([l.lon, l.lat]) ?? [0, 0]) as [number, number],
    }));
  };

  const pinsOf = (view: BoardView): Pin[] =>
    spreadApart(
      view.line
        .filter((card) => card.place && card.date)
        .map((card, i) => {
          const place = card.place!;
          const [px, py] = projection([place.lon, place.lat]) ?? [0, 0];
          // A pin (and its pulse) always sits wholly inside the map.
          const x = Math.max(16, Math.min(size.width - 16, px));
          const y = Math.max(16, Math.min(size.height - 16, py));
          return { card, x, y, offMap: x !== px || y !== py, number: i + 1 };
        }),
      size,
    );

  const draw = (view: BoardView): void => {
    fit();
    if (!region) return;
    const { width: WIDTH, height: HEIGHT } = size;
    const pins = pinsOf(view);
    const latestId = pins.some((p) => p.card.id === view.latestId)
      ? view.latestId
      : (pins[pins.length - 1]?.card.id ?? null);
    const latest = pins.find((p) => p.card.id === latestId);
    const described = pins.map(
      (p) =>
        `${p.card.title}: ${p.card.place!.name}${p.card.place!.stated ? '' : ' (from outside the article)'}`,
    );
    render(
      svg`<svg class="region-map" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label=${
        described.length > 0
          ? `Map of where the placed cards happened: ${described.join('; ')}.`
          : 'Map of the region. Placed cards appear on it.'
      }>
        <rect class="region-map__sea" width=${WIDTH} height=${HEIGHT}></rect>
        <path class="region-map__land" d=${land}></path>
        <path class="region-map__borders" d=${lines}></path>
        ${labels.map((l) => svg`<text class="region-map__country" x=${l.at[0]} y=${l.at[1]} text-anchor="middle">${l.name}</text>`)}
        ${pins.map((pin) => pinMark(pin, pin.card.id === latestId))}
        ${latest ? caption(latest, HEIGHT, WIDTH) : null}
      </svg>`,
      host,
    );
  };

  // A new box size (a rotation, the board's layout changing) redraws the map to fit it.
  let lastView: BoardView | null = null;
  const resize = new ResizeObserver(() => lastView && draw(lastView));
  resize.observe(host);
  return {
    show: (view, shown) => {
      lastView = view;
      region = shown;
      draw(view);
    },
    destroy: () => {
      resize.disconnect();
      render(svg``, host);
    },
  };
}

/** Pins closer than this (px) are nudged apart, so each number can be read. */
const PIN_SPACING = 17;

/**
 * Nudges pins that would sit on top of one another (several events in one city) onto a small
 * ring around their place, keeping each inside the map.
 */
function spreadApart(pins: Pin[], size: { width: number; height: number }): Pin[] {
  const placed: Pin[] = [];
  for (const pin of pins) {
    let { x, y } = pin;
    for (let step = 0; step < 24 && placed.some((p) => Math.hypot(p.x - x, p.y - y) < PIN_SPACING); step++) {
      const angle = step * 2.4;
      const radius = PIN_SPACING * (1 + Math.floor(step / 6) * 0.8);
      x = Math.max(16, Math.min(size.width - 16, pin.x + Math.cos(angle) * radius));
      y = Math.max(16, Math.min(size.height - 16, pin.y + Math.sin(angle) * radius));
    }
    placed.push({ ...pin, x, y });
  }
  return placed;
}

function pinMark(pin: Pin, latest: boolean): SVGTemplateResult {
  const stated = pin.card.place?.stated ?? false;
  return svg`<g class="region-map__pin${latest ? ' region-map__pin--latest' : ''}${stated ? '' : ' region-map__pin--outside'}" data-pin=${pin.card.id}>
    ${latest ? svg`<circle class="region-map__pulse" cx=${pin.x} cy=${pin.y} r="14"></circle>` : null}
    <circle class="region-map__dot" cx=${pin.x} cy=${pin.y} r=${latest ? 9 : 7}></circle>
    <text class="region-map__number" x=${pin.x} y=${pin.y + 3.5} text-anchor="middle">${pin.number}</text>
  </g>`;
}

function caption(pin: Pin, HEIGHT: number, WIDTH: number): SVGTemplateResult {
  const place = pin.card.place!;
  const text = `${pin.offMap ? '→ ' : ''}${place.name}${place.stated ? '' : ' (outside the article)'}`;
  const width = Math.min(WIDTH - 12, text.length * 6.6 + 16);
  return svg`<g class="region-map__caption">
    <rect x="6" y=${HEIGHT - 28} width=${width} height="22" rx="6"></rect>
    <text x="14" y=${HEIGHT - 13}>${text}</text>
  </g>`;
}
