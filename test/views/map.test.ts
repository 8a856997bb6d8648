import { describe, expect, it } from 'vitest';
import { mapRegion } from '../../src/views/map';
import { fixtureEvent } from '../fixtures/packs';

const placed = (id: string, lat: number, lon: number) => ({
  ...fixtureEvent(id, '2021'),
  place: { name: id, lat, lon, precision: 'city' as const, stated: true },
});

describe('the map region', () => {
  it('is the pack’s own map when it gives one, labels included', () => {
    const map = { west: 34, south: 28, east: 53, north: 39, labels: [{ name: 'Iraq', lat: 33, lon: 44 }] };
    expect(mapRegion({ map, events: [placed('a', 33, 44)] })).toEqual(map);
  });

  it('frames the events’ places with a margin when the pack gives no map', () => {
    const region = mapRegion({ events: [placed('a', 30, 40), placed('b', 40, 50)] })!;
    expect(region.west).toBeLessThan(40);
    expect(region.east).toBeGreaterThan(50);
    expect(region.south).toBeLessThan(30);
    expect(region.north).toBeGreaterThan(40);
    expect(region.labels).toEqual([]);
  });

  it('gives one place some country around it', () => {
    const region = mapRegion({ events: [placed('a', 51.5, -0.1)] })!;
    expect(region.east - region.west).toBeGreaterThanOrEqual(6);
    expect(region.north - region.south).toBeGreaterThanOrEqual(6);
  });

  it('is null when no event has a place (the board then shows no map)', () => {
    expect(mapRegion({ events: [fixtureEvent('a', '2021')] })).toBeNull();
  });
});
