import type { BoardView } from '../views/board';
import type { MapRegion } from '../views/map';

/**
 * The map beside the board, as the page sees it. Its implementation (src/map/) brings d3-geo
 * and the map data, so it is loaded only when a board with places first shows, never before.
 */
export interface MapPanel {
  /** Shows every placed card that has a place, on a map of the region; the newest stands out. */
  show(view: BoardView, region: MapRegion): void;
  destroy(): void;
}
