import type { AccessibilityLayer } from '../a11y/model';
import type { SoundPlayer } from '../audio/sound';
import { articlePack } from '../content/article-pack';
import type { Pack } from '../content/schema';
import { validatePack } from '../content/validate';
import { planRound } from '../rules/plan';
import { decodeRound } from '../rules/round-code';
import { effectiveTimerSeconds, type RoundConfig } from '../rules/round-config';
import { RoundSession } from '../state/round-session';
import { loadSavedData, recordBestScore, saveData, type SavedData, type Settings } from '../state/storage';

/**
 * What every scene shares: the validated pack, saved settings and scores, sound, the round in
 * play and messages for the player. Built once at boot and handed to scenes through the game
 * registry (BaseScene.app), never through module globals.
 */
export class AppContext {
  readonly pack: Pack | null;
  /** Why the pack could not be used, in words for the player; null when it is fine. */
  readonly packProblem: string | null;
  /** One-line messages waiting to be shown (the menu shows and clears them). */
  readonly notices: string[] = [];
  private savedData: SavedData;
  /** The round being played; null on the menu. */
  session: RoundSession | null = null;
  /** A round opened from a link (`?round=`), so the menu can offer it again. */
  assigned: { code: string; config: RoundConfig } | null = null;
  /** What was wrong with a `?round=` link; shown instead of the round. */
  linkProblem: string | null = null;
  /** The DOM mirror of the canvas for keyboards and screen readers; null where there is no DOM. */
  a11y: AccessibilityLayer | null = null;
  /** The menu's current choice of set and length, kept while the page is open. */
  menuChoice = { setId: 'core', questionCount: 6 };

  constructor(
    readonly sound: SoundPlayer,
    private readonly getStorage: () => Storage = () => window.localStorage,
    packData: unknown = articlePack,
  ) {
    const validation = validatePack(packData);
    if (validation.ok) {
      this.pack = validation.pack;
      this.packProblem = null;
    } else {
      const first = validation.problems[0];
      const more =
        validation.problems.length > 1 ? ` (and ${validation.problems.length - 1} more problems)` : '';
      this.pack = null;
      this.packProblem = `The game's content could not be loaded: ${first?.path}: ${first?.message}${more}.`;
    }
    const loaded = loadSavedData(getStorage);
    this.savedData = loaded.data;
    if (loaded.notice) this.notices.push(loaded.notice);
    sound.setMuted(!this.settings.soundOn);
    sound.setVolume(this.settings.volume);
  }

  get settings(): Readonly<Settings> {
    return this.savedData.settings;
  }

  get best(): SavedData['best'] {
    return this.savedData.best;
  }

  updateSettings(patch: Partial<Settings>): void {
    this.savedData = { ...this.savedData, settings: { ...this.savedData.settings, ...patch } };
    this.sound.setMuted(!this.settings.soundOn);
    this.sound.setVolume(this.settings.volume);
    this.persist();
  }

  recordBest(setId: string, score: number): boolean {
    const before = this.savedData;
    this.savedData = recordBestScore(before, setId, score, new Date());
    this.persist();
    return this.savedData !== before;
  }

  /** Starts a round from a config; returns a reason when it cannot be played. */
  startRound(config: RoundConfig): string | null {
    if (!this.pack) return this.packProblem;
    const outcome = planRound(this.pack, config);
    if (!outcome.ok) return outcome.error;
    const shared = this.assigned !== null && this.assigned.config === config;
    const timer = effectiveTimerSeconds(config.timerSeconds, this.settings.timer, shared);
    this.session = new RoundSession(outcome.plan, undefined, timer);
    return null;
  }

  /** Reads `?round=CODE` once at start-up. */
  readRoundLink(search: string): void {
    const code = new URLSearchParams(search).get('round');
    if (code === null) return;
    const decoded = decodeRound(code);
    if (!decoded.ok) {
      this.linkProblem = decoded.message;
      return;
    }
    const problem = this.pack
      ? planRound(this.pack, decoded.config)
      : { ok: false as const, error: this.packProblem };
    if (!problem.ok) {
      this.linkProblem = `That round cannot be played here: ${problem.error}.`;
      return;
    }
    this.assigned = { code: code.trim(), config: decoded.config };
  }

  private persist(): void {
    if (!saveData(this.getStorage, this.savedData) && !this.notices.some((n) => n.includes('save'))) {
      this.notices.push('Settings could not be saved in this browser; they last until you close the page.');
    }
  }
}
