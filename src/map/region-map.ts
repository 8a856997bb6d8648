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
  /** The card's place on the line (1 = earliest), so a pin's number is where to look. */
  number: number;
}

/** Pins at one spot (several events in one city) drawn as one marker: "3·6". */
interface PinGroup {
  lead: Pin;
  members: Pin[];
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
    view.line.flatMap((card, i) => {
      if (!card.place || !card.date) return [];
      const place = card.place;
      const [px, py] = projection([place.lon, place.lat]) ?? [0, 0];
      // A pin (and its pulse) always sits wholly inside the map.
      const x = Math.max(16, Math.min(size.width - 16, px));
      const y = Math.max(16, Math.min(size.height - 16, py));
      return [{ card, x, y, offMap: x !== px || y !== py, number: i + 1 }];
    });

  const draw = (view: BoardView): void => {
    fit();
    if (!region) return;
    const { width: WIDTH, height: HEIGHT } = size;
    const pins = pinsOf(view);
    // Markers grow with the map: 9 px numbers are lost on a laptop's side panel.
    const scale = WIDTH >= 480 ? 1.5 : WIDTH >= 400 ? 1.2 : 1;
    const groups = groupPins(pins, PIN_SPACING * scale);
    const latestId = pins.some((p) => p.card.id === view.latestId)
      ? view.latestId
      : (pins[pins.length - 1]?.card.id ?? null);
    const latest = pins.find((p) => p.card.id === latestId);
    const described = pins.map(
      (p) =>
        `${p.card.title}: ${p.card.place!.name}${p.card.place!.stated ? '' : ' (from outside the article)'}`,
    );
    render(
      svg`<svg class="region-map${scale > 1 ? ` region-map--x${scale * 10}` : ''}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label=${
        described.length > 0
          ? `Map of where the placed cards happened: ${described.join('; ')}.`
          : 'Map of the region. Placed cards appear on it.'
      }>
        <rect class="region-map__sea" width=${WIDTH} height=${HEIGHT}></rect>
        <path class="region-map__land" d=${land}></path>
        <path class="region-map__borders" d=${lines}></path>
        ${labels.map((l) => svg`<text class="region-map__country" x=${l.at[0]} y=${l.at[1]} text-anchor="middle">${l.name}</text>`)}
        ${groups.map((group) => groupMark(group, latestId, scale))}
        ${latest ? caption(latest, HEIGHT, WIDTH, scale) : null}
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

/** Pins closer than this (px, at the smallest map) share one marker. */
const PIN_SPACING = 17;

/**
 * Pins that would sit on one another (one city, or two towns a few pixels apart) share a marker
 * at the first one's spot, numbered "3·6", rather than one being pushed somewhere it is not.
 */
function groupPins(pins: Pin[], spacing: number): PinGroup[] {
  const groups: PinGroup[] = [];
  for (const pin of pins) {
    const near = groups.find((g) => Math.hypot(g.lead.x - pin.x, g.lead.y - pin.y) < spacing);
    if (near) near.members.push(pin);
    else groups.push({ lead: pin, members: [pin] });
  }
  return groups;
}

function groupMark(group: PinGroup, latestId: string | null, scale: number): SVGTemplateResult {
  const { lead, members } = group;
  const latest = members.some((m) => m.card.id === latestId);
  const stated = members.every((m) => m.card.place?.stated ?? false);
  const label = members.map((m) => m.number).join('·');
  const radius = (latest ? 9 : 7) * scale;
  // One card: a round dot; several: a pill wide enough for "3·6".
  const width = Math.max(radius * 2, label.length * 6 * scale + 8 * scale);
  return svg`<g class="region-map__pin${latest ? ' region-map__pin--latest' : ''}${stated ? '' : ' region-map__pin--outside'}" data-pin=${lead.card.id}>
    ${latest ? svg`<circle class="region-map__pulse" cx=${lead.x} cy=${lead.y} r=${14 * scale}></circle>` : null}
    <rect class="region-map__dot" x=${lead.x - width / 2} y=${lead.y - radius} width=${width} height=${radius * 2} rx=${radius}></rect>
    <text class="region-map__number" x=${lead.x} y=${lead.y + 3.5 * scale} text-anchor="middle">${label}</text>
  </g>
  ${members.slice(1).map(
    (m) => svg`<g class="region-map__pin region-map__pin--grouped" data-pin=${m.card.id}>
      <rect class="region-map__dot" x=${lead.x - width / 2} y=${lead.y - radius} width=${width} height=${radius * 2} rx=${radius}></rect>
    </g>`,
  )}`;
}

function caption(pin: Pin, HEIGHT: number, WIDTH: number, scale: number): SVGTemplateResult {
  const place = pin.card.place!;
  const text = `${pin.number}. ${pin.offMap ? '→ ' : ''}${place.name}${place.stated ? '' : ' (outside the article)'}`;
  const height = 22 * scale;
  const width = Math.min(WIDTH - 12, text.length * 6.6 * scale + 16);
  return svg`<g class="region-map__caption">
    <rect x="6" y=${HEIGHT - height - 6} width=${width} height=${height} rx="6"></rect>
    <text x="14" y=${HEIGHT - 6 - height / 2 + 4 * scale}>${text}</text>
  </g>`;
}
