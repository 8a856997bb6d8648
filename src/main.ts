import './content/zod-setup';
import { App } from './app/app';
import { createSoundPlayer } from './audio/sound';
import { loadPackLibrary } from './content/loader';
import { showFatal } from './page/fatal';
import { Page } from './page/page';

/**
 * Start-up: load and validate the packs (with progress), then the menu as page text. The
 * canvas engine and the map load later, when first needed; sound loads on the first tap.
 */
const boot = document.getElementById('boot');
const root = document.getElementById('app');
let app: App | null = null;

// One global handler: an error nobody caught shows a recover screen (the saved round kept),
// never a frozen canvas.
const failed = (problem: unknown): void => {
  const message = problem instanceof Error ? problem.message : String(problem);
  if (app) app.fail(message);
  else showFatal(message);
};
window.addEventListener('error', (event) => failed(event.error ?? event.message));
window.addEventListener('unhandledrejection', (event) => failed(event.reason));

async function start(): Promise<void> {
  if (!root) throw new Error('the page has no #app element');
  const library = await loadPackLibrary({
    baseUrl: new URL('packs/', window.location.href),
    onProgress: (done, total) => {
      if (boot) boot.textContent = `Loading Newsline… (${done} of ${total} article${total === 1 ? '' : 's'})`;
    },
  });
  const problems = library.problems.map((p) => p.message);
  if (library.packs.length === 0) {
    showFatal(
      'Newsline has no article to play: its content could not be loaded.',
      problems.length > 0 ? problems : ['The list of articles (packs/index.json) is empty.'],
    );
    return;
  }
  const sound = createSoundPlayer({ muted: false, volume: 0.7 });
  // Audio may only start after a gesture; the first tap or key press anywhere unlocks it.
  const unlock = (): void => sound.unlock();
  window.addEventListener('pointerdown', unlock, { once: true, capture: true });
  window.addEventListener('keydown', unlock, { once: true, capture: true });
  app = new App({
    packs: library.packs.map((p) => p.pack),
    packProblems: problems,
    storage: () => window.localStorage,
    sound,
    now: () => performance.now(),
    today: () => new Date(),
    search: window.location.search,
    pageUrl: `${window.location.origin}${window.location.pathname}`,
  });
  boot?.remove();
  new Page(app, root, {
    loadEngine: () => import('./scenes/engine').then((m) => m.createEngine),
    loadMap: () => import('./map/region-map').then((m) => m.createRegionMap),
    systemReducedMotion: () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false,
  });
}

start().catch(failed);
