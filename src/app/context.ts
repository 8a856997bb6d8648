import type { AccessibilityLayer } from '../a11y/model';
import type { SoundPlayer } from '../audio/sound';
import { articlePack } from '../content/article-pack';
import type { Pack } from '../content/schema';
import { validatePack } from '../content/validate';
import { planRound } from '../rules/plan';
import { decodeRound } from '../rules/round-code';
import { effectiveTimerSeconds, type RoundConfig } from '../rules/round-config';
import { RoundSession, type SharedRound } from '../state/round-session';
import {
  loadSavedData,
  recordBestScore,
  saveData,
  type Attempt,
  type SavedData,
  type Settings,
} from '../state/storage';

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
    const assigned = this.assigned !== null && this.assigned.config === config ? this.assigned : null;
    const timer = effectiveTimerSeconds(config.timerSeconds, this.settings.timer, assigned !== null);
    const shared = assigned
      ? {
          roundCode: assigned.code,
          playerName: this.playerName,
          attempt: this.countAttempt(attemptKey(assigned.code, this.playerName)),
        }
      : null;
    this.session = new RoundSession(outcome.plan, undefined, timer, shared);
    return null;
  }

  get playerName(): string {
    return this.savedData.playerName;
  }

  set playerName(name: string) {
    this.savedData = { ...this.savedData, playerName: name };
    this.persist();
  }

  /** Opens a round from a code typed in or read from a link; returns a reason when it will not open. */
  openSharedRound(code: string): string | null {
    const decoded = decodeRound(code);
    if (!decoded.ok) return decoded.message;
    const planned = this.pack ? planRound(this.pack, decoded.config) : null;
    if (!planned?.ok)
      return `That round cannot be played here: ${planned ? planned.error : this.packProblem}.`;
    this.assigned = { code: code.trim(), config: decoded.config };
    return null;
  }

  /** The first attempt's result code for a shared round, once one has been handed in. */
  firstResult(shared: SharedRound): string | undefined {
    return this.savedData.attempts[attemptKey(shared.roundCode, shared.playerName)]?.firstResult;
  }

  /** Keeps a shared round's first result code; later attempts never replace it. */
  keepFirstResult(shared: SharedRound, resultCode: string): void {
    const key = attemptKey(shared.roundCode, shared.playerName);
    const attempt = this.savedData.attempts[key] ?? { count: 1 };
    if (attempt.firstResult) return;
    this.setAttempt(key, { ...attempt, firstResult: resultCode });
  }

  private countAttempt(key: string): number {
    const previous = this.savedData.attempts[key] ?? { count: 0 };
    this.setAttempt(key, { ...previous, count: previous.count + 1 });
    return previous.count + 1;
  }

  private setAttempt(key: string, attempt: Attempt): void {
    this.savedData = { ...this.savedData, attempts: { ...this.savedData.attempts, [key]: attempt } };
    this.persist();
  }

  /** Reads `?round=CODE` once at start-up. */
  readRoundLink(search: string): void {
    const code = new URLSearchParams(search).get('round');
    if (code !== null) this.linkProblem = this.openSharedRound(code);
  }

  private persist(): void {
    if (!saveData(this.getStorage, this.savedData) && !this.notices.some((n) => n.includes('save'))) {
      this.notices.push('Settings could not be saved in this browser; they last until you close the page.');
    }
  }
}

/**
 * Attempts are counted per round and per player: on a shared class computer, one student's
 * first attempt must never become another's result.
 */
function attemptKey(roundCode: string, playerName: string): string {
  return `${roundCode}|${playerName.trim().toLowerCase()}`;
}
