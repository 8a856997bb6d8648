import { html, render, type TemplateResult } from 'lit-html';
import { READING_SCREENS, type App, type ScreenName } from '../app/app';
import type { CreateEngine, StageEngine, StageSettings } from '../app/stage';
import type { Settings } from '../state/storage';
import { cssVariables } from '../ui/palette';
import type { BoardController } from '../app/board-controller';
import { eventDetailView } from '../views/event-detail';
import { mapRegion } from '../views/map';
import { howToView } from '../views/how-to';
import { settingsView } from '../views/settings';
import { sourceView } from '../views/source';
import { RoundDialogs } from './round-dialogs';
import { Dialogs } from './dialog';
import { InputOwner } from './input-owner';
import type { MapPanel } from './map-panel';
import { boardScreen } from './screens/board';
import { quizScreen } from './screens/quiz';
import { howToScreen, messageScreen, settingsScreen, sourceScreen } from './screens/reading';
import { resultsScreen } from './screens/results';
import { titleScreen } from './screens/title';
import { topBar } from './top-bar';

export interface PageOptions {
  /** Loads the canvas engine (Phaser) on first need. */
  loadEngine: () => Promise<CreateEngine>;
  /** Loads the map (d3-geo and the map data) on first need. */
  loadMap: () => Promise<(host: HTMLElement) => Promise<MapPanel>>;
  /** The browser's reduced-motion preference. */
  systemReducedMotion: () => boolean;
}

const SCREEN_TITLES: Record<ScreenName, string> = {
  title: 'Newsline',
  board: 'Timeline',
  quiz: 'Quiz',
  results: 'Results',
  source: 'The source',
  'how-to': 'How to play',
  settings: 'Settings',
  message: 'Newsline',
};

/**
 * The page: renders the app's screens as HTML, hosts the canvas for the screens that are played,
 * and owns what only a page has: dialogs, focus, the live region, history, the tab's visibility.
 */
export class Page {
  readonly owner = new InputOwner();
  readonly dialogs: Dialogs;
  private readonly roundDialogs: RoundDialogs;
  private readonly frame: HTMLElement;
  private readonly live: HTMLElement;
  /** A short visible confirmation ("Share card copied."); the live region says it to screen readers. */
  private readonly toast: HTMLElement;
  private toastTimer: number | undefined;
  readonly stage: HTMLElement;
  private readonly mapHost: HTMLElement;
  private engine: StageEngine | null = null;
  private engineLoading: Promise<StageEngine | null> | null = null;
  private map: MapPanel | null = null;
  private mapLoading = false;
  private shownScreen: ScreenName | null = null;
  private controllerOff: (() => void) | null = null;
  private finaleShownFor: object | null = null;
  private renderQueued = false;

  constructor(
    private readonly app: App,
    root: HTMLElement,
    private readonly options: PageOptions,
  ) {
    this.frame = document.createElement('div');
    this.frame.className = 'frame';
    this.live = document.createElement('div');
    this.live.className = 'visually-hidden';
    this.live.setAttribute('aria-live', 'polite');
    this.live.setAttribute('aria-atomic', 'true');
    this.live.dataset.live = '';
    this.stage = document.createElement('div');
    this.stage.className = 'stage';
    this.mapHost = document.createElement('div');
    this.mapHost.className = 'map-host';
    this.toast = document.createElement('div');
    this.toast.className = 'toast';
    this.toast.setAttribute('aria-hidden', 'true');
    this.toast.dataset.toast = '';
    // A popover sits in the top layer: above an open dialog, whose Copy button it confirms.
    this.toast.popover = 'manual';
    root.replaceChildren(this.frame, this.live, this.toast);
    this.dialogs = new Dialogs(this.owner);
    this.roundDialogs = new RoundDialogs(app, this.dialogs, (m) => this.confirm(m));
    app.announce = (message) => this.announce(message);
    app.openCard = (id) => void this.openCard(id);
    app.onChange(() => this.queueRender());
    app.sound.onStatusChange(() => this.queueRender());
    this.owner.onChange((owned) => {
      this.engine?.setInputEnabled(!owned);
      if (owned) app.session?.pause('dialog');
      else app.session?.resume('dialog');
    });
    this.listen();
    this.applySettings();
    this.renderNow();
  }

  /** Confirms something the player did (copied, saved): said to screen readers and shown. */
  confirm(message: string): void {
    this.announce(message);
    this.toast.textContent = message;
    if (this.toast.matches(':popover-open')) this.toast.hidePopover();
    this.toast.showPopover();
    window.clearTimeout(this.toastTimer);
    this.toastTimer = window.setTimeout(() => {
      if (this.toast.matches(':popover-open')) this.toast.hidePopover();
    }, 2500);
  }

  /** Says something in the polite live region; clearing first makes a repeat be read again. */
  announce(message: string): void {
    if (!message) return;
    this.live.textContent = '';
    window.setTimeout(() => (this.live.textContent = message), 30);
  }

  private listen(): void {
    document.addEventListener('visibilitychange', () => {
      if (document.hidden) this.app.session?.pause('hidden');
      else this.app.session?.resume('hidden');
    });
    window.addEventListener('beforeunload', (event) => {
      // The round is saved either way; asking first keeps a stray swipe from leaving it.
      if (this.app.session?.inProgress && this.isRoundScreen(this.app.screen)) event.preventDefault();
    });
    window.addEventListener('popstate', () => {
      if (this.isRoundScreen(this.app.screen) && this.app.session?.inProgress) {
        this.dialogs.closeAll();
        this.app.toMenu();
        this.announce('Your round is saved. Resume it from the menu.');
      } else if (this.app.screen !== 'title') {
        this.app.toMenu();
      }
    });
    document.addEventListener('keydown', (event) => this.quizKeys(event));
    document.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || event.defaultPrevented || this.dialogs.isOpen) return;
      // The dialog opens after this key press is over: opened during it, the same Escape cancels it.
      event.preventDefault();
      if (this.isRoundScreen(this.app.screen) && this.app.session?.inProgress)
        setTimeout(() => void this.roundDialogs.leave(), 0);
      else if (this.app.screen !== 'title') this.goBack();
    });
    this.frame.addEventListener('focusin', (event) => {
      const id =
        (event.target as HTMLElement).closest('.sr-layer [data-id]')?.getAttribute('data-id') ?? null;
      this.engine?.showFocus(id);
    });
    this.frame.addEventListener('focusout', (event) => {
      if (!(event.relatedTarget as HTMLElement | null)?.closest?.('.sr-layer')) this.engine?.showFocus(null);
    });
    const motion = window.matchMedia?.('(prefers-reduced-motion: reduce)');
    motion?.addEventListener?.('change', () => this.applySettings());
  }

  /**
   * Quiz keys for players who use a keyboard: A–H choose an answer, digits type a number,
   * Backspace deletes, Enter submits or goes on. Never while a dialog is open or a text box has
   * the key; Enter not while a button or link has it (its own Enter must not also go on).
   */
  private quizKeys(event: KeyboardEvent): void {
    const quiz = this.app.quiz;
    if (this.app.screen !== 'quiz' || !quiz || this.dialogs.isOpen || event.defaultPrevented) return;
    if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select')) return;
    // A focused button or link keeps its own Enter; letters and digits still answer (focus is
    // often left on the Source button after its dialog closes).
    const onControl = target?.closest('button, a, summary') !== null && target !== null;
    const view = quiz.view();
    if (!view) return;
    const key = event.key;
    if (key === 'Enter') {
      if (onControl) return;
      if (view.answered) quiz.next();
      else if (view.number?.canSubmit) quiz.submitNumber();
      else return;
    } else if (view.number && /^\d$/.test(key)) quiz.typeDigit(key);
    else if (view.number && key === 'Backspace') quiz.deleteDigit();
    else if (!view.answered && /^[a-h]$/i.test(key)) {
      const index = view.options.findIndex((o) => o.key === key.toUpperCase());
      if (index < 0) return;
      quiz.choose(index);
    } else return;
    event.preventDefault();
  }

  private isRoundScreen(screen: ScreenName): boolean {
    return screen === 'board' || screen === 'quiz';
  }

  private queueRender(): void {
    if (this.renderQueued) return;
    this.renderQueued = true;
    queueMicrotask(() => {
      this.renderQueued = false;
      this.renderNow();
    });
  }

  private goBack(): void {
    if (this.app.screen === 'results') this.app.toMenu();
    else if (this.app.screen === 'source' || this.app.screen === 'how-to' || this.app.screen === 'settings')
      this.app.back();
    else this.app.toMenu();
  }

  // -------------------------------------------------------------------------------------------
  // Rendering

  renderNow(): void {
    const app = this.app;
    const screen = app.screen;
    const changed = screen !== this.shownScreen;
    if (changed) this.beforeScreenChange(screen);
    render(this.template(screen), this.frame);
    document.documentElement.dataset.screen = screen;
    if (changed) delete document.documentElement.dataset.stage;
    if (changed) this.afterScreenChange(screen);
  }

  private template(screen: ScreenName): TemplateResult {
    const app = this.app;
    if (screen === 'title') {
      const view = app.titleView();
      return html`<main class="screen screen--title">
        ${titleScreen(view, this.roundDialogs.titleActions())}
      </main>`;
    }
    return html`${topBar({
        title: this.screenTitle(screen),
        ...(screen === 'board' && app.board ? { subtitle: app.board.view().status } : {}),
        ...(this.isRoundScreen(screen) ? { settings: () => app.open('settings') } : {}),
        back: this.backFor(screen),
        sound: {
          on: app.settings.soundOn,
          available: app.sound.status !== 'unavailable',
          onToggle: () => app.updateSettings({ soundOn: !app.settings.soundOn }),
        },
      })}
      <main
        class="screen screen--${screen}"
        tabindex=${READING_SCREENS.has(screen) ? '0' : '-1'}
        aria-label=${this.screenTitle(screen)}
      >
        ${this.content(screen)}
      </main>`;
  }

  private screenTitle(screen: ScreenName): string {
    const app = this.app;
    if (screen === 'board') return app.board?.view().heading ?? SCREEN_TITLES.board;
    if (screen === 'quiz') return app.quiz?.view()?.heading ?? SCREEN_TITLES.quiz;
    if (screen === 'results') return app.results?.heading ?? SCREEN_TITLES.results;
    if (screen === 'message') return app.message?.heading ?? SCREEN_TITLES.message;
    return SCREEN_TITLES[screen];
  }

  private backFor(screen: ScreenName): { label: string; onPress: () => void } {
    if (this.isRoundScreen(screen)) return { label: 'Menu', onPress: () => void this.roundDialogs.leave() };
    if (screen === 'results' || screen === 'message')
      return { label: 'Menu', onPress: () => this.app.toMenu() };
    return { label: 'Back', onPress: () => this.app.back() };
  }

  private content(screen: ScreenName): TemplateResult {
    const app = this.app;
    const pack = app.roundPack;
    switch (screen) {
      case 'board': {
        const board = app.board;
        if (!board) return html``;
        return boardScreen(
          board.view(),
          board,
          this.stage,
          this.hasPlaces() ? this.mapHost : null,
          pack.language,
        );
      }
      case 'quiz': {
        const quiz = app.quiz;
        const view = quiz?.view();
        if (!quiz || !view) return html``;
        return quizScreen(view, quiz, this.stage, this.roundDialogs.quizActions(), pack.language);
      }
      case 'results': {
        const view = app.results;
        if (!view) return html``;
        return resultsScreen(view, this.stage, this.roundDialogs.resultsActions(view), pack.language);
      }
      case 'source':
        return sourceScreen(sourceView(app.pack));
      case 'how-to':
        return howToScreen(howToView());
      case 'settings':
        return settingsScreen(
          settingsView(
            app.settings,
            { available: app.sound.status !== 'unavailable', problem: null },
            app.isPersistent,
          ),
          (id, value) => this.changeSetting(id, value),
        );
      case 'message': {
        const view = app.message;
        if (!view) return html``;
        return messageScreen(view, (action) => (action === 'reload' ? location.reload() : app.toMenu()));
      }
      default:
        return html``;
    }
  }

  private changeSetting(id: string, value: string): void {
    const patch: Partial<Settings> = {};
    switch (id) {
      case 'soundOn':
      case 'showStreak':
        patch[id] = value === 'true';
        break;
      case 'volume':
        patch.volume = Math.max(0, Math.min(1, Number(value) / 100));
        break;
      case 'textScale':
        patch.textScale = Number(value) as Settings['textScale'];
        break;
      case 'timer':
        patch.timer = value as Settings['timer'];
        break;
      case 'theme':
        patch.theme = value as Settings['theme'];
        break;
      case 'reducedMotion':
        patch.reducedMotion = value as Settings['reducedMotion'];
        break;
    }
    this.app.updateSettings(patch);
    this.applySettings();
  }

  private stageSettings(): StageSettings {
    const { settings } = this.app;
    return {
      theme: settings.theme,
      textScale: settings.textScale,
      reducedMotion:
        settings.reducedMotion === 'system'
          ? this.options.systemReducedMotion()
          : settings.reducedMotion === 'on',
    };
  }

  /** The palette and text size as CSS custom properties; the canvas gets the same settings. */
  private applySettings(): void {
    const stage = this.stageSettings();
    const root = document.documentElement;
    for (const [name, value] of Object.entries(cssVariables(stage.theme, stage.textScale)))
      root.style.setProperty(name, value);
    root.dataset.theme = stage.theme;
    root.dataset.textScale = String(stage.textScale);
    root.dataset.motion = stage.reducedMotion ? 'reduced' : 'full';
    this.engine?.applySettings(stage);
  }

  private hasPlaces(): boolean {
    return this.app.session?.plan.cards.some((c) => c.place) ?? false;
  }

  // -------------------------------------------------------------------------------------------
  // Screen changes

  private beforeScreenChange(next: ScreenName): void {
    const previous = this.shownScreen;
    if (previous !== null && !this.isRoundScreen(previous) && this.isRoundScreen(next)) {
      // One history entry for the round: Back leaves it for the menu (it stays saved).
      history.pushState({ newsline: 'round' }, '');
    }
    this.controllerOff?.();
    this.controllerOff = null;
  }

  private afterScreenChange(screen: ScreenName): void {
    const first = this.shownScreen === null;
    this.shownScreen = screen;
    document.title = screen === 'title' ? 'Newsline' : `${this.screenTitle(screen)} · Newsline`;
    if (!first) this.frame.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
    this.frame.querySelector('main')?.scrollTo?.({ top: 0 });
    if (screen === 'title') this.app.takeNotices();
    if (screen === 'board' && this.app.board) {
      const board = this.app.board;
      this.controllerOff = board.onChange(() => {
        this.queueRender();
        this.showMapOf(board);
      });
      void this.withEngine((engine) => engine.showBoard(board));
      void this.showMap();
    } else if (screen === 'quiz' && this.app.quiz) {
      const quiz = this.app.quiz;
      let answered = quiz.view()?.answered !== null;
      this.controllerOff = quiz.onChange(() => {
        this.queueRender();
        const now = quiz.view()?.answered !== null;
        // The verdict and its why appear in the reading column: bring them into view there.
        if (now && !answered) queueMicrotask(() => this.revealAnswer());
        answered = now;
      });
      void this.withEngine((engine) => engine.showQuiz(quiz));
    } else if (screen === 'results' && this.app.results) {
      const view = this.app.results;
      if (this.finaleShownFor !== view) {
        this.finaleShownFor = view;
        void this.withEngine((engine) =>
          engine.showFinale({ score: view.score, perfect: view.perfect, grid: view.grid }),
        );
      }
    } else {
      this.engine?.clear();
    }
    if (screen === 'title') this.prefetchEngine();
  }

  // -------------------------------------------------------------------------------------------
  // The engine and the map, loaded when first needed

  /** Loads Phaser while the player reads the title, so Play starts at once. */
  private prefetchEngine(): void {
    const idle = (callback: () => void): void => {
      if ('requestIdleCallback' in window) window.requestIdleCallback(callback, { timeout: 3000 });
      else setTimeout(callback, 1500);
    };
    idle(() => void this.loadEngine());
  }

  private loadEngine(): Promise<StageEngine | null> {
    this.engineLoading ??= (async () => {
      this.stage.dataset.loading = 'true';
      try {
        const create = await this.options.loadEngine();
        const engine = await create({
          parent: this.stage,
          settings: this.stageSettings(),
          play: (sound) => this.app.sound.play(sound),
          onProblem: (message) => this.app.fail(message),
        });
        engine.setInputEnabled(!this.owner.pageOwnsInput);
        this.engine = engine;
        return engine;
      } catch (error) {
        this.engineLoading = null;
        this.app.showMessage(
          'The game board could not load',
          'Newsline could not load the part of the game that draws the board. Check the connection and reload. Your round is saved.',
          [error instanceof Error ? error.message : String(error)],
        );
        return null;
      } finally {
        delete this.stage.dataset.loading;
      }
    })();
    return this.engineLoading;
  }

  private async withEngine(use: (engine: StageEngine) => void): Promise<void> {
    const screen = this.app.screen;
    const engine = await this.loadEngine();
    // The player may have moved on while the engine loaded.
    if (!engine || this.app.screen !== screen) return;
    use(engine);
    // The canvas now takes input on this screen (tests and the benchmark wait for this).
    document.documentElement.dataset.stage = screen;
  }

  private async showMap(): Promise<void> {
    const board = this.app.board;
    if (!board || !this.hasPlaces()) return;
    if (this.map) {
      this.showMapOf(board);
      return;
    }
    if (this.mapLoading) return;
    this.mapLoading = true;
    try {
      const create = await this.options.loadMap();
      this.map = await create(this.mapHost);
      const current = this.app.board;
      if (current) this.showMapOf(current);
    } catch {
      this.mapHost.textContent = 'The map could not load; the game plays on without it.';
    } finally {
      this.mapLoading = false;
    }
  }

  private revealAnswer(): void {
    const panel = this.frame.querySelector<HTMLElement>('[data-answered]');
    const reduced = this.stageSettings().reducedMotion;
    panel?.scrollIntoView({ block: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
  }

  private showMapOf(board: BoardController): void {
    const region = mapRegion(board.pack);
    if (region) this.map?.show(board.view(), region);
  }

  private async openCard(id: string): Promise<void> {
    const session = this.app.session;
    if (!session) return;
    const pack = this.app.roundPack;
    const view = eventDetailView(pack, session.event(id));
    await this.roundDialogs.eventDetail(view, pack.language);
  }
}
