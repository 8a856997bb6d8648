import type { Pack } from '../content/schema';

/** The part of the world the board's map shows, and the names written on it. Pure. */
export interface MapRegion {
  west: number;
  south: number;
  east: number;
  north: number;
  labels: Array<{ name: string; lat: number; lon: number }>;
}

/** Smallest span the map shows, in degrees: one place alone still gets some country around it. */
const MIN_SPAN = 6;

/**
 * The pack's own map when it gives one; otherwise a frame around its events' places (with a
 * margin), so any article gets a sensible map. Null when no event has a place.
 */
export function mapRegion(pack: Pick<Pack, 'map' | 'events'>): MapRegion | null {
  const places = pack.events.flatMap((e) => (e.place ? [e.place] : []));
  if (places.length === 0) return null;
  if (pack.map) return { ...pack.map, labels: pack.map.labels ?? [] };
  const lats = places.map((p) => p.lat);
  const lons = places.map((p) => p.lon);
  const frame = (low: number, high: number, limit: number): [number, number] => {
    const middle = (low + high) / 2;
    const half = Math.max(MIN_SPAN, (high - low) * 1.3) / 2;
    return [Math.max(-limit, middle - half), Math.min(limit, middle + half)];
  };
  const [south, north] = frame(Math.min(...lats), Math.max(...lats), 85);
  const [west, east] = frame(Math.min(...lons), Math.max(...lons), 180);
  return { west, south, east, north, labels: [] };
}
