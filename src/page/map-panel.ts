import type { BoardView } from '../views/board';

/**
 * The map beside the board, as the page sees it. Its implementation (src/map/) brings d3-geo
 * and the map data, so it is loaded only when a board with places first shows, never before.
 */
export interface MapPanel {
  /** Shows every placed card that has a place; the newest stands out. */
  show(view: BoardView): void;
  destroy(): void;
}
