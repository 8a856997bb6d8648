/**
 * A read-only snapshot of what each scene shows, for the browser tests to find where to point
 * and what to assert. Moves are always made with real input events, never through this.
 */
export interface SceneReadout {
  scene: string;
  [detail: string]: unknown;
}

declare global {
  interface Window {
    __newsline?: SceneReadout;
  }
}

export function publishReadout(readout: SceneReadout): void {
  window.__newsline = structuredClone(readout);
}
